package dev.claimcheck.eval;

/** The eighth development set, written independently of the rules. */
class EighthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  EighthDevSetEvaluationTest() {
    super("dev8", "floors-dev8.json");
  }
}
