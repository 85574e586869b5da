package dev.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.text.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables exposed by the readers: cells, header rows, spans into the text, source lines. */
class TablesTest {
  private final DocumentReader reader = new DocumentReader();

  static byte[] fixture(String name) {
    try (InputStream in = TablesTest.class.getResourceAsStream("/tables/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String source(String name) {
    return new String(fixture(name), StandardCharsets.UTF_8);
  }

  private SourceDocument read(String name, DocumentFormat format) {
    return reader.read(name, fixture(name), format);
  }

  private static List<String> texts(Table.Row row) {
    return row.cells().stream().map(Table.Cell::text).toList();
  }

  /** Every cell's span holds its text, and every row's span lies in the text. */
  private static void spansHold(SourceDocument doc) {
    for (Table t : doc.tables()) {
      for (Table.Row r : t.rows()) {
        assertTrue(r.span().end() <= doc.text().length());
        for (Table.Cell c : r.cells()) {
          assertEquals(c.text(), c.span().of(doc.text()).replaceAll("\\s+", " "),
              () -> "cell span of " + c);
        }
      }
    }
  }

  @Test
  void htmlTableHasItsHeaderFromTheadAndCellsIntoTheText() {
    SourceDocument doc = read("launch.html", DocumentFormat.HTML);
    assertEquals(1, doc.tables().size());
    Table t = doc.tables().get(0);
    assertEquals("Lab-reported scores", t.caption());
    // the last thead row is the header; the group row above it is left out
    assertEquals(List.of("Model", "MMLU-Pro (EM)", "GPQA Diamond", "LMArena"), texts(t.header()));
    assertEquals(4, t.body().size());
    assertEquals(List.of("Qwen2.5-Max", "76.1", "60.1%", "1,332"), texts(t.body().get(0)));
    // empty cells stay, so that columns line up
    assertEquals(List.of("DeepSeek-V3", "75.9", "–", ""), texts(t.body().get(1)));
    // a colspan repeats the cell in each column it covers
    assertEquals(List.of("Nimbus-9B", "n/a", "n/a", "1,201"), texts(t.body().get(2)));
    spansHold(doc);
    // a row's span is its block of the text: the cells joined by " | "
    Table.Row first = t.body().get(0);
    assertEquals("Qwen2.5-Max | 76.1 | 60.1% | 1,332", first.span().of(doc.text()));
    assertEquals(first.text(), first.span().of(doc.text()));
  }

  @Test
  void htmlRowsMapToTheirSourceLines() {
    SourceDocument doc = read("launch.html", DocumentFormat.HTML);
    String source = source("launch.html");
    for (Table.Row r : doc.tables().get(0).body()) {
      String header = r.cells().get(0).text();
      int line = Fixtures.lineOf(source, ">" + header + "<");
      assertEquals(line, doc.positions().positionOf(r.span().start()).line(), header);
      assertEquals(line, doc.positions().positionOf(r.cells().get(1).span().start()).line());
    }
  }

  @Test
  void htmlRowspanCarriesTheCellDown() {
    String html = "<table><tr><th>Area</th><th>Benchmark</th><th>GPT-4o</th></tr>"
        + "<tr><td rowspan=\"2\">Math</td><td>MATH-500</td><td>74.6</td></tr>"
        + "<tr><td>AIME 2024</td><td>9.3</td></tr></table>";
    SourceDocument doc = reader.read("t.html", html.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.HTML);
    Table t = doc.tables().get(0);
    assertEquals(List.of("Area", "Benchmark", "GPT-4o"), texts(t.header()));
    assertEquals(List.of("Math", "AIME 2024", "9.3"), texts(t.body().get(1)));
  }

  @Test
  void htmlWithoutTheadTakesTheFirstRowOfHeaderCells() {
    String html = "<table><tr><td>Monthly scores</td></tr>"
        + "<tr><th>Model</th><th>MMLU</th></tr><tr><td>GPT-4o</td><td>88.7</td></tr></table>";
    Table t = reader.read("t.html", html.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML)
        .tables().get(0);
    assertEquals(List.of("Model", "MMLU"), texts(t.header()));
    assertEquals(1, t.body().size());

    String plain = "<table><tr><td>Model</td><td>MMLU</td></tr>"
        + "<tr><td>GPT-4o</td><td>88.7</td></tr></table>";
    t = reader.read("t.html", plain.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML)
        .tables().get(0);
    assertEquals(List.of("Model", "MMLU"), texts(t.header()));
    assertNull(t.caption());
  }

  @Test
  void markdownPipeTableRowsKeepTheirLinesWithMarkupBlanked() {
    SourceDocument doc = read("transposed.md", DocumentFormat.MARKDOWN);
    String source = source("transposed.md");
    assertEquals(source.length(), doc.text().length());
    assertEquals(1, doc.tables().size());
    Table t = doc.tables().get(0);
    assertEquals(List.of("", "Benchmark (Metric)", "# Shots", "Qwen2.5 72B", "LLaMA3.1 405B",
        "DeepSeek-V3"), texts(t.header()));
    assertEquals(5, t.body().size());
    // bold markers are blanked like any markup; the text reads as the cells joined by " | "
    Table.Row mmlu = t.body().get(2);
    assertEquals(List.of("English", "MMLU-Pro (EM)", "5-shot", "58.3", "52.8", "64.4"),
        texts(mmlu));
    assertEquals("English | MMLU-Pro (EM) | 5-shot | 58.3 | 52.8 | 64.4",
        mmlu.span().of(doc.text()).replaceAll("\\s+", " "));
    // an empty first cell shows as a leading separator
    assertEquals("| GPQA-Diamond (Pass@1) | 0-shot | 45.9 | 42.0 | 59.1", t.body().get(3).text());
    spansHold(doc);
    // every row is a line of its own, the delimiter row and outer pipes are blanked
    for (Table.Row r : t.rows()) {
      assertFalse(r.span().of(doc.text()).contains("\n"));
      int line = doc.positions().positionOf(r.span().start()).line();
      String sourceLine = source.split("\n", -1)[line - 1];
      assertTrue(sourceLine.startsWith("|"), sourceLine);
    }
    assertEquals(new Position(Fixtures.lineOf(source, "| English"), 3),
        doc.positions().positionOf(mmlu.span().start()));
    assertFalse(doc.text().contains("---"));
    assertFalse(doc.text().contains("**"));
    String headerLine = doc.text().split("\n", -1)[Fixtures.lineOf(source, "| | Benchmark") - 1];
    // the outer pipe is blanked, the one after the empty first cell stays
    assertEquals("  | Benchmark (Metric) |", headerLine.substring(0, 24));
    assertTrue(doc.text().contains("\n\nThe best results are in bold."));
  }

  @Test
  void markdownTableRightAfterALeadInAndInsideQuotesAndCode() {
    String md = "Results for Qwen2.5-Max:\n| Model | MMLU |\n|:--|--:|\n| Qwen2.5-Max | 76.1 |\n"
        + "\n> | Model | MMLU |\n> | --- | --- |\n> | GPT-4o | 88.7 |\n"
        + "\n```\n| Model | MMLU |\n|---|---|\n| GPT-4o | 1 |\n```\n"
        + "\nNo | delimiter\nhere | at all\n";
    SourceDocument doc = reader.read("t.md", md.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.MARKDOWN);
    assertEquals(2, doc.tables().size());
    assertEquals(List.of("Qwen2.5-Max", "76.1"), texts(doc.tables().get(0).body().get(0)));
    assertEquals(List.of("GPT-4o", "88.7"), texts(doc.tables().get(1).body().get(0)));
    // the lead-in keeps its own line
    assertTrue(doc.text().startsWith("Results for Qwen2.5-Max:\n"), doc.text());
    spansHold(doc);
  }

  @Test
  void bodyRowsAreCutOrPaddedToTheHeaderAndEscapedPipesStayInTheCell() {
    String md = "| Model | A | B |\n|---|---|---|\n| x \\| y | 1 |\n| z | 1 | 2 | 3 |\n";
    Table t = reader.read("t.md", md.getBytes(StandardCharsets.UTF_8), DocumentFormat.MARKDOWN)
        .tables().get(0);
    assertEquals(List.of("x | y", "1", ""), texts(t.body().get(0)));
    assertEquals(List.of("z", "1", "2"), texts(t.body().get(1)));
  }

  @Test
  void plainTextPipeTablesLeaveTheTextAsItIs() {
    SourceDocument doc = read("scores.txt", DocumentFormat.TEXT);
    String source = source("scores.txt");
    assertEquals(source, doc.text());
    assertEquals(1, doc.tables().size());
    Table t = doc.tables().get(0);
    assertEquals(List.of("Model", "Arena-Hard", "MMLU-Pro"), texts(t.header()));
    assertEquals(List.of("Kestrel-70B-Instruct", "**71.8**", "63.5"), texts(t.body().get(0)));
    assertEquals(List.of("Llama 3.1 70B Instruct", "55.7", "-"), texts(t.body().get(1)));
    assertEquals(Fixtures.lineOf(source, "| Llama"),
        doc.positions().positionOf(t.body().get(1).span().start()).line());
    spansHold(doc);
  }

  @Test
  void documentsWithoutTablesHaveNone() {
    String md = "# Title\n\nGPT-4o scores 88.7 on MMLU.\n";
    assertEquals(List.of(), reader.read("t.md", md.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.MARKDOWN).tables());
    assertEquals(List.of(), new SourceDocument("x", "", DocumentFormat.TEXT, o -> null,
        new Metadata(java.util.Optional.empty(), java.util.Optional.empty(),
            java.util.Optional.empty(), java.util.Optional.empty()), List.of()).tables());
  }
}
