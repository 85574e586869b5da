package dev.claimcheck.eval;

/** The ninth development set, written independently of the rules. */
class NinthDevSetEvaluationTest extends LabelledSetEvaluationTest {
  NinthDevSetEvaluationTest() {
    super("dev9", "floors-dev9.json");
  }
}
