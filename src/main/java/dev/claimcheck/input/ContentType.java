package dev.claimcheck.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Optional;

/** A parsed {@code Content-Type} header: media type in lower case and its charset, if known. */
record ContentType(String mediaType, Optional<Charset> charset) {

  static ContentType parse(String header) {
    String[] parts = header.split(";");
    String media = parts[0].strip().toLowerCase(Locale.ROOT);
    Optional<Charset> charset = Optional.empty();
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        charset = charset(unquote(p.substring(eq + 1).strip()));
      }
    }
    return new ContentType(media, charset);
  }

  /** The format this media type is read as, or empty when it is not a page we can read. */
  Optional<DocumentFormat> format() {
    switch (mediaType) {
      case "text/html":
      case "application/xhtml+xml":
        return Optional.of(DocumentFormat.HTML);
      case "text/markdown":
      case "text/x-markdown":
        return Optional.of(DocumentFormat.MARKDOWN);
      case "text/plain":
        return Optional.of(DocumentFormat.TEXT);
      default:
        return Optional.empty();
    }
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
