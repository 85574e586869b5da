package dev.claimcheck.input;

import java.util.Locale;

/** How an input's bytes are to be read. */
public enum DocumentFormat {
  TEXT,
  MARKDOWN,
  HTML;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
