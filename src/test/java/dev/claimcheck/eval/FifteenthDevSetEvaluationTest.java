package dev.claimcheck.eval;

/** The fifteenth development set, written independently of the rules. */
class FifteenthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  FifteenthDevSetEvaluationTest() {
    super("dev15", "floors-dev15.json");
  }
}
