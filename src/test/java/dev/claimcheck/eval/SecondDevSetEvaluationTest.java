package dev.claimcheck.eval;

/** The second development set, written independently of the rules. */
class SecondDevSetEvaluationTest extends LabelledSetEvaluationTest {
  SecondDevSetEvaluationTest() {
    super("dev2", "floors-dev2.json");
  }
}
