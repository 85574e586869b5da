package dev.claimcheck.lexicon;

import java.util.regex.Pattern;

/**
 * Cheap patterns that must match wherever a lexicon pattern does. Many phrases open with
 * lookbehinds that keep them out of some contexts ("aims to beat", "on the App Store"); Java
 * evaluates them at every position of a sentence, which is slow on long ones. The same pattern
 * without its leading lookbehinds matches a superset of the positions, so a sentence where it
 * finds nothing can skip the full pattern.
 */
public final class Prefilters {
  private Prefilters() {}

  /** The pattern with its leading lookbehinds taken out, compiled with the same flags. */
  public static Pattern of(Pattern pattern) {
    String widened = strip(pattern.pattern());
    return widened.equals(pattern.pattern()) ? pattern
        : Pattern.compile(widened, pattern.flags());
  }

  /**
   * Removes the lookbehinds a regular expression opens with, also those opening a group it starts
   * with. Never removes anything else, so the result matches wherever the original does.
   */
  static String strip(String regex) {
    String r = regex;
    while (r.startsWith("(?<!") || r.startsWith("(?<=")) {
      int end = closing(r, 0);
      if (end < 0) {
        return regex;
      }
      r = r.substring(end + 1);
    }
    if (r.startsWith("(?:")) {
      return "(?:" + strip(r.substring(3));
    }
    return r;
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closing(String r, int open) {
    int depth = 0;
    int classDepth = 0;
    for (int i = open; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        classDepth++;
      } else if (c == ']' && classDepth > 0) {
        classDepth--;
      } else if (classDepth == 0 && c == '(') {
        depth++;
      } else if (classDepth == 0 && c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }
}
