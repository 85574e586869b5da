package dev.claimcheck.eval;

/** The sixth development set, written independently of the rules. */
class SixthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  SixthDevSetEvaluationTest() {
    super("dev6", "floors-dev6.json");
  }
}
