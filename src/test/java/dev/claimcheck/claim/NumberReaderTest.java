package dev.claimcheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberReaderTest {
  private static final NumberReader EN =
      new NumberReader(new Lexicon.NumberFormat(".", List.of(","), List.of("%", "percent")));
  private static final NumberReader DE =
      new NumberReader(new Lexicon.NumberFormat(",", List.of(".", " "), List.of("%", "Prozent")));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "scores 89.4 on | 89.4",
    "an Elo of 1,365 | 1365",
    "reaches 89,4 | 89.4",
    "at 62.29% | 62.29"
  })
  void english(String text, double value) {
    assertEquals(value, EN.findAll(text).get(0).value());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "erreicht 89,4 Prozent | 89.4",
    "mit 1.365 Punkten | 1365",
    "mit 1 365 Punkten | 1365",
    "kommt auf 2.5 | 2.5"
  })
  void german(String text, double value) {
    assertEquals(value, DE.findAll(text).get(0).value());
  }

  @Test
  void percentSignAndWordsAreSeen() {
    assertTrue(EN.findAll("62.3 % on LiveBench").get(0).percent());
    assertTrue(DE.findAll("62,3 Prozent").get(0).percent());
  }

  @Test
  void digitsOfOtherScriptsReadAsNumbers_neverCrash() {
    assertEquals(89, EN.findAll("\u0668\u0669 on Arena-Hard").get(0).value());
    // Bytes decoded as odd scripts: whatever they read as, reading must not fail.
    EN.findAll("\u07c5\u07c6.\u0e53 \u2155 \u00bd");
  }

  @Test
  void aNumberRightAfterAYearIsReadOnItsOwn() {
    var found = DE.findAll("Bei MATH 2025 87,5 Prozent, bei HMMT 2024 12 Punkte.");
    assertEquals(java.util.List.of(2025.0, 87.5, 2024.0, 12.0),
        found.stream().map(NumberReader.Found::value).toList());
    assertTrue(found.get(1).percent());
    assertEquals(1_234_567, DE.findAll("1 234 567 Token").get(0).value());
  }
}
