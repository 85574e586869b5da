package dev.claimcheck.eval;

/** The fifth development set, written independently of the rules. */
class FifthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  FifthDevSetEvaluationTest() {
    super("dev5", "floors-dev5.json");
  }
}
