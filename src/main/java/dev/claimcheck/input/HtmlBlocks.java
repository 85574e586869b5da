package dev.claimcheck.input;

import dev.claimcheck.input.AnchoredPositionMap.Anchor;
import dev.claimcheck.text.Position;
import dev.claimcheck.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an article's root element into text: one normalised block per paragraph, heading,
 * list item, quote, table row (cells joined by {@code " | "}), caption or definition, in
 * document order and separated by blank lines. Each block is anchored to the source position of
 * the element it starts in. Tables are also collected as {@link Table}s whose cells point into
 * that text.
 */
final class HtmlBlocks implements NodeFilter {
  static final String SEPARATOR = "\n\n";
  static final String CELL_SEPARATOR = " | ";

  /** Elements that start and end a block; anything else stays inline. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
          "dd", "dt", "caption", "tr", "td", "th",
          "address", "article", "aside", "body", "center", "details", "dialog", "div", "dl",
          "fieldset", "figure", "footer", "form", "header", "hgroup", "hr", "html", "main",
          "menu", "nav", "ol", "section", "summary", "table", "tbody", "tfoot", "thead", "ul");

  /** The text, its anchors and its tables. */
  record Result(String text, List<Anchor> anchors, List<Table> tables) {}

  /** Longest colspan or rowspan honoured; larger values are typos or layout tricks. */
  private static final int MAX_SPAN = 64;

  private final StringBuilder text = new StringBuilder();
  private final List<Anchor> anchors = new ArrayList<>();
  private final StringBuilder block = new StringBuilder();
  private Position blockAnchor;
  private Position pendingAnchor;
  private boolean blockHasText;
  private final Deque<TableBuilder> openTables = new ArrayDeque<>();
  private final List<Table> tables = new ArrayList<>();

  private HtmlBlocks() {}

  /**
   * Collects the blocks under {@code root}, preceded by {@code lead} (a headline outside the
   * root) when it is not null.
   */
  static Result collect(Element root, Element lead) {
    HtmlBlocks blocks = new HtmlBlocks();
    if (lead != null) {
      blocks.emit(lead.text(), position(lead));
    }
    NodeTraversor.filter(blocks, root);
    blocks.flush();
    return new Result(
        blocks.text.toString(), List.copyOf(blocks.anchors), List.copyOf(blocks.tables));
  }

  /** A footnote mark of digits, which runs into a number before it: "1", "[2]". */
  private static final java.util.regex.Pattern FOOTNOTE =
      java.util.regex.Pattern.compile("\\s*\\[?\\d{1,3}\\]?\\s*");

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText(), t);
    } else if (node instanceof Element e) {
      String name = e.normalName();
      if (footnoteMark(e)) {
        // "88.7<sup>1</sup>": a footnote's mark, not part of the number before it.
        return FilterResult.SKIP_CHILDREN;
      }
      if (name.equals("br")) {
        block.append(HtmlText.LINE_BREAK);
      } else if (name.equals("tr")) {
        flush();
        row(e);
        return FilterResult.SKIP_CHILDREN;
      } else if (BLOCKS.contains(name)) {
        flush();
        pendingAnchor = position(e);
        if (name.equals("table")) {
          openTables.push(new TableBuilder());
        }
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
      flush();
      pendingAnchor = null;
      if (e.normalName().equals("caption") && !openTables.isEmpty()) {
        openTables.peek().caption = HtmlText.normalise(e.text());
      } else if (e.normalName().equals("table") && !openTables.isEmpty()) {
        openTables.pop().build().ifPresent(tables::add);
      }
    }
    return FilterResult.CONTINUE;
  }

  private void append(String s, Node from) {
    if (!blockHasText && !s.isBlank()) {
      blockHasText = true;
      blockAnchor = pendingAnchor != null ? pendingAnchor : position(from);
      pendingAnchor = null;
    }
    block.append(s);
  }

  /**
   * Whether an element is a footnote's mark that would run into the number before it:
   * "<sup>1</sup>", "<sup>[2]</sup>". A mark of signs ("<sup>†</sup>") is kept as written.
   */
  private static boolean footnoteMark(Element e) {
    return e.normalName().equals("sup") && FOOTNOTE.matcher(e.text()).matches();
  }

  /**
   * A table cell without its footnote marks ("72.6<sup>1</sup>" is 72.6), as running text is
   * read; the cell itself is left as it is.
   */
  private static Element withoutFootnoteMarks(Element cell) {
    if (cell.select("sup").stream().noneMatch(HtmlBlocks::footnoteMark)) {
      return cell;
    }
    Element copy = cell.clone();
    copy.select("sup").stream().filter(HtmlBlocks::footnoteMark).forEach(Element::remove);
    return copy;
  }

  /** The text of a cell before its first line break, without footnote marks; null with none. */
  private static String firstLine(Element cell) {
    if (cell.selectFirst("br") == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element e && e.normalName().equals("br")) {
          return FilterResult.STOP;
        }
        if (node instanceof Element e && footnoteMark(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (node instanceof TextNode t) {
          b.append(t.getWholeText());
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, cell);
    return HtmlText.normalise(b);
  }

  private void row(Element tr) {
    List<String> cells = new ArrayList<>();
    List<Element> elements = new ArrayList<>();
    boolean any = false;
    boolean allTh = true;
    for (Element cell : tr.children()) {
      if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
        String t = HtmlText.normalise(withoutFootnoteMarks(cell).text());
        any |= !t.isEmpty();
        allTh &= cell.normalName().equals("th");
        cells.add(t);
        elements.add(cell);
      }
    }
    if (!any) {
      return;
    }
    String joined = String.join(CELL_SEPARATOR, cells);
    int at = emit(joined, position(tr));
    if (at < 0 || openTables.isEmpty()) {
      return;
    }
    String emitted = HtmlText.normalise(joined);
    int[] map = alignment(joined, emitted);
    List<Table.Cell> read = new ArrayList<>();
    int p = 0;
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      // "Talon-2<br><small>Veyra</small>": the cell's first line is what it holds; the rest is a
      // note.
      String first = firstLine(elements.get(i));
      String held = first != null && !first.isEmpty() && c.startsWith(first) ? first : c;
      read.add(new Table.Cell(held, new Span(at + map[p], at + map[p + held.length()])));
      p += c.length() + CELL_SEPARATOR.length();
    }
    Element section = tr.parent();
    boolean inHead = section != null && section.normalName().equals("thead");
    openTables.peek().add(read, elements, new Span(at, at + emitted.length()), inHead, allTh);
  }

  /**
   * Where each character of {@code raw} went in {@code normalised}, which is {@code raw} less
   * some white space: {@code map[i]} is the index of character {@code i}, or of the next kept
   * one when it was dropped; {@code map[raw.length()]} is the length of {@code normalised}.
   */
  private static int[] alignment(String raw, String normalised) {
    int[] map = new int[raw.length() + 1];
    int k = 0;
    for (int j = 0; j < raw.length(); j++) {
      map[j] = k;
      if (k < normalised.length() && raw.charAt(j) == normalised.charAt(k)) {
        k++;
      }
    }
    map[raw.length()] = normalised.length();
    return map;
  }

  /** The rows of one table as they are read, and the cells that span into later rows. */
  private static final class TableBuilder {
    private record Pending(Table.Cell cell, int rows) {}

    private record Read(Table.Row row, boolean inHead, boolean allTh) {}

    private final List<Read> rows = new ArrayList<>();
    private final Map<Integer, Pending> pending = new HashMap<>();
    String caption;

    void add(List<Table.Cell> cells, List<Element> elements, Span span, boolean inHead,
        boolean allTh) {
      List<Table.Cell> grid = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        carry(grid);
        int cols = span(elements.get(i), "colspan");
        int down = span(elements.get(i), "rowspan");
        for (int c = 0; c < cols; c++) {
          if (down > 1) {
            pending.put(grid.size(), new Pending(cells.get(i), down - 1));
          }
          grid.add(cells.get(i));
        }
      }
      while (pending.keySet().stream().anyMatch(c -> c >= grid.size())) {
        if (!carry(grid)) {
          grid.add(new Table.Cell("", new Span(span.end(), span.end())));
        }
      }
      rows.add(new Read(new Table.Row(grid, span), inHead, allTh));
    }

    /** Adds the cells coming down from rows above at the current column; false if none. */
    private boolean carry(List<Table.Cell> grid) {
      boolean any = false;
      Pending p;
      while ((p = pending.remove(grid.size())) != null) {
        if (p.rows() > 1) {
          pending.put(grid.size(), new Pending(p.cell(), p.rows() - 1));
        }
        grid.add(p.cell());
        any = true;
      }
      return any;
    }

    private static int span(Element cell, String attribute) {
      try {
        int n = Integer.parseInt(cell.attr(attribute).strip());
        return Math.max(1, Math.min(MAX_SPAN, n));
      } catch (NumberFormatException e) {
        return 1;
      }
    }

    /** The header row, by the last row of thead, else the first all-th row, else the first. */
    java.util.Optional<Table> build() {
      if (rows.isEmpty()) {
        return java.util.Optional.empty();
      }
      int header = -1;
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).inHead()) {
          header = i;
        }
      }
      for (int i = 0; header < 0 && i < Math.min(3, rows.size()); i++) {
        if (rows.get(i).allTh()) {
          header = i;
        }
      }
      List<Table.Row> kept = rows.subList(Math.max(0, header), rows.size()).stream()
          .map(Read::row).toList();
      List<Table.Row> above = rows.subList(0, Math.max(0, header)).stream()
          .filter(Read::inHead).map(Read::row).toList();
      return java.util.Optional.of(new Table(kept, caption, above));
    }
  }

  private void flush() {
    if (blockHasText) {
      emit(block, blockAnchor);
    }
    block.setLength(0);
    blockHasText = false;
    blockAnchor = null;
  }

  /** Appends a block; returns where it starts in the text, or -1 when it is empty. */
  private int emit(CharSequence raw, Position anchor) {
    String t = HtmlText.normalise(raw);
    if (t.isEmpty()) {
      return -1;
    }
    if (text.length() > 0) {
      text.append(SEPARATOR);
    }
    if (anchor != null) {
      anchors.add(new Anchor(text.length(), anchor));
    }
    int at = text.length();
    text.append(t);
    return at;
  }

  private static Position position(Node node) {
    Range range = node.sourceRange();
    if (!range.isTracked()) {
      return null;
    }
    Range.Position start = range.start();
    return new Position(start.lineNumber(), start.columnNumber());
  }
}
