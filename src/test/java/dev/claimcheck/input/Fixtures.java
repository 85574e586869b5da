package dev.claimcheck.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixtures under {@code src/test/resources/input}. */
final class Fixtures {
  private Fixtures() {}

  static Path path(String name) {
    URL url = Fixtures.class.getResource("/input/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String string(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** 1-based line of the first occurrence of {@code needle} in {@code source}. */
  static int lineOf(String source, String needle) {
    int at = source.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("not in source: " + needle);
    }
    return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** Collapses runs of white space to single spaces. */
  static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
