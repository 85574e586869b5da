package dev.claimcheck.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * YAML front matter at the very start of a Markdown file: a {@code ---} line, {@code key: value}
 * lines, and a closing {@code ---} or {@code ...} line. Only the top-level {@code title},
 * {@code date}, {@code lang} and {@code language} keys are read.
 *
 * @param end offset just past the closing line's content (its line break not included)
 */
record FrontMatter(
    int end, Optional<String> title, Optional<LocalDate> date, Optional<String> language) {

  /** The front matter of {@code source}, if it has one; unreadable values add warnings. */
  static Optional<FrontMatter> find(String source, List<String> warnings) {
    int firstEnd = lineEnd(source, 0);
    if (!source.substring(0, firstEnd).stripTrailing().equals("---")) {
      return Optional.empty();
    }
    String title = null;
    String language = null;
    LocalDate date = null;
    int pos = nextLine(source, firstEnd);
    while (pos < source.length()) {
      int end = lineEnd(source, pos);
      String line = source.substring(pos, end);
      String trimmed = line.stripTrailing();
      if (trimmed.equals("---") || trimmed.equals("...")) {
        return Optional.of(
            new FrontMatter(
                end, Optional.ofNullable(title), Optional.ofNullable(date),
                Optional.ofNullable(language)));
      }
      int colon = line.indexOf(':');
      if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = value(line.substring(colon + 1));
        if (!value.isEmpty()) {
          switch (key) {
            case "title" -> title = value;
            case "lang", "language" -> language = value;
            case "date" -> {
              date = IsoDates.parse(value).orElse(null);
              if (date == null) {
                warnings.add("front matter date '" + value + "' is not an ISO date; ignored");
              }
            }
            default -> { }
          }
        }
      }
      pos = nextLine(source, end);
    }
    return Optional.empty(); // never closed: a thematic break, not front matter
  }

  private static String value(String raw) {
    String v = raw.strip();
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1);
    }
    int comment = v.indexOf(" #");
    return comment >= 0 ? v.substring(0, comment).strip() : v;
  }

  /** Offset of the line break ending the line that starts at {@code pos}, or the length. */
  private static int lineEnd(String s, int pos) {
    int i = pos;
    while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String s, int lineEnd) {
    if (lineEnd < s.length() && s.charAt(lineEnd) == '\r') {
      lineEnd++;
      if (lineEnd < s.length() && s.charAt(lineEnd) == '\n') {
        lineEnd++;
      }
      return lineEnd;
    }
    return Math.min(s.length(), lineEnd + 1);
  }
}
