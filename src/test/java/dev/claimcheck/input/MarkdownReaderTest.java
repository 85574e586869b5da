package dev.claimcheck.input;

import static dev.claimcheck.input.Fixtures.squash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.text.Position;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {
  private final MarkdownReader reader = new MarkdownReader();

  private SourceDocument read(String source) {
    return reader.read("article.md", source, Optional.empty(), new ArrayList<>());
  }

  @Test
  void keepsTheSourceLengthAndProseButBlanksMarkupCodeAndTargets() {
    String source = Fixtures.string("article.md");
    SourceDocument doc = read(source);
    String text = doc.text();

    assertEquals(source.length(), text.length());
    assertEquals(DocumentFormat.MARKDOWN, doc.format());
    // markup between a word and punctuation leaves a space: compare without it
    assertTrue(squash(text).replace(" .", ".").contains(
        "DeepSeek-V3 scores 88.5 on MMLU, according to the company's evaluation notes and"
            + " its technical report. The authors call the result state of the art for"
            + " open models."), text);
    assertTrue(text.contains("Claude 3.5 Sonnet scores 88.3 on MMLU."));
    assertTrue(text.contains("Llama 3.1 405B scores 88.6 on MMLU."));
    // inline code reads as its text, without the backticks
    assertTrue(squash(text).contains("Run evaluate --model gemini-1.5-pro to reproduce"), text);
    // an escaping backslash becomes a space, the escaped character stays
    assertTrue(squash(text).contains("Benchmarks are not the whole story, *really *."));
    assertTrue(squash(text).contains("DeepSeek-V3 and the benchmark race"));

    for (String gone : List.of(
        "Qwen2.5-Max", "fake claim", "python", // fenced code block
        "gpt-4o-mini", "GPT-4o-mini", "https://", // link destination and title
        "Mixtral", "mixtral", // image alt text and source
        "phi-4", // autolink
        "command-r-plus", "[ref]", // link reference definition
        "title:", "2025-01-30", // front matter
        "#", "**", "_technical", "`", "](", "\\")) {
      assertFalse(text.contains(gone), () -> "should be blanked: " + gone);
    }
  }

  @Test
  void offsetsAreSourceOffsetsAndMapToLineAndColumn() {
    String source = Fixtures.string("article.md");
    SourceDocument doc = read(source);
    int claude = doc.text().indexOf("Claude 3.5 Sonnet");
    assertEquals(source.indexOf("Claude 3.5 Sonnet"), claude);
    assertEquals(new Position(Fixtures.lineOf(source, "- Claude"), 3),
        doc.positions().positionOf(claude));
    assertEquals(new Position(21, 3), doc.positions().positionOf(claude));
  }

  @Test
  void aWrappedParagraphKeepsItsLinesAndBlocksStaySeparate() {
    String text = read(Fixtures.string("article.md")).text();
    int start = text.indexOf("DeepSeek-V3 scores");
    int end = text.indexOf("open models.");
    // the segmenter tells a wrapped line from a line of its own, as in plain text
    assertTrue(text.substring(start, end).contains("\n"));
    // list items on adjacent lines stay on their own lines
    int claude = text.indexOf("Claude 3.5");
    int llama = text.indexOf("Llama 3.1");
    assertTrue(text.substring(claude, llama).contains("\n"));
    // a heading is separated from what follows
    int heading = text.indexOf("race");
    assertTrue(text.substring(heading, start).contains("\n\n"));
  }

  @Test
  void readsFrontMatterIntoMetadataAndBlanksIt() {
    String source = Fixtures.string("article.md");
    SourceDocument doc = read(source);
    Metadata m = doc.metadata();
    assertEquals(Optional.of("DeepSeek-V3 and the benchmark race"), m.title());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 30)), m.published());
    assertEquals(Optional.of("en"), m.language());
    int frontEnd = source.indexOf("\n---\n") + 4;
    assertTrue(doc.text().substring(0, frontEnd).isBlank());
  }

  @Test
  void crlfSourceGivesTheSameText() {
    String lf = Fixtures.string("article.md");
    String crlf = lf.replace("\n", "\r\n");
    SourceDocument a = read(lf);
    SourceDocument b = read(crlf);
    assertEquals(crlf.length(), b.text().length());
    assertEquals(squash(a.text()), squash(b.text()));
    int start = b.text().indexOf("DeepSeek-V3 scores");
    int end = b.text().indexOf("open models.");
    String paragraph = b.text().substring(start, end);
    assertTrue(paragraph.contains("company's\r\n"), paragraph); // the line break stays
    assertTrue(b.text().contains("88.3 on MMLU.\r\n"));

    int claude = b.text().indexOf("Claude 3.5 Sonnet");
    assertEquals(crlf.indexOf("Claude 3.5 Sonnet"), claude);
    assertEquals(new Position(21, 3), b.positions().positionOf(claude));
  }

  @Test
  void hardBreaksStayLineBreaks() {
    String text = read("First line  \nsecond line\\\nthird line\nsame paragraph\n").text();
    assertEquals("First line  \nsecond line \nthird line\nsame paragraph\n", text);
  }

  @Test
  void adjacentBlocksKeepTheirLineBreak() {
    String text = read("# Title\nA paragraph right after.\n* one\n* two\n").text();
    assertEquals("  Title\nA paragraph right after.\n  one\n  two\n", text);
  }

  @Test
  void unclosedFrontMatterIsAThematicBreak() {
    String text = read("---\ntitle: x\n").text();
    assertEquals("   \ntitle: x\n", text);
  }

  @Test
  void inlineHtmlTagsAreBlankedButTheirTextKept() {
    String text = read("GPT-4o <b>scores</b> 88.7 &amp; more\n\n<div>\nhidden block\n</div>\n")
        .text();
    assertTrue(text.startsWith("GPT-4o    scores     88.7 &amp; more\n\n"), text);
    assertFalse(text.contains("hidden"));
  }
}
