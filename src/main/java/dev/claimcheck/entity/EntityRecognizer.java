package dev.claimcheck.entity;

import dev.claimcheck.registry.NameTarget;
import dev.claimcheck.registry.Names;
import dev.claimcheck.registry.Registry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds model and benchmark names in a sentence: every name the registry knows, in any spelling
 * that {@link Names#key} folds together ("GPT 4o", "gpt-4o"), longest match first; and
 * model-shaped names the registry does not know yet ("Nimbus-9B"), so that a claim about a new
 * model is still reported.
 */
public final class EntityRecognizer {
  /** Longest name, in words, that is tried. */
  private static final int MAX_WORDS = 8;

  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*\\+?", Pattern.UNICODE_CHARACTER_CLASS);
  /** What may stand between the words of one name. */
  private static final Pattern JOINER = Pattern.compile("[\\s\\-_/.()]*");
  /**
   * A model-shaped name: a capitalised word, hyphenated parts, and a version or size among them
   * ("Nimbus-9B", "Foo-2.5-Pro", "Kestrel-70B-Instruct"); compiled with the verb endings of
   * {@code entity/verb-endings.txt} in place of VERB_ENDINGS.
   */
  private final Pattern modelShape;
  private static final String MODEL_SHAPE =
          // "MiniMax-M1", "Hunyuan-T1": one capital letter may stand before the version.
          "(?<![\\p{L}\\p{N}\\-])(?:\\p{Lu}[\\p{L}]*(?:-[\\p{L}\\p{N}.]+)*?-(?:v|\\p{Lu})?\\p{N}+(?:\\.\\p{N}+)?"
              // "Tessera-32B-v2.1": a later part may carry a dotted version too.
              + "[\\p{L}]*(?:-[\\p{L}\\p{N}]+(?:\\.\\p{N}+)*)*"
              // "V3-0324", "K2-0905": a letter, a version and a dated snapshot (month, day).
              + "|\\p{Lu}\\p{N}(?:\\.\\p{N})?-[01]\\p{N}{3}"
              // "Llama-Nemotron 70": not a score after a benchmark ("Video-MMMU 87,6 Prozent").
              + "|\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)+ \\p{N}+(?:\\.\\p{N}+)?(?! ?%)(?![.,]\\p{N})"
              // "Grok 3", "Gemini 2.5", "Kimi K2", "Gemma 3n": a capitalised word and a small
              // version number, with a letter before or after it; not a number grouped in
              // thousands ("Tiene 8.000 millones").
              + "|\\p{Lu}\\p{Ll}{2,} (?:[a-z]|\\p{Lu})?\\p{N}{1,2}(?:\\.(?!\\p{N}{3}(?!\\p{N}))\\p{N}+)?[a-z]?"
              + "(?! ?%)(?![.,]\\p{N})"
              // "Sable 24B", "Falcon 180B", "Larch 8x7B": a capitalised word and a size.
              // Not a verb or a word before an amount ("Raised 2B", "Nearly 2B").
              + "|(?!\\p{Lu}\\p{Ll}+(?:VERB_ENDINGS) )\\p{Lu}\\p{Ll}{2,} \\p{N}{1,3}(?:\\.\\p{N})?(?:x\\p{N}{1,3})?[BM])"
              + "(?![\\p{L}\\p{N}])";
  /** A version written after a name: " v5", " v2.1". */
  private static final String VERSION = "(?: v\\p{N}+(?:\\.\\p{N}+)*(?![\\p{L}\\p{N}]))?";
  /** A benchmark-shaped name: "...Bench", "...Eval", "...-QA" or an upper-case acronym with parts. */
  private static final Pattern BENCHMARK_SHAPE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              // "FooBench", "Fiction.LiveBench", "SimpleQA-Pro", "LiveCodeBench v5".
              + "(?:\\p{Lu}\\p{L}+\\.)?\\p{Lu}[\\p{L}\\p{N}]*(?:Bench|Eval|QA)(?:-[\\p{L}\\p{N}]+)?"
              + VERSION
              // "Hispanobench": one word ending in a lower-case "bench".
              + "|\\p{Lu}\\p{Ll}{2,}bench(?![\\p{L}\\p{N}])"
              + VERSION
              // "Wortwerk-Bench", "Formular-Eval": a capitalised word, a hyphen and the head.
              + "|\\p{Lu}[\\p{L}\\p{N}]+-(?:Bench|bench|Eval)(?![\\p{L}\\p{N}])"
              + VERSION
              + "|\\p{Lu}{2,}[\\p{Lu}\\p{N}]*(?:-[\\p{L}\\p{N}]+)+"
              // "AIME 2026", "AMC 10/12", "AIME'24", "BFCL v3".
              + "|\\p{Lu}{3,}\\p{N}*(?: (?:19|20)\\p{N}{2}| \\p{N}{1,2}/\\p{N}{1,2}|['\u2019]\\p{N}{2})?"
              + VERSION
              // CamelCase names: "MultiChallenge", "ReasonRail-500", "AmtsDeutsch-Bench".
              + "|(?:\\p{Lu}\\p{L}+\\.)?\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*"
              + "(?:-(?:\\p{N}+|\\p{Lu}[\\p{L}\\p{N}]*))*" + VERSION + ")(?![\\p{L}\\p{N}])");


  /** What may stand between a name and the words that continue it: no brackets, no commas. */
  private static final Pattern NAME_JOINER = Pattern.compile("[\\s\\-_/.]{1,2}");

  /** A size or version that continues a model name: "3.3", "70B", "0324", "v2", "8x7B". */
  private static final Pattern NAME_NUMBER = Pattern.compile(
      "(?i)v?\\p{N}+(?:[.,]\\p{N}+)*(?:[bmkt]|x\\p{N}+[bm])?|\\p{N}+[a-z]?");

  private final Registry registry;
  private final Map<String, List<NameTarget>> names;
  private final java.util.Set<String> nameParts;
  private final java.util.Set<String> notBenchmarks;
  private final java.util.Set<String> notModels;
  private final java.util.Set<String> modelNouns;

  /** The nouns of entity/model-nouns.txt, lower-cased: "model", "Modell", "modelo". */
  public static final java.util.Set<String> MODEL_NOUNS =
      java.util.Collections.unmodifiableSet(words("entity/model-nouns.txt", true));
  private final java.util.Set<String> heads;
  private final java.util.Set<String> compoundWords;
  private final java.util.Set<String> variantWords;
  /** Benchmark names by key: whether the registry writes them in capitals only ("MATH"). */
  private final Map<String, Boolean> inCapitals;
  /**
   * Benchmark names that no ordinary word could be written as ("MMLU-Pro"), in lower case with
   * their parts joined by hyphens: "mmlu pro" is the name, "multiple" is not "MultiPL-E".
   */
  private final java.util.Set<String> distinctiveBenchmarks;
  /** Words that make a variant of a model rather than a member of its family. */
  private final java.util.Set<String> modelVariantWords;
  /** Tier words that make a model name after a capitalised name ("Nova" + "Premier"). */
  private final java.util.Set<String> tierWords;
  /** Capitalised words ending in an edition word after a model's name: " I/O Edition". */
  private final Pattern edition;
  /** Words that, in brackets after a model's name, name a setting of it ("(Think)", "(high)"). */
  private final java.util.Set<String> settingWords;
  /**
   * Lower-case hyphenated names that begin the registry's model names without being one
   * ("gpt-oss" of "gpt-oss-120b"): the family of those models.
   */
  private final java.util.Set<String> lowerFamilies;

  public EntityRecognizer(Registry registry) {
    this.registry = registry;
    this.names = registry.names();
    this.nameParts = words("entity/model-name-parts.txt", true);
    this.notBenchmarks = words("entity/not-benchmarks.txt", false);
    this.notModels = words("entity/not-models.txt", true);
    this.modelNouns = MODEL_NOUNS;
    this.heads = words("entity/benchmark-heads.txt", false);
    this.compoundWords = words("entity/benchmark-compound-words.txt", true);
    this.variantWords = words("entity/benchmark-variant-words.txt", false);
    this.inCapitals = new java.util.HashMap<>();
    this.distinctiveBenchmarks = new java.util.HashSet<>();
    List<String> benchmarkNames = java.util.stream.Stream.concat(
            registry.groups().values().stream()
                .flatMap(g -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(g.name()), g.aliases().stream())),
            registry.benchmarks().values().stream()
                .flatMap(b -> java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(b.name()), b.aliases().stream())))
        .filter(w -> w != null && !w.isBlank())
        .toList();
    for (String w : benchmarkNames) {
      inCapitals.merge(Names.key(w), acronym(w), Boolean::logicalAnd);
      if (distinctive(w)) {
        distinctiveBenchmarks.add(lowerParts(w));
      }
    }
    this.modelVariantWords = words("entity/variant-words.txt", true);
    this.tierWords = words("entity/model-tier-words.txt", false);
    this.settingWords = words("entity/setting-words.txt", true);
    this.edition = Pattern.compile("(?: \\p{Lu}[\\p{L}\\p{N}/&]*){0,2} (?:"
        + String.join("|", words("entity/model-edition-words.txt", false).stream()
            .map(Pattern::quote).toList())
        + ")(?![\\p{L}\\p{N}\\-])");
    String endings = String.join("|", words("entity/verb-endings.txt", true).stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
    this.modelShape = Pattern.compile(MODEL_SHAPE.replace("VERB_ENDINGS", endings));
    this.verbForm = Pattern.compile("\\p{L}+(?:" + endings + ")");
    this.lowerFamilies = new java.util.HashSet<>();
    this.nameWords = new java.util.HashSet<>();
    this.firstNameWords = new java.util.HashSet<>();
    registry.models().values().forEach(m -> {
      java.util.stream.Stream.concat(java.util.stream.Stream.of(m.name()), m.aliases().stream())
          .forEach(this::addLowerFamily);
      if (m.name() != null) {
        String[] words = m.name().split("[\\s\\-_/.]+");
        for (int k = 0; k < words.length; k++) {
          String w = words[k];
          if (w.length() >= 3 && w.chars().allMatch(Character::isLetter)) {
            nameWords.add(w.toLowerCase(java.util.Locale.ROOT));
            if (k == 0) {
              firstNameWords.add(w.toLowerCase(java.util.Locale.ROOT));
            }
          }
        }
      }
    });
    lowerFamilies.removeIf(f -> names.containsKey(Names.key(f)));
  }

  /** The words of the registry's model names, in lower case: "claude", "opus", "llama". */
  private final java.util.Set<String> nameWords;
  /** The first words of the registry's model names, in lower case: "claude", "llama". */
  private final java.util.Set<String> firstNameWords;

  /** A version number: "4.1", "3", "2.5". */
  private static final Pattern VERSION_NUMBER = Pattern.compile("\\p{N}{1,2}(?:\\.\\p{N}{1,2})?");
  /** The lower-case word right before a number, and what stands before it. */
  private static final Pattern WORD_BEFORE =
      Pattern.compile("(?:^|(\\S+)\\s)([a-z]+)\\s$");

  /**
   * Whether the number at {@code [start, end)} is the version of a model's name written in lower
   * case that was not read as a name ("claude opus 4.1", "llama 3"): right after the first word
   * of one of the registry's model names, or after that word and one more word of such names
   * ("gemini 2.5 pro 86.4" is a name and a score).
   */
  public boolean versionOfLowerCaseName(String text, int start, int end) {
    if (!VERSION_NUMBER.matcher(text.substring(start, end)).matches()
        || text.startsWith("%", end) || text.startsWith(" %", end)) {
      return false;
    }
    Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
    if (!m.find() || !nameWords.contains(m.group(2))) {
      return false;
    }
    // The name's first word, or that word after it: "llama 3", "claude opus 4.1".
    return firstNameWords.contains(m.group(2))
        || m.group(1) != null && firstNameWords.contains(m.group(1));
  }

  private static final Pattern LOWER_NAME =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}");
  private static final Pattern LOWER_FAMILY = Pattern.compile("[a-z][a-z0-9]*-[a-z]{3,}");

  /** "gpt-oss" of "gpt-oss-120b": a family written in lower case, of two words, one a word. */
  private void addLowerFamily(String name) {
    if (name == null || !LOWER_NAME.matcher(name).matches()) {
      return;
    }
    String[] parts = name.split("-");
    String family = parts[0] + "-" + parts[1];
    if (LOWER_FAMILY.matcher(family).matches() && family.length() >= 6) {
      lowerFamilies.add(family);
    }
  }

  /** The lines of a word list on the class path, without comments and blank lines, as written. */
  public static java.util.Set<String> wordList(String resource) {
    return words(resource, false);
  }

  private static java.util.Set<String> words(String resource, boolean fold) {
    java.util.Set<String> parts = new java.util.HashSet<>();
    try (java.io.InputStream in = EntityRecognizer.class.getClassLoader()
            .getResourceAsStream(resource);
        java.io.BufferedReader r = new java.io.BufferedReader(
            new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          parts.add(fold ? line.toLowerCase(java.util.Locale.ROOT) : line);
        }
      }
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException(resource + " is missing from the jar", e);
    }
    return parts;
  }

  /**
   * Whether {@code word}, after a family's name, makes a variant of a model ("mini", "Max")
   * rather than a member with a name of its own ("Maverick").
   */
  public boolean isVariantWord(String word) {
    return modelVariantWords.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether {@code word} names a setting a model is run with ("Thinking", "Reasoning"), and no
   * tier of a series ("Medium" is both): the last word of "Kimi K2 Thinking", never a name on its
   * own.
   */
  public boolean isSettingWord(String word) {
    return settingWords.contains(word.toLowerCase(java.util.Locale.ROOT))
        && tierWords.stream().noneMatch(t -> t.equalsIgnoreCase(word));
  }

  /**
   * Whether {@code word} is a noun that says what a model is ("model", "Modell"), also as the last
   * part of a compound ("KI-Modell", "Sprachmodell", "Reasoning-Modell"): a description written
   * before a name ("das KI-Modell Kimi K2"), never a part of it.
   */
  public boolean isModelNoun(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (modelNouns.contains(w) || modelNouns.contains(w.substring(w.lastIndexOf('-') + 1))) {
      return true;
    }
    // German closed compounds: "Sprachmodell", "Basismodelle".
    return modelNouns.stream().anyMatch(n -> n.length() >= 6 && w.endsWith(n));
  }

  /**
   * Whether a name opens with the word of a series of models the registry knows ("Claude Opus
   * 4.5": Claude), whatever the rest of it.
   */
  public boolean ofKnownSeries(String name) {
    return registry.seriesVendor(name).isPresent();
  }

  /** Whether {@code word} is a capitalised word that names something other than a model. */
  public boolean isNotModel(String word) {
    return notModels.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A model name the registry does not know on its own, or declares ambiguous, read with the name
   * of an organisation the sentence names before it when the registry knows them together:
   * "DeepSeek presenta V3" is DeepSeek V3, "DeepSeek's R1" DeepSeek R1. Other mentions are
   * returned as they are.
   */
  public Mention withVendor(Mention m, List<String> organisations) {
    if (m.kind() != Mention.Kind.MODEL || organisations.isEmpty() || m.targets().stream()
        .anyMatch(t -> t.kind() != NameTarget.Kind.AMBIGUOUS)) {
      return m;
    }
    for (String organisation : organisations) {
      List<NameTarget> targets = names.get(Names.key(organisation + " " + m.text()));
      if (targets != null && !targets.isEmpty()
          && targets.stream().noneMatch(t -> t.kind() == NameTarget.Kind.AMBIGUOUS)) {
        return new Mention(m.span(), m.text(), m.kind(), targets);
      }
    }
    return m;
  }

  /** Known names, longest first, not overlapping, in text order. */
  public List<Found> known(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Found best = null;
      int bestEnd = i;
      int limit = Math.min(words.size(), i + MAX_WORDS);
      for (int j = i; j < limit; j++) {
        if (j > i && !JOINER.matcher(text.substring(words.get(j - 1)[1], words.get(j)[0])).matches()) {
          break;
        }
        int start = words.get(i)[0];
        int end = words.get(j)[1];
        String surface = text.substring(start, end);
        List<NameTarget> targets = names.get(Names.key(surface));
        if (targets != null && !targets.isEmpty() && acceptable(surface, targets)
            && !(benchmarkOnly(targets) && glued(text, start, end))
            && !bracketAdded(surface, targets)) {
          // "Claude 3.5 Sonnet (new)": take the closing bracket the words left out.
          if (surface.indexOf('(') > surface.indexOf(')') && end < text.length()
              && text.charAt(end) == ')') {
            end++;
            surface = text.substring(start, end);
          }
          best = found(start, end, surface, targets);
          bestEnd = j;
        }
      }
      if (best != null) {
        // "Llama" + "3.3 70B": a longer name the registry does not know is a model of its own,
        // not the family or series it starts with.
        int extended = bestEnd;
        while (best.isModel() && extended + 1 < words.size()
            && NAME_JOINER.matcher(
                    text.substring(words.get(extended)[1], words.get(extended + 1)[0]))
                .matches()
            && (continuesName(text.substring(best.start(), words.get(extended)[1]),
                    text.substring(words.get(extended + 1)[0], words.get(extended + 1)[1]))
                    && !describes(text, words.get(extended)[1], words.get(extended + 1)[0],
                        words.get(extended + 1)[1])
                || hyphenated(text, words.get(extended)[1], words.get(extended + 1)))) {
          extended++;
        }
        if (extended == bestEnd && compoundWord(text, best)) {
          // "Qwen-Blog", "DeepSeek-Schock": a word about the series or the
          // company, not a model.
          i = bestEnd + 1;
          continue;
        }
        int chainEnd = best.isModel() ? hyphenChainEnd(text, words.get(extended)[1]) : -1;
        if (chainEnd > 0) {
          // "DeepSeek-R1-0528-Qwen3-8B": a known name glued to more parts with a number is
          // another model (a distilled one, a snapshot), not the known one.
          while (extended + 1 < words.size() && words.get(extended + 1)[1] <= chainEnd) {
            extended++;
          }
        }
        if (extended > bestEnd) {
          int start = best.start();
          int end = words.get(extended)[1];
          String surface = text.substring(start, end);
          best = new Found(start, end, new Mention(null, surface, Mention.Kind.MODEL, List.of()));
          bestEnd = extended;
        }
        int setting = best.isModel() ? settingEnd(text, best.end()) : -1;
        if (setting > 0) {
          best = withSetting(text, best, setting);
          while (bestEnd + 1 < words.size() && words.get(bestEnd + 1)[1] <= setting) {
            bestEnd++;
          }
        }
        int editionEnd = best.isModel() ? editionEnd(text, best.end()) : -1;
        if (editionEnd > 0) {
          best = new Found(best.start(), editionEnd, new Mention(
              null, text.substring(best.start(), editionEnd), Mention.Kind.MODEL, List.of()));
          while (bestEnd + 1 < words.size() && words.get(bestEnd + 1)[1] <= editionEnd) {
            bestEnd++;
          }
        }
        out.add(best);
        i = bestEnd + 1;
      } else {
        i++;
      }
    }
    return outsideHandles(text, out);
  }

  /**
   * A user's handle on a social network ("@Alibaba_Qwen", "@simon@fediverse.social"): an
   * account, not the model or benchmark whose name it may contain. "pass@1" and an e-mail
   * address are no handles (a letter or digit stands before the "@").
   */
  private static final Pattern HANDLE =
      Pattern.compile("(?<![\\p{L}\\p{N}_@])@[\\p{L}\\p{N}_]+"
          + "(?:@[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)+)?");

  /** {@code found} without the names that lie inside a user's handle. */
  static List<Found> outsideHandles(String text, List<Found> found) {
    if (text.indexOf('@') < 0) {
      return found;
    }
    List<int[]> handles = new ArrayList<>();
    Matcher h = HANDLE.matcher(text);
    while (h.find()) {
      handles.add(new int[] {h.start(), h.end()});
    }
    if (handles.isEmpty()) {
      return found;
    }
    List<Found> out = new ArrayList<>(found);
    out.removeIf(f -> handles.stream().anyMatch(r -> r[0] < f.end() && f.start() < r[1]));
    return out;
  }

  private static final Pattern GLUED_WORD = Pattern.compile("-(\\p{L}+)(?![\\p{L}\\p{N}])");

  /** "Tau2-bench": a name glued by a hyphen to a benchmark's head word names the benchmark. */
  private boolean benchmarkGlued(String text, int end) {
    Matcher m = GLUED_WORD.matcher(text);
    m.region(end, text.length());
    return m.lookingAt() && heads.stream().anyMatch(h -> h.equalsIgnoreCase(m.group(1)));
  }

  /** "Gemini 2.5 Pro (Preview 06-05)": words in brackets right after a name remark on it. */
  private static boolean inBracketsAfterName(String text, int start, List<Found> known) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || text.charAt(i) != '(') {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && text.charAt(j) == ' ') {
      j--;
    }
    int end = j + 1;
    return known.stream().anyMatch(k -> k.isModel() && k.end() == end);
  }

  /**
   * Whether a bracket joins words the registry knows only without one: "Gemini 2.5 Pro (Preview
   * 06-05)" is Gemini 2.5 Pro and a remark about it, while "o3-mini (high)" is written so.
   */
  private static boolean bracketAdded(String surface, List<NameTarget> targets) {
    return surface.indexOf('(') >= 0
        && targets.stream().noneMatch(x -> x.alias() != null && x.alias().indexOf('(') >= 0);
  }

  /** Hyphenated parts right after a name, one of them with a digit: "-Qwen3-8B", not "-level". */
  private static final Pattern HYPHEN_CHAIN =
      Pattern.compile("(?:-[\\p{L}\\p{N}]+(?:\\.\\p{N}+)?)+(?![\\p{L}\\p{N}\\-])");

  /** Where the hyphenated parts glued to a name at {@code end} end; -1 when there are none. */
  private static int hyphenChainEnd(String text, int end) {
    Matcher m = HYPHEN_CHAIN.matcher(text);
    m.region(end, text.length());
    if (!m.lookingAt() || m.group().chars().noneMatch(Character::isDigit)) {
      return -1;
    }
    return m.end();
  }

  private static boolean benchmarkOnly(List<NameTarget> targets) {
    return targets.stream().noneMatch(t -> t.kind().isModelLike());
  }

  /**
   * Whether a benchmark name is only part of a longer word: "LiveBench" in "Fiction.LiveBench",
   * "MMLU" in "Global-MMLU" or "MMLU-ProX" is another benchmark. A compound with a word that
   * only says what the name is ("Aider-Benchmark", "LMArena-Bestenliste") is still the name.
   */
  private boolean glued(String text, int start, int end) {
    if (start >= 2 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == '-')
        && Character.isLetterOrDigit(text.charAt(start - 2))) {
      return true;
    }
    if (end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == '-')
        && Character.isLetterOrDigit(text.charAt(end + 1))) {
      int e = end + 1;
      while (e < text.length() && Character.isLetter(text.charAt(e))) {
        e++;
      }
      boolean wordEnds = e == text.length() || !Character.isLetterOrDigit(text.charAt(e));
      String next = text.substring(end + 1, e).toLowerCase(java.util.Locale.ROOT);
      return text.charAt(end) == '.' || !wordEnds || !compoundWords.contains(next);
    }
    return false;
  }

  /** Whether {@code word} is listed as a word that is never a benchmark name on its own. */
  public boolean notBenchmark(String word) {
    return notBenchmarks.contains(word);
  }

  /**
   * Whether {@code word}, after a known benchmark name, makes another benchmark ("SimpleQA
   * Verified", "GPQA Extended").
   */
  public boolean benchmarkVariant(String word) {
    return variantWords.contains(word);
  }

  /**
   * Whether {@code word} is a word that ends many benchmark names ("Exam", "Index",
   * "Leaderboard"): a run of capitalised words ending in one reads as a benchmark's name.
   */
  public boolean benchmarkHead(String word) {
    return heads.contains(word);
  }

  private static final Pattern COMPOUND_TAIL = Pattern.compile("-\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}\\-])");

  /**
   * Whether a name the registry declares ambiguous is the first part of a compound word
   * ("Qwen-Blog", "Llama-Familie"): joined by a hyphen to a capitalised word of letters that
   * continues no name. "Claude-level" is still about Claude.
   */
  private static boolean compoundWord(String text, Found f) {
    if (f.mention().targets().isEmpty() || f.mention().targets().stream()
        .anyMatch(t -> t.kind() != NameTarget.Kind.AMBIGUOUS)) {
      return false;
    }
    Matcher m = COMPOUND_TAIL.matcher(text);
    m.region(f.end(), text.length());
    return m.lookingAt();
  }

  /** "Llama-4-Maverick-03-26": a number joined by a hyphen is still part of the name. */
  private static boolean hyphenated(String text, int previousEnd, int[] word) {
    return text.substring(previousEnd, word[0]).equals("-")
        && NAME_NUMBER.matcher(text.substring(word[0], word[1])).matches();
  }

  /**
   * Whether {@code word} continues a model name after {@code previous}: a listed part, a size
   * ("70B"), or a version number right after a word ("Llama" + "3.3"), but not a second plain
   * number ("Llama 3.1 405B" + "96.8" is a score).
   */
  private static final Pattern NEXT_NOUN = Pattern.compile("\\s+([\\p{L}]+)");

  /**
   * Whether the lower-case word at {@code start..end}, written after a space, describes the model
   * named before it rather than continuing its name: "the R1 reasoning model".
   */
  private boolean describes(String text, int previousEnd, int start, int end) {
    if (!Character.isLowerCase(text.charAt(start)) || text.charAt(previousEnd) == '-') {
      return false;
    }
    Matcher m = NEXT_NOUN.matcher(text);
    m.region(end, text.length());
    return m.lookingAt() && modelNouns.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  private boolean continuesName(String previous, String word) {
    if (nameParts.contains(word.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    if (!NAME_NUMBER.matcher(word).matches() || word.contains(",")) {
      return false;
    }
    boolean size = Character.isLetter(word.charAt(word.length() - 1));
    String last = previous.substring(Math.max(previous.lastIndexOf(' '), previous.lastIndexOf('-')) + 1);
    if (size || last.chars().noneMatch(Character::isDigit)
        && previous.chars().noneMatch(Character::isDigit)) {
      return true;
    }
    // "Gemini 2.5 Pro 86.4", "o4-mini 92.7": after a name with its version, a plain number is a
    // score; only a snapshot continues it ("Gemini 2.0 Flash 001").
    return last.chars().noneMatch(Character::isDigit) && SNAPSHOT.matcher(word).matches();
  }

  /** Words in brackets right after a name: " (Think)", " (no thinking)", " (thinking-32k)". */
  private static final Pattern BRACKETED = Pattern.compile(" ?\\(([\\p{L}\\p{N}][\\p{L}\\p{N} \\-]{0,30})\\)");
  /** A thinking budget: "32k", "16K". */
  private static final Pattern BUDGET = Pattern.compile("\\p{N}+[kK]");

  /**
   * Where a bracket of setting words after a model's name ends ("Grok 3 (Think)", "o3
   * (high)"): the name with its setting is a configuration of its own, with scores of its own,
   * and never the model run otherwise. -1 when no such bracket follows {@code end}.
   */
  private int settingEnd(String text, int end) {
    Matcher m = BRACKETED.matcher(text);
    m.region(end, text.length());
    if (!m.lookingAt()) {
      return -1;
    }
    for (String w : m.group(1).split("[ \\-]+")) {
      if (!settingWords.contains(w.toLowerCase(java.util.Locale.ROOT))
          && !BUDGET.matcher(w).matches()) {
        return -1;
      }
    }
    return m.end();
  }

  /**
   * Where the name of an edition after a model's name ends ("Gemini 2.5 Pro" + " I/O Edition"):
   * a model of its own, with scores of its own. -1 when none follows {@code end}.
   */
  private int editionEnd(String text, int end) {
    Matcher m = edition.matcher(text);
    m.region(end, text.length());
    return m.lookingAt() ? m.end() : -1;
  }

  /** {@code found} with the bracket of setting words that follows it, as a model of its own. */
  private Found withSetting(String text, Found found, int end) {
    String surface = text.substring(found.start(), end);
    List<NameTarget> targets = names.get(Names.key(surface));
    if (targets != null && !targets.isEmpty()) {
      return found(found.start(), end, surface, targets);
    }
    return new Found(found.start(), end, new Mention(null, surface, Mention.Kind.MODEL, List.of()));
  }

  /**
   * Words and a count of two or three digits after a hyphen, as test sets are named by their
   * number of items ("MATH-500", "ParcelDesk-300", "CreditMemo-150"); a model's number carries a
   * size unit or a version ("Qwen-72B", "Grok-3"), so such a name is no model.
   */
  private static final Pattern COUNTED_SET = Pattern.compile("\\p{L}[\\p{L}\\-]*-[1-9]\\p{N}{1,2}");

  /** Whether a model-shaped name is rather a test set named by its count of items. */
  public static boolean countedSet(String name) {
    return COUNTED_SET.matcher(name).matches();
  }

  /** A snapshot number written after a name: "001", "0520", "20241022". */
  private static final Pattern SNAPSHOT = Pattern.compile("0\\p{N}{2,}|\\p{N}{6,}");

  /**
   * Model-shaped names not already covered by {@code known}, with the words that continue them
   * ("Gemma 3" + "27B", "Gemini 2.0" + "Pro").
   */
  public List<Found> unknownModels(String text, List<Found> known) {
    return unknownModels(text, known, null);
  }

  /**
   * Model-shaped names not already covered by {@code known}, as {@link #unknownModels(String,
   * List)}, and a name and a tier word opening the text ("Magistral Medium est ...", "Devstral
   * Small: release notes"): where the text is a sentence or a title not written in title case, a
   * capitalised word there is capitalised only for its place, so the pair is a name unless its
   * first word is one of {@code openers} (the language's sentence openers, "Both", "Avec") or a
   * verb form ("Using Flash ..."). With {@code openers} null, no opening pair is read.
   */
  public List<Found> unknownModels(String text, List<Found> known, Pattern openers) {
    List<Found> out = new ArrayList<>();
    List<Found> candidates = new ArrayList<>(shaped(modelShape, Mention.Kind.MODEL, text, known));
    // In a headline written in title case ("Why Nordwind Is Going Large") any word is
    // capitalised: a tier word there names nothing.
    List<Found> tiered = new ArrayList<>(
        titleCase(text) ? List.of() : shaped(TIERED, Mention.Kind.MODEL, text, known));
    Found opening = openers == null || titleCase(text) ? null : openingTiered(text, known, openers);
    if (opening != null) {
      tiered.add(opening);
    }
    // With a version after it, a tier word names a model anywhere, also where a sentence begins:
    // "Devstral Small 1.1 scores ...", not "Small 1.1".
    List<Found> versioned = new ArrayList<>();
    for (Found f : shaped(TIERED_VERSION, Mention.Kind.MODEL, text, known)) {
      if (tierName(f) || versionedPartName(f)) {
        candidates.removeIf(c -> c.start() < f.end() && f.start() < c.end());
        tiered.removeIf(c -> c.start() < f.end() && f.start() < c.end());
        tiered.add(f);
        versioned.add(f);
      }
    }
    tiered.sort(Comparator.comparingInt(Found::start));
    for (Found f : tiered) {
      if ((tierName(f) || versioned.contains(f)) && !overlapsAny(candidates, f.start(), f.end())) {
        candidates.add(f);
      }
    }
    for (Found f : shaped(LOWER_FAMILY_USE, Mention.Kind.MODEL, text, known)) {
      if (lowerFamilies.contains(f.mention().text()) && !overlapsAny(candidates, f.start(), f.end())) {
        candidates.add(f);
      }
    }
    for (Found f : shaped(LOWER_FAMILY_MEMBER, Mention.Kind.MODEL, text, known)) {
      // "gpt-oss-20b" beside the registry's "gpt-oss-120b": another size of a family written in
      // lower case.
      String name = f.mention().text();
      int second = name.indexOf('-', name.indexOf('-') + 1);
      if (lowerFamilies.contains(name.substring(0, second))
          && name.substring(second).chars().anyMatch(Character::isDigit)
          && !overlapsAny(candidates, f.start(), f.end())) {
        candidates.add(f);
      }
    }
    for (Found f : shaped(GLUED_VERSION, Mention.Kind.MODEL, text, known)) {
      if (!overlapsAny(candidates, f.start(), f.end())) {
        candidates.add(f);
      }
    }
    candidates.sort(Comparator.comparingInt(Found::start));
    for (Found f : candidates) {
      String first = f.mention().text().split("[\\s\\-]")[0];
      // "Python3", "Windows11": a word that names something else, with its version glued on.
      String bare = first.replaceAll("[\\p{N}.]+$", "");
      if (notModels.contains(first.toLowerCase(java.util.Locale.ROOT))
          || notModels.contains(bare.toLowerCase(java.util.Locale.ROOT))
          || inBracketsAfterName(text, f.start(), known) || benchmarkGlued(text, f.end())
          || QUARTER.matcher(f.mention().text()).find()
          // "Coding-Assistent 2026": a word and a year is a dated thing, no model's version.
          || YEAR_AFTER_WORD.matcher(f.mention().text()).find()
              && (f.end() == text.length() || text.charAt(f.end()) != '-')
          || dayOfMonth(text, f)
          || ACRONYMS_VERSION.matcher(f.mention().text()).matches()) {
        continue;
      }
      int end = f.end();
      Matcher next = NEXT_WORD.matcher(text);
      while (next.find(end) && next.start() == end
          && (continuesName(text.substring(f.start(), end), next.group(1))
                  && !describes(text, end, next.start(1), next.end(1))
              || text.charAt(end) == '-' && ACTIVE_SIZE.matcher(next.group(1)).matches())
          && !overlapsAny(known, next.start(), next.end())) {
        end = next.end();
      }
      int setting = settingEnd(text, end);
      if (setting > 0) {
        end = setting;
      }
      int editionEnd = editionEnd(text, end);
      if (editionEnd > 0) {
        end = editionEnd;
      }
      out.add(end == f.end() ? f
          : new Found(f.start(), end,
              new Mention(null, text.substring(f.start(), end), Mention.Kind.MODEL, List.of())));
    }
    return outsideHandles(text, out);
  }

  /**
   * A capitalised name the registry does not know and a tier word ("Nova Premier", "Magistral
   * Medium"), not at the start of a sentence, where any word is capitalised.
   */
  private static final Pattern TIERED = Pattern.compile(
      "(?<=[\\p{L}\\p{N},;:()'’] )\\p{Lu}\\p{Ll}{3,} \\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}\\-])");
  /** Two capitalised words opening a text, after any opening quote, bullet or heading mark. */
  private static final Pattern TIERED_OPENING = Pattern.compile(
      "^[\\s\"'«“„‘*•#>\\-–—]*(\\p{Lu}\\p{Ll}{3,} \\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}\\-])");

  /** The name and tier word opening {@code text} ("Magistral Medium est ..."), or null. */
  private Found openingTiered(String text, List<Found> known, Pattern openers) {
    Matcher m = TIERED_OPENING.matcher(text);
    if (!m.lookingAt() || overlapsAny(known, m.start(1), m.end(1))) {
      return null;
    }
    Found f = new Found(m.start(1), m.end(1),
        new Mention(null, m.group(1), Mention.Kind.MODEL, List.of()));
    String first = m.group(1).substring(0, m.group(1).indexOf(' '));
    // "Very Small models", "Very Large Language Models": the tier word there describes what
    // follows it, a model noun or more capitalised words.
    Matcher next = NEXT_NOUN.matcher(text);
    next.region(m.end(1), text.length());
    boolean describing = next.lookingAt() && (Character.isUpperCase(next.group(1).charAt(0))
        || modelNouns.contains(next.group(1).toLowerCase(java.util.Locale.ROOT)));
    return tierName(f) && !describing && !verbForm.matcher(first).matches()
        && !openers.matcher(first).matches() ? f : null;
  }

  /**
   * Whether two capitalised words are a name and a tier word ("Nova Premier", "Devstral Small"):
   * the first no ordinary word and no name the registry knows on its own.
   */
  private boolean tierName(Found f) {
    String[] w = f.mention().text().split(" ");
    return tierWords.contains(w[1]) && !notModels.contains(w[0].toLowerCase(java.util.Locale.ROOT))
        && names.get(Names.key(w[0])) == null;
  }

  /**
   * Whether {@code text} is exactly a capitalised name the registry does not know and a tier word
   * ("Magistral Medium", "Nova Premier"), read where a name stands alone, such as a table cell:
   * there the first word's capital does not come from a sentence's start.
   */
  public boolean tieredName(String text) {
    if (!TIERED_ALONE.matcher(text).matches()) {
      return false;
    }
    return tierName(new Found(0, text.length(),
        new Mention(null, text, Mention.Kind.MODEL, List.of())));
  }

  private static final Pattern TIERED_ALONE = Pattern.compile("\\p{Lu}\\p{Ll}{3,} \\p{Lu}\\p{Ll}+");

  /**
   * Whether two capitalised words before a version are a name and a part of model names
   * ("Vellum Pro 2", "Corvid Max 3"): with the version, "Pro" or "Max" is no plan or product
   * word, and the name is the whole, not "Pro 2". Not after a verb ("Using Pro 2").
   */
  /** A verb form by its ending ("Raised", "Trailing"): no model's first word. */
  private final Pattern verbForm;

  private boolean versionedPartName(Found f) {
    String[] w = f.mention().text().split(" ");
    return w.length == 2 && Character.isUpperCase(w[1].charAt(0))
        && !verbForm.matcher(w[0]).matches()
        && nameParts.contains(w[1].toLowerCase(java.util.Locale.ROOT))
        && !notModels.contains(w[0].toLowerCase(java.util.Locale.ROOT))
        && names.get(Names.key(w[0])) == null;
  }

  /**
   * Two or more acronyms joined by hyphens, then a bare version number ("ARC-AGI-2"): a
   * benchmark's edition, as model names carry a size or a word ("GPT-NeoX-20B", "GLM-4.5").
   */
  private static final Pattern ACRONYMS_VERSION =
      Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})+-\\p{N}{1,2}");
  /** A quarter of the year after a name ("Halyard Technologies Q2 2025"): a date, not a model. */
  private static final Pattern QUARTER = Pattern.compile("(?<![\\p{L}\\p{N}\\-])Q[1-4]$");

  /** A year written as a word's number: "Coding-Assistent 2026", "Outlook 2025". */
  private static final Pattern YEAR_AFTER_WORD = Pattern.compile("\\s(?:19|20)\\p{N}{2}$");

  /** A day of a month closing a name: "Einreichungsfrist 15" in "Einreichungsfrist 15. Januar". */
  private static final Pattern DAY_AFTER_WORD = Pattern.compile("\\s(?:0?[1-9]|[12]\\p{N}|3[01])$");
  /** A capitalised word and a year after a day, past its full stop: ". Januar 2026". */
  private static final Pattern WORD_AFTER_DAY =
      Pattern.compile("\\.?\\s+(\\p{Lu}\\p{L}+)\\s+(?:19|20)\\p{N}{2}(?!\\p{N})");

  /**
   * Whether a name ends in a day and a month (a word of not-models.txt) and a year follow it: a
   * date.
   */
  private boolean dayOfMonth(String text, Found f) {
    if (!DAY_AFTER_WORD.matcher(f.mention().text()).find()) {
      return false;
    }
    Matcher m = WORD_AFTER_DAY.matcher(text).region(f.end(), text.length());
    return m.lookingAt() && notModels.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  /** A capitalised name, a tier word and a version: "Devstral Small 1.1", also first in a sentence. */
  private static final Pattern TIERED_VERSION = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-])\\p{Lu}\\p{Ll}{3,} \\p{Lu}\\p{Ll}+(?= \\p{N}+(?:\\.\\p{N}+)?(?![\\p{L}\\p{N}\\-]))");
  /**
   * A capitalised word with its version glued to it ("Qwen3", "Qwen2.5"), which the words after it
   * may continue ("Qwen3-Coder").
   */
  private static final Pattern GLUED_VERSION = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-])\\p{Lu}\\p{Ll}{2,}\\p{N}{1,2}(?:\\.\\p{N}+)?(?![\\p{L}\\p{N}]|\\.\\p{N})");
  /** A family in lower case and more parts: "gpt-oss-20b". */
  private static final Pattern LOWER_FAMILY_MEMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-])[a-z][a-z0-9]*-[a-z]{3,}(?:-[a-z0-9.]*[a-z0-9])+"
          + "(?![\\p{L}\\p{N}\\-])");
  /** A lower-case family name: "gpt-oss", not "gpt-oss-120b". */
  private static final Pattern LOWER_FAMILY_USE = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-])[a-z][a-z0-9]*-[a-z]{3,}(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])");

  /**
   * Where a model name found at {@code [start, end)} ends with the words that continue it
   * ("Magistral" + "Small", "Nova" + "Premier"): {@code end} when no word continues it.
   */
  public int nameEnd(String text, int start, int end) {
    Matcher next = NEXT_WORD.matcher(text);
    while (next.find(end) && next.start() == end
        && (nameParts.contains(next.group(1).toLowerCase(java.util.Locale.ROOT))
            || tierWords.contains(next.group(1)))) {
      end = next.end();
    }
    return end;
  }

  private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}{4,}");

  /** Whether most longer words of {@code text} are capitalised, as in a title-case headline. */
  private static boolean titleCase(String text) {
    Matcher m = PLAIN_WORD.matcher(text);
    int words = 0;
    int capitalised = 0;
    while (m.find()) {
      words++;
      if (Character.isUpperCase(m.group().charAt(0))) {
        capitalised++;
      }
    }
    return words >= 4 && capitalised * 10 >= words * 9;
  }

  /** An active size joined to a name by a hyphen: "A3B" in "Qwen3-Coder-30B-A3B". */
  private static final Pattern ACTIVE_SIZE = Pattern.compile("A\\p{N}+(?:\\.\\p{N}+)?[BM]");

  private static final Pattern NEXT_WORD =
      Pattern.compile("[\\s\\-]([\\p{L}\\p{N}]+(?:[.,]\\p{N}+)*)(?![\\p{L}\\p{N}])");

  /**
   * One word in camel case, perhaps with a hyphenated part ("ClauseTrace", "RepoPulse",
   * "OpenForge-Hard", "LexIbérica"): how new benchmarks are often named, but products and
   * companies too ("GitHub"), so a caller takes it for a benchmark only where the sentence uses it
   * as one.
   */
  private static final Pattern CAMEL_NAME = Pattern.compile("(?<![\\p{L}\\p{N}\\-])"
      + "\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)+(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}\\-])");

  /** A name ending in "Bench", perhaps with a version ("Terminal-Bench 2.0", "Foo-Bench v2"). */
  private static final Pattern BENCH_HEADED =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.\\-]*[Bb]ench(?: v?\\p{N}+(?:\\.\\p{N}+)*)?");

  /**
   * Whether a name ends in "Bench" ("Wortwerk-Bench", "Hispanobench", "Terminal-Bench 2.0"): a
   * benchmark's name wherever it stands, unlike other benchmark shapes.
   */
  public static boolean headedByBench(String name) {
    return BENCH_HEADED.matcher(name).matches();
  }

  /** Camel-case words ({@link #CAMEL_NAME}) not already covered by {@code known}. */
  public List<Found> camelCaseNames(String text, List<Found> known) {
    return shaped(CAMEL_NAME, Mention.Kind.BENCHMARK, text, known).stream()
        .filter(f -> !notBenchmarks.contains(f.mention().text()))
        .toList();
  }

  /** Benchmark-shaped names not already covered by {@code known}. */
  public List<Found> unknownBenchmarks(String text, List<Found> known) {
    return shaped(BENCHMARK_SHAPE, Mention.Kind.BENCHMARK, text, known).stream()
        .filter(f -> !notBenchmarks.contains(f.mention().text()))
        .toList();
  }

  private static List<Found> shaped(
      Pattern shape, Mention.Kind kind, String text, List<Found> known) {
    List<Found> out = new ArrayList<>();
    Matcher m = shape.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      if (!overlapsAny(known, s, e)) {
        out.add(new Found(s, e, new Mention(null, m.group(), kind, List.of())));
      }
    }
    return out;
  }

  /**
   * Whether {@code [start, end)} overlaps one of {@code found}, which is in text order and
   * without overlaps (as {@link #known} returns it): a binary search, so that a long text with
   * many names stays linear.
   */
  static boolean overlapsAny(List<Found> found, int start, int end) {
    if (!sorted(found)) {
      return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }
    int lo = 0;
    int hi = found.size() - 1;
    int last = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (found.get(mid).start() < end) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return last >= 0 && found.get(last).end() > start;
  }

  private static boolean sorted(List<Found> found) {
    for (int i = 1; i < found.size(); i++) {
      if (found.get(i).start() < found.get(i - 1).end()) {
        return false;
      }
    }
    return true;
  }

  /** All mentions in text order. */
  public static List<Found> merge(List<Found> a, List<Found> b) {
    List<Found> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Comparator.comparingInt(Found::start));
    return all;
  }

  /**
   * Rejects matches that are ordinary words: a name the registry writes with capitals or digits
   * is not matched when the text has it all in lower case ("it", "claude", "per").
   */
  private boolean acceptable(String surface, List<NameTarget> targets) {
    if (benchmarkOnly(targets) && surface.chars().anyMatch(Character::isLowerCase)
        && inCapitals.getOrDefault(Names.key(surface), false)) {
      // "Math" in "International Math Olympiad", "Drop", "Race": an acronym the registry
      // writes in capitals is not an ordinary capitalised word.
      return false;
    }
    if (!surface.equals(surface.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    if (surface.chars().anyMatch(Character::isDigit)) {
      return true;
    }
    // "math", "arena": a lower-case word is a name only where the registry writes it so as an
    // alias, not where it merely matches an id.
    if (targets.stream().anyMatch(t -> t.alias().equals(surface) && !t.alias().equals(t.id()))) {
      return true;
    }
    // "mmlu-pro", "swe-bench verified", "livecodebench": forum text writes benchmark names in
    // lower case; a name no ordinary word could be (an inner capital, or an acronym joined to
    // another part) is still the name. A lone acronym ("math", "drop", "aime") may be a word.
    return benchmarkOnly(targets)
        && distinctiveBenchmarks.contains(lowerParts(surface));
  }

  /** A word of three letters or more and another glued to it: "LiveCodeBench", not "SQuAD". */
  private static final Pattern CAMEL_CASE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}\\p{Lu}");
  private static final Pattern ACRONYM_PART = Pattern.compile("\\p{Lu}{2,}[\\p{L}]*");

  /**
   * A benchmark name no ordinary word or phrase could be written as: words glued in camel case
   * ("LiveCodeBench", "SimpleQA") or several parts, one an acronym ("MMLU-Pro", "SWE-bench
   * Verified"); not "Multi-Exam", "Aider edit", "SQuAD", "BLEnD" ("squad", "blend") or a lone
   * "MATH".
   */
  /** A name in lower case, its parts joined by one hyphen: "mmlu-pro" for "MMLU Pro". */
  private static String lowerParts(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-_]+", "-");
  }

  private static boolean distinctive(String name) {
    if (name.indexOf('(') >= 0 || name.indexOf(',') >= 0) {
      return false;
    }
    if (CAMEL_CASE.matcher(name).lookingAt()) {
      return true;
    }
    String[] parts = name.split("[\\s\\-]+");
    return parts.length >= 2
        && java.util.Arrays.stream(parts).anyMatch(x -> ACRONYM_PART.matcher(x).matches());
  }

  /** A name written in capital letters only, digits and signs aside ("MATH", "DROP"). */
  private static boolean acronym(String name) {
    return name.chars().anyMatch(Character::isLetter)
        && name.chars().noneMatch(Character::isLowerCase);
  }

  private static Found found(int start, int end, String surface, List<NameTarget> targets) {
    boolean benchmark =
        targets.stream().allMatch(t -> !t.kind().isModelLike());
    List<NameTarget> kept =
        targets.stream().filter(t -> t.kind().isModelLike() != benchmark).toList();
    return new Found(
        start,
        end,
        new Mention(null, surface, benchmark ? Mention.Kind.BENCHMARK : Mention.Kind.MODEL, kept));
  }
}
