package dev.claimcheck.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Decides an input's format from its file name or from its first bytes. */
final class Formats {
  private static final int SNIFF_BYTES = 64 * 1024;

  private Formats() {}

  /** The format of a file with a known extension, or empty for any other name. */
  static Optional<DocumentFormat> byExtension(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return Optional.of(DocumentFormat.MARKDOWN);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return Optional.of(DocumentFormat.HTML);
    }
    if (lower.endsWith(".txt")) {
      return Optional.of(DocumentFormat.TEXT);
    }
    return Optional.empty();
  }

  /**
   * HTML if the bytes start (after whitespace and BOM) with {@code <!doctype} or {@code <html},
   * or contain {@code <body}; text otherwise.
   */
  static DocumentFormat sniff(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    // ISO-8859-1 maps every byte to one char, which is enough to look for ASCII tags.
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int i = TextDecoder.hasUtf8Bom(bytes) ? 3 : 0;
    while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
      i++;
    }
    if (head.startsWith("<!doctype", i) || head.startsWith("<html", i)
        || head.contains("<body")) {
      return DocumentFormat.HTML;
    }
    return DocumentFormat.TEXT;
  }
}
