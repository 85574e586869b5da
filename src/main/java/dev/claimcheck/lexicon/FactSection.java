package dev.claimcheck.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code facts} section of a lexicon file into a {@link FactLexicon}.
 *
 * <p>Fact patterns may use placeholders that the section's data defines: {@code {NUMBER}} (digits
 * as the language groups them, or a number word), {@code {SCALE}} (a scale word),
 * {@code {BOUND}} ("more than", "plus de"), {@code {QUANTITY}} (an optional bound, a number and
 * an optional scale), {@code {CAP}} (a capital letter, whatever the case flag),
 * {@code {LICENSE}} (any licence as written) and {@code {LICENSE_NAME}}
 * (named licences only), plus the section's own {@code placeholders}.
 */
final class FactSection {
  /** The fact types claimcheck knows, in reporting order. */
  static final Set<String> TYPES = Set.of(
      "architecture", "license", "open_weights", "parameters", "training_tokens",
      "context_length");

  private static final Set<String> BOUNDS = Set.of("more_than", "less_than", "up_to", "about");
  private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z_]+)\\}");
  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
  private static final String NO_LETTER_AFTER = "(?![\\p{L}])";

  private final String code;
  private final JsonNode node;
  private final Lexicon.NumberFormat number;
  private final Map<String, String> placeholders = new LinkedHashMap<>();

  FactSection(String code, JsonNode node, Lexicon.NumberFormat number) {
    this.code = code;
    this.node = node;
    this.number = number;
  }

  FactLexicon build() {
    List<FactLexicon.Scale> scales = new ArrayList<>();
    List<String> scaleWords = new ArrayList<>();
    for (JsonNode s : node.path("scales")) {
      double factor = LexiconLoader.required(s, "factor").asDouble();
      List<String> words = LexiconLoader.strings(s.path("words"));
      scales.add(new FactLexicon.Scale(whole(alternation(words)), factor));
      scaleWords.addAll(words);
    }
    List<FactLexicon.NumberWord> numberWords = new ArrayList<>();
    List<String> wordList = new ArrayList<>();
    node.path("number_words").fields().forEachRemaining(e -> {
      numberWords.add(new FactLexicon.NumberWord(whole(Pattern.quote(e.getKey())),
          e.getValue().asDouble()));
      wordList.add(e.getKey());
    });
    List<FactLexicon.Bound> bounds = new ArrayList<>();
    List<String> boundWords = new ArrayList<>();
    node.path("bounds").fields().forEachRemaining(e -> {
      if (!BOUNDS.contains(e.getKey())) {
        throw new IllegalArgumentException("facts.bounds: unknown bound \"" + e.getKey()
            + "\" (one of " + BOUNDS + ")");
      }
      List<String> words = LexiconLoader.strings(e.getValue());
      bounds.add(new FactLexicon.Bound(e.getKey(), whole(alternation(words))));
      boundWords.addAll(words);
    });

    String digits = digits();
    String scale = group(alternation(scaleWords));
    String words = "(?<![\\p{L}])" + group(alternation(wordList));
    String bound = group(alternation(boundWords));
    placeholders.put("CAP", "(?-i:\\p{Lu})");
    placeholders.put("SCALE", scale + NO_LETTER_AFTER);
    placeholders.put("BOUND", bound);
    placeholders.put("NUMBER", "(?:" + digits + (wordList.isEmpty() ? "" : "|" + words) + ")");
    placeholders.put("QUANTITY", "(?:" + bound + "\\s+)?(?:" + digits + "(?:[\\s-]*" + scale
        + NO_LETTER_AFTER + ")?" + (wordList.isEmpty() ? ""
            : "|" + words + "[\\s-]+" + scale + NO_LETTER_AFTER) + ")");
    Pattern quantity = Pattern.compile("(?:(?<bound>" + bound + ")\\s+)?(?:(?<digits>" + digits
        + ")" + (wordList.isEmpty() ? "" : "|(?<word>" + words + ")") + ")(?:[\\s-]*(?<scale>"
        + scale + ")" + NO_LETTER_AFTER + ")?", FLAGS);

    node.path("placeholders").fields().forEachRemaining(
        e -> placeholders.put(e.getKey(), group(expand(e.getValue().asText()))));

    List<FactLexicon.License> licenses = new ArrayList<>();
    List<String> all = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (JsonNode l : node.path("licenses")) {
      String pattern = expand(LexiconLoader.required(l, "pattern").asText());
      String name = l.hasNonNull("name") ? l.get("name").asText() : null;
      licenses.add(new FactLexicon.License(name, whole(pattern)));
      all.add(pattern);
      if (name != null) {
        named.add(pattern);
      }
    }
    placeholders.put("LICENSE", group(String.join("|", all)));
    placeholders.put("LICENSE_NAME", group(String.join("|", named)));

    List<FactCue> cues = new ArrayList<>();
    node.path("cues").fields().forEachRemaining(entry -> {
      String type = entry.getKey();
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("facts.cues: unknown fact type \"" + type
            + "\" (one of " + TYPES + ")");
      }
      int n = 0;
      for (JsonNode c : entry.getValue()) {
        n++;
        String id = (code + "_fact_" + type + "_" + n).toUpperCase(Locale.ROOT);
        String regex = expand(LexiconLoader.required(c, "pattern").asText());
        cues.add(new FactCue(id, type, LexiconLoader.word(regex), text(c.get("value")),
            text(c.get("qualifier")), LexiconLoader.strings(c.path("examples")),
            LexiconLoader.strings(c.path("counter_examples"))));
      }
    });
    JsonNode qualifiers = node.path("qualifiers");
    List<String> references = new ArrayList<>(LexiconLoader.strings(node.path("references")));
    List<String> partial = LexiconLoader.strings(node.path("partial_references"));
    references.addAll(0, partial);
    Pattern partialReference = regexes(partial);
    String size = placeholders.containsKey("SIZE") ? placeholders.get("SIZE") : "(?!)";
    return new FactLexicon(
        cues,
        regexes(references),
        partialReference,
        // With no openers or no partial references, it never matches.
        Pattern.compile("(?:" + LexiconLoader.literals(LexiconLoader.strings(
            node.path("partial_after"))).pattern() + ")\\s+(?:" + partialReference.pattern()
            + ")", FLAGS),
        Pattern.compile("\\s*(?:" + LexiconLoader.literals(
            LexiconLoader.strings(node.path("partial_joiners"))).pattern() + ")\\s*", FLAGS),
        Pattern.compile("[\\s-]*(?:(?:" + LexiconLoader.literals(
            LexiconLoader.strings(node.path("attribute_nouns"))).pattern() + ")\\s+)?", FLAGS),
        Pattern.compile(size, FLAGS),
        LexiconLoader.literals(LexiconLoader.strings(node.path("clause_breaks"))),
        regexes(node.path("negation_in_clause")),
        regexes(node.path("not_subject")),
        memberOf(node.path("member_of")),
        LexiconLoader.literals(LexiconLoader.strings(node.path("relatives"))),
        node.has("shared_with") ? regexes(node.path("shared_with")) : Pattern.compile("(?!)"),
        LexiconLoader.literals(LexiconLoader.strings(node.path("joint_subjects").path("openings"))),
        LexiconLoader.literals(LexiconLoader.strings(node.path("joint_subjects").path("joiners"))),
        regexes(node.path("class_before")),
        node.has("class_after") ? regexes(node.path("class_after")) : Pattern.compile("(?!)"),
        LexiconLoader.literals(LexiconLoader.strings(node.path("class_nouns").path("nouns"))),
        node.path("class_nouns").path("noun_first").asBoolean(false),
        node.path("class_nouns").has("stated_by")
            ? Pattern.compile("(?:" + regexes(node.path("class_nouns").path("stated_by")).pattern()
                + ")\\s*$", FLAGS)
            : Pattern.compile("(?!)"),
        node.has("unasserted") ? regexes(node.path("unasserted")) : Pattern.compile("(?!)"),
        node.has("unasserted_after") ? regexes(node.path("unasserted_after"))
            : Pattern.compile("(?!)"),
        LexiconLoader.literals(LexiconLoader.strings(node.path("general_openings"))),
        Pattern.compile("[\\s-]+(?:" + LexiconLoader.literals(
            LexiconLoader.strings(node.path("general_nouns"))).pattern() + ")", FLAGS),
        quantity,
        scales,
        numberWords,
        bounds,
        regexes(qualifiers.path("active")),
        regexes(qualifiers.path("total")),
        licenses);
  }

  /** Digits as the language writes them: "128,000" / "128 000", "14.8" / "14,8". */
  private String digits() {
    StringBuilder groups = new StringBuilder();
    for (String g : number.group()) {
      for (char ch : g.toCharArray()) {
        groups.append(ch == ' ' ? " \\u00a0\\u202f" : hex(ch));
      }
    }
    StringBuilder decimal = new StringBuilder();
    number.decimal().chars().forEach(ch -> decimal.append(hex((char) ch)));
    String frac = "(?:" + decimal + "\\d+)?";
    String grouped = groups.length() == 0 ? ""
        : "\\d{1,3}(?:[" + groups + "]\\d{3})+(?![\\d])" + frac + "|";
    // A point before one or two final digits is a decimal point wherever points group
    // thousands, as no group is shorter than three digits ("9.8 billones").
    String point = number.group().contains(".") && !number.decimal().equals(".")
        ? "\\d+\\.\\d{1,2}(?![\\d.,])|" : "";
    return "(?<![\\p{L}\\p{N}.,])(?:" + grouped + point + "\\d+" + frac + ")";
  }

  private static String hex(char ch) {
    return "\\x{" + Integer.toHexString(ch) + "}";
  }

  private String expand(String regex) {
    String out = regex;
    for (int depth = 0; depth < 5; depth++) {
      Matcher m = PLACEHOLDER.matcher(out);
      StringBuilder sb = new StringBuilder();
      boolean any = false;
      while (m.find()) {
        String value = placeholders.get(m.group(1));
        if (value == null) {
          throw new IllegalArgumentException("facts: unknown placeholder {" + m.group(1) + "}");
        }
        any = true;
        m.appendReplacement(sb, Matcher.quoteReplacement(value));
      }
      m.appendTail(sb);
      out = sb.toString();
      if (!any) {
        return out;
      }
    }
    throw new IllegalArgumentException("facts: placeholders nested too deep in " + regex);
  }

  private List<FactLexicon.MemberOf> memberOf(JsonNode array) {
    List<FactLexicon.MemberOf> out = new ArrayList<>();
    for (JsonNode m : array) {
      String before = expand(LexiconLoader.required(m, "before").asText());
      String after = expand(LexiconLoader.required(m, "after").asText());
      out.add(new FactLexicon.MemberOf(
          LexiconLoader.word("(?:" + before + ")\\s*$"),
          LexiconLoader.word("\\s*(?:" + after + ")")));
    }
    return out;
  }

  private Pattern regexes(JsonNode array) {
    return regexes(LexiconLoader.strings(array));
  }

  private Pattern regexes(List<String> list) {
    if (list.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    List<String> expanded = new ArrayList<>();
    list.forEach(r -> expanded.add(expand(r)));
    return LexiconLoader.word(String.join("|", expanded));
  }

  /** Literal words as one alternation, longest first, spaces matching any whitespace. */
  private static String alternation(List<String> words) {
    if (words.isEmpty()) {
      return "(?!)";
    }
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> quoted = new ArrayList<>();
    for (String w : sorted) {
      quoted.add(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
    }
    return String.join("|", quoted);
  }

  private static String group(String alternation) {
    return "(?:" + alternation + ")";
  }

  private static Pattern whole(String regex) {
    return Pattern.compile("(?:" + regex + ")", FLAGS);
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }
}
