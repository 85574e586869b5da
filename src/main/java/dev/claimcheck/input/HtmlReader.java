package dev.claimcheck.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Reads a web page into its article's main text, with metadata and block positions. */
final class HtmlReader {
  private final HtmlMetadataReader metadataReader = new HtmlMetadataReader();
  private final HtmlArticle article;

  HtmlReader(HtmlNoise noise) {
    this.article = new HtmlArticle(noise);
  }

  /**
   * @param declared the charset the server declared, which wins over the page's own
   * @param fetchedUrl where the page came from, if it was fetched
   */
  SourceDocument read(
      String name, byte[] bytes, Optional<Charset> declared, Optional<String> fetchedUrl) {
    List<String> warnings = new ArrayList<>();
    Document doc = parse(bytes, declared, fetchedUrl.orElse(""));
    if (StandardCharsets.UTF_8.equals(doc.charset())) {
      TextDecoder.invalidBytesWarning(bytes, StandardCharsets.UTF_8).ifPresent(warnings::add);
    }
    HtmlMetadataReader.Result meta = metadataReader.read(doc, fetchedUrl, warnings);
    article.removeNoise(doc);
    Element root = article.chooseRoot(doc);
    Element lead = meta.headline().filter(h -> !HtmlArticle.isInside(h, root)).orElse(null);
    HtmlBlocks.Result blocks = HtmlBlocks.collect(root, lead);
    if (blocks.text().isEmpty()) {
      warnings.add("no article text found in the page");
    }
    return new SourceDocument(
        name,
        blocks.text(),
        DocumentFormat.HTML,
        new AnchoredPositionMap(blocks.anchors()),
        meta.metadata(),
        warnings,
        blocks.tables());
  }

  private static Document parse(byte[] bytes, Optional<Charset> declared, String baseUri) {
    try {
      // Given bytes and no charset, Jsoup honours a BOM or a <meta charset>, else uses UTF-8.
      return Jsoup.parse(
          new ByteArrayInputStream(bytes),
          declared.map(Charset::name).orElse(null),
          baseUri,
          Parser.htmlParser().setTrackPosition(true));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen when reading from memory
    }
  }
}
