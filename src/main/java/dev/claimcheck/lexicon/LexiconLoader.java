package dev.claimcheck.lexicon;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.claim.ClaimKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads the lexicons named in {@code lexicon/languages.txt} from the class path. A broken
 * lexicon is a bug in claimcheck itself, so problems are thrown as {@link LexiconException} with
 * the file and line.
 */
public final class LexiconLoader {
  private static final String ROOT = "lexicon/";
  /** A word boundary that also works next to non-ASCII letters and apostrophes. */
  private static final String OPEN = "(?<![\\p{L}\\p{N}])";

  /** ...and at its end, unless it ends in an elision: « qu’o1 », "l'IA". */
  private static final String CLOSE = "(?:(?<=['’])|(?![\\p{L}\\p{N}]))";
  private static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private final ObjectMapper mapper = new ObjectMapper();

  /** All languages, keyed by code, in the order of {@code languages.txt}. */
  public Map<String, Lexicon> loadAll() {
    Map<String, Lexicon> out = new LinkedHashMap<>();
    for (String code : languageCodes()) {
      out.put(code, load(code));
    }
    return out;
  }

  /** The codes of the languages read, in the order of {@code languages.txt}. */
  public List<String> languageCodes() {
    List<String> codes = new ArrayList<>();
    try (InputStream in = open(ROOT + "languages.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          codes.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return codes;
  }

  /** Loads {@code lexicon/<code>.json}. */
  public Lexicon load(String code) {
    return load(code, null);
  }

  /**
   * Loads {@code lexicon/<code>.json} for a text that writes its decimals with {@code decimal}
   * ("." or ","), whatever the language's usual mark; the usual one when null.
   */
  public Lexicon load(String code, String decimal) {
    String file = ROOT + code + ".json";
    JsonNode root;
    try (InputStream in = open(file)) {
      root = mapper.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      throw new LexiconException(file + ":" + (loc == null ? 0 : loc.getLineNr()) + ":"
          + (loc == null ? 0 : loc.getColumnNr()) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return build(code, root, decimal);
    } catch (PatternSyntaxException e) {
      throw new LexiconException(file + ": bad pattern: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new LexiconException(file + ": " + e.getMessage());
    }
  }

  private Lexicon build(String code, JsonNode root, String decimal) {
    List<Cue> cues = new ArrayList<>();
    JsonNode cueNode = required(root, "cues");
    cueNode.fields().forEachRemaining(entry -> {
      String key = entry.getKey();
      boolean reverse = key.endsWith("_reverse");
      ClaimKind kind =
          ClaimKind.valueOf(key.replace("_reverse", "").toUpperCase(Locale.ROOT));
      int n = 0;
      for (JsonNode c : entry.getValue()) {
        n++;
        String id = (code + "_" + key + "_" + n).toUpperCase(Locale.ROOT);
        cues.add(new Cue(id, kind, reverse, word(required(c, "pattern").asText()),
            strings(c.path("examples")), strings(c.path("counter_examples"))));
      }
    });
    JsonNode attribution = required(root, "attribution");
    JsonNode negation = required(root, "negation");
    JsonNode number = required(root, "number");
    Lexicon.NumberFormat numberFormat = new Lexicon.NumberFormat(
        required(number, "decimal").asText(),
        strings(number.path("group")),
        strings(number.path("percent")));
    if (decimal != null) {
      numberFormat = numberFormat.withDecimal(decimal);
    }
    JsonNode factNode = root.get("facts");
    FactLexicon facts = factNode == null || factNode.isNull()
        ? null : new FactSection(code, factNode, numberFormat).build();
    return new Lexicon(
        code,
        root.path("name").asText(code),
        strings(root.path("detect")),
        strings(root.path("abbreviations")),
        List.copyOf(cues),
        literals(strings(root.path("vague_objects"))),
        literals(strings(root.path("references"))),
        literals(strings(attribution.path("before_claimant"))),
        literals(strings(attribution.path("after_claimant"))),
        literals(strings(attribution.path("descriptors"))),
        alternatives(strings(root.path("hedges"))),
        negation(strings(negation.path("before")), strings(negation.path("not_negating_after"))),
        negation(strings(negation.path("after")), strings(negation.path("not_negating_after"))),
        literals(strings(root.path("list_separators"))),
        numberFormat,
        literals(strings(root.path("score_owner"))),
        literals(strings(root.path("number_not_score").path("before"))),
        literals(strings(root.path("number_not_score").path("after"))),
        literals(strings(root.path("first_person"))),
        literals(strings(root.path("benchmark_prepositions"))),
        new Lexicon.WordOrder(
            root.path("word_order").path("subject_after_verb").asBoolean(false),
            root.path("word_order").path("verb_final").asBoolean(false),
            root.path("word_order").path("subject_may_be_omitted").asBoolean(false)),
        literals(strings(root.path("except"))),
        literals(strings(root.path("topic_prepositions"))),
        literals(strings(root.path("determiners"))),
        literals(strings(root.path("score_units"))),
        literals(strings(root.path("score_of_subject"))),
        literals(strings(root.path("superlative_qualifiers").path("open_weights"))),
        literals(strings(root.path("superlative_qualifiers").path("unchecked"))),
        benchmarkNames(code, root.path("benchmark_names")),
        phrases(code, root.path("phrases")),
        facts,
        introductions(code, root.get("introductions")),
        literals(strings(root.path("off_topic"))));
  }

  /**
   * A capitalised name of up to four words, not continuing a capitalised word or a number before
   * it: "Command A", "Saba", "Mistral Saba", "Qwen3", "Llama 4 Maverick". Case-sensitive
   * whatever the pattern's flags.
   */
  public static final String NAME;

  static {
    String part = "\\p{Lu}[\\p{L}\\p{N}]*(?:[-.][\\p{L}\\p{N}]+)*";
    String number = "\\p{N}+(?:\\.\\p{N}+)*\\p{L}{0,2}";
    NAME = "(?-i:(?<![\\p{Lu}\\p{N}][\\p{L}\\p{N}.\\-]{0,30}\\s)(?<![\\p{L}\\p{N}\\-])"
        + part + "(?: (?:" + part + "|" + number + ")){0,3}(?![\\p{L}\\p{N}]))";
  }

  private static Introductions introductions(String code, JsonNode node) {
    if (node == null || node.isNull()) {
      return Introductions.NONE;
    }
    return new Introductions(
        namePatterns(code + "_introduction_apposition", node.path("apposition")),
        namePatterns(code + "_introduction_launch", node.path("launch")),
        literals(strings(node.path("not_names"))),
        literals(strings(node.path("headline_verbs"))),
        literals(strings(node.path("flagships"))),
        literals(strings(node.path("family_references"))),
        namePatterns(code + "_introduction_main_reference", node.path("main_references")));
  }

  private static List<Introductions.NamePattern> namePatterns(String prefix, JsonNode list) {
    List<Introductions.NamePattern> out = new ArrayList<>();
    int n = 0;
    for (JsonNode c : list) {
      n++;
      String regex = required(c, "pattern").asText().replace("{NAME}", NAME);
      out.add(new Introductions.NamePattern((prefix + "_" + n).toUpperCase(Locale.ROOT),
          word(regex), strings(c.path("examples")),
          strings(c.path("counter_examples"))));
    }
    return List.copyOf(out);
  }

  private static BenchmarkNames benchmarkNames(String code, JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return BenchmarkNames.none();
    }
    List<String> endings = strings(node.path("category_nouns"));
    Pattern categoryNouns = endings.isEmpty() ? Pattern.compile("(?!)")
        : Pattern.compile("[\\p{L}\\-]*(?:" + String.join("|",
            endings.stream().map(Pattern::quote).toList()) + ")", FLAGS);
    return new BenchmarkNames(
        namePhrases(code, "BEFORE", node.path("before")),
        namePhrases(code, "AFTER", node.path("after")),
        literals(strings(node.path("stop_words"))),
        categoryNouns,
        Pattern.compile("(?:" + literals(strings(node.path("unnamed_nouns"))).pattern() + ")$",
            FLAGS),
        literals(strings(node.path("name_suffixes"))));
  }

  private static List<NamePhrase> namePhrases(String code, String where, JsonNode array) {
    List<NamePhrase> out = new ArrayList<>();
    int n = 0;
    for (JsonNode c : array) {
      n++;
      out.add(new NamePhrase((code + "_NAME_" + where + "_" + n).toUpperCase(Locale.ROOT),
          word(required(c, "pattern").asText()), strings(c.path("examples")),
          strings(c.path("counter_examples"))));
    }
    return List.copyOf(out);
  }

  /** The {@code phrases} section: name to pattern with examples. */
  private static Map<String, Phrase> phrases(String code, JsonNode node) {
    Map<String, Phrase> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), new Phrase(
        (code + "_" + e.getKey()).toUpperCase(Locale.ROOT),
        word(required(e.getValue(), "pattern").asText()),
        strings(e.getValue().path("examples")),
        strings(e.getValue().path("counter_examples")))));
    return Map.copyOf(out);
  }

  static JsonNode required(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return v;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }

  /** A pattern matching whole words only. */
  static Pattern word(String regex) {
    return Pattern.compile(OPEN + "(?:" + regex + ")" + CLOSE, FLAGS);
  }

  /** Literal phrases as one whole-word pattern, longest first; never matches when empty. */
  /**
   * Negation words, except where a word of {@code notNegatingAfter} follows them: "not only",
   * « pas seulement », "nicht nur" add, they do not negate.
   */
  static Pattern negation(List<String> words, List<String> notNegatingAfter) {
    Pattern negation = literals(words);
    if (notNegatingAfter.isEmpty()) {
      return negation;
    }
    return Pattern.compile("(?:" + negation.pattern() + ")(?!\\s+(?:"
        + literals(notNegatingAfter).pattern() + "))", FLAGS);
  }

  static Pattern literals(List<String> phrases) {
    if (phrases.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder();
    for (String p : sorted) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      // Punctuation-only separators (",", "&") are not words: no boundary needed around them.
      String quoted = Pattern.quote(p).replace(" ", "\\E\\s+\\Q");
      sb.append(p.chars().anyMatch(Character::isLetterOrDigit) ? OPEN + quoted + CLOSE : quoted);
    }
    return Pattern.compile(sb.toString(), FLAGS);
  }

  private static Pattern alternatives(List<String> regexes) {
    return regexes.isEmpty() ? Pattern.compile("(?!)") : word(String.join("|", regexes));
  }

  private static InputStream open(String resource) {
    InputStream in = LexiconLoader.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new LexiconException(resource + ": not found on the class path");
    }
    return in;
  }
}
