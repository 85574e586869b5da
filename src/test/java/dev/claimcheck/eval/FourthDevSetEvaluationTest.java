package dev.claimcheck.eval;

/** The fourth development set, written independently of the rules. */
class FourthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  FourthDevSetEvaluationTest() {
    super("dev4", "floors-dev4.json");
  }
}
