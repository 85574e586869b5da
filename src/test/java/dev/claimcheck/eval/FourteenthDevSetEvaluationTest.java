package dev.claimcheck.eval;

/** The fourteenth development set, written independently of the rules. */
class FourteenthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  FourteenthDevSetEvaluationTest() {
    super("dev14", "floors-dev14.json");
  }
}
