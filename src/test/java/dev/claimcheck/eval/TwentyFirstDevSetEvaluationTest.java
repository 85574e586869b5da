package dev.claimcheck.eval;

/** The twenty-first development set, written independently of the rules. */
class TwentyFirstDevSetEvaluationTest extends LabelledSetEvaluationTest {
  TwentyFirstDevSetEvaluationTest() {
    super("dev21", "floors-dev21.json");
  }
}
