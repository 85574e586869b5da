package dev.claimcheck.input;

import dev.claimcheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds GitHub-flavoured pipe tables in lines of text: a header row, a delimiter row
 * ({@code |---|:--:|}) with as many cells, then body rows up to the first line without a pipe.
 * Outer pipes are optional; {@code \|} is a pipe inside a cell. A body row with too many cells
 * loses the extra ones, one with too few gets empty cells, as GitHub renders them.
 *
 * <p>CommonMark itself has no tables (they read as paragraphs), and the GFM table extension would
 * replace the paragraph nodes whose source spans the Markdown reader relies on; reading the few
 * rules of the table syntax here keeps one parse for both Markdown and plain text.
 */
final class PipeTables {
  private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

  private PipeTables() {}

  /** A line's content, {@code [start, end)} in the source, without its line break. */
  record Line(int start, int end) {}

  /**
   * A table found among the lines.
   *
   * @param header index of the header line in the list given
   * @param delimiter the delimiter line
   * @param rows the cells of the header row then of each body row, as source ranges between the
   *     pipes (untrimmed); every row has the header's number of cells
   * @param lines the lines of those rows, header first
   * @param pipes offsets of the outer pipes (first and last character of a row)
   */
  record Found(int header, Line delimiter, List<List<Span>> rows, List<Line> lines,
      List<Integer> pipes) {
    /** Index of the last body line in the list given. */
    int last() {
      return header + rows.size();
    }
  }

  /** The tables among {@code lines}, in order. */
  static List<Found> find(String source, List<Line> lines) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i + 1 < lines.size()) {
      Found f = tableAt(source, lines, i);
      if (f == null) {
        i++;
      } else {
        out.add(f);
        i = f.last() + 1;
      }
    }
    return out;
  }

  private static Found tableAt(String source, List<Line> lines, int i) {
    Line head = lines.get(i);
    Line delim = lines.get(i + 1);
    if (!hasPipe(source, head) || !hasPipe(source, delim)) {
      return null;
    }
    List<Span> headerCells = new ArrayList<>();
    List<Integer> pipes = new ArrayList<>();
    split(source, head, headerCells, pipes);
    List<Span> delimCells = new ArrayList<>();
    split(source, delim, delimCells, new ArrayList<>());
    if (headerCells.size() != delimCells.size()) {
      return null;
    }
    for (Span c : delimCells) {
      if (!DELIMITER_CELL.matcher(c.of(source).strip()).matches()) {
        return null;
      }
    }
    int columns = headerCells.size();
    List<List<Span>> rows = new ArrayList<>();
    List<Line> rowLines = new ArrayList<>();
    rows.add(headerCells);
    rowLines.add(head);
    for (int j = i + 2; j < lines.size(); j++) {
      Line l = lines.get(j);
      if (l.start() >= l.end() || source.substring(l.start(), l.end()).isBlank()
          || !hasPipe(source, l)) {
        break;
      }
      List<Span> cells = new ArrayList<>();
      split(source, l, cells, pipes);
      while (cells.size() > columns) {
        cells.remove(cells.size() - 1);
      }
      while (cells.size() < columns) {
        int end = cells.isEmpty() ? trimmedEnd(source, l) : cells.get(cells.size() - 1).end();
        cells.add(new Span(end, end));
      }
      rows.add(cells);
      rowLines.add(l);
    }
    return new Found(i, delim, rows, rowLines, pipes);
  }

  private static boolean hasPipe(String source, Line l) {
    for (int k = l.start(); k < l.end(); k++) {
      if (isPipe(source, k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPipe(String source, int k) {
    return source.charAt(k) == '|' && (k == 0 || source.charAt(k - 1) != '\\');
  }

  /** Splits a row at its pipes; outer pipes are not cell separators and are added to pipes. */
  private static void split(String source, Line l, List<Span> cells, List<Integer> pipes) {
    int start = l.start();
    while (start < l.end() && Character.isWhitespace(source.charAt(start))) {
      start++;
    }
    int end = trimmedEnd(source, l);
    if (start < end && isPipe(source, start)) {
      pipes.add(start);
      start++;
    }
    if (end > start && isPipe(source, end - 1)) {
      pipes.add(end - 1);
      end--;
    }
    int cell = start;
    for (int k = start; k < end; k++) {
      if (isPipe(source, k)) {
        cells.add(new Span(cell, k));
        cell = k + 1;
      }
    }
    cells.add(new Span(cell, Math.max(cell, end)));
  }

  private static int trimmedEnd(String source, Line l) {
    int end = l.end();
    while (end > l.start() && Character.isWhitespace(source.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * The table as read in {@code text}, which has the source's offsets (the source itself, or
   * Markdown's text with markup blanked): each cell's text is what {@code text} has between its
   * pipes, trimmed and with white space collapsed.
   */
  static Table table(Found f, String text) {
    List<Table.Row> rows = new ArrayList<>();
    for (List<Span> cells : f.rows()) {
      List<Table.Cell> out = new ArrayList<>();
      for (Span c : cells) {
        int s = c.start();
        int e = c.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        out.add(new Table.Cell(text.substring(s, e).replaceAll("\\s+", " "), new Span(s, e)));
      }
      int start = out.stream().filter(c -> c.span().length() > 0)
          .mapToInt(c -> c.span().start()).min().orElse(cells.get(0).start());
      int end = out.stream().filter(c -> c.span().length() > 0)
          .mapToInt(c -> c.span().end()).max().orElse(start);
      rows.add(new Table.Row(out, new Span(start, Math.max(start, end))));
    }
    return new Table(rows);
  }

  /** Every line of {@code text}. */
  static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(new Line(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(new Line(start, n));
    return out;
  }
}
