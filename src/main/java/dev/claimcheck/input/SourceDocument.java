package dev.claimcheck.input;

import dev.claimcheck.text.PositionMap;
import java.util.List;

/**
 * One input, read and reduced to the text that claims are extracted from.
 *
 * <p>{@code text} is the analysed text. For plain text it is the input itself (BOM removed). For
 * Markdown it has the same length as the source, with markup, code, link targets and front matter
 * replaced by spaces, so offsets are source offsets; the rows of a pipe table stay on their own
 * lines, with the {@code |---|} line and the outer pipes blanked. For HTML it is the article's main
 * text, one block per paragraph separated by blank lines, a table row being one block with its
 * cells joined by {@code " | "}. {@code positions} maps any offset of {@code text} back to a
 * 1-based line:column of the source as the user sees it.
 *
 * @param name how the input is reported: the path as given, the URL, or {@code <stdin>}
 * @param warnings non-fatal problems met while reading (invalid bytes replaced, ...)
 * @param tables the document's tables (HTML tables, pipe tables), in document order, with spans
 *     into {@code text}
 */
public record SourceDocument(
    String name,
    String text,
    DocumentFormat format,
    PositionMap positions,
    Metadata metadata,
    List<String> warnings,
    List<Table> tables) {

  public SourceDocument {
    warnings = List.copyOf(warnings);
    tables = List.copyOf(tables);
  }

  /** A document without tables. */
  public SourceDocument(
      String name,
      String text,
      DocumentFormat format,
      PositionMap positions,
      Metadata metadata,
      List<String> warnings) {
    this(name, text, format, positions, metadata, warnings, List.of());
  }
}
