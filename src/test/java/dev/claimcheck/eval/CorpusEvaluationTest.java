package dev.claimcheck.eval;

/** The corpus the rules were written on. */
class CorpusEvaluationTest extends LabelledSetEvaluationTest {
  CorpusEvaluationTest() {
    super("corpus", "floors.json");
  }
}
