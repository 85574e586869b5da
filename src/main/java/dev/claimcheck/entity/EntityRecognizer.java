package dev.claimcheck.entity;

import dev.claimcheck.registry.NameTarget;
import dev.claimcheck.registry.Names;
import dev.claimcheck.registry.Registry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds model and benchmark names in a sentence: every name the registry knows, in any spelling
 * that {@link Names#key} folds together ("GPT 4o", "gpt-4o"), longest match first; and
 * model-shaped names the registry does not know yet ("Nimbus-9B"), so that a claim about a new
 * model is still reported.
 */
public final class EntityRecognizer {
  /** Longest name, in words, that is tried. */
  private static final int MAX_WORDS = 8;

  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*\\+?", Pattern.UNICODE_CHARACTER_CLASS);
  /** What may stand between the words of one name. */
  private static final Pattern JOINER = Pattern.compile("[\\s\\-_/.()]*");
  /**
   * A model-shaped name: a capitalised word, hyphenated parts, and a version or size among them
   * ("Nimbus-9B", "Foo-2.5-Pro", "Kestrel-70B-Instruct").
   */
  private static final Pattern MODEL_SHAPE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}\\-])\\p{Lu}[\\p{L}]*(?:-[\\p{L}\\p{N}.]+)*?-v?\\p{N}+(?:\\.\\p{N}+)?"
              + "[\\p{L}]*(?:-[\\p{L}\\p{N}]+)*(?![\\p{L}\\p{N}])");
  /** A benchmark-shaped name: "...Bench", "...Eval", "...-QA" or an upper-case acronym with parts. */
  private static final Pattern BENCHMARK_SHAPE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:\\p{Lu}[\\p{L}\\p{N}]*(?:Bench|Eval|QA)(?:[- ][\\p{L}\\p{N}]+)?"
              + "|\\p{Lu}{2,}[\\p{Lu}\\p{N}]*(?:-[\\p{L}\\p{N}]+)+)(?![\\p{L}\\p{N}])");

  private final Map<String, List<NameTarget>> names;

  public EntityRecognizer(Registry registry) {
    this.names = registry.names();
  }

  /** Known names, longest first, not overlapping, in text order. */
  public List<Found> known(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Found best = null;
      int bestEnd = i;
      int limit = Math.min(words.size(), i + MAX_WORDS);
      for (int j = i; j < limit; j++) {
        if (j > i && !JOINER.matcher(text.substring(words.get(j - 1)[1], words.get(j)[0])).matches()) {
          break;
        }
        int start = words.get(i)[0];
        int end = words.get(j)[1];
        String surface = text.substring(start, end);
        List<NameTarget> targets = names.get(Names.key(surface));
        if (targets != null && !targets.isEmpty() && acceptable(surface, targets)) {
          // "Claude 3.5 Sonnet (new)": take the closing bracket the words left out.
          if (surface.indexOf('(') > surface.indexOf(')') && end < text.length()
              && text.charAt(end) == ')') {
            end++;
            surface = text.substring(start, end);
          }
          best = found(start, end, surface, targets);
          bestEnd = j;
        }
      }
      if (best != null) {
        out.add(best);
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  /** Model-shaped names not already covered by {@code known}. */
  public List<Found> unknownModels(String text, List<Found> known) {
    return shaped(MODEL_SHAPE, Mention.Kind.MODEL, text, known);
  }

  /** Benchmark-shaped names not already covered by {@code known}. */
  public List<Found> unknownBenchmarks(String text, List<Found> known) {
    return shaped(BENCHMARK_SHAPE, Mention.Kind.BENCHMARK, text, known);
  }

  private static List<Found> shaped(
      Pattern shape, Mention.Kind kind, String text, List<Found> known) {
    List<Found> out = new ArrayList<>();
    Matcher m = shape.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      boolean overlaps = known.stream().anyMatch(f -> f.start() < e && s < f.end());
      if (!overlaps) {
        out.add(new Found(s, e, new Mention(null, m.group(), kind, List.of())));
      }
    }
    return out;
  }

  /** All mentions in text order. */
  public static List<Found> merge(List<Found> a, List<Found> b) {
    List<Found> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Comparator.comparingInt(Found::start));
    return all;
  }

  /**
   * Rejects matches that are ordinary words: a name the registry writes with capitals or digits
   * is not matched when the text has it all in lower case ("it", "claude", "per").
   */
  private static boolean acceptable(String surface, List<NameTarget> targets) {
    if (!surface.equals(surface.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    if (surface.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    return targets.stream().anyMatch(t -> t.alias().equals(surface));
  }

  private static Found found(int start, int end, String surface, List<NameTarget> targets) {
    boolean benchmark =
        targets.stream().allMatch(t -> !t.kind().isModelLike());
    List<NameTarget> kept =
        targets.stream().filter(t -> t.kind().isModelLike() != benchmark).toList();
    return new Found(
        start,
        end,
        new Mention(null, surface, benchmark ? Mention.Kind.BENCHMARK : Mention.Kind.MODEL, kept));
  }
}
