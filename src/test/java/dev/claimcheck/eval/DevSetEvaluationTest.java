package dev.claimcheck.eval;

import java.nio.file.Path;

/**
 * The extraction evaluation on the development set ({@code src/test/resources/dev}): articles
 * written after the rules, independently of them, held to the floors in
 * {@code src/test/resources/eval/floors-dev.json}.
 */
class DevSetEvaluationTest extends CorpusEvaluationTest {
  static final Path DEV = Path.of("src/test/resources/dev");

  @Override
  Path set() {
    return DEV;
  }

  @Override
  Path floorsFile() {
    return Path.of("src/test/resources/eval/floors-dev.json");
  }
}
