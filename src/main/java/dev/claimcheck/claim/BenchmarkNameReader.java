package dev.claimcheck.claim;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.lexicon.BenchmarkNames;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.lexicon.NamePhrase;
import dev.claimcheck.registry.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads benchmark names written as runs of capitalised words, where the language names a
 * benchmark:
 *
 * <ul>
 *   <li>a known benchmark with a capitalised word before it or a version after it is another
 *       benchmark, which the registry does not know: "Arabic MMLU" is not MMLU, "LiveCodeBench
 *       v5" is not any LiveCodeBench the registry has;
 *   <li>a run of capitalised words right after a benchmark preposition or another phrase of the
 *       language's {@link BenchmarkNames} ("on Humanity's Last Exam", "tops the Open LLM
 *       Leaderboard"), right before one ("an Arena score of"), or continuing a list of
 *       benchmarks, is a benchmark when it looks like a name: an inner capital or an acronym
 *       ("AMC 10/12"), or a last word such as "Exam" or "Index". A single plain word ("Arena") is
 *       one only right before a phrase such as "score of".
 * </ul>
 *
 * <p>Words the language lists as stop words, organisations leading a name ("Hugging Face Open
 * LLM Leaderboard" is the Open LLM Leaderboard), possessives ("OpenAI's SimpleQA") and words
 * that only say what sort of test follows ("der Wissenstest MMLU") are never part of a name.
 */
final class BenchmarkNameReader {
  /** A capitalised word, with parts joined by dots or hyphens: "Epoch", "ARC-AGI", "v2.1". */
  static final String CAPITALISED_WORD = "\\p{Lu}[\\p{L}\\p{N}]*(?:[.\\-][\\p{L}\\p{N}]+)*";
  /** A capitalised word, with parts joined by dots or hyphens and a possessive. */
  private static final Pattern CAPITALISED = Pattern.compile(
      CAPITALISED_WORD + "(?:['’]s)?(?![\\p{L}\\p{N}])");
  /**
   * What may follow the words of a name: a version, "10/12", a year ("2024", "'24") or a date; a
   * bare dotted version ("Arena-Hard-Auto 2.1 auf 74,8 Prozent", a header cell "Arena-Hard-Auto
   * 2.1") only with a word after it or nothing ({@link #BARE_VERSION}).
   */
  private static final Pattern VERSION = Pattern.compile(
      "(?:v\\p{N}+(?:\\.\\p{N}+)*|\\p{N}{1,2}/\\p{N}{1,2}|(?:19|20)\\p{N}{2}(?:-\\p{N}{2}-\\p{N}{2})?"
          + "|(?<=['’])\\p{N}{2}|\\p{N}\\.\\p{N}(?=\\s+\\p{L}|\\s*$))(?![\\p{L}\\p{N}])");
  /**
   * A version written as a bare dotted number: one only when the word after it is no score unit
   * or list word of the language, so that "MMLU-Pro 8.5 points" and "MMLU-Pro 8.5 and GPQA 6.1"
   * stay scores.
   */
  private static final Pattern BARE_VERSION = Pattern.compile("\\p{N}\\.\\p{N}");
  /** Between a name and a year written short: "AIME'24", "AIME '25". */
  private static final Pattern SHORT_YEAR_GAP = Pattern.compile(" ?['’]");
  private static final Pattern OTHER = Pattern.compile("[\\p{L}\\p{N}]+");
  /**
   * A lower-case word with parts joined by dots or hyphens: "tau2-bench", "terminal-bench"; in
   * prose and in a table's header cells.
   */
  static final Pattern LOWER_JOINED = Pattern.compile(
      "\\p{Ll}[\\p{L}\\p{N}]*(?:[.\\-][\\p{L}\\p{N}]+)+(?:['’]s)?(?![\\p{L}\\p{N}])");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}\\p{Lu}");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
  private static final Pattern PLURAL_ACRONYM = Pattern.compile("\\p{Lu}{2,}s");
  /** A size in a model name: "9B", "8x7B", "350M". */
  private static final Pattern SIZE = Pattern.compile(
      "(?i)(?<![\\p{L}])\\p{N}+(?:[.,]\\p{N}+)?(?:x\\p{N}+)?[bmk](?![\\p{L}])");

  private final Lexicon lexicon;
  private final EntityRecognizer recognizer;
  private final Set<String> vendorKeys;
  private final Pattern percentWords;
  /** Words already looked up by {@link #stop}. */
  private final java.util.Map<String, Boolean> stops =
      new java.util.concurrent.ConcurrentHashMap<>();

  BenchmarkNameReader(Lexicon lexicon, EntityRecognizer recognizer, Collection<String> vendors) {
    this.lexicon = lexicon;
    this.recognizer = recognizer;
    this.percentWords = Pattern.compile(lexicon.number().percent().stream()
        .map(w -> w.chars().anyMatch(Character::isLetter)
            ? "(?<![\\p{L}])" + Pattern.quote(w) : Pattern.quote(w))
        .collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.vendorKeys = vendors.stream().filter(v -> v != null && !v.isBlank()).map(Names::key)
        .collect(Collectors.toSet());
  }

  private enum Type { WORD, VERSION, BENCHMARK, OTHER }

  private record Token(int start, int end, Type type, Found found) {
    String text(String t) {
      return t.substring(start, end);
    }
  }

  /**
   * The mentions of a sentence with the names read here: known benchmarks that are part of a
   * longer name replaced by it, and unknown benchmark names added; in text order.
   *
   * @param found the sentence's known names and model-shaped names, in text order
   * @param claimPhrases the spans of the sentence's claim phrases, which are never part of a
   *     name; asked for only when a known benchmark has a capitalised word before it
   */
  List<Found> read(String t, List<Found> found,
      java.util.function.Supplier<List<int[]>> claimPhrases) {
    java.util.concurrent.atomic.AtomicReference<List<int[]>> memo =
        new java.util.concurrent.atomic.AtomicReference<>();
    java.util.function.Supplier<List<int[]>> phrases =
        () -> memo.updateAndGet(v -> v == null ? claimPhrases.get() : v);
    List<Found> out = new ArrayList<>(found);
    boolean titleCase = titleCase(t);
    for (List<Token> run : runs(t, found)) {
      int b = indexOf(run, Type.BENCHMARK);
      if (b >= 0) {
        variant(t, run, b, titleCase, phrases, out);
      } else {
        Found f = unknown(t, run, titleCase, out);
        if (f != null) {
          out.add(f);
        }
      }
    }
    plusVariants(t, out);
    hyphenVariants(t, out);
    listedModels(t, out);
    scoredModels(t, out);
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  /** A capitalised word joined by a hyphen to the name after it: "Global-MMLU". */
  private static final Pattern HYPHEN_VARIANT = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-])\\p{Lu}\\p{Ll}{2,}-(\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*)"
      + "(?![\\p{L}\\p{N}\\-])");

  /**
   * "Global-MMLU": a known benchmark with a capitalised word joined before it by a hyphen is
   * another benchmark, which the registry does not know; the known name alone is not read there.
   */
  private void hyphenVariants(String t, List<Found> out) {
    Matcher m = HYPHEN_VARIANT.matcher(t);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (out.stream().anyMatch(f -> f.start() < e && s < f.end())) {
        continue;
      }
      if (knownBenchmark(recognizer, m.group(1))) {
        out.add(new Found(s, e, new Mention(null, m.group(), Mention.Kind.BENCHMARK, List.of())));
      }
    }
  }

  /** Whether {@code text} is exactly "Word-" and a known benchmark's name: "Global-MMLU". */
  static boolean hyphenVariant(EntityRecognizer recognizer, String text) {
    Matcher m = HYPHEN_VARIANT.matcher(text);
    return m.matches() && knownBenchmark(recognizer, m.group(1));
  }

  /** Whether {@code name} is exactly one benchmark the registry knows. */
  static boolean knownBenchmark(EntityRecognizer recognizer, String name) {
    List<Found> known = recognizer.known(name);
    return known.size() == 1 && known.get(0).isBenchmark() && known.get(0).start() == 0
        && known.get(0).end() == name.length();
  }

  /** "HumanEval+", "MBPP++": a known benchmark with plus signs is another, harder one. */
  private static void plusVariants(String t, List<Found> out) {
    for (int i = 0; i < out.size(); i++) {
      Found f = out.get(i);
      int end = f.end();
      while (end < t.length() && t.charAt(end) == '+') {
        end++;
      }
      if (f.isBenchmark() && end > f.end()
          && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))) {
        out.set(i, new Found(f.start(), end, new Mention(null, t.substring(f.start(), end),
            Mention.Kind.BENCHMARK, List.of())));
      }
    }
  }

  /** "Arabic MMLU", "LiveCodeBench v5": a known benchmark made into another name. */
  private void variant(String t, List<Token> run, int b, boolean titleCase,
      java.util.function.Supplier<List<int[]>> phrases, List<Found> out) {
    Token bench = run.get(b);
    int first = b;
    if (!titleCase) {
      for (int i = b - 1; i >= 0; i--) {
        Token m = run.get(i);
        String word = m.text(t);
        if (POSSESSIVE.matcher(word).find() || vendor(word) || sentenceStart(t, m.start())
            || lexicon.benchmarkNames().categoryNouns().matcher(word).matches()
            || phrases.get().stream().anyMatch(p -> p[0] < m.end() && m.start() < p[1])
            || recognizer.notBenchmark(word)) {
          break;
        }
        first = i;
      }
    }
    int last = run.size() - 1;
    if (first == b && last == b) {
      return;
    }
    int start = run.get(first).start();
    int end = run.get(last).end();
    out.remove(bench.found());
    out.add(new Found(start, end,
        new Mention(null, t.substring(start, end), Mention.Kind.BENCHMARK, List.of())));
  }

  /** A run without a known name, read as a benchmark where the sentence names one. */
  private Found unknown(String t, List<Token> run, boolean titleCase, List<Found> found) {
    int runStart = run.get(0).start();
    int runEnd = run.get(run.size() - 1).end();
    // "Hugging Face Open LLM Leaderboard": the organisation is not part of the name.
    int from = 0;
    for (int k = run.size() - 1; k >= 1; k--) {
      String lead = POSSESSIVE.matcher(t.substring(runStart, run.get(k - 1).end())).replaceAll("");
      if (vendorKeys.contains(Names.key(lead))) {
        from = k;
        break;
      }
    }
    // "Scale's MultiChallenge", "Vals AI's LegalBench": a possessive before a word that is a
    // name by itself says who owns the benchmark; "Humanity's Last Exam", whose rest is no name
    // alone, keeps it.
    for (int k = run.size() - 1; from == 0 && k >= 1; k--) {
      if (run.get(k - 1).type() == Type.WORD && POSSESSIVE.matcher(run.get(k - 1).text(t)).find()
          && run.get(k).type() == Type.WORD && marked(run.get(k).text(t))) {
        from = k;
      }
    }
    // "der Wissenstest Foo Bench": a word saying what sort of test follows opens the name.
    boolean described = false;
    while (from < run.size() - 1 && lexicon.benchmarkNames().categoryNouns()
        .matcher(run.get(from).text(t)).matches()) {
      from++;
      described = true;
    }
    // "Llega ARC-AGI-2, la prueba que ...": a plain word opening the sentence before a name that
    // is one by its shape is no part of it.
    if (from == run.size() - 2 && sentenceStart(t, run.get(from).start())
        && run.get(from).type() == Type.WORD && !marked(run.get(from).text(t))
        && run.get(from + 1).type() == Type.WORD && marked(run.get(from + 1).text(t))) {
      from++;
    }
    List<Token> name = run.subList(from, run.size());
    if (name.get(0).type() != Type.WORD) {
      return null;
    }
    String first = name.get(0).text(t);
    if (vendor(first)) {
      return null;
    }
    boolean before = described || slotBefore(t, runStart, runEnd, found);
    boolean after = slotAfter(t, runEnd) || labelSlot(t, runStart, runEnd);
    boolean leadIn = !before && !after && ScoreLines.leadInLabel(t, runStart, runEnd);
    if (!before && !after && !leadIn) {
      return null;
    }
    boolean marked = name.stream().anyMatch(w -> w.type() == Type.WORD && marked(w.text(t)));
    String lastWord = name.get(name.size() - 1).text(t);
    // "RULER-Benchmark", "NIAH-Test": a word joined to the name that says what sort of test it
    // is, is no part of it.
    String joinedCategory = "";
    int hyphen = lastWord.lastIndexOf('-');
    if (hyphen > 0 && lexicon.benchmarkNames().nameSuffixes()
        .matcher(lastWord.substring(hyphen + 1)).matches()) {
      joinedCategory = lastWord.substring(hyphen);
      lastWord = lastWord.substring(0, hyphen);
    }
    // "Humanity's Last Exam", "Tau Bench Retail": a word that ends names, after the first;
    // "Terminal-bench", "Tau-bench Retail": one joined to the word before it, in any case.
    boolean headed = name.subList(1, name.size()).stream()
            .anyMatch(w -> recognizer.benchmarkHead(w.text(t)))
        || name.stream().anyMatch(w -> w.type() == Type.WORD && joinedHead(w.text(t)));
    // "LMArena ... with an Arena score of 1,443": the word that ends the name of a benchmark the
    // sentence names, alone, is that benchmark's short name, no other benchmark.
    if (name.size() == 1 && recognizer.benchmarkHead(first) && found.stream().anyMatch(f ->
        f.isBenchmark() && f.mention().text().length() > first.length()
            && f.mention().text().endsWith(first))) {
      return null;
    }
    boolean single = name.size() == 1 && after && !titleCase
        && !sentenceStart(t, name.get(0).start()) && !recognizer.notBenchmark(first);
    // "Humanity's Last Exam: Grok 4 Heavy posts 44.4%": a label before a colon that opens the
    // sentence is a benchmark only when a word that ends names ends it.
    if (!marked && !headed && !single || leadIn && !headed
        || lexicon.benchmarkNames().categoryNouns().matcher(lastWord).matches()) {
      return null;
    }
    int start = name.get(0).start();
    // "ARC-AGI's semi-private set": the possessive is not part of the name.
    Matcher possessive = POSSESSIVE.matcher(lastWord);
    int end = runEnd - joinedCategory.length()
        - (possessive.find() ? lastWord.length() - possessive.start() : 0);
    return new Found(start, end,
        new Mention(null, t.substring(start, end), Mention.Kind.BENCHMARK, List.of()));
  }

  /** "Terminal-bench", "Tau-Bench": a word whose last hyphenated part ends names. */
  private boolean joinedHead(String word) {
    String[] parts = POSSESSIVE.matcher(word).replaceAll("").split("[.\\-]");
    String last = parts[parts.length - 1];
    return parts.length > 1 && !last.isEmpty() && !parts[0].isEmpty()
        && recognizer.benchmarkHead(last.substring(0, 1).toUpperCase(Locale.ROOT)
            + last.substring(1));
  }

  /** An inner capital or an acronym, in a part that is not a common abbreviation ("AI"). */
  private boolean marked(String word) {
    if (recognizer.notBenchmark(word)) {
      return false;
    }
    for (String part : POSSESSIVE.matcher(word).replaceAll("").split("[.\\-]")) {
      // "PCs", "GPUs": a plural is an ordinary noun, not a name.
      if (!recognizer.notBenchmark(part) && !PLURAL_ACRONYM.matcher(part).matches()
          && (INNER_CAPITAL.matcher(part).find() || ACRONYM.matcher(part).find())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word is an organisation, possessive or not: "OpenAI's", and the genitive written
   * without an apostrophe ("OpenAIs eigene Bewertungen", "Googles Benchmarks"). An
   * organisation's possessive says whose the evaluation is; it is no benchmark name.
   */
  private boolean vendor(String word) {
    return Organisations.possessor(word).stream().anyMatch(w -> vendorKeys.contains(Names.key(w)));
  }

  /**
   * Whether a name starting at {@code start} follows a benchmark preposition or another phrase
   * that opens a name, perhaps with a determiner between ("on the", « sur l’ »), or continues a
   * list of benchmarks ("MMLU-Pro, GSM8K and ...").
   */
  private boolean slotBefore(String t, int start, int end, List<Found> found) {
    int offset = Math.max(0, start - 60);
    String b = t.substring(offset, start).stripTrailing();
    String unmodified = withoutModifier(b);
    int[] det = endMatch(lexicon.determiners(), unmodified);
    String bare = det == null ? b : unmodified.substring(0, det[0]).stripTrailing();
    for (String s : det == null ? List.of(b) : List.of(b, bare)) {
      if (endMatch(lexicon.benchmarkPrepositions(), s) != null) {
        return true;
      }
      for (NamePhrase p : lexicon.benchmarkNames().before()) {
        if (endMatch(p.pattern(), s) != null) {
          return true;
        }
      }
    }
    int[] sep = endMatch(lexicon.listSeparator(), b);
    if (sep == null) {
      return false;
    }
    int listEnd = offset + b.substring(0, sep[0]).stripTrailing().length();
    boolean afterBenchmark = found.stream()
        .anyMatch(f -> f.isBenchmark() && f.end() <= listEnd && listEnd - f.end() <= 1);
    if (!afterBenchmark) {
      return false;
    }
    // "On MMLU, FooLabs says ...": after a comma alone, the list must go on or end there.
    boolean conjunction = b.substring(sep[0]).chars().anyMatch(Character::isLetter);
    String rest = t.substring(end).stripLeading();
    return conjunction || rest.isEmpty() || ".,;:)".indexOf(rest.charAt(0)) >= 0
        || lexicon.listSeparator().matcher(rest).lookingAt();
  }

  /** A compound modifier in lower case closing a text: "no-tools", "text-only", "tool-free". */
  private static final Pattern MODIFIER = Pattern.compile("\\s\\p{Ll}+(?:-\\p{Ll}+)+$");

  /**
   * {@code before} without the compound modifier in lower case it ends with, if any: the name in
   * "on the no-tools HLE split", "leads the text-only Humanity's Last Exam" stands after a
   * determiner as much as in "on the HLE split".
   */
  static String withoutModifier(String before) {
    Matcher m = MODIFIER.matcher(before);
    return m.find() ? before.substring(0, m.start() + 1) : before;
  }

  /** Whether a phrase such as "score of" or "leaderboard" follows a name ending at {@code end}. */
  private boolean slotAfter(String t, int end) {
    String rest = t.substring(end).stripLeading();
    // A space, or the comma before an apposition (", a public test of 800 questions").
    if (rest.length() == t.length() - end && !rest.startsWith(",")) {
      return false;
    }
    for (NamePhrase p : lexicon.benchmarkNames().after()) {
      if (p.pattern().matcher(rest).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name at {@code [start, end)} opens the sentence as the label of a score, perhaps
   * with how it was run before the colon ("Humanity's Last Exam, no tools: 24.7%").
   */
  private boolean labelSlot(String t, int start, int end) {
    return ScoreLines.labelledScoreStart(t, start, ScoreLines.conditionLabelEnd(t, end,
        lexicon.phrase("run_condition").pattern())) >= 0;
  }

  /** The span of the match of {@code p} that ends {@code text}, or null. */
  static int[] endMatch(Pattern p, String text) {
    Matcher m = p.matcher(text);
    for (int from = 0; from <= text.length() && m.find(from); from = m.start() + 1) {
      if (m.end() == text.length() && m.end() > m.start()) {
        return new int[] {m.start(), m.end()};
      }
    }
    return null;
  }

  /**
   * "On MMLU-Pro, GSM8K, HumanEval and ReasonRail-500": a model-shaped name the registry does not
   * know, listed after benchmarks with "and", is a benchmark too, unless it has a model's size;
   * and so is one with a word that ends benchmark names ("Vending-Bench 2").
   */
  private void listedModels(String t, List<Found> out) {
    out.sort(java.util.Comparator.comparingInt(Found::start));
    for (int i = 0; i < out.size(); i++) {
      Found f = out.get(i);
      if (!unknownModel(f)) {
        continue;
      }
      if (java.util.Arrays.stream(f.mention().text().split("[\\s.\\-]+"))
          .anyMatch(recognizer::benchmarkHead)) {
        // "Vending-Bench 2" is shaped like "Gemini-Flash 2", but named like a benchmark, also
        // as the first name of its sentence ("On Terminal-Bench 2.0 the model outperforms").
        out.set(i, asBenchmark(f));
        continue;
      }
      Found previous = i == 0 ? null : out.get(i - 1);
      if (previous == null || !previous.isBenchmark()) {
        continue;
      }
      String gap = t.substring(previous.end(), f.start()).strip();
      Matcher sep = lexicon.listSeparator().matcher(gap);
      // "beats A on MMLU and Foo-2 on GPQA": a model with its own benchmark is a competitor.
      String rest = t.substring(f.end()).stripLeading();
      boolean ownBenchmark = lexicon.benchmarkPrepositions().matcher(rest).lookingAt()
          || lexicon.topicPrepositions().matcher(rest).lookingAt();
      if (!gap.isEmpty() && sep.matches() && gap.chars().anyMatch(Character::isLetter)
          && !ownBenchmark) {
        out.set(i, asBenchmark(f));
      }
    }
  }

  /**
   * Whether a name is a model's that the registry does not know and that could be a benchmark's:
   * no model's size in it ("Foo-7B") and no series of the registry opening it ("de las tareas de
   * ReTurIA y Claude Opus 4.5, el 63 %": a new member of a known series).
   */
  private boolean unknownModel(Found f) {
    return f.isModel() && !f.mention().isKnown() && !SIZE.matcher(f.mention().text()).find()
        && !recognizer.ofKnownSeries(f.mention().text());
  }

  /** Whether the whole name is shaped like a benchmark as well ("ARC-AGI-2"). */
  private boolean benchmarkShaped(Found f) {
    String name = f.mention().text();
    return recognizer.unknownBenchmarks(name, List.of()).stream()
        .anyMatch(b -> b.start() == 0 && b.end() == name.length());
  }

  private static Found asBenchmark(Found f) {
    return new Found(f.start(), f.end(), new Mention(f.mention().span(), f.mention().text(),
        Mention.Kind.BENCHMARK, List.of()));
  }

  /** A number right at the end of a text: "scores 40.1". */
  private static final Pattern NUMBER_END = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,])\\p{N}+(?:[.,]\\p{N}+)?$");

  /**
   * "scores 40.1 on ARC-AGI-2": a model-shaped name the registry does not know, right after a
   * number and a benchmark preposition, is where a score's benchmark stands, unless it has a
   * model's size.
   */
  private void scoredModels(String t, List<Found> out) {
    for (int i = 0; i < out.size(); i++) {
      Found f = out.get(i);
      if (!unknownModel(f)) {
        continue;
      }
      String b = t.substring(Math.max(0, f.start() - 40), f.start()).stripTrailing();
      int[] det = endMatch(lexicon.determiners(), b);
      if (det != null) {
        b = b.substring(0, det[0]).stripTrailing();
      }
      int[] prep = endMatch(lexicon.benchmarkPrepositions(), b);
      if (prep != null && (scoreBefore(b.substring(0, prep[0]).stripTrailing())
          || frontedTopic(t, b, prep, f, out))
          || labelSlot(t, f.start(), f.end()) && benchmarkShaped(f)) {
        // "ARC-AGI-2: 15.9%, nearly double ...": a name shaped like a benchmark too, labelling
        // a score that opens the sentence, is the benchmark of a results line.
        out.set(i, asBenchmark(f));
      }
    }
  }

  /**
   * "On ARC-AGI-2, Grok 4 scored 15.9%", « En ARC-AGI-2, Grok 4 alcanza ... »: a name after the
   * preposition opening the sentence, set off by a comma, is where the sentence's scores are
   * when another model follows it: that model is the one the clause speaks of. Where the
   * subject may follow the verb, the verb alone may come between: "Auf BFCL-v3 erzielt
   * Command A Reasoning 70,6 Prozent".
   */
  private boolean frontedTopic(String t, String before, int[] prep, Found f, List<Found> out) {
    if (f.start() > 40 || !before.substring(0, prep[0]).isBlank()) {
      return false;
    }
    boolean comma = t.startsWith(",", f.end());
    return out.stream().anyMatch(o -> o != f && o.isModel() && o.start() > f.end()
        && (comma || lexicon.wordOrder().subjectAfterVerb()
            && VERB_ALONE.matcher(t.substring(f.end(), o.start())).matches()));
  }

  private static final Pattern VERB_ALONE = Pattern.compile("\\s+\\p{Ll}+\\s+");

  /**
   * Whether {@code text} ends with a score: a number, perhaps a per-cent sign or word, and no
   * word before it that makes it a margin or a price ("a lead of 40 points").
   */
  private boolean scoreBefore(String text) {
    String n = text;
    int[] percent = endMatch(percentWords, n);
    if (percent != null) {
      n = n.substring(0, percent[0]).stripTrailing();
    }
    Matcher number = NUMBER_END.matcher(n);
    if (!number.find()) {
      return false;
    }
    return endMatch(lexicon.notScoreBefore(), n.substring(0, number.start()).stripTrailing())
        == null;
  }

  /** Whether only punctuation comes before {@code at}: the sentence's first word. */
  private static boolean sentenceStart(String t, int at) {
    return t.substring(0, at).chars().noneMatch(Character::isLetterOrDigit);
  }

  /** A headline in title case: capitals say nothing about names there. */
  private static boolean titleCase(String t) {
    Matcher m = OTHER.matcher(t);
    int words = 0;
    int capitalised = 0;
    while (m.find()) {
      if (Character.isLetter(m.group().charAt(0))) {
        words++;
        if (Character.isUpperCase(m.group().charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 4 && capitalised * 10 >= words * 7;
  }

  private static int indexOf(List<Token> run, Type type) {
    for (int i = 0; i < run.size(); i++) {
      if (run.get(i).type() == type) {
        return i;
      }
    }
    return -1;
  }

  /** Runs of capitalised words, known benchmarks and versions, one space apart. */
  private List<List<Token>> runs(String t, List<Found> found) {
    List<Token> tokens = tokens(t, found);
    List<List<Token>> runs = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    Token previous = null;
    for (Token tok : tokens) {
      String gap = previous == null ? "" : t.substring(previous.end(), tok.start());
      boolean joined = previous != null && !current.isEmpty() && (gap.equals(" ")
          || tok.type() == Type.VERSION && SHORT_YEAR_GAP.matcher(gap).matches());
      if (!joined && !current.isEmpty()) {
        runs.add(current);
        current = new ArrayList<>();
      }
      boolean hasBenchmark = indexOf(current, Type.BENCHMARK) >= 0;
      switch (tok.type()) {
        case WORD -> {
          if (stop(tok.text(t))) {
            if (!current.isEmpty()) {
              runs.add(current);
            }
            current = new ArrayList<>();
          } else {
            boolean variant = hasBenchmark && joined && recognizer.benchmarkVariant(tok.text(t))
                && current.get(current.size() - 1).type() == Type.BENCHMARK;
            if (hasBenchmark && !variant) {
              runs.add(current);
              current = new ArrayList<>();
            }
            current.add(tok);
          }
        }
        case BENCHMARK -> {
          if (hasBenchmark) {
            runs.add(current);
            current = new ArrayList<>();
          }
          current.add(tok);
        }
        case VERSION -> {
          if (!current.isEmpty()) {
            current.add(tok);
          }
        }
        default -> {
          if (!current.isEmpty()) {
            runs.add(current);
          }
          current = new ArrayList<>();
        }
      }
      previous = tok;
    }
    if (!current.isEmpty()) {
      runs.add(current);
    }
    return runs;
  }

  private List<Token> tokens(String t, List<Found> found) {
    List<Token> out = new ArrayList<>();
    int n = t.length();
    int k = 0;
    int i = 0;
    while (i < n) {
      while (k < found.size() && found.get(k).start() < i) {
        k++;
      }
      if (k < found.size() && found.get(k).start() == i) {
        Found f = found.get(k);
        boolean known = f.isBenchmark() && f.mention().isKnown();
        out.add(new Token(f.start(), f.end(), known ? Type.BENCHMARK : Type.OTHER, f));
        i = Math.max(f.end(), i + 1);
        continue;
      }
      if (!Character.isLetterOrDigit(t.charAt(i))) {
        i++;
        continue;
      }
      int limit = k < found.size() ? Math.max(i, found.get(k).start()) : n;
      Token tok = token(t, i, limit, CAPITALISED, Type.WORD);
      if (tok == null) {
        // "tau2-bench", "terminal-bench": written in lower case, the word that ends names still
        // makes one.
        tok = token(t, i, limit, LOWER_JOINED, Type.WORD);
        if (tok != null && !joinedHead(tok.text(t))) {
          tok = null;
        }
      }
      if (tok == null) {
        tok = token(t, i, limit, VERSION, Type.VERSION);
        if (tok != null && BARE_VERSION.matcher(tok.text(t)).matches()
            && scoreWordAfter(t, tok.end())) {
          tok = null;
        }
      }
      if (tok == null) {
        tok = token(t, i, limit, OTHER, Type.OTHER);
      }
      if (tok == null) {
        i++;
        continue;
      }
      out.add(tok);
      i = tok.end();
      // The rest of a word that began with something else ("l’Arabic" begins at "A").
      while (i < limit && Character.isLetterOrDigit(t.charAt(i))) {
        i++;
      }
    }
    return out;
  }

  /** Whether a score unit or a list word of the language follows {@code at}, past white space. */
  private boolean scoreWordAfter(String t, int at) {
    int from = ClaimExtractor.pastWhitespace(t, at, t.length());
    return lexicon.scoreUnits().matcher(t).region(from, t.length()).lookingAt()
        || lexicon.listSeparator().matcher(t).region(from, t.length()).lookingAt();
  }

  private static Token token(String t, int from, int limit, Pattern p, Type type) {
    // A version may look back at the apostrophe of a short year ("'24").
    Matcher m = p.matcher(t).region(from, limit).useTransparentBounds(type == Type.VERSION);
    return m.lookingAt() ? new Token(from, m.end(), type, null) : null;
  }

  /** A word that is never part of a name in this language. */
  private boolean stop(String word) {
    return stops.computeIfAbsent(word, this::isStop);
  }

  private boolean isStop(String word) {
    String w = POSSESSIVE.matcher(word).replaceAll("");
    BenchmarkNames names = lexicon.benchmarkNames();
    for (Pattern p : List.of(names.stopWords(), lexicon.determiners(),
        lexicon.topicPrepositions(), lexicon.listSeparator(),
        lexicon.references(), lexicon.firstPerson(), lexicon.except(), lexicon.vagueObjects())) {
      if (p.matcher(w).matches()) {
        return true;
      }
    }
    // A word in lower case is no part of a name, unless it is one by itself: "tau2-bench".
    return w.toLowerCase(Locale.ROOT).equals(w) && !joinedHead(w);
  }
}
