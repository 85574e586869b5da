package dev.claimcheck.claim;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** The organisations that can make claims ("Alibaba", "OpenAI"), as the extractors find them. */
final class Organisations {
  private Organisations() {}

  /**
   * A pattern that finds any of {@code names} as whole words (not inside a longer word or
   * number), the longest name first; blank and null names are left out, and with none left it
   * matches nothing.
   */
  static Pattern wholeWords(Collection<String> names) {
    List<String> sorted = names.stream().filter(w -> w != null && !w.isBlank())
        .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    if (sorted.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
    }
    return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
  }
}
