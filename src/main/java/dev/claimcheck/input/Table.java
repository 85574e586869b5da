package dev.claimcheck.input;

import dev.claimcheck.text.Span;
import java.util.List;

/**
 * A table of a document, as cells with their places in the document's analysed text.
 *
 * <p>The first row is the header row: the last row of an HTML {@code <thead>}, else the first row
 * whose cells are all {@code <th>}, else the first row; for a pipe table the row above the
 * {@code |---|} line. Rows above the header are left out. A cell spanning several columns or rows
 * is repeated in each, so that cells of one column share an index.
 *
 * @param rows the header row, then the body rows, in document order; never empty
 * @param caption the table's caption as written, or null
 * @param above the header rows above the header row, in document order (an HTML {@code <thead>}
 *     of two rows: "AIME" over "2024" and "2025"); empty when the header is one row
 */
public record Table(List<Row> rows, String caption, List<Row> above) {
  /** How the cells of a row are joined in its {@link Row#text() text}. */
  public static final String CELL_SEPARATOR = " | ";

  public Table {
    rows = List.copyOf(rows);
    above = List.copyOf(above);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a table has at least a header row");
    }
  }

  public Table(List<Row> rows, String caption) {
    this(rows, caption, List.of());
  }

  public Table(List<Row> rows) {
    this(rows, null);
  }

  public Row header() {
    return rows.get(0);
  }

  /**
   * The header cell above the header row that spans column {@code column} and its neighbour, when
   * the header row splits it there ("Humanity's Last Exam" over "no tools" and "with tools");
   * null otherwise.
   */
  public Cell group(int column) {
    if (above.isEmpty()) {
      return null;
    }
    Row top = above.get(above.size() - 1);
    Cell group = top.cell(column);
    if (group == null || group.text().isBlank() || group.equals(header().cell(column))) {
      return null;
    }
    boolean spans = column > 0 && group.equals(top.cell(column - 1))
        || group.equals(top.cell(column + 1));
    return spans ? group : null;
  }

  /** The rows under the header. */
  public List<Row> body() {
    return rows.subList(1, rows.size());
  }

  /** From the start of the first row to the end of the last. */
  public Span span() {
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (Row r : rows) {
      start = Math.min(start, r.span().start());
      end = Math.max(end, r.span().end());
    }
    return new Span(start, end);
  }

  /**
   * One row.
   *
   * @param span where the row's text is in the analysed text, first to last cell
   */
  public record Row(List<Cell> cells, Span span) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** The cell in column {@code column}, or null past the row's end. */
    public Cell cell(int column) {
      return column < cells.size() ? cells.get(column) : null;
    }

    /** The cells' texts joined with {@code " | "}, white space collapsed, ends trimmed. */
    public String text() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          sb.append(CELL_SEPARATOR);
        }
        sb.append(cells.get(i).text());
      }
      return sb.toString().strip().replaceAll("\\s+", " ");
    }
  }

  /**
   * One cell.
   *
   * @param text the cell's text as it reads (markup removed, white space collapsed)
   * @param span where that text is in the analysed text (empty for an empty cell)
   */
  public record Cell(String text, Span span) {}
}
