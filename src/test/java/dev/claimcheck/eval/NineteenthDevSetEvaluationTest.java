package dev.claimcheck.eval;

/** The nineteenth development set, written independently of the rules. */
class NineteenthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  NineteenthDevSetEvaluationTest() {
    super("dev19", "floors-dev19.json");
  }
}
