package dev.claimcheck.input;

import dev.claimcheck.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown into text of exactly the source's length: the characters of text nodes stay
 * where they are, everything else (markup, code, link targets, images, HTML, front matter)
 * becomes spaces. Line breaks stay, except soft breaks inside a paragraph, which become spaces
 * so that a wrapped paragraph reads as one line.
 *
 * <p>Pipe tables, which CommonMark reads as paragraphs, are found in the paragraphs' lines
 * ({@link PipeTables}): their rows keep their line breaks, and the delimiter row and outer pipes
 * are blanked, so that a row reads as its cells joined by {@code " | "}.
 */
final class MarkdownReader {
  private final Parser parser =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  SourceDocument read(String name, String source, Optional<String> url, List<String> warnings) {
    Optional<FrontMatter> front = FrontMatter.find(source, warnings);
    char[] out = new char[source.length()];
    char[] parsed = source.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char c = source.charAt(i);
      out[i] = c == '\n' || c == '\r' ? c : ' ';
    }
    if (front.isPresent()) {
      for (int i = 0; i < front.get().end(); i++) {
        parsed[i] = out[i];
      }
    }
    LineMap lines = new LineMap(source);
    Node document = parser.parse(new String(parsed));
    new Blanker(source, out, lines).visit(document);
    List<Table> tables = new ArrayList<>();
    new TableFinder(source, out, lines, tables).visit(document);

    Metadata metadata =
        front
            .map(f -> new Metadata(f.title(), f.language(), f.date(), url))
            .orElse(new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), url));
    return new SourceDocument(
        name, new String(out), DocumentFormat.MARKDOWN, lines, metadata, warnings, tables);
  }

  /** Reads the pipe tables in paragraphs and lays their rows out in the output. */
  private static final class TableFinder {
    private final String source;
    private final char[] out;
    private final LineMap lines;
    private final List<Table> tables;

    TableFinder(String source, char[] out, LineMap lines, List<Table> tables) {
      this.source = source;
      this.out = out;
      this.lines = lines;
      this.tables = tables;
    }

    void visit(Node node) {
      if (node instanceof Paragraph p) {
        paragraph(p);
        return;
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        visit(child);
      }
    }

    private void paragraph(Paragraph p) {
      List<PipeTables.Line> paragraphLines = new ArrayList<>();
      for (SourceSpan span : p.getSourceSpans()) {
        int start = lines.lineStart(span.getLineIndex()) + span.getColumnIndex();
        int end = Math.min(source.length(), start + span.getLength());
        paragraphLines.add(new PipeTables.Line(start, end));
      }
      List<PipeTables.Found> found = PipeTables.find(source, paragraphLines);
      if (found.isEmpty()) {
        return;
      }
      for (PipeTables.Found f : found) {
        blank(f.delimiter().start(), f.delimiter().end());
        for (int pipe : f.pipes()) {
          out[pipe] = ' ';
        }
        // Rows stay on their lines, and so does the line before the header.
        int first = Math.max(0, f.header() - 1);
        int last = Math.min(paragraphLines.size() - 2, f.last());
        for (int i = first; i <= last; i++) {
          int from = paragraphLines.get(i).end();
          int to = paragraphLines.get(i + 1).start();
          for (int k = from; k < to && k < out.length; k++) {
            char c = source.charAt(k);
            if (c == '\n' || c == '\r') {
              out[k] = c;
            }
          }
        }
      }
      String text = new String(out);
      for (PipeTables.Found f : found) {
        tables.add(PipeTables.table(f, text));
      }
    }

    private void blank(int start, int end) {
      for (int k = start; k < end; k++) {
        out[k] = ' ';
      }
    }
  }

  /** Copies the text nodes into the blank output and turns soft breaks into spaces. */
  private static final class Blanker {
    private final String source;
    private final char[] out;
    private final LineMap lines;

    Blanker(String source, char[] out, LineMap lines) {
      this.source = source;
      this.out = out;
      this.lines = lines;
    }

    void visit(Node node) {
      if (node instanceof Text text) {
        copy(text);
        return;
      }
      if (node instanceof SoftLineBreak) {
        // The line break stays: whether it wraps a sentence or ends a line of its own ("Context
        // window: 128K tokens" under "Scores 71.2 on LiveBench") is the segmenter's to tell, as
        // in plain text.
        return;
      }
      if (node instanceof Code code) {
        copyCode(code);
        return;
      }
      if (node instanceof Image
          || node instanceof FencedCodeBlock
          || node instanceof IndentedCodeBlock
          || node instanceof HtmlBlock
          || node instanceof HtmlInline
          || node instanceof LinkReferenceDefinition
          || node instanceof ThematicBreak
          || isAutolink(node)) {
        return; // stays blank
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        visit(child);
      }
    }

    private boolean isAutolink(Node node) {
      if (!(node instanceof Link) || node.getSourceSpans().isEmpty()) {
        return false;
      }
      int start = offset(node.getSourceSpans().get(0));
      return start < source.length() && source.charAt(start) == '<';
    }

    private int offset(SourceSpan span) {
      return lines.lineStart(span.getLineIndex()) + span.getColumnIndex();
    }

    /**
     * Inline code reads as its text without the backticks ("`o3-mini` (high)" is "o3-mini
     * (high)"), as a model id in a table cell or a sentence does; code blocks stay blank.
     */
    private void copyCode(Code code) {
      for (SourceSpan span : code.getSourceSpans()) {
        int start = offset(span);
        int end = Math.min(source.length(), start + span.getLength());
        while (start < end && source.charAt(start) == '`') {
          start++;
        }
        while (end > start && source.charAt(end - 1) == '`') {
          end--;
        }
        for (int i = start; i < end; i++) {
          char c = source.charAt(i);
          out[i] = c == '\n' || c == '\r' ? ' ' : c;
        }
      }
    }

    /** Keeps the source characters of a text node; escaping backslashes become spaces. */
    private void copy(Text text) {
      for (SourceSpan span : text.getSourceSpans()) {
        int start = offset(span);
        int end = Math.min(source.length(), start + span.getLength());
        for (int i = start; i < end; i++) {
          char c = source.charAt(i);
          if (c == '\\' && isEscaped(i + 1)) {
            out[i] = ' ';
            if (i + 1 < end) {
              out[i + 1] = source.charAt(i + 1);
            }
            i++;
          } else {
            out[i] = c;
          }
        }
      }
    }

    private boolean isEscaped(int next) {
      if (next >= source.length()) {
        return true;
      }
      char c = source.charAt(next);
      return c == '\n' || c == '\r' || (c < 128 && isAsciiPunctuation(c));
    }

    private static boolean isAsciiPunctuation(char c) {
      return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`')
          || (c >= '{' && c <= '~');
    }
  }
}
