package dev.claimcheck.eval;

import java.nio.file.Path;

/**
 * The extraction evaluation on the second development set ({@code src/test/resources/dev2}):
 * articles written independently of the rules, held to the floors in
 * {@code src/test/resources/eval/floors-dev2.json}.
 */
class SecondDevSetEvaluationTest extends CorpusEvaluationTest {
  static final Path DEV2 = Path.of("src/test/resources/dev2");

  @Override
  Path set() {
    return DEV2;
  }

  @Override
  Path floorsFile() {
    return Path.of("src/test/resources/eval/floors-dev2.json");
  }
}
