package dev.claimcheck.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A phrase of a language that shapes how a clause is read, not a claim of its own ("the latter",
 * "not claiming"): a whole-word pattern and the examples that document it, like a {@link Cue}'s.
 *
 * @param id stable id, {@code <LANG>_<NAME>}
 */
public record Phrase(String id, Pattern pattern, List<String> examples,
    List<String> counterExamples) {

  /**
   * A named group of a match of a phrase's (or a name pattern's) pattern; null when the group
   * took no part in the match or the language's pattern has no such group.
   */
  public static String group(java.util.regex.Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Never matches: a language that lacks the phrase. */
  public static Phrase none(String id) {
    return new Phrase(id, Pattern.compile("(?!)"), List.of(), List.of());
  }
}
