package dev.claimcheck.claim;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.input.Table;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.registry.Names;
import dev.claimcheck.segment.Paragraph;
import dev.claimcheck.segment.Sentence;
import dev.claimcheck.text.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads score tables, and "Benchmark: value" lines, as {@link ClaimKind#SCORE} claims.
 *
 * <p>A table is read one way or the other: models down a column and benchmarks across the header
 * row (the usual launch-post table), or benchmarks down a column and models across the header (as
 * in DeepSeek's READMEs). The label column is the one among the first three whose cells read best
 * as names; each way is scored by how many of its header and label cells read as names of the
 * right kind, and the better one is taken. A table is read only when its model axis has a model
 * and its benchmark axis a benchmark that the registry knows or that is shaped like one; otherwise
 * (prices, release dates, feature grids) it gives nothing. Then every numeric cell under a
 * benchmark and beside a model is one claim: the row is its sentence, the cell its value.
 *
 * <p>Numbers are read with the language's format, unless the table itself shows which separator
 * is its decimal point ("86,0" beside "1.439": the comma, so the dot groups thousands).
 */
public final class TableClaims {
  /** The cue of a claim read from a table cell. */
  public static final String CUE = "table";

  /** Columns tried as the label column. */
  private static final int LABEL_COLUMNS = 3;

  /**
   * What may follow a cell's number: "pts", a note in brackets, an error margin, footnote marks.
   */
  private static final Pattern VALUE_TAIL = Pattern.compile(
      "\\s*(?:(?:" + units() + ")\\s*)?(?:\\([^()]*\\)|\\[[^\\[\\]]*\\]|(?:\u00b1|\\+/-|\\+-)\\s*[\\d.,]+%?)?\\s*");
  /** The unit abbreviations of entity/score-cell-units.txt as alternatives, longest first. */
  private static String units() {
    return EntityRecognizer.wordList("entity/score-cell-units.txt").stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
        .collect(java.util.stream.Collectors.joining("|"));
  }

  /** A decimal separator: a dot or comma between digits, not followed by exactly three. */
  private static final Pattern DECIMAL =
      Pattern.compile("(?<=\\d)([.,])(\\d+)");

  /** A note in brackets closing a cell: "DeepSeek (MIT)". */
  private static final Pattern BRACKET_NOTE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

  private final Lexicon lexicon;
  private final EntityRecognizer recognizer;
  private final Pattern vendors;
  private final NumberReader numbers;
  private final ScoreLines lines;

  /** @param vendorNames organisations that can make claims ("Alibaba", "OpenAI") */
  public TableClaims(Lexicon lexicon, EntityRecognizer recognizer, Collection<String> vendorNames) {
    this.lexicon = lexicon;
    this.recognizer = recognizer;
    this.vendors = Organisations.wholeWords(vendorNames);
    this.numbers = new NumberReader(lexicon.number());
    this.lines = new ScoreLines(recognizer, numbers, vendors);
  }

  /**
   * The score claims of a document's tables and of its "Benchmark: value" lines.
   *
   * @param text the document's analysed text
   * @param tables the document's tables
   * @param paragraphs the text's paragraphs and sentences; a claim's row or line is reported as
   *     the sentence with its span when there is one
   * @param mainVendor the vendor of the main subject, for "according to the company"; may be null
   */
  public List<Claim> extract(String text, List<Table> tables, List<Paragraph> paragraphs,
      String mainVendor) {
    return extract(text, tables, paragraphs, mainVendor, java.util.Set.of());
  }

  /**
   * As {@link #extract(String, List, List, String)}, with the names the document's text reads as
   * benchmarks the registry does not know ({@code learned}): a header cell holding one of them is
   * that benchmark ("Sprachwaage" after „Die Sprachwaage misst, wie gut …").
   */
  public List<Claim> extract(String text, List<Table> tables, List<Paragraph> paragraphs,
      String mainVendor, java.util.Set<String> learned) {
    List<Claim> out = new ArrayList<>();
    for (Table t : tables) {
      out.addAll(table(text, t, paragraphs, mainVendor, learned));
    }
    List<Span> tableSpans = tables.stream().map(Table::span).toList();
    out.addAll(lines.extract(text, tableSpans, paragraphs));
    out.sort(Comparator.comparingInt(c -> c.sentence().span().start()));
    return out;
  }

  /**
   * The claims of the extractor and of the tables together, in document order, a claim of a
   * row or line once: a table row's own claims replace what the extractor read in it, and a score
   * the extractor already read in a line is not added again.
   */
  public static List<Claim> merge(List<Claim> extracted, List<Claim> fromTables) {
    List<Span> rows = fromTables.stream()
        .filter(c -> CUE.equals(c.cue()) || ScoreLines.MODELS_CUE.equals(c.cue()))
        .map(c -> c.sentence().span()).distinct().toList();
    List<Claim> out = new ArrayList<>();
    for (Claim c : extracted) {
      if (rows.stream().noneMatch(r -> r.overlaps(c.sentence().span()))
          && !givenByLeadIn(c, fromTables)) {
        out.add(c);
      }
    }
    List<Claim> kept = List.copyOf(out);
    for (Claim t : fromTables) {
      // Against the extractor's claims kept: those of a row or line just replaced are gone.
      boolean known = kept.stream().anyMatch(c -> c.kind() == ClaimKind.SCORE
          && c.sentence().span().overlaps(t.sentence().span())
          && Objects.equals(c.value(), t.value())
          && c.benchmarks().stream().anyMatch(b -> sameName(b, t.benchmarks().get(0))));
      if (!known) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparingInt(c -> c.sentence().span().start()));
    return out;
  }

  /**
   * Whether {@code c} is a score the extractor gave the article's subject, not named in its line
   * ("- GPQA Diamond : 84,0 %"), where a "Benchmark: value" line under a lead-in naming one model
   * ("Les autres chiffres mis en avant par Google pour Gemini 2.5 Pro :") gives it that model.
   */
  private static boolean givenByLeadIn(Claim c, List<Claim> fromTables) {
    return c.kind() == ClaimKind.SCORE && c.subjectReference() != null
        && fromTables.stream().anyMatch(t -> ScoreLines.CUE.equals(t.cue())
            && t.sentence().span().overlaps(c.sentence().span())
            && Objects.equals(c.value(), t.value())
            && c.benchmarks().stream().anyMatch(b -> sameName(b, t.benchmarks().get(0)))
            && !sameName(c.subject(), t.subject()));
  }

  private static boolean sameName(Mention a, Mention b) {
    if (a.isKnown() && b.isKnown()) {
      return a.targets().equals(b.targets());
    }
    return Names.key(a.text()).equals(Names.key(b.text()));
  }

  /** How a table is read: which column holds the labels, and which axis holds the models. */
  private record Layout(int labelColumn, boolean modelsDown, int score) {}

  private List<Claim> table(String text, Table t, List<Paragraph> paragraphs, String mainVendor,
      java.util.Set<String> learned) {
    int columns = t.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    NameCell.Read[] header = new NameCell.Read[columns];
    for (int j = 0; j < columns; j++) {
      Table.Cell c = t.header().cell(j);
      header[j] = c == null ? null : NameCell.read(recognizer, text, c.span());
      String name = c == null ? null : NameCell.stripped(c.text());
      if (name != null && learned.contains(name)
          && (header[j] == null || !header[j].recognisedAs(Mention.Kind.MODEL))) {
        header[j] = new NameCell.Read(new Mention(c.span(), name, Mention.Kind.BENCHMARK,
            List.of()), NameCell.Source.SHAPED);
      }
      Table.Cell group = t.group(j);
      if (group != null && (header[j] == null || !header[j].recognisedAs(Mention.Kind.BENCHMARK)
          && !header[j].recognisedAs(Mention.Kind.MODEL))) {
        header[j] = grouped(text, group, c);
      }
    }
    for (int j = 0; j < columns; j++) {
      Table.Cell c = t.header().cell(j);
      for (int k = 0; k < columns && header[j] == null && c != null; k++) {
        // "Lutèce-Maths" beside "Lutèce-Eval": a header of the same series as a benchmark's.
        if (header[k] != null && header[k].recognisedAs(Mention.Kind.BENCHMARK)) {
          header[j] = NameCell.sibling(text, c.span(), header[k]);
        }
      }
    }
    List<Table.Row> body = t.body();
    NameCell.Read[][] labels = new NameCell.Read[Math.min(LABEL_COLUMNS, columns)][body.size()];
    for (int c = 0; c < labels.length; c++) {
      for (int i = 0; i < body.size(); i++) {
        Table.Cell cell = body.get(i).cell(c);
        labels[c][i] = cell == null || vendorCell(cell) ? null
            : NameCell.read(recognizer, text, cell.span());
      }
    }
    Layout layout = null;
    for (int c = 0; c < labels.length; c++) {
      for (boolean modelsDown : new boolean[] {true, false}) {
        Layout l = layout(header, labels[c], c, modelsDown);
        if (l != null && (layout == null || l.score() > layout.score())) {
          layout = l;
        }
      }
    }
    if (layout == null) {
      return scoreColumn(text, t, paragraphs, mainVendor, labels);
    }
    Mention.Kind down = layout.modelsDown() ? Mention.Kind.MODEL : Mention.Kind.BENCHMARK;
    Mention.Kind across = layout.modelsDown() ? Mention.Kind.BENCHMARK : Mention.Kind.MODEL;
    if (layout.modelsDown()) {
      titledModels(text, t, layout.labelColumn(), labels[layout.labelColumn()]);
    }
    NumberReader reader = tableNumbers(t, layout.labelColumn());
    Attribution attribution = attribution(text, t, mainVendor);
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      NameCell.Read label = labels[layout.labelColumn()][i];
      if (label == null || !label.fits(down)) {
        continue;
      }
      Table.Row row = body.get(i);
      Sentence sentence = null;
      for (int j = layout.labelColumn() + 1; j < columns; j++) {
        NameCell.Read head = header[j];
        Table.Cell cell = row.cell(j);
        if (head == null || !head.fits(across) || cell == null) {
          continue;
        }
        Double value = value(reader, cell.text());
        if (value == null) {
          continue;
        }
        if (sentence == null) {
          sentence = sentence(paragraphs, row.span(), row.text());
        }
        Mention model = (layout.modelsDown() ? label : head).as(Mention.Kind.MODEL);
        Mention benchmark = (layout.modelsDown() ? head : label).as(Mention.Kind.BENCHMARK);
        out.add(new Claim(sentence, ClaimKind.SCORE, model, null, List.of(), List.of(benchmark),
            false, value, false, attribution, CUE, null));
      }
    }
    return out;
  }

  /**
   * The name of a column under a header cell spanning several ("Humanity's Last Exam" over "no
   * tools" and "with tools"; "AIME" over "2024" and "2025"): the spanning cell's name, with the
   * column's own header when that is an edition ("2024", "v5") and the two read as one name.
   */
  private NameCell.Read grouped(String text, Table.Cell group, Table.Cell own) {
    NameCell.Read alone = NameCell.read(recognizer, text, group.span());
    String edition = own == null ? "" : NameCell.stripped(own.text());
    if (alone == null || !EDITION.matcher(edition).matches()) {
      return alone;
    }
    String joined = alone.mention().text() + " " + edition;
    NameCell.Read both = NameCell.read(recognizer, joined, new Span(0, joined.length()));
    if (both == null || !both.mention().text().equals(joined)
        || both.mention().kind() != alone.mention().kind()) {
      return alone;
    }
    Mention m = both.mention();
    return new NameCell.Read(new Mention(group.span(), m.text(), m.kind(), m.targets()),
        both.source());
  }

  /** A column header that is a year or a version under a spanning name: "2025", "v5", "v2.1". */
  private static final Pattern EDITION = Pattern.compile("(?:v|V)?\\d{1,4}(?:\\.\\d+)?");

  /**
   * Under a header that says the column holds models ("Model", "Modell"), the cells no other
   * reading names are models too when their words are capitalised ("Command A", "Devstral"); not
   * a row of a summary or a reference (lexicon phrase {@code summary_row}: "Average", "Human
   * experts").
   */
  private void titledModels(String text, Table t, int column, NameCell.Read[] labels) {
    Table.Cell head = t.header().cell(column);
    if (head == null || !EntityRecognizer.MODEL_NOUNS.contains(
        NameCell.stripped(head.text()).toLowerCase(java.util.Locale.ROOT))) {
      return;
    }
    Pattern summary = lexicon.phrase("summary_row").pattern();
    List<Table.Row> body = t.body();
    for (int i = 0; i < labels.length; i++) {
      Table.Cell cell = body.get(i).cell(column);
      if (labels[i] != null || cell == null
          || summary.matcher(NameCell.stripped(cell.text())).matches() || vendorCell(cell)) {
        continue;
      }
      labels[i] = NameCell.titled(text, cell.span());
    }
  }

  /**
   * Whether a cell holds only an organisation's name, perhaps with a note ("OpenAI", "DeepSeek
   * (MIT)"): a vendor column names who made the model, not the model.
   */
  private boolean vendorCell(Table.Cell cell) {
    return vendors.matcher(BRACKET_NOTE.matcher(cell.text()).replaceFirst("").strip()).matches();
  }

  /**
   * A table of models with one column of scores under a header such as "Score" or "Elo"
   * (lexicon phrase {@code score_column}), whose benchmark is named around the table: the one
   * benchmark its caption or the line before it names ("LMArena text leaderboard, 12 June"; "And
   * the Arena-Hard-Auto numbers:"). Nothing when no such benchmark is named, or more than one.
   */
  private List<Claim> scoreColumn(String text, Table t, List<Paragraph> paragraphs,
      String mainVendor, NameCell.Read[][] labels) {
    int labelColumn = -1;
    int best = 0;
    for (int c = 0; c < labels.length; c++) {
      int strength = 0;
      boolean recognised = false;
      for (NameCell.Read r : labels[c]) {
        if (r != null) {
          strength += r.strength(Mention.Kind.MODEL);
          recognised |= r.recognisedAs(Mention.Kind.MODEL);
        }
      }
      if (recognised && strength > best) {
        best = strength;
        labelColumn = c;
      }
    }
    if (labelColumn < 0) {
      return List.of();
    }
    Pattern scoreHeader = lexicon.phrase("score_column").pattern();
    int column = -1;
    for (int j = labelColumn + 1; j < t.header().cells().size(); j++) {
      if (scoreHeader.matcher(NameCell.stripped(t.header().cell(j).text())).matches()) {
        column = j;
        break;
      }
    }
    Mention benchmark = column < 0 ? null : benchmarkAround(text, t);
    if (benchmark == null) {
      return List.of();
    }
    NumberReader reader = tableNumbers(t, labelColumn);
    Attribution attribution = attribution(text, t, mainVendor);
    List<Claim> out = new ArrayList<>();
    List<Table.Row> body = t.body();
    for (int i = 0; i < body.size(); i++) {
      NameCell.Read label = labels[labelColumn][i];
      Table.Cell cell = body.get(i).cell(column);
      Double value = cell == null ? null : value(reader, cell.text());
      if (label == null || !label.fits(Mention.Kind.MODEL) || value == null) {
        continue;
      }
      Table.Row row = body.get(i);
      out.add(new Claim(sentence(paragraphs, row.span(), row.text()), ClaimKind.SCORE,
          label.as(Mention.Kind.MODEL), null, List.of(), List.of(benchmark), false, value, false,
          attribution, CUE, null));
    }
    return out;
  }

  /** The one benchmark a table's caption, else the line before it, names; null otherwise. */
  private Mention benchmarkAround(String text, Table t) {
    for (String place : around(text, t)) {
      List<Mention> named = new ArrayList<>();
      List<Found> known = recognizer.known(place);
      List<Found> all = new ArrayList<>(known);
      all.addAll(recognizer.unknownBenchmarks(place, known));
      for (Found f : all) {
        Mention m = f.mention();
        if (m.kind() == Mention.Kind.BENCHMARK && named.stream().noneMatch(
            n -> sameName(n, m))) {
          named.add(new Mention(new Span(t.span().start(), t.span().start()), m.text(),
              m.kind(), m.targets()));
        }
      }
      if (!named.isEmpty()) {
        return named.size() == 1 ? named.get(0) : null;
      }
    }
    return null;
  }

  /** Where a table is introduced: its caption, and the line right before it. */
  private static List<String> around(String text, Table t) {
    List<String> places = new ArrayList<>();
    if (t.caption() != null) {
      places.add(t.caption());
    }
    String before = text.substring(0, t.span().start()).stripTrailing();
    int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    String previous = before.substring(lineStart).strip();
    if (previous.equals(t.caption()) && lineStart > 0) {
      String earlier = before.substring(0, lineStart).stripTrailing();
      previous = earlier.substring(Math.max(earlier.lastIndexOf('\n'),
          earlier.lastIndexOf('\r')) + 1).strip();
    }
    places.add(previous);
    return places;
  }

  /**
   * Scores one way of reading the table, or null when it does not read as a score table that
   * way: its model axis needs a model and its benchmark axis a benchmark, known or shaped.
   */
  private static Layout layout(NameCell.Read[] header, NameCell.Read[] labels, int labelColumn,
      boolean modelsDown) {
    Mention.Kind down = modelsDown ? Mention.Kind.MODEL : Mention.Kind.BENCHMARK;
    Mention.Kind across = modelsDown ? Mention.Kind.BENCHMARK : Mention.Kind.MODEL;
    int score = 0;
    boolean downRecognised = false;
    boolean acrossRecognised = false;
    for (NameCell.Read r : labels) {
      if (r != null) {
        score += r.strength(down);
        downRecognised |= r.recognisedAs(down);
      }
    }
    for (int j = labelColumn + 1; j < header.length; j++) {
      NameCell.Read r = header[j];
      if (r != null) {
        score += r.strength(across);
        acrossRecognised |= r.recognisedAs(across);
      }
    }
    return downRecognised && acrossRecognised ? new Layout(labelColumn, modelsDown, score) : null;
  }

  /**
   * The number reader for a table: the language's, unless the table's own numbers show one of
   * dot and comma as a decimal separator and never the other.
   */
  private NumberReader tableNumbers(Table t, int labelColumn) {
    boolean dot = false;
    boolean comma = false;
    for (Table.Row r : t.body()) {
      for (int j = labelColumn + 1; j < r.cells().size(); j++) {
        Matcher m = DECIMAL.matcher(r.cells().get(j).text());
        while (m.find()) {
          if (m.group(2).length() != 3) {
            dot |= m.group(1).equals(".");
            comma |= m.group(1).equals(",");
          }
        }
      }
    }
    if (dot == comma) {
      return numbers;
    }
    Lexicon.NumberFormat f = lexicon.number();
    List<String> group = new ArrayList<>(List.of(dot ? "," : ".", " "));
    f.group().stream().filter(g -> g.isBlank() && !group.contains(g)).forEach(group::add);
    return new NumberReader(new Lexicon.NumberFormat(dot ? "." : ",", group, f.percent()));
  }

  /** The score in a cell: a number alone, with its per-cent sign, markup or a note; else null. */
  static Double value(NumberReader reader, String cell) {
    String t = NameCell.stripped(cell);
    if (t.startsWith("~") || t.startsWith("\u2248")) {
      // "~49", "≈49": an approximate score is the score as stated.
      t = t.substring(1).stripLeading();
    }
    List<NumberReader.Found> found = reader.findAll(t);
    if (found.isEmpty() || found.get(0).start() != 0) {
      return null;
    }
    NumberReader.Found n = found.get(0);
    String rest = NameCell.stripped(t.substring(n.end()));
    return VALUE_TAIL.matcher(rest).matches() ? n.value() : null;
  }

  /**
   * The segmenter's sentence with exactly this span, else a sentence of its own, numbered like
   * the segmenter's sentence it starts in.
   */
  static Sentence sentence(List<Paragraph> paragraphs, Span span, String text) {
    Sentence near = null;
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        if (s.span().equals(span)) {
          return new Sentence(s.index(), s.paragraph(), span, text);
        }
        if (near == null && s.span().start() <= span.start() && span.start() < s.span().end()) {
          near = s;
        }
      }
    }
    return near == null ? new Sentence(-1, -1, span, text)
        : new Sentence(near.index(), near.paragraph(), span, text);
  }

  /**
   * Who the table's scores are attributed to: the caption or the line before the table naming
   * a claimant ("according to Alibaba", "per the company"); none otherwise.
   */
  private Attribution attribution(String text, Table t, String mainVendor) {
    for (String s : around(text, t)) {
      Matcher m = lexicon.claimantBefore().matcher(s);
      while (m.find()) {
        String rest = s.substring(m.end()).stripLeading();
        String claimant = null;
        Matcher v = vendors.matcher(rest);
        if (v.lookingAt()) {
          claimant = v.group();
        } else if (mainVendor != null && lexicon.claimantDescriptors().matcher(rest).lookingAt()) {
          claimant = mainVendor;
        }
        if (claimant != null) {
          List<String> hedges = new ArrayList<>();
          Matcher h = lexicon.hedges().matcher(s);
          while (h.find()) {
            hedges.add(h.group());
          }
          return new Attribution(claimant, !hedges.isEmpty(), hedges);
        }
      }
    }
    return Attribution.none();
  }
}
