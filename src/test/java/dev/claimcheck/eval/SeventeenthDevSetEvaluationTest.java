package dev.claimcheck.eval;

/** The seventeenth development set, written independently of the rules. */
class SeventeenthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  SeventeenthDevSetEvaluationTest() {
    super("dev17", "floors-dev17.json");
  }
}
