package dev.claimcheck.eval;

/** The sixteenth development set, written independently of the rules. */
class SixteenthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  SixteenthDevSetEvaluationTest() {
    super("dev16", "floors-dev16.json");
  }
}
