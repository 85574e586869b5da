package dev.claimcheck.input;

/** Whitespace normalisation for text taken out of HTML. */
final class HtmlText {
  private HtmlText() {}

  /**
   * Collapses every run of white space (no-break spaces included) to one space and trims;
   * soft hyphens and zero-width spaces are dropped.
   */
  static String normalise(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}
