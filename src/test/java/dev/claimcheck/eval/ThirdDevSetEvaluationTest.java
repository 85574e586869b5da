package dev.claimcheck.eval;

import java.nio.file.Path;

/**
 * The extraction evaluation on the third development set ({@code src/test/resources/dev3}):
 * articles written independently of the rules, held to the floors in
 * {@code src/test/resources/eval/floors-dev3.json}.
 */
class ThirdDevSetEvaluationTest extends CorpusEvaluationTest {
  static final Path DEV3 = Path.of("src/test/resources/dev3");

  @Override
  Path set() {
    return DEV3;
  }

  @Override
  Path floorsFile() {
    return Path.of("src/test/resources/eval/floors-dev3.json");
  }
}
