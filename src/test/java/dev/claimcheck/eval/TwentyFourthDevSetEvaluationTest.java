package dev.claimcheck.eval;

/** The twenty-fourth development set, written independently of the rules. */
class TwentyFourthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  TwentyFourthDevSetEvaluationTest() {
    super("dev24", "floors-dev24.json");
  }
}
