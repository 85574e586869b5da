package dev.claimcheck.entity;

import dev.claimcheck.text.Span;

/**
 * A stretch of a document with whitespace runs folded to single spaces and footnote marks left
 * out, and the way back to document offsets, so that phrase patterns need not care about line
 * breaks, blanked markup or footnotes.
 */
public final class FoldedText {
  private final String text;
  private final int[] origin;

  private FoldedText(String text, int[] origin) {
    this.text = text;
    this.origin = origin;
  }

  /** Folds {@code span} of {@code document}. */
  public static FoldedText of(String document, Span span) {
    StringBuilder sb = new StringBuilder(span.length());
    int[] map = new int[span.length() + 1];
    boolean space = false;
    for (int i = span.start(); i < span.end(); i++) {
      char c = document.charAt(i);
      if (footnoteMark(c) && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' '
          && !insideWord(document, i + 1, span.end())) {
        // "GPT-5.1²", "99.2%³": a footnote's mark is no part of the name or number it follows;
        // inside a word it is ("τ²-bench").
        continue;
      }
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        if (!space && sb.length() > 0) {
          map[sb.length()] = i;
          sb.append(' ');
        }
        space = true;
      } else {
        map[sb.length()] = i;
        sb.append(c);
        space = false;
      }
    }
    int len = sb.length();
    if (len > 0 && sb.charAt(len - 1) == ' ') {
      sb.setLength(--len);
    }
    map[len] = len == 0 ? span.start() : map[len - 1] + 1;
    int[] origin = java.util.Arrays.copyOf(map, len + 1);
    return new FoldedText(sb.toString(), origin);
  }

  /** Whether the character at {@code at} goes on a word: a letter, a digit or a hyphen. */
  private static boolean insideWord(String document, int at, int end) {
    if (at >= end) {
      return false;
    }
    char c = document.charAt(at);
    return Character.isLetterOrDigit(c) || c == '-';
  }

  /** A superscript digit or a dagger, as footnotes are marked. */
  private static boolean footnoteMark(char c) {
    return c == '\u00b9' || c == '\u00b2' || c == '\u00b3' || c >= '\u2070' && c <= '\u2079'
        || c == '\u2020' || c == '\u2021';
  }

  public String text() {
    return text;
  }

  /** The document span of folded range {@code [start, end)}. */
  public Span toDocument(int start, int end) {
    int s = origin[start];
    int e = end == 0 ? s : origin[end - 1] + 1;
    return new Span(s, Math.max(s, e));
  }
}
