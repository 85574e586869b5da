package dev.claimcheck.claim;

import dev.claimcheck.lexicon.Lexicon;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as a language writes them: "89.4", "89,4", "1,365", "1 365", "1.365". A
 * separator the language uses for thousands counts as one only when exactly three digits follow;
 * otherwise a dot or comma between digits is a decimal point.
 */
public final class NumberReader {
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}.,])\\p{Nd}+(?:[.,\\u00a0\\u202f ]\\p{Nd}+)*");

  private final Lexicon.NumberFormat format;

  public NumberReader(Lexicon.NumberFormat format) {
    this.format = format;
  }

  /** A number found in text, with its span and whether a per-cent sign follows. */
  public record Found(int start, int end, double value, boolean percent, String written) {}

  /** All numbers in {@code text}. */
  public java.util.List<Found> findAll(String text) {
    java.util.List<Found> out = new java.util.ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      Found f = read(text, m.start(), m.group());
      if (f != null) {
        out.add(f);
      }
      // "AIME 2024 79,8 %": the year is read alone, and the number after it is read next.
      int used = f == null ? m.end() : m.start() + usedLength(m.group());
      from = Math.max(used, m.start() + 1);
    }
    return out;
  }

  /** How many characters of {@code raw} make up the number read from it. */
  private int usedLength(String raw) {
    return parse(raw).used;
  }

  private record Parsed(String digits, int used, boolean decimal) {}

  private Found read(String text, int start, String raw) {
    Parsed p = parse(raw);
    String d = p.digits;
    if (d.isEmpty() || d.charAt(d.length() - 1) == '.') {
      return null;
    }
    int end = start + p.used;
    String rest = text.substring(end);
    boolean percent = false;
    String trimmed = rest.stripLeading();
    for (String pc : format.percent()) {
      if (trimmed.regionMatches(true, 0, pc, 0, pc.length())) {
        percent = true;
        end += rest.length() - trimmed.length() + pc.length();
        break;
      }
    }
    return new Found(start, end, Double.parseDouble(d), percent, text.substring(start, end));
  }

  private Parsed parse(String raw) {
    StringBuilder digits = new StringBuilder();
    int used = 0;
    boolean decimal = false;
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (Character.isDigit(c)) {
        // Any script's digits, written as ASCII so that they parse: "٨٩" is 89.
        digits.append((char) ('0' + Character.digit(c, 10)));
        i++;
        used = i;
        continue;
      }
      int run = 0;
      while (i + 1 + run < raw.length() && Character.isDigit(raw.charAt(i + 1 + run))) {
        run++;
      }
      boolean groupSep = format.group().contains(String.valueOf(c))
          || (c == '\u00a0' || c == '\u202f') && format.group().contains(" ");
      if (!decimal && groupSep && run == 3 && groupOk(digits)) {
        i++;
        continue;
      }
      if (!decimal && (c == '.' || c == ',') && run > 0) {
        digits.append('.');
        decimal = true;
        i++;
        continue;
      }
      break;
    }
    return new Parsed(digits.toString(), used, decimal);
  }

  /** Thousands groups follow one to three leading digits only. */
  private static boolean groupOk(StringBuilder digits) {
    return digits.length() >= 1 && digits.indexOf(".") < 0;
  }
}
