package dev.claimcheck.claim;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.FoldedText;
import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.registry.Names;
import dev.claimcheck.segment.Paragraph;
import dev.claimcheck.segment.Sentence;
import dev.claimcheck.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lines that are nothing but "Benchmark: value" pairs ("AIME24: 79.5", "GPQA Diamond —
 * 59.1 %", "MMLU-Pro : 81,2", several on a line separated by ";" or "·") as score claims.
 *
 * <p>A pair counts only when its label is a benchmark the registry knows or one shaped like a
 * benchmark, and its value a plain score (a number, perhaps with a per-cent sign or a note in
 * brackets; not "128K tokens", not "$2"). Consecutive such lines, blank lines between them
 * allowed, form one list, whose model is the one named in the line just before it ("Qwen2.5-Max
 * results:"). When that line names no model (a heading such as "Evaluation"), the list is about
 * the model the headline (the text's first line) names, if it names exactly one: a model card or
 * launch post listing its own results. Otherwise the list is left alone: whose scores they are
 * is not clear.
 */
final class ScoreLines {
  /** The cue of a claim read from such a line. */
  static final String CUE = "benchmark: value";
  /** The cue of a claim read from a line of one benchmark's results for several models. */
  static final String MODELS_CUE = "benchmark: model value";
  /** A note in brackets closing a label. */
  private static final Pattern LABEL_NOTE = Pattern.compile("\\s*\\([^()]{1,40}\\)$");
  /** A full stop closing a line, after its last number or unit. */
  private static final Pattern FINAL_STOP = Pattern.compile("(?<=[\\p{N}\\p{L}%])\\.\\s*$");
  /** Between the model-and-score items of such a line; not a decimal comma ("68,3"). */
  private static final Pattern ITEMS = Pattern.compile("\\s*(?:;|,(?!\\d))\\s*");

  /** Between label and value: a colon, or a dash with space around it. */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s*:\\s*|\\s+[\u2014\u2013-]\\s+");
  /** What may come before a label that opens a line: spaces and a list bullet. */
  private static final Pattern LINE_OPENING = Pattern.compile("[\\s\\-*+\u2022]*");

  /**
   * Where the score of a label ending at {@code labelEnd} starts when the label opens the
   * sentence and a colon or dash and a number follow it ("AIME 2025: 49.5%, far behind o3",
   * « MMLU : 89,5 % »); -1 otherwise.
   */
  static int labelledScoreStart(String t, int labelStart, int labelEnd) {
    if (!LINE_OPENING.matcher(t.substring(0, labelStart)).matches()) {
      return -1;
    }
    Matcher sep = SEPARATOR.matcher(t).region(labelEnd, t.length());
    if (!sep.lookingAt()) {
      return -1;
    }
    // "IFEval: >90 on strict accuracy", "AIME: ~61%": a bound or an approximate score.
    Matcher bound = BOUND.matcher(t).region(sep.end(), t.length());
    int at = bound.lookingAt() ? bound.end() : sep.end();
    // "KernelPanic42 — 26/11/2026, 10:05": a date is no score.
    return at < t.length() && Character.isDigit(t.charAt(at))
        && !DATE.matcher(t).region(at, t.length()).lookingAt() ? at : -1;
  }
  /** A date written with numbers: "26/11/2026", "03.12.2025". */
  private static final Pattern DATE = Pattern.compile("\\d{1,2}([./])\\d{1,2}\\1\\d{2,4}");
  /**
   * Whether the label at {@code [labelStart, labelEnd)} opens the sentence and a colon follows
   * it: what the sentence says after it is said of that label ("Humanity's Last Exam: Grok 4
   * Heavy posts 44.4%").
   */
  static boolean leadInLabel(String t, int labelStart, int labelEnd) {
    return LINE_OPENING.matcher(t.substring(0, labelStart)).matches()
        && LEAD_IN_COLON.matcher(t).region(labelEnd, t.length()).lookingAt();
  }
  /** A colon after a label, and something after it. */
  private static final Pattern LEAD_IN_COLON = Pattern.compile("\\s*:\\s+\\S");
  /**
   * Where a label ends after a benchmark ending at {@code benchmarkEnd} when how the score was
   * run follows it, perhaps after a comma ("Humanity's Last Exam, sin herramientas: 24,7 %"):
   * past the words {@code runCondition} matches; {@code benchmarkEnd} when they do not follow.
   */
  static int conditionLabelEnd(String t, int benchmarkEnd, Pattern runCondition) {
    Matcher comma = CONDITION_COMMA.matcher(t).region(benchmarkEnd, t.length());
    int at = comma.lookingAt() ? comma.end() : benchmarkEnd;
    Matcher run = runCondition.matcher(t).region(at, t.length());
    return run.lookingAt() ? run.end() : benchmarkEnd;
  }
  /** Spaces, perhaps a comma, before how a score was run. */
  private static final Pattern CONDITION_COMMA = Pattern.compile("\\s*,?\\s*");
  /** Before a score: a sign that makes it a bound or an approximation. */
  private static final Pattern BOUND = Pattern.compile("[>\u2265~\u2248]\\s?");
  /** Brackets after a value that give other scores, each after a label and a colon. */
  private static final Pattern OTHERS_SCORES = Pattern.compile("\\([^()]*:\\s*\\p{N}[^()]*\\)");
  /** Between pairs on one line. */
  private static final Pattern PAIRS = Pattern.compile("\\s*[;\u00b7]\\s*");
  /** List bullets left in plain text. */
  private static final Pattern BULLET = Pattern.compile("^(?:[-*+\u2022\u2023\u25e6]|\\d+[.)])\\s+");

  private final EntityRecognizer recognizer;
  private final NumberReader numbers;
  /** Organisations, whose names in a lead-in say who gives the figures: "announced by DeepSeek". */
  private final Pattern vendors;

  ScoreLines(EntityRecognizer recognizer, NumberReader numbers, Pattern vendors) {
    this.vendors = vendors;
    this.recognizer = recognizer;
    this.numbers = numbers;
  }

  private record Pair(Mention benchmark, double value) {}

  private record Line(Span span, List<Pair> pairs) {}

  List<Claim> extract(String text, List<Span> skip, List<Paragraph> paragraphs) {
    List<Claim> out = new ArrayList<>();
    List<Span> all = lines(text);
    Mention headline = all.isEmpty() ? null : onlyModel(text, all.get(0));
    List<Line> group = new ArrayList<>();
    Span leadIn = null;
    Span previous = null;
    for (Span line : all) {
      if (skip.stream().anyMatch(s -> s.overlaps(line))) {
        flush(text, group, leadIn, skip, paragraphs, headline, out);
        previous = line;
        continue;
      }
      List<Pair> pairs = pairs(text, line);
      List<Claim> models = pairs == null ? modelScores(text, line, paragraphs) : null;
      if (models != null) {
        flush(text, group, leadIn, skip, paragraphs, headline, out);
        out.addAll(models);
        previous = line;
        continue;
      }
      if (pairs == null) {
        flush(text, group, leadIn, skip, paragraphs, headline, out);
        previous = line;
        continue;
      }
      if (group.isEmpty()) {
        leadIn = previous;
      }
      group.add(new Line(line, pairs));
      previous = line;
    }
    flush(text, group, leadIn, skip, paragraphs, headline, out);
    return out;
  }

  private void flush(String text, List<Line> group, Span leadIn, List<Span> skip,
      List<Paragraph> paragraphs, Mention headline, List<Claim> out) {
    if (group.isEmpty()) {
      return;
    }
    Span lead = leadIn;
    // A list right under a table: whose scores they are is anyone's guess.
    boolean afterTable = lead != null && skip.stream().anyMatch(t -> t.overlaps(lead));
    Mention subject = afterTable ? null : subject(text, lead, headline);
    if (subject != null) {
      for (Line l : group) {
        Sentence s = TableClaims.sentence(paragraphs, l.span(),
            FoldedText.of(text, l.span()).text());
        for (Pair p : l.pairs()) {
          out.add(new Claim(s, ClaimKind.SCORE, subject, null, List.of(), List.of(p.benchmark()),
              false, p.value(), false, Attribution.none(), CUE, null));
        }
      }
    }
    group.clear();
  }

  /** The one model named in the lead-in line; the headline's if it names none. */
  private Mention subject(String text, Span leadIn, Mention headline) {
    if (leadIn == null || opensWithPair(text, leadIn)) {
      // "AIME 2025: 49.5%, far behind o3's 88.9%" before "MMLU: 89.5": a line of the same
      // results list that says more; the models it names are competitors, not the list's model.
      return headline;
    }
    List<Mention> models = models(text, leadIn).stream()
        .filter(m -> !vendors.matcher(m.text()).matches()).toList();
    if (models.isEmpty()) {
      return headline;
    }
    if (models.size() == 1 && headline != null
        && !Names.key(headline.text()).equals(Names.key(models.get(0).text()))
        && Names.key(headline.text()).endsWith(Names.key(models.get(0).text()))) {
      // "Laut Mistral erreicht Medium 3 diese Werte:" under "Mistral Medium 3": the short form
      // of the headline's model is that model, named where the lead-in names it.
      return new Mention(models.get(0).span(), headline.text(), headline.kind(),
          headline.targets());
    }
    return models.size() == 1 ? models.get(0) : null;
  }

  private Mention onlyModel(String text, Span line) {
    List<Mention> models = models(text, line);
    return models.size() == 1 ? models.get(0) : null;
  }

  /** The distinct models named in a line, known or model-shaped, with their spans. */
  private List<Mention> models(String text, Span line) {
    FoldedText folded = FoldedText.of(text, line);
    String t = folded.text();
    List<Found> known = recognizer.known(t);
    Map<Object, Mention> models = new LinkedHashMap<>();
    for (Found f : EntityRecognizer.merge(known, recognizer.unknownModels(t, known))) {
      if (f.isModel()) {
        Mention m = f.mention();
        Object identity = m.isKnown() ? m.targets() : Names.key(m.text());
        models.putIfAbsent(identity, new Mention(folded.toDocument(f.start(), f.end()), m.text(),
            m.kind(), m.targets()));
      }
    }
    return List.copyOf(models.values());
  }

  /** The pairs that make up the whole line, or null when it is anything else. */
  private List<Pair> pairs(String text, Span line) {
    String raw = line.of(text);
    int from = afterBullet(raw);
    List<Pair> one = pair(text, line.start() + from, line.end());
    if (one != null) {
      return one;
    }
    List<Pair> out = new ArrayList<>();
    Matcher sep = PAIRS.matcher(raw);
    int start = from;
    while (true) {
      boolean more = sep.find() && sep.start() >= start;
      int end = more ? sep.start() : raw.length();
      List<Pair> p = pair(text, line.start() + start, line.start() + end);
      if (p == null) {
        return null;
      }
      out.addAll(p);
      if (!more) {
        return out.size() > 1 ? out : null;
      }
      start = sep.end();
    }
  }

  /**
   * A line that gives one benchmark's results for several models: "MMLU-Pro (1k subset):
   * Qwen3-30B-A3B 69.8, Gemma 3 27B 66.1, Mistral Small 3.1 65.4". The label is a benchmark, the
   * rest two or more items set apart by commas or semicolons, each a model's name (known or
   * model-shaped) and a plain score and nothing else; null for any other line.
   */
  private List<Claim> modelScores(String text, Span line, List<Paragraph> paragraphs) {
    String raw = line.of(text);
    int from = afterBullet(raw);
    Matcher sep = labelSeparator(raw, from);
    if (sep == null) {
      return null;
    }
    // "MMLU-Pro (1k-question subset)": the note says how it was run; the benchmark is the name.
    Matcher note = LABEL_NOTE.matcher(raw.substring(from, sep.start()));
    int labelEnd = note.find() ? from + note.start() : sep.start();
    NameCell.Read label = NameCell.read(recognizer, text,
        new Span(line.start() + from, line.start() + labelEnd));
    if (label == null || !label.recognisedAs(Mention.Kind.BENCHMARK)) {
      return null;
    }
    // "GPQA Diamond: X 71.5, Y 67.9.": a line written as a sentence ends in a full stop.
    String rest = FINAL_STOP.matcher(raw.substring(sep.end())).replaceFirst("");
    int base = line.start() + sep.end();
    List<Mention> owners = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    Matcher items = ITEMS.matcher(rest);
    int start = 0;
    while (true) {
      boolean more = items.find();
      int end = more ? items.start() : rest.length();
      String item = rest.substring(start, end);
      List<NumberReader.Found> found = numbers.findAll(item);
      if (found.isEmpty()) {
        return null;
      }
      NumberReader.Found n = found.get(found.size() - 1);
      Double value = TableClaims.value(numbers, item.substring(n.start()));
      if (value == null || n.start() == 0 || !Character.isWhitespace(item.charAt(n.start() - 1))) {
        return null;
      }
      NameCell.Read name = NameCell.read(recognizer, text,
          new Span(base + start, base + start + n.start()));
      if (name == null || !name.recognisedAs(Mention.Kind.MODEL)) {
        return null;
      }
      owners.add(name.mention());
      values.add(value);
      if (!more) {
        break;
      }
      start = items.end();
    }
    if (owners.size() < 2) {
      return null;
    }
    Sentence s = TableClaims.sentence(paragraphs, line, FoldedText.of(text, line).text());
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < owners.size(); i++) {
      out.add(new Claim(s, ClaimKind.SCORE, owners.get(i), null, List.of(),
          List.of(label.mention()), false, values.get(i), false, Attribution.none(), MODELS_CUE,
          null));
    }
    return out;
  }

  /** Where a line's text starts, after its bullet if it has one. */
  private static int afterBullet(String raw) {
    Matcher bullet = BULLET.matcher(raw);
    return bullet.lookingAt() ? bullet.end() : 0;
  }

  /** The colon or dash ending a line's label (which is not empty), or null. */
  private static Matcher labelSeparator(String raw, int from) {
    Matcher sep = SEPARATOR.matcher(raw);
    sep.region(from, raw.length());
    return sep.find() && sep.start() != from ? sep : null;
  }

  /** Whether a line opens with a benchmark, a colon or dash and a number, and goes on. */
  private boolean opensWithPair(String text, Span line) {
    String raw = line.of(text);
    int from = afterBullet(raw);
    Matcher m = labelSeparator(raw, from);
    if (m == null) {
      return false;
    }
    List<NumberReader.Found> found = numbers.findAll(raw.substring(m.end()));
    if (found.isEmpty() || found.get(0).start() != 0) {
      return false;
    }
    NameCell.Read label = NameCell.read(recognizer, text,
        new Span(line.start() + from, line.start() + m.start()));
    // "Tau2-bench : 66,1, au niveau de Claude Sonnet 4": a loosely read name will do here.
    return label != null && label.fits(Mention.Kind.BENCHMARK);
  }

  /** {@code [start, end)} of the text as one "Benchmark: value" pair, or null. */
  private List<Pair> pair(String text, int start, int end) {
    String s = text.substring(start, end);
    Matcher m = SEPARATOR.matcher(s);
    while (m.find()) {
      if (m.start() == 0) {
        continue;
      }
      Double value = TableClaims.value(numbers, s.substring(m.end()));
      if (value == null) {
        continue;
      }
      if (OTHERS_SCORES.matcher(s.substring(m.end())).find()) {
        // "HLE (no tools): 31.2% (Gemini 3 Pro: 37.5%)": the brackets give another model's
        // score; the line is read as a sentence.
        return null;
      }
      NameCell.Read label = NameCell.read(recognizer, text, new Span(start, start + m.start()));
      if (label == null || !label.recognisedAs(Mention.Kind.BENCHMARK)) {
        return null;
      }
      return List.of(new Pair(label.mention(), value));
    }
    return null;
  }

  /** The lines of the text, trimmed; blank lines left out. */
  private static List<Span> lines(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        int s = start;
        int e = i;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          out.add(new Span(s, e));
        }
        start = i + 1;
      }
    }
    return out;
  }
}
