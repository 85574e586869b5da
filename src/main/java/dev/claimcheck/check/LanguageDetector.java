package dev.claimcheck.check;

import dev.claimcheck.lexicon.Lexicon;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Guesses a text's language from the share of each lexicon's common words ({@code detect}) among
 * its words. The first lexicon wins ties and texts with no common word at all.
 */
final class LanguageDetector {
  private static final Pattern WORD = Pattern.compile("\\p{L}+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SAMPLE = 20_000;

  private final Map<String, Set<String>> words;
  private final String fallback;

  LanguageDetector(Collection<Lexicon> lexicons) {
    this.words = new java.util.LinkedHashMap<>();
    for (Lexicon l : lexicons) {
      words.put(l.language(), l.detect().stream()
          .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
    }
    this.fallback = lexicons.isEmpty() ? "en" : List.copyOf(lexicons).get(0).language();
  }

  String detect(String text) {
    Map<String, Integer> score = new HashMap<>();
    Matcher m = WORD.matcher(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Set<String>> e : words.entrySet()) {
        if (e.getValue().contains(w)) {
          score.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    String best = fallback;
    int bestScore = 0;
    for (String lang : words.keySet()) {
      int s = score.getOrDefault(lang, 0);
      if (s > bestScore) {
        best = lang;
        bestScore = s;
      }
    }
    return best;
  }
}
