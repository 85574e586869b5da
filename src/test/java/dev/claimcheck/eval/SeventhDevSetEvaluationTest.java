package dev.claimcheck.eval;

/** The seventh development set, written independently of the rules. */
class SeventhDevSetEvaluationTest extends LabelledSetEvaluationTest {
  SeventhDevSetEvaluationTest() {
    super("dev7", "floors-dev7.json");
  }
}
