package dev.claimcheck.eval;

/** The tenth development set, written independently of the rules. */
class TenthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  TenthDevSetEvaluationTest() {
    super("dev10", "floors-dev10.json");
  }
}
