package dev.claimcheck.eval;

/** The twenty-third development set, written independently of the rules. */
class TwentyThirdDevSetEvaluationTest extends LabelledSetEvaluationTest {
  TwentyThirdDevSetEvaluationTest() {
    super("dev23", "floors-dev23.json");
  }
}
