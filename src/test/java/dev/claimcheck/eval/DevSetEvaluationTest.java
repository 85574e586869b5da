package dev.claimcheck.eval;

/** The first development set, written after the first rules and independently of them. */
class DevSetEvaluationTest extends LabelledSetEvaluationTest {
  DevSetEvaluationTest() {
    super("dev", "floors-dev.json");
  }
}
