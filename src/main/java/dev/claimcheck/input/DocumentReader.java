package dev.claimcheck.input;

import dev.claimcheck.text.LineMap;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the bytes of one input into a {@link SourceDocument}, without any I/O. */
public final class DocumentReader {
  private final MarkdownReader markdown = new MarkdownReader();
  private final HtmlReader html = new HtmlReader(HtmlNoise.load());

  /** Reads UTF-8 (or, for HTML, the page's declared charset) bytes as {@code format}. */
  public SourceDocument read(String name, byte[] bytes, DocumentFormat format) {
    return read(name, bytes, format, Optional.empty(), Optional.empty());
  }

  /**
   * Reads bytes as {@code format}.
   *
   * @param charset a charset declared outside the bytes (an HTTP header); UTF-8 otherwise
   * @param url the URL the bytes were fetched from, if any
   */
  public SourceDocument read(
      String name,
      byte[] bytes,
      DocumentFormat format,
      Optional<Charset> charset,
      Optional<String> url) {
    if (format == DocumentFormat.HTML) {
      return html.read(name, bytes, charset, url);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, charset.orElse(StandardCharsets.UTF_8));
    if (format == DocumentFormat.MARKDOWN) {
      return markdown.read(name, decoded.text(), url, new ArrayList<>(decoded.warnings()));
    }
    Metadata metadata = new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), url);
    String text = decoded.text();
    return new SourceDocument(
        name, text, DocumentFormat.TEXT, new LineMap(text), metadata, decoded.warnings(),
        textTables(text));
  }

  /** Pipe tables written in plain text, read as in Markdown; the text stays as it is. */
  private static List<Table> textTables(String text) {
    List<Table> out = new ArrayList<>();
    for (PipeTables.Found f : PipeTables.find(text, PipeTables.lines(text))) {
      out.add(PipeTables.table(f, text));
    }
    return out;
  }
}
