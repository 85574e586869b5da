package dev.claimcheck.eval;

/** The twentieth development set, written independently of the rules. */
class TwentiethDevSetEvaluationTest extends LabelledSetEvaluationTest {
  TwentiethDevSetEvaluationTest() {
    super("dev20", "floors-dev20.json");
  }
}
