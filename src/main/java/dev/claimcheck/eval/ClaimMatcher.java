package dev.claimcheck.eval;

import dev.claimcheck.registry.Names;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs extracted claims with gold claims of one article, one to one.
 *
 * <p>Greedy: gold claims are taken in order, each pairs with the first unpaired prediction that
 * matches it, preferring one that also agrees on the attributes (negation, claimant, fact type) so
 * that attribute accuracy is not lowered by an arbitrary choice between equal candidates.
 */
public final class ClaimMatcher {
  /** How far a predicted value may be from the gold value. */
  public static final double VALUE_TOLERANCE = 0.005;

  private ClaimMatcher() {}

  /** How strict a match is. */
  public enum Level {
    /** Same sentence, kind, subject, objects, benchmarks and (when gold has one) value. */
    EXACT,
    /** Same sentence and kind: the claim was found, whatever its details. */
    DETECTION;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A gold claim and the prediction it was paired with. */
  public record Pair(EvalClaim gold, EvalClaim predicted) {}

  /**
   * The pairing of one article.
   *
   * @param matched true positives
   * @param missed gold claims without a prediction (false negatives)
   * @param spurious predictions without a gold claim (false positives)
   */
  public record Outcome(List<Pair> matched, List<EvalClaim> missed, List<EvalClaim> spurious) {
    public Outcome {
      matched = List.copyOf(matched);
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
    }
  }

  public static Outcome match(List<EvalClaim> gold, List<EvalClaim> predicted, Level level) {
    boolean[] used = new boolean[predicted.size()];
    List<Pair> matched = new ArrayList<>();
    List<EvalClaim> missed = new ArrayList<>();
    for (EvalClaim g : gold) {
      int best = -1;
      int bestAgreement = -1;
      for (int i = 0; i < predicted.size(); i++) {
        if (used[i] || !matches(g, predicted.get(i), level)) {
          continue;
        }
        int agreement = agreement(g, predicted.get(i));
        if (agreement > bestAgreement) {
          best = i;
          bestAgreement = agreement;
        }
      }
      if (best < 0) {
        missed.add(g);
      } else {
        used[best] = true;
        matched.add(new Pair(g, predicted.get(best)));
      }
    }
    List<EvalClaim> spurious = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        spurious.add(predicted.get(i));
      }
    }
    return new Outcome(matched, missed, spurious);
  }

  /** Whether a prediction matches a gold claim at {@code level}. */
  public static boolean matches(EvalClaim gold, EvalClaim predicted, Level level) {
    if (!gold.kind().equals(predicted.kind())
        || !sentenceKey(gold.sentence()).equals(sentenceKey(predicted.sentence()))) {
      return false;
    }
    return level == Level.DETECTION || differences(gold, predicted).isEmpty();
  }

  /**
   * The fields, among subject, objects, benchmarks and value, on which a prediction differs from
   * a gold claim; empty when they agree. Sentence and kind are not looked at.
   */
  public static List<String> differences(EvalClaim gold, EvalClaim predicted) {
    List<String> out = new ArrayList<>();
    if (!nameKey(gold.subject()).equals(nameKey(predicted.subject()))) {
      out.add("subject");
    }
    if (!nameKeys(gold.objects()).equals(nameKeys(predicted.objects()))) {
      out.add("objects");
    }
    if (!nameKeys(gold.benchmarks()).equals(nameKeys(predicted.benchmarks()))) {
      out.add("benchmarks");
    }
    if (gold.value() != null
        && (predicted.value() == null
            || Math.abs(gold.value() - predicted.value()) > VALUE_TOLERANCE + 1e-9)) {
      out.add("value");
    }
    return out;
  }

  /** Whether the claimants agree: the same name under {@link Names#key}, or both absent. */
  public static boolean sameClaimant(EvalClaim gold, EvalClaim predicted) {
    return gold.claimant() == null
        ? predicted.claimant() == null
        : predicted.claimant() != null
            && Names.key(gold.claimant()).equals(Names.key(predicted.claimant()));
  }

  private static int agreement(EvalClaim g, EvalClaim p) {
    int n = 0;
    if (g.negated() == p.negated()) {
      n++;
    }
    if (sameClaimant(g, p)) {
      n++;
    }
    if (Objects.equals(g.fact(), p.fact())) {
      n++;
    }
    return n;
  }

  /**
   * The form under which two sentences are the same sentence: Unicode-composed, with typographic
   * quotes and apostrophes made plain, Markdown emphasis and code marks ({@code * _ `}) dropped
   * and all whitespace removed. Removing (not just folding) whitespace matters for Markdown,
   * whose markup the reader blanks out in place ("**Qwen**'s" is analysed as "  Qwen  's"), and
   * for HTML table rows, whose cells are joined with " | ". A marker opening a list item or a
   * post ("- ", "\u2705 ", a keycap "1\ufe0f\u20e3 ", "1/ ", "2/5 ", "3. "), a footnote ("\u00b9 ")
   * or an interview's turn ("Q: ", "A: ", "\u2014")
   * is no part of the sentence, nor are the hashtags and pictographs closing a post, whether or
   * not a label kept them.
   */
  public static String sentenceKey(String sentence) {
    String s = Normalizer.normalize(sentence, Normalizer.Form.NFC);
    s = LEADING_MARKER.matcher(s).replaceFirst("");
    s = CLOSING_TAGS.matcher(s).replaceFirst("");
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u02BC' -> out.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> out.append('"');
        case '*', '_', '`' -> { }
        default -> {
          if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Markers opening a list item, a thread's post or an interview's turn, one or several
   * ("\uD83E\uDDF5 2/5 ", "A: ").
   */
  private static final java.util.regex.Pattern LEADING_MARKER = java.util.regex.Pattern.compile(
      "^\\s*(?:(?:[-*+>\u2022\u25e6\u25aa\u2013\u2014]|\\p{So}[\\p{So}\\p{Sk}\ufe0f\u200d]*"
          + "|[0-9#*]\ufe0f?\u20e3"
          + "|\\(?\\d{1,2}(?:/\\d{0,2}|[.)])|\\p{Lu}\\s?:"
          + "|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2020\u2021]+)\\s+)+(?=\\S)"
          + "|^\\s*[\u2014\u2015](?=\\S)");

  /** Hashtags and pictographs closing a post, after a space: " \uD83E\uDD17", " #LocalLLaMA". */
  private static final java.util.regex.Pattern CLOSING_TAGS = java.util.regex.Pattern.compile(
      "(?<=\\S)(?:\\s+(?:#[\\p{L}\\p{N}_]+|\\p{So}[\\p{So}\\p{Sk}\ufe0f\u200d]*))+\\s*$");

  static String nameKey(String name) {
    return name == null ? "" : Names.key(name);
  }

  static Set<String> nameKeys(List<String> names) {
    Set<String> out = new TreeSet<>();
    for (String n : names) {
      out.add(nameKey(n));
    }
    return out;
  }
}
