package dev.claimcheck.eval;

/** The eighteenth development set, written independently of the rules. */
class EighteenthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  EighteenthDevSetEvaluationTest() {
    super("dev18", "floors-dev18.json");
  }
}
