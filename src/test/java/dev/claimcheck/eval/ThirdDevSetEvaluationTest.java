package dev.claimcheck.eval;

/** The third development set, written independently of the rules. */
class ThirdDevSetEvaluationTest extends LabelledSetEvaluationTest {
  ThirdDevSetEvaluationTest() {
    super("dev3", "floors-dev3.json");
  }
}
