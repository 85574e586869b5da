package dev.claimcheck.input;

import dev.claimcheck.input.AnchoredPositionMap.Anchor;
import dev.claimcheck.text.Position;
import java.util.ArrayList;
import java.util.List;
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
 * the element it starts in.
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

  /** The text and its anchors. */
  record Result(String text, List<Anchor> anchors) {}

  private final StringBuilder text = new StringBuilder();
  private final List<Anchor> anchors = new ArrayList<>();
  private final StringBuilder block = new StringBuilder();
  private Position blockAnchor;
  private Position pendingAnchor;
  private boolean blockHasText;

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
    return new Result(blocks.text.toString(), List.copyOf(blocks.anchors));
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText(), t);
    } else if (node instanceof Element e) {
      String name = e.normalName();
      if (name.equals("br")) {
        block.append(' ');
      } else if (name.equals("tr")) {
        flush();
        row(e);
        return FilterResult.SKIP_CHILDREN;
      } else if (BLOCKS.contains(name)) {
        flush();
        pendingAnchor = position(e);
      }
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
      flush();
      pendingAnchor = null;
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

  private void row(Element tr) {
    List<String> cells = new ArrayList<>();
    boolean any = false;
    for (Element cell : tr.children()) {
      if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
        String t = HtmlText.normalise(cell.text());
        any |= !t.isEmpty();
        cells.add(t);
      }
    }
    if (any) {
      emit(String.join(CELL_SEPARATOR, cells), position(tr));
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

  private void emit(CharSequence raw, Position anchor) {
    String t = HtmlText.normalise(raw);
    if (t.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(SEPARATOR);
    }
    if (anchor != null) {
      anchors.add(new Anchor(text.length(), anchor));
    }
    text.append(t);
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
