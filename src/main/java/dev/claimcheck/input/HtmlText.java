package dev.claimcheck.input;

/** Whitespace normalisation for text taken out of HTML. */
final class HtmlText {
  private HtmlText() {}

  /**
   * Collapses every run of white space (no-break spaces included) to one space and trims, but
   * keeps a {@link #LINE_BREAK} as a line break; soft hyphens and zero-width spaces are dropped.
   */
  static String normalise(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    boolean pendingBreak = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
        continue;
      }
      if (c == LINE_BREAK) {
        pendingBreak = out.length() > 0;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingBreak || pendingSpace) {
        out.append(pendingBreak ? '\n' : ' ');
        pendingSpace = false;
        pendingBreak = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Stands for a {@code <br>} in text on its way to {@link #normalise}, which makes it a line
   * break: the lines of a block are told apart as the lines of plain text are.
   */
  static final char LINE_BREAK = '\u2028';
}
