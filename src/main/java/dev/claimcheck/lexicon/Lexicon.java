package dev.claimcheck.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything claimcheck knows about one language, read from {@code lexicon/<lang>.json}: claim
 * phrases, references to the article's subject, attribution and hedges, negation, list words
 * and number formats. No language knowledge lives in code.
 */
public record Lexicon(
    String language,
    String name,
    List<String> detect,
    List<String> abbreviations,
    List<Cue> cues,
    Pattern vagueObjects,
    Pattern references,
    Pattern claimantBefore,
    Pattern claimantAfter,
    Pattern claimantDescriptors,
    Pattern hedges,
    Pattern negationBefore,
    Pattern negationAfter,
    Pattern listSeparator,
    NumberFormat number) {

  /**
   * How numbers are written.
   *
   * @param decimal the decimal separator
   * @param group the thousands separators
   * @param percent the words and signs for per cent
   */
  public record NumberFormat(String decimal, List<String> group, List<String> percent) {}
}
