package dev.claimcheck.eval;

import dev.claimcheck.eval.ClaimMatcher.Level;
import dev.claimcheck.eval.ClaimMatcher.Outcome;
import dev.claimcheck.eval.ClaimMatcher.Pair;
import dev.claimcheck.eval.EvaluationResult.ArticleResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Plain-text renderings of an {@link EvaluationResult}; the same result gives the same text. */
public final class EvaluationTable {
  private static final String ALL = "all";
  private static final int LABEL = 12;
  private static final int CELL = 16;

  private EvaluationTable() {}

  /** Precision, recall and F1 per kind and language, counts, attributes and miss reasons. */
  public static String render(EvaluationResult r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "Claim extraction on the corpus: %d articles, %d gold claims, %d extracted%n",
        r.articles().size(), r.goldClaims(), r.predictedClaims()));
    b.append("Read as: ").append(readAs(r)).append('\n');
    for (Level level : Level.values()) {
      b.append('\n').append(level == Level.EXACT
          ? "EXACT: same sentence, kind, subject, objects, benchmarks, value (+-0.005)"
          : "DETECTION: same sentence and kind").append('\n');
      b.append(matrix(r, "P    R    F1", c -> String.format(Locale.ROOT, "%.2f %.2f %.2f",
          c.precision(), c.recall(), c.f1()), level));
      b.append(matrix(r, "TP/FP/FN", c -> c.tp() + "/" + c.fp() + "/" + c.fn(), level));
    }
    b.append('\n').append(attributes(r));
    b.append('\n').append(missReasons(r));
    b.append(splitShapes(r));
    b.append(undetectedShapes(r));
    b.append('\n').append(spuriousReasons(r));
    return b.toString();
  }

  private static String readAs(EvaluationResult r) {
    List<String> parts = new ArrayList<>();
    for (String lang : r.languages()) {
      Map<String, Integer> as = new TreeMap<>();
      r.articles().stream().filter(a -> a.language().equals(lang))
          .forEach(a -> as.merge(a.readAs(), 1, Integer::sum));
      StringBuilder p = new StringBuilder(lang).append(" ->");
      as.forEach((k, v) -> p.append(' ').append(k).append(' ').append(v));
      parts.add(p.toString());
    }
    return String.join("; ", parts);
  }

  private static String matrix(
      EvaluationResult r, String cellHeader, Function<Counts, String> cell, Level level) {
    StringBuilder b = new StringBuilder();
    List<String> columns = new ArrayList<>(r.languages());
    columns.add(ALL);
    b.append(pad("", LABEL));
    columns.forEach(c -> b.append(pad(c, CELL)));
    b.setLength(b.length() - trailing(b));
    b.append('\n').append(pad("kind", LABEL));
    columns.forEach(c -> b.append(pad(cellHeader, CELL)));
    b.setLength(b.length() - trailing(b));
    b.append('\n');
    List<String> rows = new ArrayList<>(r.kinds());
    rows.add(ALL);
    for (String kind : rows) {
      b.append(pad(kind, LABEL));
      for (String lang : columns) {
        b.append(pad(cell.apply(r.counts(level, orNull(lang), orNull(kind))), CELL));
      }
      b.setLength(b.length() - trailing(b));
      b.append('\n');
    }
    return b.toString();
  }

  private static String attributes(EvaluationResult r) {
    StringBuilder b = new StringBuilder("ATTRIBUTES on exact matches: share right (right/compared)\n");
    List<String> columns = new ArrayList<>(r.languages());
    columns.add(ALL);
    b.append(pad("", LABEL));
    columns.forEach(c -> b.append(pad(c, CELL)));
    b.setLength(b.length() - trailing(b));
    b.append('\n');
    Map<String, Function<String, Accuracy>> rows = new LinkedHashMap<>();
    rows.put("negated", r::negated);
    rows.put("claimant", r::claimant);
    rows.put("fact type", r::factType);
    rows.forEach((name, acc) -> {
      b.append(pad(name, LABEL));
      for (String lang : columns) {
        Accuracy a = acc.apply(orNull(lang));
        b.append(pad(a.total() == 0 ? "-" : String.format(Locale.ROOT, "%.2f (%d/%d)",
            a.value(), a.correct(), a.total()), CELL));
      }
      b.setLength(b.length() - trailing(b));
      b.append('\n');
    });
    return b.toString();
  }

  /** Why gold claims were missed (exact level), per kind. */
  private static String missReasons(EvaluationResult r) {
    List<String> reasons =
        List.of("split", "undetected", "other kind", "subject", "objects", "benchmarks", "value");
    Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
    for (ArticleResult a : r.articles()) {
      for (EvalClaim g : a.exact().missed()) {
        Map<String, Integer> row = table.computeIfAbsent(g.kind(), k -> new LinkedHashMap<>());
        for (String reason : missReason(a, g)) {
          row.merge(reason, 1, Integer::sum);
        }
      }
    }
    return reasonTable(
        "MISSES (exact) by reason: split = the gold sentence is not one segmented sentence;"
            + " undetected = nothing extracted from it; other kind = only claims of other kinds;"
            + " otherwise the fields of the closest same-kind claim that differ (counted"
            + " separately)",
        r.kinds(), reasons, table);
  }

  /**
   * How the gold sentences of "split" misses relate to the segmented ones, counted once a
   * sentence: a table row; inside a longer segmented sentence, with more words before it, after
   * it or both; cut into several segmented sentences; or none of these.
   */
  private static String splitShapes(EvaluationResult r) {
    Map<String, Integer> shapes = new LinkedHashMap<>();
    for (String x : List.of("table row", "cut", "other")) {
      shapes.put(x, 0);
    }
    for (ArticleResult a : r.articles()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (EvalClaim g : a.exact().missed()) {
        String key = ClaimMatcher.sentenceKey(g.sentence());
        if (a.sentenceKeys().contains(key) || !seen.add(key)) {
          continue;
        }
        shapes.merge(splitShape(a.sentenceKeys(), g.sentence(), key) + " ["
            + extension(a.file()) + "]", 1, Integer::sum);
      }
    }
    if (shapes.values().stream().allMatch(n -> n == 0)) {
      return "";
    }
    StringBuilder b = new StringBuilder("split sentences by shape:");
    shapes.forEach((x, n) -> b.append(' ').append(x).append(' ').append(n).append(';'));
    b.setLength(b.length() - 1);
    return b.append('\n').toString();
  }

  /**
   * The typographic shape of the gold claims nothing was extracted from, counted per claim, the
   * most frequent first: kind; whether the gold subject is written in the sentence; the
   * sentence's layout (a label before a colon or a list item, short, long); the article's file
   * type. Read
   * from the gold sentence alone, so that a held-out set can point at structure without its
   * sentences being read.
   */
  private static String undetectedShapes(EvaluationResult r) {
    Map<String, Integer> shapes = new LinkedHashMap<>();
    for (ArticleResult a : r.articles()) {
      for (EvalClaim g : a.exact().missed()) {
        if (!missReason(a, g).equals(List.of("undetected"))) {
          continue;
        }
        shapes.merge(undetectedShape(g) + " [" + extension(a.file()) + "]", 1, Integer::sum);
      }
    }
    if (shapes.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("undetected claims by shape:");
    shapes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> b.append(' ').append(e.getKey()).append(' ').append(e.getValue())
            .append(';'));
    b.setLength(b.length() - 1);
    return b.append('\n').toString();
  }

  /** A file's type, as its name ends: "txt", "md", "html". */
  private static String extension(String file) {
    return file.substring(file.lastIndexOf('.') + 1);
  }

  static String undetectedShape(EvalClaim g) {
    String s = g.sentence().strip();
    String folded = s.toLowerCase(Locale.ROOT);
    boolean named = g.subject() != null && folded.contains(g.subject().toLowerCase(Locale.ROOT));
    int colon = s.indexOf(": ");
    String layout = s.matches("(?s)^(?:[-*\u2022]|\\d+[.)])\\s.*") ? "list item"
        : s.contains(" | ") ? "table row"
        : s.contains("\t") || s.contains("   ") ? "aligned columns"
        : colon >= 0 && colon < 40 ? "label"
        : s.length() < 60 ? "short" : s.length() > 200 ? "long" : "mid";
    long numbers = NUMBER.matcher(s).results().count();
    String end = ".!?".indexOf(s.charAt(s.length() - 1)) >= 0 ? "" : ", no final mark";
    return g.kind() + " (subject " + (named ? "named" : "not named") + ", " + layout + ", "
        + (numbers == 0 ? "no number" : numbers == 1 ? "1 number" : "numbers") + end + ")";
  }

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*");

  /** What the words a segmented sentence has beyond the gold one are: a label, a sentence... */
  private static String edge(String extra, boolean before) {
    String last = before ? extra.substring(extra.length() - 1) : extra.substring(0, 1);
    if (extra.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return " (marks)";
    }
    if (before && (last.equals(":") || last.equals("-") || last.equals("\u2013")
        || last.equals("\u2014"))) {
      return " (label " + last + ")";
    }
    if (before && ".!?".contains(last) || !before && ".!?".contains(last)) {
      return " (sentence)";
    }
    int c = last.codePointAt(0);
    return Character.isLetter(c) ? " (words, letter)" : Character.isDigit(c) ? " (words, digit)"
        : " (words, " + last + ")";
  }

  static String splitShape(java.util.Set<String> segmented, String sentence, String key) {
    if (sentence.contains(" | ")) {
      return "table row";
    }
    for (String s : segmented) {
      int at = s.indexOf(key);
      if (at >= 0 && s.length() > key.length()) {
        boolean before = at > 0;
        boolean after = at + key.length() < s.length();
        return before && after ? "more both"
            : before ? "more before" + edge(s.substring(0, at), true)
            : "more after" + edge(s.substring(at + key.length()), false)
                + (".!?:".indexOf(key.charAt(key.length() - 1)) >= 0 ? " ends marked"
                    : " ends unmarked")
                + (Character.isUpperCase(s.codePointAt(at + key.length())) ? " upper" : " lower");
      }
    }
    for (String s : segmented) {
      int at = key.indexOf(s);
      if (s.length() >= 8 && at >= 0) {
        // Where the first piece ends: at a sentence mark, at another mark, or at a letter or
        // digit (a line break).
        String piece = at == 0 ? s : key.substring(0, at);
        char end = piece.charAt(piece.length() - 1);
        return "cut at '" + (Character.isLetterOrDigit(end) ? "letter" : String.valueOf(end))
            + "'";
      }
    }
    return "other";
  }

  /** Why extracted claims are spurious (exact level), per predicted kind. */
  private static String spuriousReasons(EvaluationResult r) {
    List<String> reasons = List.of("no gold", "other kind", "fields");
    Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
    for (ArticleResult a : r.articles()) {
      for (EvalClaim p : a.exact().spurious()) {
        Map<String, Integer> row = table.computeIfAbsent(p.kind(), k -> new LinkedHashMap<>());
        row.merge(spuriousReason(a, p), 1, Integer::sum);
      }
    }
    return reasonTable(
        "SPURIOUS (exact) by reason: no gold = the sentence has no gold claim; other kind = its"
            + " gold claims are of other kinds; fields = same kind, other subject, objects,"
            + " benchmarks or value",
        r.kinds(), reasons, table);
  }

  private static String reasonTable(String title, List<String> kinds, List<String> reasons,
      Map<String, Map<String, Integer>> table) {
    StringBuilder b = new StringBuilder(title).append('\n').append(pad("kind", LABEL));
    reasons.forEach(x -> b.append(pad(x, LABEL)));
    b.setLength(b.length() - trailing(b));
    b.append('\n');
    List<String> rows = new ArrayList<>(kinds);
    table.keySet().stream().filter(k -> !rows.contains(k)).sorted().forEach(rows::add);
    Map<String, Integer> total = new LinkedHashMap<>();
    for (String kind : rows) {
      Map<String, Integer> row = table.getOrDefault(kind, Map.of());
      b.append(pad(kind, LABEL));
      for (String x : reasons) {
        int n = row.getOrDefault(x, 0);
        total.merge(x, n, Integer::sum);
        b.append(pad(Integer.toString(n), LABEL));
      }
      b.setLength(b.length() - trailing(b));
      b.append('\n');
    }
    b.append(pad(ALL, LABEL));
    reasons.forEach(x -> b.append(pad(Integer.toString(total.getOrDefault(x, 0)), LABEL)));
    b.setLength(b.length() - trailing(b));
    return b.append('\n').toString();
  }

  /** The reasons one gold claim was missed at the exact level. */
  static List<String> missReason(ArticleResult a, EvalClaim g) {
    String key = ClaimMatcher.sentenceKey(g.sentence());
    if (!a.sentenceKeys().contains(key)) {
      return List.of("split");
    }
    List<EvalClaim> inSentence = a.predicted().stream()
        .filter(p -> ClaimMatcher.sentenceKey(p.sentence()).equals(key)).toList();
    if (inSentence.isEmpty()) {
      return List.of("undetected");
    }
    List<String> closest = null;
    for (EvalClaim p : a.exact().spurious()) {
      if (p.kind().equals(g.kind()) && ClaimMatcher.sentenceKey(p.sentence()).equals(key)) {
        List<String> d = ClaimMatcher.differences(g, p);
        if (closest == null || d.size() < closest.size()) {
          closest = d;
        }
      }
    }
    if (closest == null) {
      // Same-kind claims exist only if they already matched other gold claims.
      return List.of(inSentence.stream().anyMatch(p -> p.kind().equals(g.kind()))
          ? "undetected" : "other kind");
    }
    return closest;
  }

  static String spuriousReason(ArticleResult a, EvalClaim p) {
    String key = ClaimMatcher.sentenceKey(p.sentence());
    List<EvalClaim> gold = a.gold().stream()
        .filter(g -> ClaimMatcher.sentenceKey(g.sentence()).equals(key)).toList();
    if (gold.isEmpty()) {
      return "no gold";
    }
    return gold.stream().anyMatch(g -> g.kind().equals(p.kind())) ? "fields" : "other kind";
  }

  /**
   * Every miss and spurious claim at the exact level, by article and sentence, and every exact
   * match whose claimant differs.
   */
  public static String errors(EvaluationResult r) {
    StringBuilder b = new StringBuilder("ERRORS (exact): - missed gold claim, + spurious claim,"
        + " ~ matched claim with another claimant (gold -> read)\n");
    for (ArticleResult a : r.articles()) {
      Outcome o = a.exact();
      List<Pair> claimants = o.matched().stream()
          .filter(p -> !ClaimMatcher.sameClaimant(p.gold(), p.predicted())).toList();
      if (o.missed().isEmpty() && o.spurious().isEmpty() && claimants.isEmpty()) {
        continue;
      }
      b.append('\n').append(a.file()).append(" (read as ").append(a.readAs()).append(")\n");
      Map<String, String> sentences = new LinkedHashMap<>();
      a.gold().forEach(g -> sentences.putIfAbsent(ClaimMatcher.sentenceKey(g.sentence()),
          g.sentence()));
      a.predicted().forEach(p -> sentences.putIfAbsent(ClaimMatcher.sentenceKey(p.sentence()),
          p.sentence()));
      for (Map.Entry<String, String> s : sentences.entrySet()) {
        List<String> lines = new ArrayList<>();
        o.missed().stream().filter(g -> ClaimMatcher.sentenceKey(g.sentence()).equals(s.getKey()))
            .forEach(g -> lines.add("    - " + g.describe()));
        o.spurious().stream().filter(p -> ClaimMatcher.sentenceKey(p.sentence()).equals(s.getKey()))
            .forEach(p -> lines.add("    + " + p.describe()));
        claimants.stream()
            .filter(p -> ClaimMatcher.sentenceKey(p.gold().sentence()).equals(s.getKey()))
            .forEach(p -> lines.add("    ~ " + p.gold().kind() + " claimant "
                + p.gold().claimant() + " -> " + p.predicted().claimant()));
        if (!lines.isEmpty()) {
          b.append("  \"").append(s.getValue()).append('"')
              .append(a.sentenceKeys().contains(s.getKey()) ? "" : " [not segmented so]")
              .append('\n');
          lines.forEach(l -> b.append(l).append('\n'));
        }
      }
    }
    return b.toString();
  }

  /** The current figures rounded down to two decimals, in the format of the floors file. */
  public static String floors(EvaluationResult r) {
    StringBuilder b = new StringBuilder("{\n");
    Level[] levels = Level.values();
    for (int i = 0; i < levels.length; i++) {
      b.append("  \"").append(levels[i].label()).append("\": {\n");
      List<String> groups = r.groups();
      for (int j = 0; j < groups.size(); j++) {
        Counts c = r.group(levels[i], groups.get(j));
        b.append(String.format(Locale.ROOT, "    \"%s\": {\"precision\": %.2f, \"recall\": %.2f}%s%n",
            groups.get(j), floor2(c.precision()), floor2(c.recall()),
            j + 1 < groups.size() ? "," : ""));
      }
      b.append("  }").append(i + 1 < levels.length ? "," : "").append('\n');
    }
    return b.append("}\n").toString();
  }

  /** Rounds down to two decimals, forgiving binary noise just below a hundredth. */
  public static double floor2(double x) {
    return Math.floor(x * 100 + 1e-9) / 100;
  }

  private static String orNull(String column) {
    return ALL.equals(column) ? null : column;
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.append(' ').toString();
  }

  private static int trailing(StringBuilder b) {
    int n = 0;
    while (n < b.length() && b.charAt(b.length() - 1 - n) == ' ') {
      n++;
    }
    return n;
  }
}
