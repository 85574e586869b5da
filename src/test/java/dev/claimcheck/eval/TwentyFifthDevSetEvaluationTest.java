package dev.claimcheck.eval;

/** The twenty-fifth development set, written independently of the rules. */
class TwentyFifthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  TwentyFifthDevSetEvaluationTest() {
    super("dev25", "floors-dev25.json");
  }
}
