package dev.claimcheck.registry;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation under which two names are the same name.
 *
 * <p>Case and accents are ignored, and so are spaces, hyphens, underscores and other punctuation
 * between letters: "GPT 4o" = "gpt-4o", "DeepSeek V3" = "DeepSeek-V3", "Claude-3.5-Sonnet" =
 * "Claude 3.5 Sonnet". Two things are kept apart: a dot or comma between digits ("3.5" is not
 * "35"), and a break between two numbers ("Llama 3.1 405B" is not "Llama 3.1405B").
 */
public final class Names {
  private Names() {}

  /** Folds a name to its comparison key. */
  public static String key(CharSequence name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean skipped = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int last = out.length() - 1;
        if (skipped && Character.isDigit(c) && last >= 0 && Character.isDigit(out.charAt(last))) {
          out.append('_');
        }
        out.append(c);
        skipped = false;
      } else if ((c == '.' || c == ',')
          && i > 0
          && i + 1 < s.length()
          && Character.isDigit(s.charAt(i - 1))
          && Character.isDigit(s.charAt(i + 1))) {
        out.append('.');
        skipped = false;
      } else if (c == '+') {
        out.append('+');
        skipped = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        skipped = true;
      }
    }
    return out.toString();
  }
}
