package dev.claimcheck.registry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation under which two names are the same name.
 *
 * <p>Case and accents are ignored, and so are spaces, hyphens, underscores and other punctuation
 * between letters: "GPT 4o" = "gpt-4o", "DeepSeek V3" = "DeepSeek-V3", "Claude-3.5-Sonnet" =
 * "Claude 3.5 Sonnet", "gpt-4o-20241120" = "gpt-4o-2024-11-20". A dot or comma between digits
 * is kept: "3.5" is not "35".
 */
public final class Names {
  private Names() {}

  /** Folds a name to its comparison key. */
  public static String key(CharSequence name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '+') {
        out.append(c);
      } else if ((c == '.' || c == ',')
          && i > 0
          && i + 1 < s.length()
          && Character.isDigit(s.charAt(i - 1))
          && Character.isDigit(s.charAt(i + 1))) {
        out.append('.');
      }
    }
    return out.toString();
  }
}
