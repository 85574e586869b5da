package dev.claimcheck.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What marks part of a web page as noise (navigation, banners, comments, ads): element names,
 * roles, and words in id/class/aria-label. The lists live in {@code /input/html-noise.txt}.
 */
record HtmlNoise(Set<String> tags, Set<String> roles, Set<String> words) {
  static final String RESOURCE = "/input/html-noise.txt";

  HtmlNoise {
    tags = Set.copyOf(tags);
    roles = Set.copyOf(roles);
    words = Set.copyOf(words);
  }

  static HtmlNoise load() {
    try (InputStream in = HtmlNoise.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static HtmlNoise parse(List<String> lines) {
    List<String> tags = new ArrayList<>();
    List<String> roles = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip().toLowerCase(Locale.ROOT);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("tag:")) {
        tags.add(line.substring(4).strip());
      } else if (line.startsWith("role:")) {
        roles.add(line.substring(5).strip());
      } else {
        words.add(line);
      }
    }
    return new HtmlNoise(Set.copyOf(tags), Set.copyOf(roles), Set.copyOf(words));
  }

  /** Whether the element's name alone makes it noise. */
  boolean isNoiseTag(Element e) {
    return tags.contains(e.normalName());
  }

  /** Whether the element's role, id, class or aria-label make it noise. */
  boolean hasNoiseMarks(Element e) {
    String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && roles.contains(role)) {
      return true;
    }
    return hasNoiseWord(e.id())
        || hasNoiseWord(e.className())
        || hasNoiseWord(e.attr("aria-label"));
  }

  private boolean hasNoiseWord(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (String word : splitWords(value)) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** "relatedPosts share-bar" -> [related, posts, share, bar]. */
  static List<String> splitWords(String value) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, out);
      } else {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
          flush(word, out);
        }
        word.append(c);
      }
      prev = c;
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
