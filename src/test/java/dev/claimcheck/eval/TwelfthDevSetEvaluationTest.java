package dev.claimcheck.eval;

/** The twelfth development set, written independently of the rules. */
class TwelfthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  TwelfthDevSetEvaluationTest() {
    super("dev12", "floors-dev12.json");
  }
}
