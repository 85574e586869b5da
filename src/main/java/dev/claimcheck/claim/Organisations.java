package dev.claimcheck.claim;

import dev.claimcheck.entity.EntityRecognizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** The organisations that can make claims ("Alibaba", "OpenAI"), as the extractors find them. */
public final class Organisations {
  private Organisations() {}

  /**
   * A possessive "'s" or "'" ("Labs'"), or a genitive "s" written straight after a name not
   * ending in s, x, z.
   */
  private static final java.util.regex.Pattern POSSESSIVE_END =
      java.util.regex.Pattern.compile("['’]s?$|(?<=[\\p{L}\\p{N}&&[^sSxXzZ]])s$");

  /**
   * The names a word may be of an owner: itself, and without its possessive ("OpenAI's",
   * "Pampa Labs'") or its genitive written without an apostrophe ("OpenAIs eigene Bewertungen",
   * "Googles").
   */
  static java.util.List<String> possessor(String word) {
    String bare = POSSESSIVE_END.matcher(word).replaceFirst("");
    return bare.equals(word) || bare.isEmpty() ? java.util.List.of(word)
        : java.util.List.of(word, bare);
  }

  /**
   * A pattern that finds any of {@code names} as whole words (not inside a longer word or
   * number), the longest name first, or any name shaped like an organisation's; blank and null
   * names are left out.
   */
  static Pattern wholeWords(Collection<String> names) {
    List<String> sorted = names.stream().filter(w -> w != null && !w.isBlank())
        .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (String name : sorted) {
      sb.append(Pattern.quote(name)).append('|');
    }
    return Pattern.compile(sb.append(SHAPED).append(")(?![\\p{L}\\p{N}])").toString());
  }

  /**
   * A name shaped like an organisation's: one to three capitalised words, the first not one of
   * entity/not-organisation-words.txt, then a word of entity/organisation-suffixes.txt ("Pampa
   * Labs", "Sillon AI", "Kogni AI GmbH").
   */
  /** The words that end organisations' names: entity/organisation-suffixes.txt ("AI", "Labs"). */
  private static final java.util.Set<String> SUFFIXES =
      EntityRecognizer.wordList("entity/organisation-suffixes.txt");

  private static final String SHAPED = shaped();

  private static String shaped() {
    String word = "\\p{Lu}[\\p{L}\\p{N}&\\-]*";
    String not = alternatives(EntityRecognizer.wordList("entity/not-organisation-words.txt"));
    String suffix = alternatives(SUFFIXES);
    return "(?!(?:" + not + ")(?![\\p{L}\\p{N}]))" + word + "(?: " + word + "){0,2}"
        + "(?: (?:" + suffix + ")(?![\\p{L}\\p{N}]))+";
  }

  /** Whether a name's last word is one that ends organisations' names: "Tessera Labs". */
  public static boolean endsAsOrganisation(String name) {
    String[] words = name.strip().split("\\s+");
    return SUFFIXES.contains(words[words.length - 1]);
  }

  /**
   * The short name an article may use for an organisation whose name ends with a word of
   * entity/organisation-suffixes.txt: "Quarry" for "Quarry Labs", "Moonshot" for "Moonshot AI".
   * Null when the name has no such ending or nothing of three letters or more before it.
   */
  static String shortName(String organisation) {
    if (organisation == null) {
      return null;
    }
    String[] words = organisation.strip().split("\\s+");
    int end = words.length;
    while (end > 1 && SUFFIXES.contains(words[end - 1])) {
      end--;
    }
    if (end == words.length) {
      return null;
    }
    String head = String.join(" ", java.util.Arrays.copyOf(words, end));
    return head.length() >= 3 && Character.isUpperCase(head.codePointAt(0)) ? head : null;
  }

  private static String alternatives(Collection<String> words) {
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
  }
}
