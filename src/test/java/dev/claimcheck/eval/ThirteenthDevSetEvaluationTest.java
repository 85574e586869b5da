package dev.claimcheck.eval;

/** The thirteenth development set, written independently of the rules. */
class ThirteenthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  ThirteenthDevSetEvaluationTest() {
    super("dev13", "floors-dev13.json");
  }
}
