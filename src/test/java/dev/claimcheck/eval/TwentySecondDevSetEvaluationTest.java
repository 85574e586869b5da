package dev.claimcheck.eval;

/** The twenty-second development set, written independently of the rules. */
class TwentySecondDevSetEvaluationTest extends LabelledSetEvaluationTest {
  TwentySecondDevSetEvaluationTest() {
    super("dev22", "floors-dev22.json");
  }
}
