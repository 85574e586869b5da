package dev.claimcheck.eval;

/** The eleventh development set, written independently of the rules. */
class EleventhDevSetEvaluationTest extends LabelledSetEvaluationTest {
  EleventhDevSetEvaluationTest() {
    super("dev11", "floors-dev11.json");
  }
}
