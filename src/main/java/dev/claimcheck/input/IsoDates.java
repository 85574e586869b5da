package dev.claimcheck.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates written as ISO dates or date-times ({@code 2025-01-29},
 * {@code 2025-01-29T10:00:00+08:00}, {@code 2025-01-29 10:00Z}). The date is taken as written,
 * in the writer's own offset.
 */
final class IsoDates {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})"
              + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?"
              + "\\s*(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?"
              + "(?:\\[[^\\]]+\\])?)?");

  private IsoDates() {}

  static Optional<LocalDate> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    Matcher m = ISO.matcher(raw.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
