package dev.claimcheck.claim;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.FoldedText;
import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.text.Span;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a short stretch of text that should be one name and nothing else: a table's header cell
 * or a "Benchmark: value" label. A trailing metric, in brackets or not, or a note in brackets
 * ("GPQA-Diamond (Pass@1)", "HumanEval pass@1", "LMArena Elo", "MMLU-Pro (EM)", "DeepSeek-V3
 * (ours)") is left out for matching; it is kept in the written text
 * of a name the registry knows, and left out of one it does not know.
 *
 * <p>Besides the names the registry knows and the model- and benchmark-shaped names of the
 * {@link EntityRecognizer}, a cell on an axis that other cells already show to be one of names
 * may hold a looser name: capitalised words with a number or an inner capital ("Grok 3",
 * "AIME 2025", "CodeTrail"), or ending in a word that ends benchmark names glued to the one
 * before it ("Terminal-bench").
 */
final class NameCell {
  /** Emphasis and code markers left around a name in plain text, and footnote marks. */
  private static final String MARKS = "*_`\u2020\u2021\u00a7\u00b9\u00b2\u00b3";
  private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*(?:\\([^()]*\\)|\\[[^\\[\\]]*\\]"
      + "|\\s(?i:" + metrics() + "))$");

  /** The metric names of entity/metric-names.txt as alternatives, a number after "pass@". */
  private static String metrics() {
    return EntityRecognizer.wordList("entity/metric-names.txt").stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(m -> m.endsWith("@") || m.endsWith("^") ? Pattern.quote(m) + "\\d+"
            : Pattern.quote(m))
        .collect(java.util.stream.Collectors.joining("|"));
  }
  /** Up to five words, the first capitalised. */
  private static final Pattern LOOSE_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.+\\-]*(?:[ \\-][\\p{L}\\p{N}.+\\-]+){0,4}");
  /** ... with a digit, an inner capital ("CodeTrail") or an acronym opening a word ("OSWorld"). */
  private static final Pattern NAME_MARK = Pattern.compile("\\p{N}|\\p{Ll}\\p{Lu}|\\p{Lu}{2}\\p{Ll}");
  /** ... or ending in a word glued by a hyphen to the word before it ("Terminal-bench"). */
  private static final Pattern GLUED_LAST = Pattern.compile("[\\p{L}\\p{N}]-(\\p{L}+)$");

  /** How a name was recognised, strongest first. */
  enum Source {
    /** The registry knows it. */
    KNOWN,
    /** Model- or benchmark-shaped ({@link EntityRecognizer#unknownModels}, ...). */
    SHAPED,
    /** Name-like only: to be trusted on an axis that other names confirm. */
    LOOSE
  }

  private NameCell() {}

  /**
   * A name read from a cell.
   *
   * @param mention the name as written (notes included), with its span in the document; the kind
   *     of a name the registry does not know is only a guess
   */
  record Read(Mention mention, Source source) {
    /** How strongly this reads as a name of {@code kind}: 2 known, 1 shaped or loose, 0 not. */
    int strength(Mention.Kind kind) {
      if (source != Source.KNOWN) {
        return 1;
      }
      return mention.kind() == kind ? 2 : 0;
    }

    /** Known as a name of {@code kind}, or shaped like one. */
    boolean recognisedAs(Mention.Kind kind) {
      return source != Source.LOOSE && mention.kind() == kind;
    }

    /** Usable as a name of {@code kind}: anything but a known name of the other kind. */
    boolean fits(Mention.Kind kind) {
      return source != Source.KNOWN || mention.kind() == kind;
    }

    /** Read as a name of {@code kind}: a shaped name takes the kind of the axis it is on. */
    Mention as(Mention.Kind kind) {
      return mention.kind() == kind ? mention
          : new Mention(mention.span(), mention.text(), kind, mention.targets());
    }
  }

  /** The name in {@code span} of {@code document}, or null when it holds anything else. */
  static Read read(EntityRecognizer recognizer, String document, Span span) {
    if (span.length() == 0) {
      return null;
    }
    FoldedText folded = FoldedText.of(document, span);
    String t = folded.text();
    int start = 0;
    int end = t.length();
    while (start < end && MARKS.indexOf(t.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && (MARKS.indexOf(t.charAt(end - 1)) >= 0
        || Character.isWhitespace(t.charAt(end - 1)))) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    String written = t.substring(start, end);
    Span writtenSpan = folded.toDocument(start, end);
    List<String> cores = new java.util.ArrayList<>();
    for (String core = written; !core.isBlank(); ) {
      cores.add(core);
      String shorter = TRAILING_NOTE.matcher(core).replaceFirst("");
      if (shorter.equals(core)) {
        break;
      }
      core = shorter;
    }
    for (String core : cores) {
      Read r = match(recognizer, core, written, writtenSpan,
          folded.toDocument(start, start + core.length()));
      if (r != null) {
        return r;
      }
    }
    for (String core : cores) {
      if (LOOSE_NAME.matcher(core).matches()
          && (NAME_MARK.matcher(core).find() || gluedHead(recognizer, core))
          // "tau2-bench": in lower case, a word ending in a word that ends benchmark names.
          || BenchmarkNameReader.LOWER_JOINED.matcher(core).matches() && gluedHead(recognizer, core)) {
        return new Read(new Mention(folded.toDocument(start, start + core.length()), core,
            Mention.Kind.MODEL, List.of()), Source.LOOSE);
      }
    }
    return null;
  }

  /**
   * The text in {@code span} as a name of the same series as {@code sibling}, read from another
   * header cell of the table: "Lutèce-Maths" beside "Lutèce-Eval", where the first word before a
   * hyphen is the same. Null when the words differ or the text is no name.
   */
  static Read sibling(String document, Span span, Read sibling) {
    FoldedText folded = FoldedText.of(document, span);
    String t = folded.text();
    int[] b = bounds(t);
    String core = t.substring(b[0], b[1]);
    String other = sibling.mention().text();
    int hyphen = core.indexOf('-');
    if (hyphen <= 0 || !LOOSE_NAME.matcher(core).matches() || core.equals(other)
        || !other.startsWith(core.substring(0, hyphen + 1))) {
      return null;
    }
    return new Read(new Mention(folded.toDocument(b[0], b[1]), core, sibling.mention().kind(),
        List.of()), Source.LOOSE);
  }

  /**
   * The text in {@code span} as a model's name where the column says it holds models: one to four
   * words, each capitalised or a number ("Command A", "Devstral", "Mistral Medium"); null for
   * anything else ("Human expert", "n/a").
   */
  static Read titled(String document, Span span) {
    FoldedText folded = FoldedText.of(document, span);
    String t = folded.text();
    int[] b = bounds(t);
    int start = b[0];
    int end = b[1];
    String core = t.substring(start, end);
    if (!TITLED.matcher(core).matches()) {
      return null;
    }
    return new Read(new Mention(folded.toDocument(start, end), core, Mention.Kind.MODEL,
        List.of()), Source.LOOSE);
  }

  /** Where {@code s} starts and ends without the marks and white space around it. */
  static int[] bounds(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (MARKS.indexOf(s.charAt(start)) >= 0
        || Character.isWhitespace(s.charAt(start)))) {
      start++;
    }
    while (end > start && (MARKS.indexOf(s.charAt(end - 1)) >= 0
        || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return new int[] {start, end};
  }

  /** {@code s} without the emphasis, code and footnote marks and white space around it. */
  static String stripped(String s) {
    int[] b = bounds(s);
    return s.substring(b[0], b[1]);
  }

  /** One to four words, each opening with a capital or a digit. */
  private static final Pattern TITLED = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}.+\\-]*(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}.+\\-]*){0,3}");

  /**
   * {@code core} read as exactly one name. A known name keeps the written text, note included
   * ("GPQA-Diamond (Pass@1)"); a name the registry does not know is the name alone, since
   * the note is no part of it ("CodeTrail (our internal agentic coding benchmark)").
   */
  private static Read match(EntityRecognizer recognizer, String core, String written, Span span,
      Span coreSpan) {
    List<Found> known = recognizer.known(core);
    if (known.size() == 1 && covers(known.get(0), core)) {
      Mention m = known.get(0).mention();
      return new Read(new Mention(span, written, m.kind(), m.targets()), Source.KNOWN);
    }
    List<Found> lead = known.isEmpty() ? recognizer.unknownBenchmarks(core, List.of()) : known;
    if (lead.size() == 1 && lead.get(0).start() == 0
        && lead.get(0).mention().kind() == Mention.Kind.BENCHMARK
        && (VARIANT_TAIL.matcher(core.substring(lead.get(0).end())).matches()
            || known.isEmpty() && SHAPED_TAIL.matcher(core.substring(lead.get(0).end())).matches())) {
      // "TAU-bench Retail", "SWE-bench Multimodal", "LiveCodeBench v5": a benchmark's name and
      // the capitalised words of one of its variants, or a version; a cell holds one name.
      return new Read(new Mention(coreSpan, core, Mention.Kind.BENCHMARK, List.of()),
          Source.SHAPED);
    }
    if (!known.isEmpty()) {
      return null;
    }
    Matcher version = LANGUAGE_VERSION.matcher(core);
    if (version.matches() && BenchmarkNameReader.knownBenchmark(recognizer, version.group(1))
        || BenchmarkNameReader.hyphenVariant(recognizer, core)) {
      // "Arena-Hard-DE", a benchmark's version in another language, and "Global-MMLU": other
      // benchmarks than the known one in them.
      return new Read(new Mention(coreSpan, core, Mention.Kind.BENCHMARK, List.of()),
          Source.SHAPED);
    }
    if (recognizer.tieredName(core)) {
      return new Read(new Mention(coreSpan, core, Mention.Kind.MODEL, List.of()), Source.SHAPED);
    }
    if (HEADED_NAME.matcher(core).matches()
        && recognizer.benchmarkHead(core.substring(core.lastIndexOf(' ') + 1))) {
      // "Humanity's Last Exam": capitalised words ending in a word that ends benchmark names.
      return new Read(new Mention(coreSpan, core, Mention.Kind.BENCHMARK, List.of()),
          Source.SHAPED);
    }
    for (List<Found> shaped : List.of(
        recognizer.unknownModels(core, List.of()), recognizer.unknownBenchmarks(core, List.of()))) {
      if (shaped.size() == 1 && covers(shaped.get(0), core)) {
        Mention m = shaped.get(0).mention();
        return new Read(new Mention(coreSpan, core, m.kind(), List.of()), Source.SHAPED);
      }
    }
    return null;
  }

  /**
   * One or two capitalised words after a name, in a cell: a variant's words ("Retail"); or a
   * version ("LiveCodeBench v5", "Arena-Hard-Auto 2.1"), which the registry's name alone does not
   * say.
   */
  private static final Pattern VARIANT_TAIL =
      Pattern.compile("(?: \\p{Lu}[\\p{L}\\-]*){1,2}| v\\p{N}+(?:\\.\\p{N}+)*| \\p{N}+(?:\\.\\p{N}+)+");

  /**
   * After a benchmark-shaped name the registry does not know, one lower-case word, a context
   * size or a version: "LongHaul overall", "LongHaul 128K", "Terminal-Bench 2.0". The cell names
   * that benchmark's part.
   */
  private static final Pattern SHAPED_TAIL =
      Pattern.compile(" (?:\\p{Ll}+|\\p{N}+[KM]|v?\\p{N}+(?:\\.\\p{N}+)+)");

  /** A name and a language's code glued to it by a hyphen: "Arena-Hard-DE", "MMLU-es". */
  private static final Pattern LANGUAGE_VERSION = Pattern.compile("(.+)-\\p{L}{2}");

  /** Two to five capitalised words, the first perhaps with a possessive. */
  private static final java.util.regex.Pattern HEADED_NAME = java.util.regex.Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}\\-]*(?:['’]s)?(?: \\p{Lu}[\\p{L}\\p{N}\\-]*){1,4}");

  /**
   * Whether {@code core} ends in a word that ends benchmark names, glued by a hyphen to the word
   * before it, in either case: "Terminal-Bench", "Terminal-bench", not "Multi-turn".
   */
  private static boolean gluedHead(EntityRecognizer recognizer, String core) {
    java.util.regex.Matcher m = GLUED_LAST.matcher(core);
    if (!m.find()) {
      return false;
    }
    String last = m.group(1);
    String capitalised = last.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + last.substring(1);
    return recognizer.benchmarkHead(last) || recognizer.benchmarkHead(capitalised);
  }

  private static boolean covers(Found f, String text) {
    return f.start() == 0 && f.end() == text.length();
  }
}
