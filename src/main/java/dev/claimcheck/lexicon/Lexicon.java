package dev.claimcheck.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything claimcheck knows about one language, read from {@code lexicon/<lang>.json}: claim
 * phrases, references to the article's subject, attribution and hedges, negation, list words,
 * number formats and, optionally, how model facts are stated ({@link FactLexicon}; null when the
 * file has no {@code facts} section). No language knowledge lives in code.
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
    NumberFormat number,
    FactLexicon facts) {

  /** A lexicon without a {@code facts} section: the language states no model facts. */
  public Lexicon(
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
    this(language, name, detect, abbreviations, cues, vagueObjects, references, claimantBefore,
        claimantAfter, claimantDescriptors, hedges, negationBefore, negationAfter, listSeparator,
        number, null);
  }

  /** Whether the language has a {@code facts} section. */
  public boolean hasFacts() {
    return facts != null && !facts.cues().isEmpty();
  }

  /**
   * How numbers are written.
   *
   * @param decimal the decimal separator
   * @param group the thousands separators
   * @param percent the words and signs for per cent
   */
  public record NumberFormat(String decimal, List<String> group, List<String> percent) {}
}
