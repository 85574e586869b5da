package dev.claimcheck.claim;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.FoldedText;
import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.lexicon.Cue;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.registry.NameTarget;
import dev.claimcheck.registry.Names;
import dev.claimcheck.segment.Paragraph;
import dev.claimcheck.segment.Sentence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls claims out of sentences with the phrases of one language's {@link Lexicon}.
 *
 * <p>For each claim phrase: the subject is the nearest model named before it, or the article's
 * main subject when a reference ("the model", "le modèle", "it") is nearer, unless the sentence
 * opens with a model of its own ("Mistral Small 3.1 is out, and Mistral says it ..."); competitors
 * are the list of models right after it, or a description of the main subject there ("hängt
 * Grok 3 das Modell ab"); benchmarks are those named in the sentence, else in the neighbouring
 * sentences of the same paragraph. Questions assert nothing and are skipped.
 *
 * <p>Model names are the registry's, model-shaped ones ("Nimbus-9B"), those the document
 * introduces ({@link #introducedNames}: "Command A, a 111B-parameter model"), their short forms
 * ("Maverick", "2.0 Flash") and descriptions of the main subject ("the Meta model", "The new
 * Sonnet"); an organisation's name is never a subject.
 *
 * <p>Not thread-safe: it keeps the reading of the last document's sentences.
 */
public final class ClaimExtractor {
  /** How far after a phrase its first competitor may start, in characters. */
  private static final int OBJECT_REACH = 40;
  /** How far from a score phrase its number may be, in characters. */
  private static final int NUMBER_REACH = 48;

  /** A name written with capitals: "DeepSeek", "Mistral Large", "Nimbus". */
  private static final Pattern CAPITALISED_NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}.\\-]*(?:[ \\-]\\p{Lu}[\\p{L}\\p{N}.\\-]*){0,2}");

  private static final Pattern GAP_IN_LIST =
      Pattern.compile("[\\s,;()]*", Pattern.UNICODE_CHARACTER_CLASS);

  private final Lexicon lexicon;
  private final EntityRecognizer recognizer;
  private final Pattern vendors;
  /** Per phrase, a cheap pattern that must match before the phrase's own can. */
  private final Map<Cue, Pattern> prefilters = new java.util.IdentityHashMap<>();
  private final NumberReader numbers;
  private final BenchmarkNameReader names;

  /**
   * @param vendorNames organisations that can make claims ("Alibaba", "OpenAI")
   */
  public ClaimExtractor(Lexicon lexicon, EntityRecognizer recognizer, Collection<String> vendorNames) {
    this.lexicon = lexicon;
    this.recognizer = recognizer;
    this.vendors = Organisations.wholeWords(vendorNames);
    for (Cue cue : lexicon.cues()) {
      prefilters.put(cue, dev.claimcheck.lexicon.Prefilters.of(cue.pattern()));
    }
    this.numbers = new NumberReader(lexicon.number());
    this.names = new BenchmarkNameReader(lexicon, recognizer, vendorNames);
  }

  /**
   * The claims of a document.
   *
   * @param text the document's analysed text
   * @param mainSubject what references to "the model" stand for; may be null
   * @param mainVendor the vendor of the main subject, for "the company" as claimant; may be null
   */
  public List<Claim> extract(
      String text, List<Paragraph> paragraphs, Mention mainSubject, String mainVendor) {
    return claims(read(text, paragraphs, mainSubject, mainVendor, List.of()), mainSubject,
        mainVendor);
  }

  /**
   * Every sentence of a document analysed, paragraph by paragraph: its names, with the models
   * the document introduces ({@link #introducedNames}) and the short forms of the longer names it
   * uses.
   *
   * @param mainSubject what references to "the model" stand for; may be null
   * @param mainVendor the vendor of the main subject, for "the Meta model"; may be null
   * @param introduced the model names the document introduces
   */
  public List<List<Analysed>> read(String text, List<Paragraph> paragraphs, Mention mainSubject,
      String mainVendor, List<String> introduced) {
    return read(text, paragraphs, mainSubject, mainVendor, introduced, false, mainVendor);
  }

  /**
   * As {@link #read(String, List, Mention, String, List)}; with {@code makersWe}, the text speaks
   * as the main subject's maker (a launch post, a model card, or the answers of an interview
   * with its team), and "we" as a clause's subject stands for the model: "We get 91.4 on
   * MATH-500", "On LiveCodeBench we trail Qwen3-14B". {@code seriesMaker} is the maker whose
   * model, named by its possessive ("Googles Modell", "xAI's model"), is the main subject: its
   * vendor, or where the registry records none, the maker its series name points to (which is
   * no claimant: "we" in a review of Gemini 3 Pro is not Google).
   */
  public List<List<Analysed>> read(String text, List<Paragraph> paragraphs, Mention mainSubject,
      String mainVendor, List<String> introduced, boolean makersWe, String seriesMaker) {
    List<List<Analysed>> document = new ArrayList<>();
    List<Mention> named = new ArrayList<>();
    if (mainSubject != null) {
      named.add(mainSubject);
    }
    for (Paragraph p : paragraphs) {
      List<Analysed> analysed = new ArrayList<>();
      for (Sentence s : p.sentences()) {
        Analysed a = analyse(text, s, introduced);
        analysed.add(a);
        a.mentions().stream().filter(Found::isModel).forEach(f -> named.add(f.mention()));
      }
      document.add(analysed);
    }
    java.util.Set<String> benchmarks = unknownBenchmarkNames(document);
    if (!benchmarks.isEmpty()) {
      for (List<Analysed> analysed : document) {
        analysed.replaceAll(a -> withIntroducedBenchmarks(text, a, introduced, benchmarks));
      }
    }
    Map<String, Mention> shortForms = shortForms(named, mainSubject);
    if (!shortForms.isEmpty()) {
      for (List<Analysed> analysed : document) {
        analysed.replaceAll(a -> withShortForms(a, shortForms));
      }
    }
    if (mainSubject != null) {
      for (List<Analysed> analysed : document) {
        analysed.replaceAll(a -> withMainReferences(a, mainSubject, seriesMaker));
        analysed.replaceAll(x -> withWe(x, makersWe, mainSubject));
      }
    }
    return document;
  }

  /** Whether {@code word} says what a model is ("model", "Modell", "KI-Modell"). */
  boolean isModelNoun(String word) {
    return recognizer.isModelNoun(word);
  }

  /**
   * The sentence with "we" among its references to the model: where the text speaks as the
   * model's maker, "we" as a clause's subject ({@code makers_we}: "We get 91.4 on MATH-500");
   * elsewhere, "we" reporting a measurement ({@code testers_we}: "In our runs we got 78.4"), unless
   * the sentence names another model ("xAI reports 88.9% for Grok 4, where we get 87.5%" measured
   * Grok 4).
   */
  private Analysed withWe(Analysed a, boolean makersWe, Mention main) {
    if (makersWe) {
      return withWe(a, "makers_we");
    }
    return withWe(a, "testers_we", main);
  }

  /** The sentence with the "we" the lexicon phrase {@code phrase} finds among its references. */
  private Analysed withWe(Analysed a, String phrase) {
    return withWe(a, phrase, null);
  }

  /**
   * As {@link #withWe(Analysed, String)}; with {@code measured}, only a "we" before which the
   * sentence names no other model: "xAI reports 88.9% for Grok 4, where we get 87.5%" measured
   * Grok 4, "I get 93%, which puts it above DeepSeek-R1-0528" the model of the text.
   */
  private Analysed withWe(Analysed a, String phrase, Mention measured) {
    Matcher we = lexicon.phrase(phrase).pattern().matcher(a.text());
    List<int[]> references = new ArrayList<>(a.references());
    while (we.find()) {
      int st = we.start();
      if (measured != null && a.mentions().stream()
          .anyMatch(f -> f.isModel() && f.start() < st && !sameName(f.mention(), measured))) {
        continue;
      }
      if (references.stream().noneMatch(r -> r[0] <= st && st < r[1])) {
        references.add(new int[] {we.start(), we.end()});
      }
    }
    if (references.size() == a.references().size()) {
      return a;
    }
    references.sort(Comparator.comparingInt(r -> r[0]));
    return new Analysed(a.sentence(), a.folded(), a.mentions(), a.subjects(), references);
  }

  /**
   * The sentence with its descriptions of the main subject read as the main subject: "the Meta
   * model" or "das Meta-Modell" when Meta is its vendor, "The new Sonnet" when Sonnet is a word of
   * its name, and "das größte Modell" after the family the main subject belongs to ("Llama 3.1
   * ..., das größte Modell" in an article about Llama 3.1 405B).
   */
  private Analysed withMainReferences(Analysed a, Mention main, String mainVendor) {
    String t = a.text();
    List<int[]> spans = new ArrayList<>();
    for (dev.claimcheck.lexicon.Introductions.NamePattern p
        : lexicon.introductions().mainReferences()) {
      Matcher m = p.pattern().matcher(t);
      while (m.find()) {
        String vendor = dev.claimcheck.lexicon.Phrase.group(m, "vendor");
        String name = dev.claimcheck.lexicon.Phrase.group(m, "name");
        boolean byVendor = vendor != null && mainVendor != null && sameMaker(vendor, mainVendor);
        boolean byName = name != null && !main.text().equals(name)
            && List.of(main.text().split("[\\s\\-]+")).contains(name);
        // A pattern without groups describes the subject by what it is ("the updated model"),
        // unless its name follows ("the new checkpoint, Gemini 2.5 Pro 06-05").
        boolean described = vendor == null && name == null
            && !NAMED_GROUP.matcher(p.pattern().pattern()).find() && !nameAfter(a, m.end());
        int st = m.start();
        int en = m.end();
        // "El nuevo Claude 3.5 Sonnet": the name goes on, it is written out.
        boolean goesOn = a.mentions().stream().anyMatch(x -> x.start() < en && en < x.end());
        if ((byVendor || byName || described) && !goesOn) {
          spans.add(new int[] {st, en});
        }
      }
    }
    Matcher own = lexicon.phrase("maker_model").pattern().matcher(t);
    while (own.find()) {
      if (madeByMain(t.substring(0, own.start()), mainVendor) && !nameAfter(a, own.end())
          && !nameBefore(a, own.start())) {
        // "the company says its model beats ...", « Mistral affirme que son modèle dépasse ».
        spans.add(new int[] {own.start(), own.end()});
      }
    }
    Matcher f = lexicon.introductions().flagships().matcher(t);
    while (f.find()) {
      int at = f.start();
      boolean familyBefore = a.mentions().stream().anyMatch(x -> x.isModel() && x.end() <= at
          && main.text().replace('-', ' ').startsWith(x.mention().text().replace('-', ' ') + " "));
      if (familyBefore && !nameAfter(a, f.end())) {
        spans.add(new int[] {f.start(), f.end()});
      }
    }
    if (spans.isEmpty()) {
      return a;
    }
    List<Found> all = new ArrayList<>(a.mentions());
    for (int[] sp : spans) {
      all.removeIf(x -> x.start() < sp[1] && sp[0] < x.end());
      all.add(new Found(sp[0], sp[1], new Mention(a.folded().toDocument(sp[0], sp[1]),
          main.text(), Mention.Kind.MODEL, main.targets())));
    }
    all.sort(Comparator.comparingInt(Found::start));
    List<Found> subjects = all.stream()
        .filter(x -> x.isModel() && !speaks(t, x) && !attributed(t, x)).toList();
    return new Analysed(a.sentence(), a.folded(), all, subjects, a.references());
  }

  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<\\p{Alpha}");

  /**
   * Whether "its model" after {@code before} is the main subject's maker's: the last
   * organisation named before it is that maker, or none is named and the text says "the
   * company". "A vendor says its model ..." and "OpenAI says its model ..." in an article about
   * Gemini are not.
   */
  private boolean madeByMain(String before, String mainVendor) {
    Matcher org = vendors.matcher(before);
    String last = null;
    while (org.find()) {
      last = org.group();
    }
    if (last != null) {
      return mainVendor != null && sameMaker(last, mainVendor);
    }
    return lexicon.claimantDescriptors().matcher(before).find();
  }

  /**
   * Whether a model's name and a comma come right before {@code at}: "surpasse QwQ-32B, son
   * propre modèle de raisonnement" describes the model named.
   */
  private static boolean nameBefore(Analysed a, int at) {
    String t = a.text();
    return a.mentions().stream().anyMatch(x -> x.isModel() && x.end() <= at
        && t.substring(x.end(), at).matches("\\s*,\\s*"));
  }

  /** Whether a model's name follows {@code at} right away: "the flagship, Qwen3-235B-A22B". */
  private static boolean nameAfter(Analysed a, int at) {
    String t = a.text();
    return a.mentions().stream().anyMatch(x -> x.start() >= at
        && t.substring(at, x.start()).matches("[\\s,:(]*"));
  }

  /** The claims of a document {@link #read} before. */
  public List<Claim> claims(List<List<Analysed>> document, Mention mainSubject, String mainVendor) {
    makerShortName = Organisations.shortName(mainVendor);
    makerShortNamed = makerShortName == null ? null : Pattern.compile("(?<![\\p{L}\\p{N}-])"
        + Pattern.quote(makerShortName) + "(?!['’]?[\\p{L}\\p{N}-])");
    makerName = mainVendor;
    organisationsFound.clear();
    java.util.Set<String> makers = mainSubject == null ? java.util.Set.of()
        : makers(document, mainSubject);
    List<Claim> out = new ArrayList<>();
    for (List<Analysed> analysed : document) {
      int opened = openedOnSubject(analysed, mainSubject);
      for (int i = 0; i < analysed.size(); i++) {
        Mention topic = i == 0 ? null : sentenceTopic(analysed.get(i - 1), analysed.get(i),
            mainSubject);
        if (topic == null && i == opened) {
          topic = namedBeforeReference(analysed.get(i), mainSubject);
        }
        out.addAll(claims(analysed, i, topic != null ? topic : mainSubject, mainVendor, makers));
      }
    }
    return out;
  }

  /**
   * The model a sentence opening with a reference is about when the sentence before it, in the
   * same paragraph, is about another model than the main subject and does not name the main
   * subject: "Mistral also shipped Devstral Medium. The model reaches 61.6%" in a round-up; not
   * a model the sentence before names as a competitor. Null when the reference is the main
   * subject's.
   */
  private Mention sentenceTopic(Analysed previous, Analysed a, Mention main) {
    if (a.references().isEmpty() || a.references().get(0)[0] > 0
        || !previous.references().isEmpty()) {
      return null;
    }
    // "... beats Claude Opus 4.1. Its LiveBench score ...": a competitor is no topic.
    List<CueMatch> cues = cueMatches(previous.text());
    Found first = previous.subjects().stream()
        .filter(f -> f.isModel() && !vendors.matcher(f.mention().text()).matches()
            && cues.stream().noneMatch(c -> c.end <= f.start() && objects(previous, c.end)
                .stream().anyMatch(o -> o.start() == f.start()))
            // "61% resolved vs 58% for Sonnet 4. It beats ...": a figure's owner set against
            // another figure.
            && numbersIn(previous.text(), 0, f.start()).stream()
                .allMatch(p -> partOfName(previous.text(), p)))
        .findFirst().orElse(null);
    if (first == null || main != null && previous.mentions().stream()
        .anyMatch(f -> f.isModel() && related(f.mention(), main))) {
      return null;
    }
    return first.mention();
  }

  /**
   * The model a reference stands for when the sentence names it before the reference, in a
   * paragraph that has not been about the main subject: "According to Tallyhouse, DeepSeek-V3.1
   * resolves 54.8% of the issues, which puts it behind Kimi K2", "When LMArena's voters got to
   * Qwen3-235B-A22B, it debuted in 11th place" in a column about another model. The first
   * reference must be a pronoun (lexicon phrase {@code model_pronoun}; "the model" is the
   * article's) and no claim phrase's competitor ("Qwen3-32B beats it"); the one model named before
   * it, not as a competitor ("Compared with GPT-4o, it ...", "beats GPT-4o, and it ..."), not an
   * organisation; the sentence names no main subject and is read only when no sentence of its
   * paragraph before it names the main subject or holds a reference ({@link #openedOnSubject}).
   * Null otherwise.
   */
  private Mention namedBeforeReference(Analysed a, Mention main) {
    if (main == null || a.references().isEmpty()
        || a.mentions().stream().anyMatch(f -> f.isModel() && related(f.mention(), main))) {
      return null;
    }
    int[] first = a.references().get(0);
    int ref = first[0];
    if (!lexicon.phrase("model_pronoun").pattern().matcher(a.text().substring(ref, first[1]))
        .matches()) {
      return null;
    }
    List<Found> before = a.mentions().stream()
        .filter(f -> f.isModel() && f.end() <= ref
            && !vendors.matcher(f.mention().text()).matches())
        .toList();
    if (before.isEmpty() || before.stream().anyMatch(f -> !sameName(f.mention(),
        before.get(0).mention()))) {
      return null;
    }
    Found named = before.get(0);
    if (introducedAsCompetitors(a, ref).stream().anyMatch(f -> f.start() == named.start())
        || objectOfItsVerb(a.text(), named, ref)) {
      return null;
    }
    for (CueMatch c : cueMatches(a.text())) {
      if (c.end <= named.start() && objects(a, c.end).stream()
          .anyMatch(o -> o.start() == named.start())
          // "Qwen3-32B beats it": the pronoun is the competitor of the model named before it.
          || c.end <= ref && a.text().substring(c.end, ref).isBlank()) {
        return null;
      }
    }
    return named.mention();
  }

  /**
   * The index of a paragraph's first sentence that holds a reference or names the main subject
   * (one past its end when none does): the one sentence {@link #namedBeforeReference} reads.
   */
  private int openedOnSubject(List<Analysed> paragraph, Mention main) {
    for (int k = 0; k < paragraph.size(); k++) {
      Analysed p = paragraph.get(k);
      if (!p.references().isEmpty() || main != null && p.mentions().stream()
          .anyMatch(f -> f.isModel() && related(f.mention(), main))) {
        return k;
      }
    }
    return paragraph.size();
  }

  /**
   * Whether the pronoun at {@code ref} is the object of a verb whose subject is {@code named}, and
   * so another model: "DeepSeek's V3.2-Exp, released in September, undercuts it". The name is
   * the subject when no lower-case word other than a determiner stands right before it ("for
   * Qwen3 showed it" is no subject), and only a verb of one or two words, after a phrase set off
   * by commas, stands between it and the pronoun.
   */
  private boolean objectOfItsVerb(String t, Found named, int ref) {
    String head = t.substring(0, named.start()).stripTrailing();
    Matcher word = LAST_WORD.matcher(head);
    if (word.find() && Character.isLowerCase(word.group().codePointAt(0))
        && BenchmarkNameReader.endMatch(lexicon.determiners(), head) == null) {
      return false;
    }
    String between = LEADING_ASIDE.matcher(t.substring(named.end(), ref)).replaceFirst(" ");
    return VERB_ONLY.matcher(between).matches();
  }

  private static final Pattern LAST_WORD = Pattern.compile("[\\p{L}\\p{N}'’.-]+$");
  /** A phrase set off by commas right after a name: ", released in September,". */
  private static final Pattern LEADING_ASIDE = Pattern.compile("^\\s*,[^,;:.!?]*,");
  /** One or two lower-case words alone: "undercuts", "also beats". */
  private static final Pattern VERB_ONLY = Pattern.compile("\\s*\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+");

  /**
   * One name, a family name and a member's ("Qwen 2.5" and "Qwen 2.5 Max"), or a name and its
   * short form ("Claude Opus 4" and "Opus 4").
   */
  private static boolean related(Mention a, Mention b) {
    if (sameName(a, b) || a.isKnown() && b.isKnown() && a.targets().stream()
        .anyMatch(t -> b.targets().contains(t))) {
      return true;
    }
    String x = dev.claimcheck.registry.Names.key(a.text());
    String y = dev.claimcheck.registry.Names.key(b.text());
    return x.startsWith(y) || y.startsWith(x) || x.endsWith(y) || y.endsWith(x);
  }

  /**
   * The organisations named in a sentence together with the main subject ("Google released
   * Gemini 2.5 Pro"), folded to lower case: those that may report the main subject's scores.
   */
  private java.util.Set<String> makers(List<List<Analysed>> document, Mention main) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (List<Analysed> paragraph : document) {
      for (Analysed a : paragraph) {
        boolean names = a.mentions().stream()
            .anyMatch(f -> f.isModel() && sameName(f.mention(), main));
        if (names) {
          for (int[] o : organisations(a)) {
            out.add(a.text().substring(o[0], o[1]).toLowerCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    return out;
  }

  /**
   * The organisation an article names as the maker of its main subject, for when the registry
   * does not know who made it: a known organisation written shortly before the subject's name in
   * the title or the first paragraph, with no sentence end, comma or other organisation between
   * them ("Anthropic's Claude 3.7 Sonnet", "Anthropic on Monday released Claude 3.7 Sonnet"); null
   * when there is none.
   *
   * @param title the document's title, when it is not one of its sentences; may be null
   */
  public String makerNamedWith(String text, List<Paragraph> paragraphs, String title,
      String mainName) {
    List<String> places = Paragraph.opening(text, paragraphs, title, 2);
    Pattern name = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(mainName)
        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (String place : places) {
      Matcher m = name.matcher(place);
      while (m.find()) {
        String before = place.substring(Math.max(0, m.start() - MAKER_GAP - 30), m.start());
        Matcher v = vendors.matcher(before);
        String maker = null;
        int end = -1;
        while (v.find()) {
          maker = v.group();
          end = v.end();
        }
        if (maker != null && before.length() - end <= MAKER_GAP
            && !MAKER_BREAK.matcher(before.substring(end)).find()) {
          return maker;
        }
      }
    }
    return null;
  }

  /**
   * The organisation a text in its maker's voice presents itself as, for when it names none with
   * its model: the first organisation named in its title or opening lines ("Introducing Talon-2 |
   * Veyra AI"; a preprint's affiliation line; "a 12B model from Saltmarsh AI"), other than the
   * model's own name, and other than a place something is put ("auf Hugging Face"); null when
   * there is none.
   *
   * @param title the document's title, when it is not one of its sentences; may be null
   */
  public String makerOfOwnVoice(String text, List<Paragraph> paragraphs, String title,
      String mainName) {
    String eponym = eponymousMaker(text, mainName);
    if (eponym != null) {
      return eponym;
    }
    List<String> places = Paragraph.opening(text, paragraphs, title, OPENING_PARAGRAPHS);
    for (String place : places) {
      Matcher v = vendors.matcher(place);
      while (v.find()) {
        // "die wir auf Hugging Face bereitstellen": the platform something is put on (lexicon
        // phrase host_preposition) is no maker.
        if (!v.group().equalsIgnoreCase(mainName) && !mainName.contains(v.group())
            && !endsWith(lexicon.phrase("host_preposition").pattern(),
                place.substring(0, v.start()))) {
          return v.group();
        }
      }
    }
    return null;
  }

  private static final int OPENING_PARAGRAPHS = 3;

  /**
   * The organisation the text names that the model is named after ("Tessera AI" for
   * "Tessera-2-Pro"): its first word is the first word of the model's name, it is not written as
   * part of a model's name ("Mistral" in "Mistral Small 3.1"), and the longest such name wins
   * ("Mistral AI" over "Mistral"); so a host or partner named first ("available on Hugging Face")
   * is not taken for the maker. Null when there is none.
   */
  private String eponymousMaker(String text, String mainName) {
    Matcher first = FIRST_WORD.matcher(mainName);
    if (!first.lookingAt()) {
      return null;
    }
    String word = first.group();
    String best = null;
    Matcher v = vendors.matcher(text);
    while (v.find()) {
      String org = v.group();
      Matcher w = FIRST_WORD.matcher(org);
      // "Mistral" in "Mistral Small 3.1" is the model's name, not its maker's.
      boolean inName = NAME_GOES_ON.matcher(text).region(v.end(), text.length()).lookingAt();
      if (w.lookingAt() && w.group().equalsIgnoreCase(word) && !org.equalsIgnoreCase(mainName)
          && !inName && (best == null || org.length() > best.length())) {
        best = org;
      }
    }
    return best;
  }

  /** What goes on after a maker's name when the name is a model's: a capital or a digit. */
  private static final Pattern NAME_GOES_ON = Pattern.compile("[\\s-]+[\\p{Lu}\\p{N}]");

  private static final Pattern FIRST_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");

  private static final int MAKER_GAP = 40;
  /**
   * What may not stand between a maker's name and its model's: a sentence or clause end, or a
   * comma ("Moonshot AI, backed by Alibaba, released Kimi K2": Alibaba made no Kimi).
   */
  private static final Pattern MAKER_BREAK = Pattern.compile("[.;:!?]\\s|,");

  /**
   * The model names a document introduces, whether the registry knows them or not: a capitalised
   * name the text calls a model ("Command A, a 111B-parameter model", « Saba, un modèle de 24
   * milliards de paramètres »), lists the models it names ("two models: Scout and Maverick"), or
   * that an organisation launches ("Cohere hat Command A vorgestellt"), with the names listed
   * right after it. An organisation's name, a name after "according to", a benchmark and the
   * language's ordinary capitalised words ("Today") are never introduced.
   *
   * @param title the document's title, when it is not one of its sentences; may be null
   */
  public List<String> introducedNames(String text, List<Paragraph> paragraphs, String title) {
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
    if (title != null) {
      introduce(FoldedText.of(title, new dev.claimcheck.text.Span(0, title.length())).text(), out);
    }
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        introduce(FoldedText.of(text, s.span()).text(), out);
      }
    }
    return List.copyOf(out);
  }

  private static final Pattern INTRODUCED_NAME =
      Pattern.compile(dev.claimcheck.lexicon.LexiconLoader.NAME,
          Pattern.UNICODE_CHARACTER_CLASS);

  private void introduce(String t, Collection<String> out) {
    dev.claimcheck.lexicon.Introductions intro = lexicon.introductions();
    for (dev.claimcheck.lexicon.Introductions.NamePattern p : intro.introducing()) {
      boolean launch = intro.launches().contains(p);
      Matcher m = p.pattern().matcher(t);
      while (m.find()) {
        String name = withoutModelNoun(untilNotName(m.group()));
        if (m.end() <= m.start() || launch && !afterOrganisation(t, m.start())
            || !introducible(t, m.start(), name)
            // "Un consorcio lanza ÁGORA-ES, un banco de pruebas ...": a benchmark is launched.
            || benchmarkApposition(t, m.end())) {
          continue;
        }
        if (!launch && t.substring(0, m.start()).isBlank() && PLAIN_WORD.matcher(name)
            .matches()) {
          // "Nonetheless, a model ...": a plain word opening the sentence may be any word.
          continue;
        }
        out.add(name);
        // "Scout und Maverick", "Scout, Maverick and Behemoth": the names listed with it.
        int pos = m.end();
        while (true) {
          Matcher sep = lexicon.listSeparator().matcher(t);
          int from = skipSpaces(t, pos);
          sep.region(from, t.length());
          if (!sep.lookingAt() || sep.end() == from) {
            break;
          }
          Matcher next = INTRODUCED_NAME.matcher(t);
          next.region(skipSpaces(t, sep.end()), t.length());
          next.useTransparentBounds(true);
          if (!next.lookingAt()) {
            break;
          }
          String rest = t.substring(next.end()).strip();
          Matcher more = lexicon.listSeparator().matcher(rest);
          boolean listGoesOn = rest.isEmpty() || ".;:!".indexOf(rest.charAt(0)) >= 0
              || more.lookingAt() && more.end() > 0;
          if (!listGoesOn || !introducible(t, next.start(), next.group())) {
            break;
          }
          out.add(next.group());
          pos = next.end();
        }
      }
    }
  }

  /** A comma right after a name. */
  private static final Pattern COMMA_AFTER = Pattern.compile("\\s*,\\s*");

  /**
   * Whether the name ending at {@code end} is described after a comma as a benchmark or a
   * leaderboard (lexicon phrase {@code benchmark_apposition}): "ÁGORA-ES, un banco de pruebas".
   */
  private boolean benchmarkApposition(String t, int end) {
    Matcher comma = COMMA_AFTER.matcher(t).region(end, t.length());
    return comma.lookingAt() && lexicon.phrase("benchmark_apposition").pattern().matcher(t)
        .region(comma.end(), t.length()).lookingAt();
  }

  /**
   * The name up to the first of the language's ordinary capitalised words after its first word:
   * "GPT-4.1 Mitte April veröffentlicht" names GPT-4.1, and a date is no part of it.
   */
  private String untilNotName(String name) {
    String[] all = name.split(" ");
    for (int i = all.length - 2; i >= 1; i--) {
      if (lexicon.introductions().headlineVerbs().matcher(all[i]).matches()) {
        // "Halden AI Releases Halden-3": the name after the headline's verb.
        return untilNotName(String.join(" ", java.util.Arrays.copyOfRange(all, i + 1, all.length)));
      }
    }
    String[] words = all;
    int end = words[0].length();
    for (int i = 1; i < words.length; i++) {
      if (lexicon.introductions().notNames().matcher(words[i]).matches()) {
        break;
      }
      end += 1 + words[i].length();
    }
    return name.substring(0, end);
  }

  /**
   * The name without the nouns written before it that say what it is: "KI-Modell Kimi K2" names
   * Kimi K2.
   */
  private String withoutModelNoun(String name) {
    String out = name;
    int space = out.indexOf(' ');
    while (space > 0 && recognizer.isModelNoun(out.substring(0, space))) {
      out = out.substring(space + 1);
      space = out.indexOf(' ');
    }
    return out;
  }

  /** A capitalised word with nothing else in it ("Saba", "Nonetheless"). */
  private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");

  private static int skipSpaces(String t, int from) {
    while (from < t.length() && t.charAt(from) == ' ') {
      from++;
    }
    return from;
  }

  /** Whether an organisation (or "the company") is named at most three words before {@code at}. */
  private boolean afterOrganisation(String t, int at) {
    String before = t.substring(Math.max(0, at - 60), at);
    Matcher v = vendors.matcher(before);
    Matcher d = lexicon.claimantDescriptors().matcher(before);
    int end = -1;
    while (v.find()) {
      end = Math.max(end, v.end());
    }
    while (d.find()) {
      end = Math.max(end, d.end());
    }
    if (end < 0) {
      // "Cirrus Labs unveils": a capitalised name right before the verb.
      Matcher c = NAME_BEFORE_VERB.matcher(before);
      return c.find() && !lexicon.introductions().notNames().matcher(c.group(1)).matches();
    }
    return words(before, end, before.length()) <= 3;
  }

  /** A capitalised name, then the verb and at most one more word, at the end of the text. */
  private static final Pattern NAME_BEFORE_VERB = Pattern.compile(
      "(?:^|[\\s,(])(\\p{Lu}[\\p{L}\\p{N}.\\-]*)(?:\\s\\p{Lu}[\\p{L}\\p{N}.\\-]*)*"
          + "\\s+\\S+\\s+(?:\\S+\\s+)?$");

  /** Whether a name found by an introduction pattern may be taken as a model's. */
  private boolean introducible(String t, int start, String name) {
    String first = name.split("[\\s\\-]")[0];
    if (lexicon.introductions().notNames().matcher(name).matches()
        || lexicon.introductions().notNames().matcher(first).matches()
        || recognizer.isNotModel(first) || vendors.matcher(name).matches()) {
      return false;
    }
    // "According to Google, a model ...": the claimant, not a name.
    String before = t.substring(Math.max(0, start - 24), start).stripTrailing();
    Matcher m = lexicon.claimantBefore().matcher(before);
    while (m.find()) {
      if (m.end() == before.length()) {
        return false;
      }
    }
    List<Found> known = recognizer.known(name);
    boolean benchmark = known.stream().anyMatch(f -> f.isBenchmark());
    boolean wholeKnown = known.size() == 1 && known.get(0).start() == 0
        && known.get(0).end() == name.length();
    return !benchmark && !wholeKnown;
  }

  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{Ll}]{3,}");

  /** A version that names a model on its own: "V3.1", "M1", "K2", "T1". */
  private static final Pattern VERSION_WORD = Pattern.compile("\\p{Lu}\\p{N}+(?:\\.\\p{N}+)?");

  /** "2.0 Flash" in "Gemini 2.0 Flash": the version and the words after the series name. */
  private static final Pattern VERSION_TAIL = Pattern.compile(
      "^\\p{Lu}\\p{L}+ (\\p{N}+\\.\\p{N}+(?: \\p{Lu}\\p{Ll}+)+)$");

  /**
   * Short forms of the longer model names an article uses: "Maverick" after "Llama 4 Maverick",
   * "Kestrel" after "Kestrel-70B-Instruct", "2.0 Flash" after "Gemini 2.0 Flash". A word is a
   * short form when it is a capitalised word of a longer name, the registry does not know it on
   * its own, and no other name of the article contains it, unless the article's model {@code main}
   * does; so is the version and what follows it after a series name.
   */
  private Map<String, Mention> shortForms(List<Mention> named, Mention main) {
    Map<String, Mention> out = new java.util.HashMap<>();
    java.util.Set<String> clashing = new java.util.HashSet<>();
    for (Mention m : named) {
      String[] words = m.text().split("[\\s\\-_]+");
      if (words.length < 2) {
        continue;
      }
      if (m.targets().isEmpty()) {
        // "Devstral Large" named in the text, then opening a sentence, where a capitalised word
        // may be any word and the name's shape alone does not make it one: the name the
        // document uses is that name wherever it is written.
        out.putIfAbsent(m.text(), m);
      }
      List<String> forms = new ArrayList<>(List.of(words[0]));
      if (!recognizer.isSettingWord(words[words.length - 1])) {
        // Not "Thinking" for "Kimi K2 Thinking": a setting names no model alone.
        forms.add(words[words.length - 1]);
      }
      Matcher tail = VERSION_TAIL.matcher(m.text());
      if (tail.find()) {
        forms.add(tail.group(1));
      }
      // "Kimi K2 Thinking" then "K2 Thinking", "DeepSeek-V3.2-Exp" then "V3.2-Exp": the name
      // without its series, from its version on.
      String rest = m.text().substring(words[0].length());
      if (words.length >= 3 && (rest.startsWith(" ") || rest.startsWith("-"))
          && VERSION_WORD.matcher(words[1]).matches()) {
        forms.add(rest.substring(1).strip());
      }
      String last = words[words.length - 1];
      // "MiniMax-M1" then "M1", "DeepSeek V3.1" then "V3.1": the version names the model, but
      // not a device's ("Tensor G3").
      boolean versionName = VERSION_WORD.matcher(last).matches() && recognizer.known(last).isEmpty()
          && !recognizer.isNotModel(words[words.length - 2]);
      for (String w : forms) {
        boolean versionTail = !w.equals(words[0]) && !w.equals(words[words.length - 1])
            || versionName && w.equals(last);
        if (!versionTail && (!NAME_WORD.matcher(w).matches() || !recognizer.known(w).isEmpty()
            || vendors.matcher(w).matches())) {
          continue;
        }
        Mention before = out.putIfAbsent(w, m);
        if (before != null && !before.text().equals(m.text())) {
          clashing.add(w);
        }
      }
    }
    // "Osprey" after "Osprey-120B", the article's model, and "Osprey 2", its successor: a word
    // that other names share stands for the article's model when that model is one of them.
    clashing.stream().filter(w -> main == null || out.get(w) != main).forEach(out::remove);
    return out;
  }

  /** The sentence with the article's short forms recognised as the models they stand for. */
  private Analysed withShortForms(Analysed a, Map<String, Mention> shortForms) {
    String t = a.text();
    List<Found> added = new ArrayList<>();
    List<Map.Entry<String, Mention>> longestFirst = new ArrayList<>(shortForms.entrySet());
    longestFirst.sort(Comparator.comparingInt((Map.Entry<String, Mention> e) -> e.getKey().length())
        .reversed());
    for (Map.Entry<String, Mention> e : longestFirst) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(e.getKey())
          + "(?![\\p{L}\\p{N}\\-])").matcher(t);
      while (m.find()) {
        int st = m.start();
        int en = m.end();
        boolean free = a.mentions().stream().noneMatch(f -> f.start() < en && st < f.end())
            && added.stream().noneMatch(f -> f.start() < en && st < f.end());
        if (free && (partOfLongerName(a, t, en) || endOfLongerName(a, t, st))) {
          // "Cóndor Labs" after "Cóndor-13B": the word starts another name, not the model's;
          // "Magistral Medium" after "Mistral Medium 3.1" ends one.
          free = false;
        }
        if (free) {
          added.add(new Found(st, en, new Mention(a.folded().toDocument(st, en), m.group(),
              Mention.Kind.MODEL, e.getValue().targets())));
        }
      }
    }
    if (added.isEmpty()) {
      return a;
    }
    List<Found> all = EntityRecognizer.merge(a.mentions(), added);
    List<Found> subjects = all.stream()
        .filter(f -> f.isModel() && !speaks(t, f) && !attributed(t, f)).toList();
    return new Analysed(a.sentence(), a.folded(), all, subjects, a.references());
  }

  private static final Pattern NEXT_CAPITALISED = Pattern.compile(" \\p{Lu}");

  private static final Pattern PREVIOUS_CAPITALISED = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}]+) $");

  /**
   * Whether a capitalised word that is no name of its own, no word opening sentences and not the
   * sentence's first word stands right before {@code start}.
   */
  private boolean endOfLongerName(Analysed a, String t, int start) {
    Matcher m = PREVIOUS_CAPITALISED.matcher(t.substring(0, start));
    if (!m.find() || m.start() == 0) {
      return false;
    }
    int wordStart = m.start(1);
    return !lexicon.benchmarkNames().stopWords().matcher(m.group(1)).matches()
        && !vendors.matcher(m.group(1)).matches()
        && a.mentions().stream().noneMatch(f -> f.end() == wordStart + m.group(1).length());
  }

  /** Whether a capitalised word that is no name of its own follows {@code end}. */
  private static boolean partOfLongerName(Analysed a, String t, int end) {
    Matcher m = NEXT_CAPITALISED.matcher(t);
    m.region(end, t.length());
    return m.lookingAt() && a.mentions().stream().noneMatch(f -> f.start() == end + 1);
  }

  /** Finds the model and benchmark mentions of one sentence. */
  public Analysed analyse(String document, Sentence s) {
    return analyse(document, s, List.of());
  }

  /**
   * Finds the model and benchmark mentions of one sentence, {@code introduced} names among them:
   * an introduced name wins over the shorter names inside it ("Mistral Saba" over "Mistral").
   */
  public Analysed analyse(String document, Sentence s, List<String> introduced) {
    // A document's sentences are read several times (its subject, its names, its claims and
    // facts): the reading of the last document is kept.
    if (document != memoDocument || !introduced.equals(memoIntroduced)) {
      memo.clear();
      organisationsFound.clear();
      memoDocument = document;
      memoIntroduced = List.copyOf(introduced);
    }
    Analysed kept = memo.get(s);
    if (kept == null) {
      kept = readSentence(document, s, introduced);
      memo.put(s, kept);
    }
    return kept;
  }

  /**
   * The names the sentences of a document read (as {@link #read} returns them) read as benchmarks
   * the registry does not know.
   */
  public static java.util.Set<String> unknownBenchmarkNames(List<List<Analysed>> document) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (List<Analysed> paragraph : document) {
      for (Analysed a : paragraph) {
        for (Found f : a.mentions()) {
          if (f.isBenchmark() && !f.mention().isKnown()) {
            out.add(f.mention().text());
          }
        }
      }
    }
    return out;
  }

  /**
   * The sentence read again when it holds, as a name of its own, a benchmark the document reads
   * elsewhere as one the registry does not know: "ARC-AGI-2 tasks are designed so that ..." after
   * "on ARC-AGI-2" or a heading "ARC-AGI-2 autumn results", "auf der Werkbank" after "Die Werkbank
   * misst, wie gut ...". Such a name is the document's benchmark wherever it stands.
   */
  private Analysed withIntroducedBenchmarks(String document, Analysed a, List<String> introduced,
      java.util.Set<String> benchmarks) {
    String t = a.text();
    boolean more = benchmarks.stream().anyMatch(b -> t.contains(b)
        && a.mentions().stream().noneMatch(f -> f.mention().text().equals(b)));
    if (!more) {
      return a;
    }
    Analysed again = readSentence(document, a.sentence(), introduced, benchmarks);
    if (again.mentions().size() == a.mentions().size()) {
      return a;
    }
    memo.put(a.sentence(), again);
    return again;
  }

  /**
   * Where the sentence writes, as a whole word, a name the document reads elsewhere as a benchmark
   * the registry does not know ("Die Werkbank misst, wie gut ...", then "auf der Werkbank"), and
   * no other name stands there; not a user's handle ("@KernelPanic42") nor the start of a longer
   * name ("ARC Prize Foundation").
   */
  private static List<Found> learnedBenchmarks(String t, List<Found> found,
      java.util.Set<String> benchmarks) {
    List<Found> out = new ArrayList<>();
    for (String b : benchmarks) {
      for (int at = t.indexOf(b); at >= 0; at = t.indexOf(b, at + 1)) {
        int start = at;
        int end = at + b.length();
        if ((start == 0 || !Character.isLetterOrDigit(t.charAt(start - 1))
                && t.charAt(start - 1) != '@')
            && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))
            // Not part of a longer name: "the ARC Prize Foundation" after "the ARC Prize
            // leaderboard".
            && !CAPITALISED_NEXT.matcher(t).region(end, t.length()).lookingAt()
            && found.stream().noneMatch(o -> o.start() < end && start < o.end())
            && out.stream().noneMatch(o -> o.start() < end && start < o.end())) {
          out.add(new Found(start, end, new Mention(null, b, Mention.Kind.BENCHMARK, List.of())));
        }
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  /** A capitalised word right after a name, one space between. */
  private static final Pattern CAPITALISED_NEXT = Pattern.compile(" \\p{Lu}");

  private String memoDocument;
  private List<String> memoIntroduced = List.of();
  private final Map<Sentence, Analysed> memo = new java.util.HashMap<>();

  private Analysed readSentence(String document, Sentence s, List<String> introduced) {
    return readSentence(document, s, introduced, java.util.Set.of());
  }

  /** As {@link #readSentence(String, Sentence, List)}, with the document's unknown benchmarks. */
  private Analysed readSentence(String document, Sentence s, List<String> introduced,
      java.util.Set<String> benchmarks) {
    FoldedText folded = FoldedText.of(document, s.span());
    String t = folded.text();
    List<Found> known = recognizer.known(t);
    // "nennt Google 81 Prozent", "bei Video-MMMU 87,6 Prozent": a name whose number is a
    // percentage is a name and a score, not a model.
    List<Found> shaped = recognizer.unknownModels(t, known, lexicon.benchmarkNames().stopWords());
    if (!shaped.isEmpty()) {
      List<NumberReader.Found> percents = numbers.findAll(t).stream()
          .filter(NumberReader.Found::percent).toList();
      shaped = shaped.stream().filter(f -> percents.stream()
          .noneMatch(p -> p.start() > f.start() && p.start() < f.end()))
          // "ParcelDesk-300", "CreditMemo-150": a test set named by its count of items.
          .map(f -> EntityRecognizer.countedSet(f.mention().text())
              ? new Found(f.start(), f.end(),
                  new Mention(null, f.mention().text(), Mention.Kind.BENCHMARK, List.of()))
              : f)
          .toList();
    }
    List<Found> found = withIntroduced(t, EntityRecognizer.merge(known, shaped), introduced);
    found = names.read(t, found,
        () -> cueMatches(t).stream().map(c -> new int[] {c.start, c.end}).toList());
    found = EntityRecognizer.merge(found, unknownBenchmarks(t, found));
    if (!benchmarks.isEmpty()) {
      found = EntityRecognizer.merge(found, learnedBenchmarks(t, found, benchmarks));
    }
    found = EntityRecognizer.merge(found, camelCaseBenchmarks(t, found));
    found = EntityRecognizer.merge(found, boardCompounds(t, found));
    found = boardsOfGroups(t, found);
    found = EntityRecognizer.merge(found, publishersIndexes(t, found));
    List<String> organisations = new ArrayList<>();
    Matcher o = vendors.matcher(t);
    while (o.find()) {
      organisations.add(o.group());
    }
    List<Found> withSpans = new ArrayList<>();
    for (Found f : found) {
      Mention m = recognizer.withVendor(f.mention(), organisations);
      withSpans.add(new Found(f.start(), f.end(),
          new Mention(folded.toDocument(f.start(), f.end()), m.text(), m.kind(), m.targets())));
    }
    String ft = folded.text();
    // "per Qwen's model card", "Alibaba's Qwen team": a series name that is also its maker's,
    // before the maker's source or team, names the organisation, not a model.
    withSpans.removeIf(f -> f.isModel() && organisationWords(ft, f));
    List<Found> subjects = withSpans.stream()
        .filter(f -> f.isModel() && !speaks(ft, f) && !attributed(ft, f)).toList();
    List<int[]> references = new ArrayList<>();
    // "Its GPQA Diamond score stands at 48.1%": a possessive opening the sentence before a score
    // word stands for the model the text is about.
    Matcher own = lexicon.phrase("possessive_reference").pattern().matcher(ft);
    while (own.find()) {
      // Also opening a clause joined to the one before: "..., and its global average rises
      // from 61.8 to 66.4".
      if (own.start() == 0 || clauseJoinedAt(ft, own.start())) {
        references.add(new int[] {own.start(), own.end()});
      }
    }
    Matcher r = lexicon.references().matcher(ft);
    while (r.find()) {
      int st = r.start();
      if (references.stream().noneMatch(x -> x[0] <= st && st < x[1])) {
        references.add(new int[] {r.start(), r.end()});
      }
    }
    references.sort(Comparator.comparingInt(x -> x[0]));
    return new Analysed(s, folded, withSpans, subjects, references);
  }

  /**
   * « l'indice d'Artificial Analysis », "the index from Epoch AI": capitalised words after the
   * language's {@code publisher_index} words name the publisher's benchmark, which the sentence is
   * about, so no benchmark of the sentence before is borrowed.
   */
  private List<Found> publishersIndexes(String t, List<Found> found) {
    List<Found> out = new ArrayList<>();
    Matcher m = lexicon.phrase("publisher_index").pattern().matcher(t);
    while (m.find()) {
      int from = m.end();
      while (from < t.length() && Character.isWhitespace(t.charAt(from))) {
        from++;
      }
      Matcher name = PUBLISHER_NAME.matcher(t).region(from, t.length())
          .useTransparentBounds(true);
      if (!name.lookingAt()) {
        continue;
      }
      int st = name.start();
      int en = name.end();
      if (found.stream().noneMatch(f -> f.start() < en && st < f.end())) {
        out.add(new Found(st, en,
            new Mention(null, name.group(), Mention.Kind.BENCHMARK, List.of())));
      }
    }
    return out;
  }

  /**
   * A name joined by a hyphen to a word for a leaderboard, in a language that writes such
   * compounds: "Sprachwerk" in „im Sprachwerk-Ranking" (the lexicon's {@code board_compound}).
   * Not an organisation's or a model's name, nor a word that is no benchmark.
   */
  private List<Found> boardCompounds(String t, List<Found> found) {
    List<Found> out = new ArrayList<>();
    Matcher m = lexicon.phrase("board_compound").pattern().matcher(t);
    while (m.find()) {
      int st = m.start();
      int en = m.end();
      String name = m.group();
      // „im Chatbot-Ranking LMArena", „im Text-Ranking von LMArena": the compound says what the
      // benchmark named right after it is.
      boolean describes = found.stream().anyMatch(f -> f.isBenchmark() && f.start() >= en
          && f.start() - en <= BOARD_DESCRIBED_REACH);
      if (!describes && found.stream().noneMatch(f -> f.start() < en && st < f.end())
          && !vendors.matcher(name).matches() && !recognizer.notBenchmark(name)
          && !recognizer.isModelNoun(name) && !recognizer.isNotModel(name)) {
        out.add(new Found(st, en, new Mention(null, name, Mention.Kind.BENCHMARK, List.of())));
      }
    }
    return out;
  }

  /** How far after a board compound a benchmark's name makes the compound its description. */
  private static final int BOARD_DESCRIBED_REACH = 24;

  /** One to three capitalised words: "Artificial Analysis", "Epoch AI". */
  private static final Pattern PUBLISHER_NAME = Pattern.compile("(?<=\\s|['’])"
      + BenchmarkNameReader.CAPITALISED_WORD + "(?: " + BenchmarkNameReader.CAPITALISED_WORD
      + "){0,2}(?![\\p{L}\\p{N}])");

  /**
   * « le classement WebDev de LMArena », "the Search Arena on LMArena": a board named with the
   * group of boards it belongs to is that board; the group is no other benchmark of the sentence.
   */
  private List<Found> boardsOfGroups(String t, List<Found> found) {
    Pattern of = lexicon.phrase("board_of").pattern();
    List<Found> out = new ArrayList<>(found);
    for (int i = 1; i < found.size(); i++) {
      Found board = found.get(i - 1);
      Found group = found.get(i);
      if (board.isBenchmark() && group.isBenchmark() && !group.mention().targets().isEmpty()
          && group.mention().targets().stream()
              .allMatch(x -> x.kind() == NameTarget.Kind.BENCHMARK_GROUP)
          && !sameName(board.mention(), group.mention())
          && of.matcher(t.substring(board.end(), group.start()).strip()).matches()) {
        out.remove(group);
      }
    }
    return out;
  }

  /** Whether a comma and a clause opener ("and", « et », "while") end right before {@code at}. */
  private boolean clauseJoinedAt(String t, int at) {
    String before = t.substring(0, at).stripTrailing();
    int[] opener = BenchmarkNameReader.endMatch(lexicon.phrase("clause_opener").pattern(), before);
    return opener != null && before.substring(0, opener[0]).stripTrailing().endsWith(",");
  }

  private List<Found> withIntroduced(String t, List<Found> known, List<String> introduced) {
    if (introduced.isEmpty()) {
      return known;
    }
    List<Found> out = new ArrayList<>(known);
    List<Found> added = new ArrayList<>();
    for (String name : introduced) {
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(name)
          + "(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])").matcher(t);
      while (m.find()) {
        int st = m.start();
        // "Magistral" introduced, then "Magistral Small": the tier word makes another model.
        int en = recognizer.nameEnd(t, st, m.end());
        boolean inside = out.stream().anyMatch(f -> f.start() <= st && en <= f.end()
            && f.end() - f.start() >= en - st)
            || added.stream().anyMatch(f -> f.start() < en && st < f.end());
        boolean crossing = out.stream().anyMatch(f -> f.start() < en && st < f.end()
            && (f.start() < st || f.end() > en));
        if (inside || crossing) {
          continue;
        }
        out.removeIf(f -> st <= f.start() && f.end() <= en);
        added.add(new Found(st, en,
            new Mention(null, t.substring(st, en), Mention.Kind.MODEL, List.of())));
      }
    }
    return added.isEmpty() ? known : EntityRecognizer.merge(out, added);
  }

  /**
   * Camel-case words ("ClauseTrace", "RepoPulse") right after a benchmark preposition ("on",
   * « sur »), that no organisation's name claims: a benchmark the registry does not know.
   */
  private List<Found> camelCaseBenchmarks(String t, List<Found> found) {
    return recognizer.camelCaseNames(t, found).stream()
        .filter(f -> afterBenchmarkPreposition(t, f)
            && !vendors.matcher(f.mention().text()).matches())
        .toList();
  }

  /**
   * Whether a name stands right after a benchmark preposition ("on", « sur »), perhaps with a
   * modifier between ("on the new FooBench").
   */
  private boolean afterBenchmarkPreposition(String t, Found f) {
    return endsWith(lexicon.benchmarkPrepositions(), t.substring(Math.max(0, f.start() - 16),
            f.start()))
        || endsWith(lexicon.benchmarkPrepositions(), BenchmarkNameReader.withoutModifier(
            t.substring(Math.max(0, f.start() - 40), f.start()).stripTrailing()));
  }

  /**
   * Benchmark-shaped names the registry does not know ("AIME24", "FooBench"), where the sentence
   * uses them as benchmarks: right after "on"/« sur », or continuing a list of benchmarks.
   */
  private List<Found> unknownBenchmarks(String t, List<Found> found) {
    List<Found> out = new ArrayList<>();
    for (Found f : recognizer.unknownBenchmarks(t, found)) {
      String before = t.substring(Math.max(0, f.start() - 16), f.start());
      boolean afterPreposition = afterBenchmarkPreposition(t, f);
      boolean inList = endsWith(lexicon.listSeparator(), before)
          && java.util.stream.Stream.concat(found.stream(), out.stream())
              .anyMatch(o -> o.isBenchmark() && o.end() <= f.start() && f.start() - o.end() <= 6)
          && listGoesOn(t, before, f.end());
      // "In OpenAIs eigenen Bewertungen": an organisation's possessive, with or without an
      // apostrophe, says whose the evaluation is; it is no benchmark.
      boolean organisation = Organisations.possessor(f.mention().text()).stream()
          .anyMatch(w -> vendors.matcher(w).matches());
      // "ARC-AGI-2: 15.9%, nearly double ...", "HLE (no tools): 31.2%": the label of a results
      // line.
      boolean label = ScoreLines.labelledScoreStart(t, f.start(), labelEnd(t, f.end())) >= 0;
      // "For BrowseComp, the agentic web-search test, the report lists 60.2%": the topic the
      // sentence opens with, set off by a comma.
      boolean openingTopic = t.startsWith(",", f.end()) && lexicon.topicPrepositions()
          .matcher(t.substring(0, f.start()).strip()).matches();
      // "Bei Mathe dagegen, etwa AIME 2025, ist GPT-5 klar stärker": an example of a field.
      boolean example = endsWith(lexicon.phrase("such_as").pattern(), before);
      // "Wortwerk-Bench", "Hispanobench": a name ending in "Bench" names a benchmark wherever it
      // stands.
      boolean headed = EntityRecognizer.headedByBench(f.mention().text());
      // "nennt sie ARC-AGI-2 mit 17,6 Prozent": a name given with a score.
      NumberReader.Found next = numbers.findAll(t.substring(f.end())).stream().findFirst()
          .orElse(null);
      int at = next == null ? -1 : f.end() + next.start();
      boolean withScore = at > f.end() && withScore(t, f.end(), at) && pairedScoreAt(t, at);
      // "dem MoE-Modell mit 56,0 Prozent": a description of a model is no benchmark.
      String[] words = f.mention().text().split("\\s+");
      boolean described = recognizer.isModelNoun(words[words.length - 1]);
      if ((afterPreposition || inList || label || openingTopic || example || headed || withScore
          || topic(t, f, found) || pairInList(t, f, found)) && !organisation && !described) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Whether a benchmark-shaped name is followed by its score in a list of such pairs, after a
   * comma, a colon or a list word, beside a benchmark already read: "SWE-bench Verified 65.8%,
   * LiveCodeBench 53.7%, AIME 2025 49.5%".
   */
  private boolean pairInList(String t, Found f, List<Found> found) {
    Matcher pair = PAIRED_SCORE.matcher(t).region(f.end(), t.length());
    if (!pair.lookingAt() || found.stream().noneMatch(Found::isBenchmark)) {
      return false;
    }
    String before = t.substring(0, f.start()).stripTrailing();
    String after = t.substring(pair.end());
    return (before.endsWith(",") || before.endsWith(":")
        || endsWith(lexicon.listSeparator(), before))
        && (after.isBlank() || after.matches("(?s)\\s*[,;.)].*")
            || lexicon.listSeparator().matcher(after.stripLeading()).lookingAt());
  }

  /** A score right after a name: " 49.5%", " 1,420". */
  private static final Pattern PAIRED_SCORE =
      Pattern.compile("\\s+\\p{N}+(?:[.,]\\p{N}+)*\\s*%?");

  /** A name with a year or version in it ("AIME 2025", "HMMT-25"), then a colon. */
  private static final Pattern NUMBERED_BEFORE_COLON =
      Pattern.compile("\\p{Lu}[\\p{L}\\-]*[\\s\\-]?\\p{N}+");

  /**
   * Whether a benchmark-shaped name with a number in it stands right before a colon that opens
   * the clause about it, and that clause gives numbers and names no other benchmark: "Telling is
   * AIME 2025: there, Gemini 2.5 Pro reaches 83.0%".
   */
  private boolean topic(String t, Found f, List<Found> found) {
    String rest = t.substring(f.end());
    int colon = rest.startsWith(":") ? f.end() : subjectBeforeColon(t, f, found);
    if (colon < 0 || !NUMBERED_BEFORE_COLON.matcher(f.mention().text()).matches()) {
      return false;
    }
    int from = colon + 1;
    boolean otherBenchmark = found.stream().anyMatch(o -> o.isBenchmark() && o.start() >= from);
    return !otherBenchmark && !numbers.findAll(t.substring(from)).isEmpty();
  }

  /** A name with a year in it: "AIME 2025", "HMMT-2025". */
  private static final Pattern DATED_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}\\-]*[\\s\\-]?(?:19|20)\\p{N}{2}");

  /**
   * The colon that ends the clause a name with a year opens as its subject, when that clause
   * names nothing else and gives no number: "AIME 2025 is where the gap widens: GPT-5 reaches
   * 94.6%". -1 otherwise.
   */
  private static int subjectBeforeColon(String t, Found f, List<Found> found) {
    if (!t.substring(0, f.start()).matches("[\\s\"“„«»*_]*")
        || !DATED_NAME.matcher(f.mention().text()).matches()) {
      return -1;
    }
    int colon = t.indexOf(':', f.end());
    if (colon < 0 || colon - f.end() > 60
        || !t.substring(f.end(), colon).matches("\\s+[\\p{L}\\s'’-]+")
        || found.stream().anyMatch(o -> o.start() >= f.end() && o.start() < colon)) {
      return -1;
    }
    return colon;
  }

  /**
   * After a comma alone, a name continues a list only if the list goes on or ends with it: "On
   * MMLU, FooLabs says ..." opens a clause.
   */
  private boolean listGoesOn(String t, String before, int end) {
    String b = before.stripTrailing();
    if (b.endsWith(",") || b.endsWith(";")) {
      String rest = t.substring(end).stripLeading();
      return rest.isEmpty() || ".,;:)".indexOf(rest.charAt(0)) >= 0
          || lexicon.listSeparator().matcher(rest).lookingAt();
    }
    return true;
  }

  /**
   * Whether the phrase at {@code at}, or a score phrase between {@code from} and it (the number
   * of "and scores 61.2" is at the number), follows a conjunction.
   */
  private boolean joinedVerb(String t, int from, int at) {
    if (coordinatedVerb(t, from, at)) {
      return true;
    }
    String gap = t.substring(from, at);
    if (!lexicon.listSeparator().matcher(gap).find()) {
      return false;
    }
    return cueMatches(t).stream().anyMatch(c -> c.cue.kind() == ClaimKind.SCORE
        && c.start >= from && c.end <= at && verbal(t, c) && coordinatedVerb(t, from, c.start));
  }

  /** Whether a claim phrase other than a score or vague one lies within {@code from..to}. */
  private boolean cueBetween(String t, int from, int to) {
    return cueMatches(t).stream().anyMatch(c -> c.start >= from && c.end <= to
        && c.cue.kind() != ClaimKind.SCORE && c.cue.kind() != ClaimKind.VAGUE);
  }

  /**
   * Whether the text between a name and a phrase opens with a conjunction and names nothing:
   * "A and a couple of points below", « A, mais loin derrière »: the phrase is joined to what came
   * before A.
   */
  private boolean conjunctionAfter(String t, int from, int at) {
    String gap = t.substring(from, at);
    String rest = gap.replaceFirst("^[\\s,]+", "");
    Matcher m = lexicon.listSeparator().matcher(rest);
    if (!m.lookingAt()) {
      // "mieux que GPT-5 mini, mais loin derrière GPT-5": a clause's conjunction too, with no
      // comma after it ("o4-mini, though, which resolved" opens a relative clause).
      m = lexicon.phrase("clause_opener").pattern().matcher(rest);
      if (m.lookingAt() && rest.indexOf(',', m.end()) >= 0) {
        return false;
      }
    }
    return m.lookingAt() && m.group().chars().anyMatch(Character::isLetter)
        && (m.end() == rest.length() || !Character.isLetterOrDigit(rest.charAt(m.end())))
        && !gap.matches("(?s).*[;:()\u2013\u2014].*");
  }

  /** A score phrase that is a verb, not "on" in "R1 on AIME" or "with" in "with 61%". */
  private boolean verbal(String t, CueMatch c) {
    String w = t.substring(c.start, c.end).strip();
    return !lexicon.benchmarkPrepositions().matcher(w).matches()
        && !lexicon.scoreOfSubject().matcher(w).matches();
  }

  /**
   * Where the clause of a phrase ends: at the next claim phrase, or earlier where a clause of its
   * own opens ("..., and on HumanEvalPlus it comes second"), or at a score verb joined by a
   * conjunction ("beats GPT-4o on Arena-Hard and scores 61.2 on LiveBench"). Only the score
   * phrases before the next claim phrase are looked at, so a long sentence stays linear.
   */
  private int clauseEnd(Analysed a, List<CueMatch> cues, CueMatch cue) {
    int end = organisationClause(a, cue.end);
    boolean claimAfter = false;
    for (CueMatch c : cues) {
      if (c.start < cue.end || c.cue.kind() == ClaimKind.VAGUE) {
        continue;
      }
      int e = c.cue.kind() != ClaimKind.SCORE ? benchmarkClause(a, cue.end, c.start)
          : scoreClause(a, cue.end, c);
      if (e >= 0) {
        end = Math.min(end, e);
      }
      if (c.cue.kind() != ClaimKind.SCORE) {
        claimAfter = true;
        break;
      }
    }
    if (!claimAfter) {
      // « le même niveau que GPT-5, et sur GPQA Diamond, il recule ... »: a benchmark opening a
      // clause with a subject of its own ends this one, whether or not a phrase follows.
      end = Math.min(end, benchmarkClause(a, cue.end, a.text().length()));
    }
    return end;
  }

  /**
   * Whether the vague scope {@code v}, before the phrase {@code cue}, closes the clause of the
   * claim phrase before it ("rivals A on several benchmarks, and that B outperforms C", "rinde a
   * la altura de A en la mayoría de los benchmarks y supera a B"): it follows that phrase with
   * no punctuation between, so it is that phrase's scope, not this one's.
   */
  private static boolean previousClauseScope(String t, int previousCueEnd, CueMatch v,
      CueMatch cue) {
    if (previousCueEnd <= 0 || v.end > cue.start || v.start < previousCueEnd) {
      return false;
    }
    return t.substring(previousCueEnd, v.start).chars().noneMatch(ch -> ",;:(—–".indexOf(ch) >= 0);
  }

  /**
   * The start of a clause opened (a comma, then a conjunction) after the vague scope that
   * follows {@code cue}; the end of its clause when there is none.
   */
  private int clauseAfterVagueScope(String t, List<CueMatch> cues, CueMatch cue, int clauseEnd) {
    int end = clauseEnd;
    for (CueMatch v : cues) {
      if (v.cue.kind() != ClaimKind.VAGUE || v.start < cue.end || v.end > clauseEnd) {
        continue;
      }
      for (int comma = t.indexOf(',', v.end); comma >= 0 && comma < end;
          comma = t.indexOf(',', comma + 1)) {
        if (opensOwnClause(t.substring(comma))) {
          end = comma;
          break;
        }
      }
    }
    return end;
  }

  /**
   * The comma after {@code from} that opens a clause whose subject is an organisation ("...,
   * and Meta didn't report SWE-bench at all", "..., while the company claims 21.6% on HLE"):
   * its benchmarks are not the phrase's. The end of the text when there is none.
   */
  private int organisationClause(Analysed a, int from) {
    String t = a.text();
    for (int comma = t.indexOf(',', from); comma >= 0; comma = t.indexOf(',', comma + 1)) {
      String rest = t.substring(comma + 1).stripLeading();
      Matcher opener = lexicon.phrase("clause_opener").pattern().matcher(rest);
      if (!opener.lookingAt()) {
        continue;
      }
      String subject = rest.substring(opener.end()).stripLeading();
      Matcher org = vendors.matcher(subject);
      Matcher descriptor = lexicon.claimantDescriptors().matcher(subject);
      if (org.lookingAt() && org.end() > 0 || descriptor.lookingAt() && descriptor.end() > 0) {
        return comma;
      }
    }
    return t.length();
  }

  /**
   * Where the clause of a score phrase after {@code from} starts when a conjunction joins it:
   * "and scores" (at the verb), "and GPT-4o scores" (at its own subject); -1 otherwise.
   */
  private int scoreClause(Analysed a, int from, CueMatch score) {
    String t = a.text();
    if (!verbal(t, score)) {
      return -1;
    }
    if (coordinatedVerb(t, from, score.start)) {
      return score.start;
    }
    for (Found f : a.benchmarks()) {
      // "sigue primero en LMArena Text, con 1.492 puntos, y en HLE marca un 37,5 %": a clause
      // opened by a benchmark right before the score's verb is that score's.
      if (f.start() >= from && f.end() <= score.start
          && t.substring(f.end(), score.start).isBlank()) {
        int comma = clauseOpenedBy(t, from, f);
        if (comma >= 0) {
          return comma;
        }
      }
    }
    for (Found f : a.mentions()) {
      if (f.start() >= score.start) {
        break;
      }
      if (f.isModel() && f.start() >= from && f.end() <= score.start
          && t.substring(f.end(), score.start).isBlank()
          && coordinatedVerb(t, from, f.start())) {
        return f.start();
      }
    }
    return -1;
  }

  /**
   * Whether the benchmark {@code f} follows a conjunction, a verb and its preposition, after
   * {@code from}: "... an und hat bei HLE", "... y queda en LiveBench".
   */
  private boolean afterJoinedVerb(String t, int from, Found f) {
    // Only the words right before the benchmark count: a conjunction, a verb, a preposition.
    int start = Math.max(from, f.start() - JOINED_VERB_REACH);
    String before = t.substring(start, f.start()).stripTrailing();
    Matcher p = lexicon.benchmarkPrepositions().matcher(before);
    int cut = -1;
    while (p.find()) {
      if (p.end() == before.length() && p.start() > 0) {
        cut = p.start();
      }
    }
    return cut > 0 && coordinatedVerb(t, start, start + cut, true)
        && !coordinatedVerb(t, start, start + cut);
  }

  /** How far before a benchmark its joined verb may start, in characters: "und hat bei ". */
  private static final int JOINED_VERB_REACH = 48;

  /**
   * The benchmarks listed right before the comma that opens a relative clause of place (lexicon
   * phrase {@code where_relative}: "where", « où », „wo“, "donde") holding {@code cueStart}:
   * "AIME 2025, where ...", « Arena-Hard, LiveBench et GPQA-Diamond, où ... ». Empty when the
   * phrase is in no such clause.
   */
  private List<Found> whereClauseBenchmarks(Analysed a, int cueStart) {
    String t = a.text();
    int comma = t.lastIndexOf(',', cueStart);
    if (comma < 0) {
      return List.of();
    }
    Matcher where = lexicon.phrase("where_relative").pattern().matcher(t)
        .region(pastWhitespace(t, comma + 1, cueStart), cueStart);
    if (!where.lookingAt()) {
      return List.of();
    }
    List<Found> before = a.benchmarks().stream().filter(f -> f.end() <= comma).toList();
    List<Found> listed = new ArrayList<>();
    int end = comma;
    for (int i = before.size() - 1; i >= 0; i--) {
      Found f = before.get(i);
      String gap = t.substring(f.end(), end);
      boolean joined = listed.isEmpty() ? gap.isBlank() : isListGap(gap);
      if (!joined) {
        break;
      }
      listed.add(0, f);
      end = f.start();
    }
    return listed;
  }

  /** "... on Arena-Hard and scores": the phrase at {@code cueStart} follows a conjunction. */
  private boolean coordinatedVerb(String t, int from, int cueStart) {
    return coordinatedVerb(t, from, cueStart, false);
  }

  /**
   * As {@link #coordinatedVerb(String, int, int)}; with {@code adverb}, one lower-case word may
   * stand between the conjunction and the phrase: "... and now trails".
   */
  private boolean coordinatedVerb(String t, int from, int cueStart, boolean adverb) {
    String between = t.substring(from, cueStart);
    if (endsWith(lexicon.listSeparator(), between, true)) {
      return true;
    }
    Matcher word = LAST_LOWER_WORD.matcher(between);
    return adverb && word.find()
        && endsWith(lexicon.listSeparator(), between.substring(0, word.start()), true);
  }

  /** The last word of a text, in lower case, with the space after it. */
  private static final Pattern LAST_LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}+\\s*$");

  private static boolean endsWith(Pattern words, String text) {
    return endsWith(words, text, false);
  }

  /** Whether {@code text} ends with a match of {@code words}, one with a letter if asked. */
  private static boolean endsWith(Pattern words, String text, boolean lettersOnly) {
    String trimmed = text.stripTrailing();
    Matcher m = words.matcher(trimmed);
    while (m.find()) {
      if (m.end() == trimmed.length() && m.end() > m.start()
          && (!lettersOnly || m.group().chars().anyMatch(Character::isLetter))) {
        return true;
      }
    }
    return false;
  }

  /** A question mark closing a quotation, then a comma: a question reported with its asker. */
  private static final Pattern QUOTED_QUESTION = Pattern.compile("\\?\\s?[“”\"»'’]\\s*,");

  /**
   * A sentence with its folded text and its mentions; {@code subjects} are the model mentions
   * that can be a claim's subject (not an organisation speaking, not a claimant after "laut").
   */
  public record Analysed(
      Sentence sentence, FoldedText folded, List<Found> mentions, List<Found> subjects,
      List<int[]> references) {
    /** The sentence's text as read (folded), which {@link #mentions()} are positions in. */
    public String text() {
      return folded.text();
    }

    List<Found> benchmarks() {
      return mentions.stream().filter(Found::isBenchmark).toList();
    }

    boolean isQuestion() {
      String t = text().strip();
      return t.endsWith("?") || t.endsWith("? »") || t.endsWith("?»") || t.endsWith("?\"")
          || t.endsWith("?“") || t.endsWith("?”")
          // "„Ist Claude Opus 4.5 besser als GPT-5.1?“, fragt ein Leser": a question quoted,
          // then who asks it.
          || QUOTED_QUESTION.matcher(t).find();
    }

    /**
     * Where the question of a question sentence starts: after a statement, Spanish opens it with
     * "¿" ("Grok 4 arrasa en los benchmarks, pero ¿es el mejor modelo?"); else the whole sentence
     * is the question (0). The text before it is a statement and keeps its claims.
     */
    int questionStart() {
      int open = text().lastIndexOf('¿');
      return open > 0 ? open : 0;
    }
  }

  private List<Claim> claims(List<Analysed> paragraph, int index, Mention main, String mainVendor,
      java.util.Set<String> makers) {
    Analysed a = paragraph.get(index);
    int statementEnd = a.isQuestion() ? a.questionStart() : Integer.MAX_VALUE;
    if (statementEnd == 0 || retracted(a.text())) {
      return List.of();
    }
    String t = a.text();
    int takenBack = retractedEnd(t);
    List<CueMatch> cues = cueMatches(t).stream()
        .filter(c -> !denied(t, c) && !powers(t, c) && c.end <= statementEnd).toList();
    if (cues.isEmpty()) {
      // No claim phrase: only numbers right after their benchmark ("MMLU-Pro 79.6, GPQA
      // Diamond 67.1") or percentages beside one can be scores.
      if (a.benchmarks().isEmpty() || t.chars().noneMatch(Character::isDigit)) {
        return List.of();
      }
      return scores(paragraph, index, cues, main,
          attribution(a, main, mainVendor, t.length(), t.length(),
              organisationBefore(paragraph, index)));
    }
    Attribution attribution = attribution(a, main, mainVendor, cues.get(0).start,
        cues.get(cues.size() - 1).start, organisationBefore(paragraph, index));
    boolean resultsLine = labelledScore(a) != null;
    // "we wrongly said it beats X; ...": no claim of the part a correction takes back.
    List<CueMatch> claimCues = cues.stream()
        .filter(c -> c.cue.kind() != ClaimKind.VAGUE && c.cue.kind() != ClaimKind.SCORE
            && c.start >= takenBack)
        .toList();
    List<Claim> out = new ArrayList<>();
    Subject previousSubject = null;
    int previousEnd = 0;
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    List<Found> previousClaimBenchmarks = new ArrayList<>();
    List<Found> previousObjects = new ArrayList<>();
    // The models named after a comparison whose subject nothing recognised ("puts the Scottish
    // model behind Qwen3-14B"): none is the subject of a phrase that goes on without one.
    List<Found> unownedObjects = List.of();
    int unownedEnd = 0;
    boolean previousReverse = false;
    for (int ci = 0; ci < claimCues.size(); ci++) {
      CueMatch cue = claimCues.get(ci);
      ClaimKind kind = cue.cue.kind();
      if (taken.contains(cue.start)) {
        continue;
      }
      // The clause of this phrase: from the end of the one before to the start of the next.
      int clauseStart = claimCues.stream().filter(c -> c.end <= cue.start)
          .mapToInt(c -> c.end).max().orElse(0);
      int clauseEnd = clauseEnd(a, cues, cue);
      Subject subject = subject(a, cue.start, main);
      if (main != null && resultsLine) {
        // "SWE-bench Verified: 65.8%, ahead of GPT-4.1 (54.6%) but behind Claude Opus 4": a
        // line of a results list, all of it said of the article's model.
        subject = new Subject(main, "", cue.start);
      }
      int objectsFrom = cue.end;
      Subject found = subject;
      boolean previousObject = found != null && previousObjects.stream()
          .anyMatch(o -> o.mention() == found.mention);
      Subject unknownOwn = subject == null ? unknownSubject(a, clauseStart, cue.start) : null;
      if (unknownOwn != null) {
        // "..., gpt-oss-20b schneidet ähnlich ab wie o3-mini": a name nothing recognised opens
        // the clause; it is its subject, not the model of the clause before.
        subject = unknownOwn;
      }
      if (previousSubject != null && unknownOwn == null && (subject == null
          || subject.reference == null && subject.start >= previousEnd && previousObject
              && relativeAntecedent(a, cue.start) == null
              && !participleAfter(a, subject.start, cue.start))
          && !subordinateBetween(t, previousEnd, cue.start)) {
        // "It outperforms A and B, and rivals C": the second verb shares the first's subject.
        // Not after "while", « tandis que »: that clause has a subject of its own.
        subject = previousSubject;
      } else if (subject != null && subject.reference == null && unknownOwn == null
          && unownedObjects.stream().anyMatch(o -> o.mention() == found.mention
              && ELLIPTIC_GAP.matcher(t.substring(o.end(), Math.max(o.end(), cue.start))).matches())
          && relativeAntecedent(a, cue.start) == null
          && !participleAfter(a, subject.start, cue.start)
          && !subordinateBetween(t, unownedEnd, cue.start)) {
        // "puts the Scottish model behind Qwen3-14B but ahead of Phi-4": the phrase shares the
        // first one's subject, which nothing recognised; the model it was compared with is not.
        subject = null;
      }
      Lexicon.WordOrder order = lexicon.wordOrder();
      List<Found> objectsWithSubject = List.of();
      Found apposed = kind == ClaimKind.RANK ? apposed(a, cue) : null;
      if (apposed != null) {
        // "a 40-point lead over the runner-up, GPT-4o, at 1,406": the name in apposition.
        subject = new Subject(apposed.mention(), null, apposed.start(), apposed.end());
        objectsFrom = apposed.end();
      }
      Subject equated = (kind == ClaimKind.SUPERLATIVE || kind == ClaimKind.RANK)
          && (subject == null || subject.reference != null)
          && a.mentions().stream().noneMatch(f -> f.isModel() && f.start() >= clauseStart
              && f.end() <= cue.start) ? nameAfterCopula(a, cue.end, clauseEnd) : null;
      if (equated != null) {
        // "The best open model on LMArena is Kimi K2 Thinking": the model named after the verb
        // is the one the phrase is said of, not the article's.
        subject = equated;
        objectsFrom = equated.end;
      }
      if (subject == null && kind == ClaimKind.SUPERLATIVE) {
        // "Best for hard problems: GPT-5.1 (with high reasoning)": a heading whose label is the
        // claim, and the one name after its colon the model it is said of.
        Subject labelled = nameAfterLabel(a, cue.end);
        if (labelled != null) {
          subject = labelled;
          objectsFrom = labelled.end;
        }
      }
      if (subject == null && kind == ClaimKind.RANK) {
        // "Auf Platz 2 folgt GPT-4o", "the best result on X belongs to Y": the ranked model
        // comes after a verb.
        Subject after = rankedAfter(a, cue.end);
        if (after == null && lexicon.wordOrder().subjectAfterVerb()) {
          after = invertedRanked(a, cue, clauseStart);
        }
        if (after != null) {
          subject = after;
          objectsFrom = after.end;
        }
      }
      // "..., bei MATH hängt Qwen2.5-72B das Modell ab": the subject named before belongs to
      // the clause before the comma; this one's may follow its verb.
      boolean otherClause = subject != null && subject.reference == null && subject.start >= 0
          && clauseStart > 0 && subject.start < clauseStart
          && frontedBenchmark(a, clauseStart, cue.start);
      if ((subject == null || otherClause) && order.subjectAfterVerb()) {
        // "Laut Alibaba übertrifft das neue Modell GPT-4o": the subject follows the verb.
        // Only when competitors follow it directly; "estaría por delante de GPT-4o y Claude"
        // has its competitors after the verb and its subject left out.
        Subject after = subjectAfter(a, cue.end, main);
        List<Found> then = after == null ? List.of() : objects(a, after.end);
        boolean reference = false;
        if (then.isEmpty() && after != null && after.reference == null) {
          // "hängt Grok 3 das Modell ab": the competitor is the article's subject.
          then = referenceObject(a, after.end, main, 0);
          reference = !then.isEmpty();
        }
        if (then.isEmpty() && after != null && (kind == ClaimKind.COMPARE
            || kind == ClaimKind.PARITY)) {
          // "Im Vergleich zu o1 schneidet R1 besser ab": the competitors were named before.
          List<Found> before = against(a, clauseStart, cue.start);
          if (!before.isEmpty()) {
            subject = after;
            objectsFrom = after.end;
            objectsWithSubject = before;
          }
        }
        if (!then.isEmpty() && !reference && after.reference == null
            && (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY)
            && opensClause(t, clauseStart, cue.start) && t.substring(cue.end, after.start).isBlank()
            && fronted(t.substring(after.end, then.get(0).start()))) {
          // "Mit Claude Opus 4 kann Sonnet 4 mithalten": the phrase opening the clause holds the
          // competitor; the verb follows it, then the subject.
          subject = new Subject(then.get(0).mention(), null, then.get(0).start(), then.get(0).end());
          objectsFrom = then.get(0).end();
          objectsWithSubject = List.of(new Found(after.start, after.end, after.mention));
        } else if ((!then.isEmpty() && !isListGap(t.substring(after.end, then.get(0).start()))
            || !then.isEmpty() && t.substring(after.end, then.get(0).start()).isBlank())
            && !cueBetween(t, after.end, then.get(0).start())) {
          // Not "supera a Llama y empata con Qwen": a name followed by a verb of its own
          // comparing it is the first verb's competitor, the subject left out.
          subject = after;
          objectsFrom = after.end;
          objectsWithSubject = reference ? then : List.of();
        }
      }
      if (subject == null && main != null && (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY)
          && vendorReportsScore(a, mainVendor, makers, cue.start)) {
        // "Google reports 63.8%, behind Claude 3.7 Sonnet's 70.3%": the vendor reports its own
        // model's score, and that model is compared.
        subject = new Subject(main, "", cue.start);
      }
      if (subject == null && (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY)) {
        // "The company reported a GPQA Diamond score of 79.9, slightly below the 80.7 of
        // V3.1-Terminus": a comparison set off after a score is said of the score's model.
        Subject scored = scoreRightBefore(a, cue.start, main, cues);
        // "On MMLU-Pro, Anthropic reports 78.0%, ahead of ...": another vendor's figure is not
        // the article's model's.
        subject = scored == null || scored.mention != main
            || organisations(a).stream().noneMatch(o -> o[1] <= cue.start
                && !ownVendor(t.substring(o[0], o[1]), mainVendor, makers)) ? scored : null;
      }
      if (subject == null && cue.start <= 2 && main != null) {
        // A headline fragment: "Comparable to GPT-4o-mini on MMLU-Pro".
        subject = new Subject(main, "", 0);
      }
      if (subject == null && order.subjectMayBeOmitted() && main != null
          && kind == ClaimKind.SUPERLATIVE && predicated(t, clauseStart, cue.start)) {
        // "Según Google, es el mejor modelo en GPQA", "logra 90,2 puntos, el mejor resultado":
        // said of the subject left out, the article's.
        subject = new Subject(main, "", cue.start);
      }
      if (subject == null && order.subjectMayBeOmitted() && main != null
          && kind != ClaimKind.SUPERLATIVE) {
        // "Según Alibaba, supera a GPT-4o": no subject written, the article's is meant.
        subject = new Subject(main, "", cue.start);
      }
      if (subject != null && kind == ClaimKind.SUPERLATIVE && subject.reference != null
          && subject.start > 0) {
        // "reached 44.4%, the company said, which it described as a record": the pronoun of a
        // clause commenting on a score is the speaker; the record is the scoring model's.
        Matcher comment = lexicon.phrase("score_comment").pattern().matcher(t);
        int refAt = subject.start;
        CueMatch scored = comment.region(0, cue.start).find() && comment.end() >= refAt
            && comment.start() <= refAt ? cues.stream()
                .filter(c -> c.cue.kind() == ClaimKind.SCORE && c.end <= comment.start()
                    && verbal(t, c))
                .max(Comparator.comparingInt(CueMatch::start)).orElse(null) : null;
        Subject owner = scored == null ? null : subject(a, scored.start, main);
        if (owner != null && owner.reference == null) {
          subject = owner;
        }
      }
      if (subject == null) {
        if (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY) {
          int next = claimCues.stream().filter(c -> c.start >= cue.end).mapToInt(c -> c.start)
              .min().orElse(t.length());
          List<Found> after = a.mentions().stream()
              .filter(f -> f.isModel() && f.start() >= cue.end && f.end() <= next).toList();
          unownedObjects = !after.isEmpty()
              && t.substring(cue.end, after.get(0).start()).isBlank() ? after : List.of();
          unownedEnd = cue.end;
        }
        continue;
      }
      boolean vague = cues.stream().anyMatch(c -> c.cue.kind() == ClaimKind.VAGUE
          && c.start >= clauseStart && c.end <= clauseEnd
          && !previousClauseScope(t, clauseStart, c, cue));
      List<Found> objects = List.of();
      boolean vagueObject = false;
      boolean everyOther = false;
      if (kind == ClaimKind.RANK) {
        // "third, behind Gemini 2.5 Pro and Grok 3", "second only to o1": those ahead.
        Mention self = subject.mention;
        objects = objects(a, objectsFrom).stream()
            .filter(o -> !sameName(o.mention(), self)).toList();
        if (!objects.isEmpty() && opensOwnClause(t.substring(objectsFrom, objects.get(0).start()))) {
          // "reclaims #1 as GPT-4.5 slips to third": the model after a conjunction is the
          // subject of a clause of its own, not one ranked ahead.
          objects = List.of();
        }
        objects = beforeOwnClaim(t, objects, claimCues);
        int objectsStart = objects.isEmpty() ? -1 : objects.get(0).start();
        int rankEnd = objectsFrom;
        if (objectsStart >= 0 && claimCues.stream().anyMatch(c -> c.cue.kind() == ClaimKind.PARITY
            && c.start >= rankEnd && c.end <= objectsStart)) {
          // "ties for third with Claude Opus 4.1": the model after the parity phrase holds the
          // same place (a parity of its own), it is not ranked ahead.
          objects = List.of();
        }
      }
      if (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY) {
        Mention self = subject.mention;
        objects = objects(a, objectsFrom).stream()
            .filter(o -> !sameName(o.mention(), self)).toList();
        if (objects.isEmpty()) {
          objects = objectsWithSubject.stream().filter(o -> !sameName(o.mention(), self)).toList();
        }
        boolean subjectBefore = subject.start >= 0 && subject.start < cue.start;
        if (objects.isEmpty() && kind == ClaimKind.PARITY) {
          // "DeepSeek-V3 and Llama 3.1 405B are tied on MMLU": the models named together right
          // before the phrase are level with each other; the first is the subject.
          List<Found> together = namedTogether(a, clauseStart, cue.start);
          if (together.size() >= 2) {
            Found first = together.get(0);
            subject = new Subject(first.mention(), null, first.start(), first.end());
            objects = together.subList(1, together.size());
            subjectBefore = true;
          }
        }
        if (objects.isEmpty() && subject.reference == null
            && (!order.subjectAfterVerb() || subjectBefore && !order.verbFinal())) {
          // "GPT-4o beats the new model", "GPT-4o supera al modelo": the article's subject. Not
          // where a fronted phrase puts the subject after the verb (German verb-second): in "Mit
          // DeepSeek V3 sei das Modell auf Augenhöhe" the reference is it.
          int namedAt = subjectBefore ? subject.start : -1;
          objects = referenceObject(a, objectsFrom, main, 2).stream()
              .map(o -> pronounForEarlierSubject(a, o, namedAt))
              .filter(o -> !sameModel(o.mention(), self)).toList();
        }
        if (objects.isEmpty() && subject.reference == null && main != null
            && !sameModel(main, self)) {
          // "o4-mini fait mieux que lui": a pronoun closing the comparison is the article's
          // subject.
          objects = objectReference(a, objectsFrom, main);
        }
        if (objects.isEmpty() && main != null && sameModel(main, self)) {
          // "GPT-5.1 trails Claude Opus 4.5 on X but matches it on Y", « no supera a Claude Opus
          // 4.5 en programación, pero compite con él »: a pronoun that cannot stand for the
          // subject itself is the competitor of the sentence's earlier phrase.
          // The pronoun right after the phrase ("matches it", « compite con él »), or the
          // language's object pronoun (« fait jeu égal avec lui »).
          Matcher p = lexicon.phrase("model_pronoun").pattern().matcher(t)
              .region(pastWhitespace(t, objectsFrom, t.length()), t.length());
          objects = earlierCompetitor(a, p.lookingAt()
              ? List.of(new Found(p.start(), p.end(), main))
              : objectReference(a, objectsFrom, main), cue, cues);
        }
        if (objects.isEmpty() && subject.reference == null && subjectBefore && main != null
            && !sameModel(main, self) && cliticBefore(a, subject.start, cue.start)
            && !modelBefore(a, subject.start)) {
          // « Gemini 3 Pro l'a dépassé sur HLE », « Kimi K2 le devance »: an object pronoun before
          // the verb is the article's subject (not where a model named earlier in the sentence
          // may be what it stands for: « Gemma 3 27B sigue ..., aunque Qwen3-32B ya lo supera »).
          objects = List.of(new Found(cue.start, cue.start, main));
        }
        if (objects.isEmpty()) {
          // "Gegenüber GPT-4o und Claude 3.5 Sonnet liegt das Modell vorn": named before.
          objects = against(a, clauseStart, cue.start).stream()
              .filter(o -> !sameName(o.mention(), self)).toList();
        }
        if (objects.isEmpty() && order.verbFinal()) {
          // "dass Qwen2.5-Max GPT-4o auf LiveBench übertrifft": both before the verb.
          List<Found> before = a.mentions().stream()
              .filter(f -> f.isModel() && f.start() >= clauseStart && f.end() <= cue.start)
              .toList();
          if (before.size() >= 2) {
            subject = new Subject(before.get(0).mention(), null, before.get(0).start());
            objects = before.subList(1, before.size());
          }
        }
        if (objects.isEmpty()) {
          String next = window(t, cue.end, OBJECT_REACH);
          vagueObject = lexicon.vagueObjects().matcher(next).find();
          Matcher every = lexicon.phrase("every_model").pattern().matcher(next.stripLeading());
          boolean everyOne = kind == ClaimKind.COMPARE && every.lookingAt();
          everyOther = everyOne && dev.claimcheck.lexicon.Phrase.group(every, "other") != null;
          vagueObject |= everyOne;
          if (!vagueObject && !vague) {
            continue;
          }
        }
      }
      List<Found> benchmarks = clauseBenchmarks(a, cue, clauseStart, clauseEnd);
      if (vague && (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY)
          && claimCues.stream().noneMatch(c -> c.start >= cue.end)) {
        // "beats A and B on a broad range of benchmarks, and it scores 80.5 on MMLU-Pro": the
        // benchmarks of a clause opened after the vague scope, where only scores follow, are not
        // the comparison's.
        int next = clauseAfterVagueScope(t, cues, cue, clauseEnd);
        benchmarks.removeIf(f -> f.start() >= next);
      }
      // "Apple's App Store chart had ChatGPT at number one, ahead of Gemini": the words before
      // the subject, in its own stretch of the sentence between commas, say what is ranked.
      int ranked = subject.start >= 0 && subject.start < cue.start
          ? Math.max(t.lastIndexOf(',', subject.start), t.lastIndexOf(';', subject.start)) + 1
          : cue.start;
      if (benchmarks.isEmpty() && (lexicon.offTopic().matcher(
          t.substring(ranked, Math.max(cue.end, clauseEnd))).find()
          // "the third most-used model on Relaylane, behind Claude Sonnet 4.5": one by use.
          || lexicon.phrase("usage_ranking").pattern().matcher(t).region(ranked, cue.start)
              .find())) {
        // "overtook ChatGPT as the top free app on the App Store": a ranking, no benchmark.
        continue;
      }
      if (benchmarks.isEmpty() && (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY)
          && percentRightBefore(t, cue.start) && PRICE.matcher(t).find()) {
        // "lists at $2 per million input tokens, roughly 40% below Claude Opus 4.1": a share of
        // a price, no result.
        continue;
      }
      if (clauseStart > 0 && benchmarks.stream().allMatch(f -> f.end() <= cue.start)
          && !frontedBenchmark(a, clauseStart, cue.start)) {
        // Named before this phrase but after the previous one: they belong to the previous
        // clause ("beats A on X and Y, and rivals B on coding tasks").
        // A superlative keeps those of a score it comments on: "claims 21.6% on Humanity's Last
        // Exam, which it calls a new high for the benchmark".
        int scored = kind != ClaimKind.SUPERLATIVE ? Integer.MAX_VALUE : cues.stream()
            .filter(c -> c.cue.kind() == ClaimKind.SCORE && c.start >= clauseStart
                && c.end <= cue.start && verbal(t, c))
            .mapToInt(CueMatch::start).max().orElse(Integer.MAX_VALUE);
        // "..., and on HumanEvalPlus it comes in second": a benchmark opening this clause stays.
        int opened = benchmarkClause(a, clauseStart, cue.start);
        // "führt LMArena an und hat bei HLE den besten Wert": a benchmark after a verb joined to
        // the one before opens this clause too.
        benchmarks.removeIf(f -> f.end() <= cue.start && f.start() < scored
            && (opened == cue.start || f.start() < opened)
            && !afterJoinedVerb(t, clauseStart, f));
        NumberReader.Found setOff = benchmarks.isEmpty()
            && (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY)
            ? setOffScore(a, cue.start) : null;
        Found scoredOn = setOff == null ? null : benchmarkFor(a, setOff);
        if (scoredOn != null) {
          // "a GPQA Diamond score of 79.9, slightly below the 80.7 of V3.1-Terminus": a
          // comparison set off after a score is on that score's benchmark.
          benchmarks.add(scoredOn);
        }
      }
      if (clauseStart == 0 && !lexicon.phrase("every_benchmark").pattern().matcher(t)
          .region(cue.end, Math.max(cue.end, clauseEnd)).find()) {
        // "On AIME 2025 it scores 94.0%, and on GPQA Diamond it trails GPT-5": a benchmark
        // opening this phrase's clause leaves those before it to the clause before; not when
        // the phrase speaks of them all ("which is better than X on both").
        int opened = benchmarkClause(a, 0, cue.start);
        if (opened < cue.start) {
          benchmarks.removeIf(f -> f.end() <= opened);
        }
      }
      List<Found> excepted = excepted(a, benchmarks);
      benchmarks.removeAll(excepted);
      // "beats GPT-5 on BrowseComp but not on SWE-bench Verified": the comparison is denied on
      // the benchmarks the contrast takes out.
      // A place or a superlative holds there no more: "the best we have measured on A and B,
      // though not on C".
      List<Found> deniedOn = excepted(a, benchmarks, lexicon.phrase("but_not").pattern());
      benchmarks.removeAll(deniedOn);
      List<Found> where = whereClauseBenchmarks(a, cue.start);
      if (!where.isEmpty()) {
        // "..., but not on AIME 2025, where gpt-oss-120b is ahead of it": a phrase in a relative
        // clause of place is said on the benchmarks that clause follows, and only there.
        benchmarks.clear();
        benchmarks.addAll(where);
      }
      boolean fromContext = false;
      boolean topic = benchmarks.isEmpty() && (namesTopic(t, clauseStart, clauseEnd, cue)
          || scoredOnUnknownName(a, cues));
      // "Gemini 2.5 Pro encabeza LMArena y Google lo llama su modelo más inteligente": a
      // superlative in a clause of its own is not said on the benchmarks of the one before.
      // Unless it points back to them: "..., though it is the best open model on that index".
      boolean ownClause = kind == ClaimKind.SUPERLATIVE && clauseStart > 0
          && opensNamedClause(a, clauseStart, cue.start)
          && !lexicon.phrase("benchmark_reference").pattern().matcher(t)
              .region(cue.start, Math.max(cue.end, clauseEnd)).find();
      if (benchmarks.isEmpty() && !topic && !ownClause && !previousClaimBenchmarks.isEmpty()
          && !vague) {
        // "Sur LiveCodeBench, c'est o3-mini qui domine, devant Gemini 2.5 Pro": the second
        // phrase of the sentence shares the first one's benchmarks; not one with a vague scope
        // of its own ("... and beats gpt-oss-20b on every coding benchmark we ran").
        benchmarks.addAll(previousClaimBenchmarks);
      }
      Found opening = benchmarks.isEmpty() && !topic && !ownClause
          ? sentenceOpeningBenchmark(a, cue.start) : null;
      if (opening != null) {
        // "On SWE-bench Verified, the harness gives GPT-5 65.0% — ten points below the vendor
        // figure, though still ahead of Claude Opus 4.1": the benchmark the sentence opens with
        // is every later phrase's, past the clauses between.
        benchmarks.add(opening);
      }
      if (benchmarks.isEmpty() && !topic) {
        // "beats DeepSeek-V3 on all of them except MMLU-Pro": the others named before.
        for (Found f : previousBenchmarks(paragraph, index)) {
          if (excepted.stream().noneMatch(x -> sameName(x.mention(), f.mention()))) {
            benchmarks.add(f);
          }
        }
        fromContext = !benchmarks.isEmpty();
      }
      benchmarks = pointedTo(t, cue, clauseEnd, benchmarks, fromContext);
      if (kind == ClaimKind.RANK && benchmarks.isEmpty()
          && !lexicon.benchmarkNames().unnamed().matcher(t.substring(cue.start, cue.end)).find()
          // "GLM-4.6 stays at 17th.", "Claude Opus 4.1 drops two places to fifth": a move or a
          // numbered place of a model the sentence names is on a board, in a sentence that names
          // none.
          && !boardMove(paragraph, index, cue, subject)
          // "Auf unserer internen Rangliste landet Grok 4 auf Platz drei": a place on a board
          // the sentence speaks of without naming it is still a rank.
          && !lexicon.phrase("unnamed_board").pattern().matcher(t).find()) {
        // "tops a key software benchmark" ranks its subject on a benchmark it leaves unnamed.
        // The models it puts ahead are still no subject of a phrase after them ("lands 3rd behind
        // A and B, ahead of C").
        if (!objects.isEmpty()) {
          previousSubject = subject;
          previousObjects = objects;
          previousEnd = cue.end;
        }
        continue;
      }
      if (kind == ClaimKind.SUPERLATIVE && benchmarks.isEmpty() && unnamedBenchmark(
          t.substring(cue.start, cue.end))) {
        // "the highest score on the benchmark's semi-private set so far": said of a benchmark
        // that could not be told.
        continue;
      }
      ClaimKind finalKind = kind;
      boolean partsOfBenchmark = vague && !benchmarks.isEmpty() && cues.stream()
          .anyMatch(c -> c.cue.kind() == ClaimKind.VAGUE && c.start >= clauseStart
              && c.end <= clauseEnd && lexicon.phrase("benchmark_parts").pattern()
                  .matcher(t.substring(c.start, c.end)).find());
      if (kind == ClaimKind.COMPARE && partsOfBenchmark) {
        // "En LiveBench, queda por detrás de DeepSeek V3 en prácticamente todas las categorías":
        // vague in scope, but within the benchmark named, which it keeps.
        finalKind = ClaimKind.VAGUE;
      } else if (kind == ClaimKind.COMPARE && (vagueObject || vague)
          && (benchmarks.isEmpty() || fromContext)) {
        finalKind = ClaimKind.VAGUE;
        benchmarks = List.of();
        fromContext = false;
      } else if (kind == ClaimKind.COMPARE && everyOther && !cue.cue.reverse()
          && !negated(t, cue)) {
        // "ahead of every other model on ARC-AGI-2": ahead of all the others on a benchmark
        // named, so the best there; behind all of them is no superlative but vague.
        finalKind = ClaimKind.SUPERLATIVE;
      } else if (kind == ClaimKind.COMPARE && vagueObject) {
        // "LiveCodeBench: 44.7%, ahead of its direct competitors": no competitor named, so
        // vague, on the benchmark it names.
        finalKind = ClaimKind.VAGUE;
      }
      if (kind == ClaimKind.PARITY && joinedToVagueSuperiority(t, cue, cues)) {
        continue;
      }
      if (kind == ClaimKind.PARITY && vague && fromContext) {
        benchmarks = List.of();
        fromContext = false;
      }
      boolean negated = cue.cue.reverse() || negated(t, cue);
      Claim rank = out.isEmpty() ? null : out.get(out.size() - 1);
      if (finalKind == ClaimKind.COMPARE && cue.cue.reverse() && !objects.isEmpty()
          && rank != null && rank.kind() == ClaimKind.RANK
          && (rank.objects().isEmpty() || rank.objects().stream().map(Mention::text).toList()
              .equals(distinct(objects).stream().map(Mention::text).toList()))
          && (same(rank.subject(), subject.mention) || subject.start >= 0
              && subject.start < previousEnd
              // "moved up to fourth on X, where it now sits just behind Y": the pronoun
              // between the rank and "behind" is the ranked model.
              || subject.reference() != null && subject.start >= previousEnd
              && subject.start < cue.start)
          && !firstPlace(rank.cue()) && followsRank(a, previousEnd, cue.start)
          && !opensOwnClause(t.substring(previousEnd, cue.start))
          // Not a verb of its own: "falls to fifth at 72.9 and now trails Claude Sonnet 4.5".
          && !coordinatedVerb(t, previousEnd, cue.start, true)
          && a.benchmarks().stream().noneMatch(f -> f.start() >= cue.end && f.end() <= clauseEnd)) {
        // « se classait deuxième sur LMArena, juste derrière Gemini 2.5 Pro »: one rank, with
        // the model ahead of it, not a rank and a comparison.
        List<Found> ahead = beforeOwnClaim(t, objects, claimCues);
        out.set(out.size() - 1, rank.withObjects(distinct(ahead)));
        previousEnd = cue.end;
        // "placed ninth, behind A and B but ahead of C": the models ahead are no subject of the
        // phrase after them.
        previousObjects = ahead;
        taken.add(cue.start);
        continue;
      }
      Claim behind = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean rankOfBehind = finalKind == ClaimKind.RANK && objects.isEmpty() && behind != null
          && behind.kind() == ClaimKind.COMPARE && previousReverse && !previousObjects.isEmpty()
          && same(behind.subject(), subject.mention)
          && !firstPlace(t.substring(cue.start, cue.end))
          && rankRightAfter(a, previousObjects.get(previousObjects.size() - 1).end(), cue.start)
          // Not a verb of its own joined by "and": "is outscored by Grok 4 and drops to fourth".
          && !coordinatedVerb(t, previousObjects.get(previousObjects.size() - 1).end(), cue.start);
      if (rankOfBehind) {
        // "landet hinter DeepSeek V3.1 auf dem zweiten Rang": one rank, with the model ahead of
        // it, not a comparison and a rank.
        objects = previousObjects;
        if (benchmarks.isEmpty()) {
          benchmarks = new ArrayList<>(previousClaimBenchmarks);
        }
        out.remove(out.size() - 1);
      }
      if (kind == ClaimKind.RANK) {
        // "places Grok 4 at #1 on the ARC-AGI-2 leaderboard": the leaderboard is no competitor.
        List<Found> onBoards = benchmarks;
        objects = objects.stream().filter(o -> onBoards.stream()
            .noneMatch(b -> b.mention().text().equalsIgnoreCase(o.mention().text()))).toList();
      }
      if ((kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY) && !objects.isEmpty()) {
        // "it is noticeably weaker than Claude" with "it" read as Claude Sonnet 4.5: a model is
        // never compared with itself or with the bare family name its own name starts with.
        Mention own = subject.mention;
        objects = objects.stream().filter(o -> !ownName(own, o.mention())).toList();
        if (objects.isEmpty()) {
          continue;
        }
      }
      String qualifier = kind == ClaimKind.SUPERLATIVE ? qualifier(t, cue) : null;
      out.add(new Claim(
          a.sentence(),
          finalKind,
          subject.mention,
          subject.reference,
          distinct(objects),
          distinct(benchmarks),
          fromContext,
          null,
          negated,
          attribution,
          t.substring(cue.start, cue.end).strip(),
          qualifier));
      // "trails DeepSeek-V3.2 on LiveBench, though not on AIME 2025": not behind is not ahead,
      // so a denied negation says nothing.
      if (!deniedOn.isEmpty() && !benchmarks.isEmpty() && !objects.isEmpty() && !negated
          && (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY)) {
        out.add(new Claim(a.sentence(), finalKind, subject.mention, subject.reference,
            distinct(objects), distinct(deniedOn), false, null, !negated, attribution,
            t.substring(cue.start, cue.end).strip(), qualifier));
      }
      previousSubject = subject;
      previousEnd = cue.end;
      previousObjects = objects;
      previousReverse = cue.cue.reverse();
      taken.add(cue.start);
      if (!fromContext && !benchmarks.isEmpty()) {
        previousClaimBenchmarks = new ArrayList<>(benchmarks);
      }
    }
    out.addAll(scores(paragraph, index, cues, main, attribution));
    return sameComparisonJoined(sameRankJoined(placeAndAheadJoined(dedupe(out))));
  }

  /** What follows a figure that heads its line: perhaps its unit, then a colon. */
  private static final Pattern FIGURE_HEADING =
      Pattern.compile("\\s*(?:%|\\p{L}{1,12})?\\s*:(?!\\p{N})");

  /**
   * Score claims, one per number: "R1 scores 79.8% on AIME 2024 and 97.3% on MATH-500" gives
   * two; "Qwen2.5-Max scores 89.4 on Arena-Hard, ahead of DeepSeek-V3 at 85.5" gives one for
   * each model. A number belongs to the benchmark named right after it ("89.4 on Arena-Hard"),
   * else to the one right before it ("GPQA Diamond: 59.1"), else to the sentence's only
   * benchmark; and to the model named right after it with "for"/« pour », else to the nearest
   * model (or reference to the article's subject) before it. Prices, counts, ranks, years and
   * parts of names are not scores.
   */
  private List<Claim> scores(List<Analysed> paragraph, int index, List<CueMatch> cues,
      Mention main, Attribution attribution) {
    Analysed a = paragraph.get(index);
    String t = a.text();
    List<CueMatch> scoreCues = cues.stream().filter(c -> c.cue.kind() == ClaimKind.SCORE).toList();
    List<Found> benches = a.benchmarks();
    List<Found> context = benches.isEmpty() && !opensOnUnreadBoard(a)
        ? previousBenchmarks(paragraph, index) : List.of();
    List<Claim> out = new ArrayList<>();
    int takenBack = retractedEnd(t);
    List<NumberReader.Found> candidates = numbers.findAll(t).stream()
        .filter(n -> n.start() >= takenBack)
        .filter(n -> a.mentions().stream().noneMatch(f -> f.start() < n.end() && n.start() < f.end())
            && !partOfName(t, n) && !notAScore(a, n)
            && !recognizer.versionOfLowerCaseName(t, n.start(), n.end()))
        .toList();
    Map<NumberReader.Found, Assigned> assigned = respective(a, candidates, cues, main, context);
    Map<NumberReader.Found, Found> gapped = gappedScores(a, candidates, scoreCues);
    Labelled labelled = labelledScore(a);
    if (labelled != null && main != null) {
      for (NumberReader.Found n : candidates) {
        if (n.start() == labelled.numberStart()) {
          assigned.put(n, new Assigned(new Subject(main, "", 0), labelled.benchmark()));
        }
      }
    }
    Scored lastScore = null;
    for (NumberReader.Found n : candidates) {
      CueMatch cue = scoreCues.stream()
          .min(Comparator.comparingInt(c -> distance(c, n))).orElse(null);
      boolean referred = false;
      Assigned given = assigned.get(n);
      if (given == UNASSIGNED || unnamedOwnerAfter(a, n, main)
          || changeFrom(t, n) && lexicon.phrase("against").pattern().matcher(t).find()) {
        // The earlier figure of a change set against another model ("sube de 19,6 a 43,1
        // puntos respecto a Mistral Small 3.1") may be that model's: it is nobody's.
        continue;
      }
      Found bench = given != null && given.bench != null ? given.bench : benchmarkFor(a, n);
      // A number in a list of scores is one however far its phrase is.
      Found labelledBy = labelBefore(a, n);
      // "climbs two places to second (76.1)", "debuts at 12th (63.0)": the ranked model's score
      // on the board of its sentence; "the strongest model we have tested, at 79.6%", on a
      // benchmark of its own.
      boolean afterRank = labelledBy == null && given == null && (scoreOfPlace(t, n, cues)
          || bench != null && superlativesScore(t, n, cues));
      Found gappedOwner = gapped.get(n);
      boolean ownScore = gappedOwner != null || ownScoreOf(a, n) != null;
      if (given == null && labelledBy != null) {
        // "MMLU-Pro 79.6, GPQA Diamond 67.1", "leads GPQA Diamond (81.0)": a number right after
        // its benchmark is a score on it.
        bench = labelledBy;
      } else if (given == null && cue == null && !ownScore && !afterRank
          && ownerAfter(a, n) == null && relativeOwner(a, n) == null) {
        // No score phrase: only a percentage right next to its benchmark counts ("completed
        // 72.9% of the Aider polyglot exercises"), or a number given with a model's name
        // ("derrière o3 (88,9 %)", « y el 74,3 % de o1 »).
        // "edges out its sibling on that test, at 72.7 percent": a percentage in a sentence that
        // refers back to the one benchmark of the sentence before is a score on it.
        referred = bench == null && context.size() == 1
            && lexicon.phrase("benchmark_reference").pattern().matcher(t).find();
        if (!n.percent() || bench == null && !referred) {
          continue;
        }
      } else if (given == null && cue != null && distance(cue, n) > NUMBER_REACH && !n.percent()
              && !ownScore && labelledBy == null && !afterRank
              // "..., against 41.7 for GPT-5 and 32.0 for Claude Sonnet 4.5": a number given
              // for a model named right after it is a score however far its phrase is.
              && ownerAfter(a, n) == null
          || isYear(n) && (cue == null || distance(cue, n) > 12)) {
        continue;
      }
      boolean fromContext = false;
      if (bench == null && benches.size() == 1 && !ownPhraseElsewhere(a, n, benches.get(0))) {
        bench = benches.get(0);
      } else if (bench == null && context.size() == 1) {
        bench = context.get(0);
        fromContext = true;
      }
      int lastEnd = lastScore == null ? -1 : lastScore.end;
      if (bench == null && (ownScore || ownerAfter(a, n) != null) && lastEnd >= 0
          && a.benchmarks().stream().noneMatch(f -> f.start() >= lastEnd && f.end() <= n.start())
          && !t.substring(lastEnd, n.start()).matches("(?s).*[;!?].*")) {
        // "On GPQA Diamond the model scored 79.9, just behind GPT-5 at 80.7, and on HLE ...",
        // "a score of 79.9, slightly below the 80.7 of V3.1-Terminus": a competitor's figure is
        // on the benchmark of the score before it.
        bench = lastScore.bench;
      }
      if (bench == null && !afterRank) {
        // A place's score is one on the board of its sentence, or on a board left unnamed
        // ("Grok 4 falls to fifth at 72.9"); any other number needs its benchmark.
        continue;
      }
      Subject owner = given != null && given.owner != null ? given.owner
          : gappedOwner != null
              ? new Subject(gappedOwner.mention(), null, gappedOwner.start(), gappedOwner.end())
              : ownerOf(a, n, main, cues);
      if (given == null && owner != null && owner.start >= 0 && (labelledBy != null
          || benchmarkWithRightBefore(a, n, owner.end))) {
        // "fait jeu égal avec Claude 3.7 Sonnet sur MMLU-Pro (77,2 %)": a number given with the
        // benchmark of a comparison is its subject's, not the competitor's.
        CueMatch against = comparisonAgainst(a, owner.start, cues, null);
        Subject s = against == null ? null : subject(a, against.start, main);
        if (s != null) {
          owner = s;
        }
      }
      if (FIGURE_HEADING.matcher(t).region(n.end(), t.length()).lookingAt()
          && t.substring(0, n.start()).isBlank()) {
        // "61,4 %: lo que marca Claude Sonnet 4.5 en OSWorld", "7: el puesto que ocupa GLM-4.6":
        // a figure heading its line is the one model's named after the colon when it is a
        // percentage; a bare number there (a place, a count) is nobody's score.
        List<Found> named = a.mentions().stream()
            .filter(f -> f.isModel() && f.start() > n.end()).toList();
        owner = n.percent() && named.size() == 1
            ? new Subject(named.get(0).mention(), null, named.get(0).start(), named.get(0).end())
            : null;
      }
      if (owner == null && main != null
          && (labelledBy != null || opensResultsLine(a, n, bench))) {
        // "My numbers: MMLU-Pro 79.6, GPQA Diamond 67.1", "✅ 85.7% on AIME 2024": pairs and
        // results lines naming no model are the article's model's.
        owner = new Subject(main, "", n.start());
      }
      if (owner == null) {
        continue;
      }
      if (referred && !a.subjects().isEmpty() && owner.start != a.subjects().get(0).start()) {
        // A score so read is only the first model's the sentence names, or the article's
        // model's when it names none.
        continue;
      }
      if (bench != null) {
        lastScore = new Scored(n.end(), bench);
      }
      out.add(new Claim(a.sentence(), ClaimKind.SCORE, owner.mention, owner.reference, List.of(),
          bench == null ? List.of() : List.of(bench.mention()), fromContext, n.value(), false,
          attribution,
          cue == null ? n.written() : t.substring(cue.start, cue.end).strip(), null));
    }
    return out;
  }

  /**
   * The model of the maker that gives a number, when that maker stands between the model named
   * last and the number in one clause, that model does not bear the maker's name and another
   * model of the sentence does: in "DeepSeek-V3.2 does not beat Claude Opus 4.5 on SWE-bench
   * Verified, where DeepSeek lists 73.1%", DeepSeek's figure is DeepSeek-V3.2's, not Claude Opus
   * 4.5's. Null otherwise.
   */
  private Found reportersModel(Analysed a, Subject nearest, NumberReader.Found n) {
    if (nearest == null || nearest.reference != null || nearest.start < 0
        || nearest.start >= n.start()) {
      return null;
    }
    String t = a.text();
    Found named = a.mentions().stream().filter(f -> f.start() == nearest.start).findFirst()
        .orElse(null);
    if (named == null || named.end() > n.start()) {
      return null;
    }
    Matcher o = vendors.matcher(t).region(named.end(), n.start());
    while (o.find()) {
      if (t.substring(o.end(), n.start()).matches("(?s).*[,;:(].*")) {
        continue;
      }
      if (lexicon.phrase("relative_subject").pattern().matcher(
          t.substring(named.end(), o.start()).strip()).find()) {
        // "ahead of Claude Opus 4, which Anthropic lists at 72.5%": the model's own figure.
        return null;
      }
      String maker = Names.key(o.group());
      if (Names.key(named.mention().text()).startsWith(maker)) {
        return null;
      }
      List<Found> made = a.subjects().stream().filter(f -> f.isModel()
          && Names.key(f.mention().text()).startsWith(maker)).toList();
      return made.size() == 1 ? made.get(0) : null;
    }
    return null;
  }

  /** Where a score read in a sentence ends, and its benchmark. */
  private record Scored(int end, Found bench) {}

  /**
   * Whether a number opens a benchmark phrase of its own that names no benchmark the sentence
   * knows, and the sentence's one benchmark comes after another number: « obtuvo un 96,2 % en el
   * examen de matemáticas AIME 2025 y un 74,8 % en SWE-bench Verified ». That benchmark is the
   * later number's, not this one's.
   */
  private boolean ownPhraseElsewhere(Analysed a, NumberReader.Found n, Found bench) {
    String t = a.text();
    if (bench.start() < n.end() || !prepositionAfter(t, pastUnit(t, n.end()), bench.start())) {
      return false;
    }
    // The later number opens a benchmark phrase too ("y un 74,8 % en SWE-bench Verified"), not a
    // place ("auf Platz 1 der LMArena").
    for (NumberReader.Found m : numbers.findAll(t.substring(n.end(), bench.start()))) {
      int end = pastUnit(t, n.end() + m.end());
      if (end == bench.start() || prepositionAfter(t, end, t.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first word from {@code at}, before {@code limit}, is a benchmark preposition. */
  private boolean prepositionAfter(String t, int at, int limit) {
    Matcher word = FIRST_WORD.matcher(t).region(at, limit);
    return word.find() && t.substring(at, word.start()).isBlank()
        && lexicon.benchmarkPrepositions().matcher(word.group()).matches();
  }

  /** An amount of money: a currency sign next to a number. */
  private static final Pattern PRICE =
      Pattern.compile("[$€£¥]\\s?\\p{N}|\\p{N}\\s?[$€£¥]");

  /** Whether a percentage stands right before {@code at}: "40% below", « 50 % moins cher ». */
  private boolean percentRightBefore(String t, int at) {
    int from = Math.max(0, at - 16);
    return numbers.findAll(t.substring(from, at)).stream()
        .anyMatch(n -> n.percent() && t.substring(from + n.end(), at).isBlank());
  }

  /** Another number listed right after one: " and 74.2", ", 73.9". */
  private static final Pattern NUMBER_LIST_AFTER =
      Pattern.compile("\\s*%?\\s*(?:,|\\s\\p{Ll}{1,4})\\s+\\p{N}");

  /** What may come between a place and the score in brackets after it: "place", "overall". */
  private static final Pattern PLACE_TAIL =
      Pattern.compile("(?:\\s+\\p{Ll}+)?\\s*\\(\\s*");

  /**
   * Whether a number is the score of the place a rank phrase names right before it: in brackets,
   * perhaps past one word ("climbs to second (76.1)", "debuts at 12th place (63.0)", « au
   * septième rang (69,8) »), or joined to it by the language's {@code place_score} words ("falls
   * to fifth at 72.9", "rounds out the top ten at 66.9").
   */
  private boolean scoreOfPlace(String t, NumberReader.Found n, List<CueMatch> cues) {
    Pattern joined = lexicon.phrase("place_score").pattern();
    for (CueMatch c : cues) {
      if (c.cue.kind() != ClaimKind.RANK || c.end > n.start()) {
        continue;
      }
      String between = t.substring(c.end, n.start());
      if (PLACE_TAIL.matcher(between).matches()) {
        return true;
      }
      String phrase = t.substring(c.start, c.end);
      int[] joinedEnd = BenchmarkNameReader.endMatch(joined, phrase);
      if (between.isBlank() && joinedEnd != null
          && (joinedEnd[0] == 0 || !Character.isLetter(phrase.charAt(joinedEnd[0] - 1)))
          // "sit third and fourth at 74.8 and 74.2 respectively": a list is read in order.
          && !NUMBER_LIST_AFTER.matcher(t).region(n.end(), t.length()).lookingAt()) {
        // "is third at 75.3": the joining word ends the phrase itself.
        return true;
      }
      Matcher word = FIRST_LOWER_WORD.matcher(between);
      String rest = word.lookingAt() ? between.substring(word.end()) : between;
      // « à la quatorzième place, avec 66,8 »: some joining words may follow a comma.
      Matcher comma = LEADING_COMMA.matcher(between);
      if (joined.matcher(between.strip()).matches() || joined.matcher(rest.strip()).matches()
          || comma.lookingAt() && setOffScoreAt(t, c.end + comma.end(), n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code n} is set off after a superlative's clause by the joining words of a place's
   * score: "it is the strongest model we have tested, at 79.6%", "the best open model on
   * LiveCodeBench, with 83.1%". No other mark or number comes between the phrase and the comma.
   */
  private boolean superlativesScore(String t, NumberReader.Found n, List<CueMatch> cues) {
    return cues.stream().anyMatch(c -> c.cue.kind() == ClaimKind.SUPERLATIVE
        && c.end <= n.start() && superlativesScore(t, c, n));
  }

  private boolean superlativesScore(String t, CueMatch c, NumberReader.Found n) {
    String between = t.substring(c.end, n.start());
    int comma = between.indexOf(',');
    if (comma < 0 || CLAUSE_END_OR_NUMBER.matcher(between.substring(0, comma)).find()) {
      return false;
    }
    return setOffScoreAt(t, pastWhitespace(t, c.end + comma + 1, n.start()), n);
  }

  /**
   * Whether the joining words of a place's score (lexicon phrase {@code place_score_set_off}:
   * "with", "at", « avec ») start at {@code from} and run up to {@code n}.
   */
  private boolean setOffScoreAt(String t, int from, NumberReader.Found n) {
    Matcher setOff = lexicon.phrase("place_score_set_off").pattern().matcher(t)
        .useTransparentBounds(true);
    return setOff.region(from, t.length()).lookingAt()
        && t.substring(setOff.end(), n.start()).isBlank();
  }

  /** A mark that ends a clause, or a number: what may not stand before a superlative's comma. */
  private static final Pattern CLAUSE_END_OR_NUMBER = Pattern.compile("[;:.!?()\\p{N}]");

  /** The first word of a text, in lower case, with the space before it. */
  private static final Pattern FIRST_LOWER_WORD = Pattern.compile("\\s+\\p{Ll}+(?=\\s)");

  /**
   * The numbers of a list of scores whose verb is left out after its first item ("GPT-5 scores
   * 87.3, Gemini 2.5 Pro 86.4 and Claude Opus 4.1 80.9", « GPT-5 obtient 87,3 %, Gemini 2.5 Pro
   * 86,4 % »), each with the model named right before it: after a score within reach of a score
   * phrase, or after another such number, a comma or a list word, one model's name and the number.
   */
  private Map<NumberReader.Found, Found> gappedScores(Analysed a, List<NumberReader.Found> ns,
      List<CueMatch> scoreCues) {
    Map<NumberReader.Found, Found> out = new java.util.HashMap<>();
    String t = a.text();
    for (int k = 1; k < ns.size(); k++) {
      NumberReader.Found previous = ns.get(k - 1);
      NumberReader.Found n = ns.get(k);
      boolean scored = out.containsKey(previous) || scoreCues.stream()
          .anyMatch(c -> c.end <= previous.start() && distance(c, previous) <= NUMBER_REACH);
      if (!scored) {
        continue;
      }
      List<Found> between = a.mentions().stream()
          .filter(f -> f.start() >= previous.end() && f.end() <= n.start()).toList();
      if (between.size() != 1 || !between.get(0).isModel()) {
        continue;
      }
      Found model = between.get(0);
      String before = betweenScores(t.substring(previous.end(), model.start()));
      boolean listed = before.indexOf(',') >= 0 || before.indexOf(';') >= 0
          || lexicon.listSeparator().matcher(before).find();
      String after = t.substring(model.end(), n.start());
      if (listed && isListGap(before) && before.indexOf('(') < 0 && before.indexOf(')') < 0
          && lexicon.determiners().matcher(after).replaceAll(" ").isBlank()) {
        out.put(n, model);
      }
    }
    return out;
  }

  /**
   * A line of results that opens with its number, then the benchmark ("✅ 85.7% on AIME 2024",
   * "- 70.7 on LiveCodeBench v5"), in a sentence that names no model before the number.
   */
  private boolean opensResultsLine(Analysed a, NumberReader.Found n, Found bench) {
    String t = a.text();
    // "88.1% on GPQA Diamond, level with Gemini 3 Pro": a model named after the item is
    // another one, compared with.
    if (bench == null || bench.start() < n.end()
        || a.mentions().stream().anyMatch(f -> f.isModel() && f.start() < n.start())
        || !bare(t.substring(0, n.start())) && !afterResultsLabel(a, n.start())) {
      return false;
    }
    String after = t.substring(n.end()).replaceFirst("^\\s*%?\\s*", "");
    Matcher prep = lexicon.benchmarkPrepositions().matcher(after);
    return prep.lookingAt() && after.substring(prep.end()).strip()
        .startsWith(t.substring(bench.start(), bench.end()));
  }

  /** A comma or a semicolon between the items of a list. */
  private static final Pattern ITEM_MARK = Pattern.compile("\\s*[,;]\\s*");
  /** A score, then a space: "85.7 ", "70.7% ". */
  private static final Pattern RESULT_ITEM = Pattern.compile("\\s*\\p{N}[\\p{N}.,]*\\s*%?\\s+");

  /**
   * "Headline numbers from the blog post: 85.7 on AIME'24, 70.7 on LiveCodeBench v5 and ...":
   * whether {@code at} follows a label with no number, a colon, and nothing but earlier items of
   * the same list, each a number, a benchmark preposition and a benchmark, then a separator.
   */
  private boolean afterResultsLabel(Analysed a, int at) {
    String t = a.text();
    int colon = t.indexOf(':');
    if (colon <= 0 || colon >= at || t.substring(0, colon).codePoints().anyMatch(Character::isDigit)) {
      return false;
    }
    int pos = colon + 1;
    while (true) {
      pos = pastWhitespace(t, pos, at);
      if (pos == at) {
        return true;
      }
      Matcher item = RESULT_ITEM.matcher(t).region(pos, at);
      if (!item.lookingAt()) {
        return false;
      }
      Matcher prep = lexicon.benchmarkPrepositions().matcher(t).region(item.end(), at);
      if (!prep.lookingAt()) {
        return false;
      }
      int start = pastWhitespace(t, prep.end(), at);
      Found named = a.benchmarks().stream().filter(f -> f.start() == start).findFirst().orElse(null);
      if (named == null || named.end() > at) {
        return false;
      }
      // How it was run may follow ("99.1% on AIME 2025 with Python"), then a comma or a
      // semicolon, a list word, or both, before the next item.
      int itemEnd = pastRunCondition(t, named.end(), at);
      Matcher mark = ITEM_MARK.matcher(t).region(itemEnd, at);
      boolean marked = mark.lookingAt();
      pos = marked ? mark.end() : itemEnd;
      pos = pastWhitespace(t, pos, at);
      Matcher word = lexicon.listSeparator().matcher(t).region(pos, at);
      if (word.lookingAt() && word.end() > pos) {
        pos = word.end();
      } else if (!marked) {
        return false;
      }
    }
  }

  /** The first index from {@code from} on, before {@code limit}, that is no white space. */
  static int pastWhitespace(String t, int from, int limit) {
    while (from < limit && Character.isWhitespace(t.charAt(from))) {
      from++;
    }
    return from;
  }

  /**
   * A short note in brackets, then perhaps a colon, then a space: " (v6) ", " (2408-2505) ",
   * " (Telekom): ", " (no tools, see note 3): ".
   */
  private static final Pattern VERSION_NOTE =
      Pattern.compile("\\s*\\([^()]{1,40}\\)\\s*:?\\s+");
  /** After a score: a per-cent sign or a closing bracket, then a punctuation mark or the end. */
  private static final Pattern PAIR_END = Pattern.compile("\\s*%?\\s*\\)?\\s*(?:[,;.:]|$)");
  /** After a score: a per-cent sign or a closing bracket, then a space. */
  private static final Pattern PAIR_TAIL = Pattern.compile("\\s*%?\\s*\\)?\\s+");

  /**
   * The benchmark a number directly follows, as in a list of pairs ("MMLU-Pro 79.6, GPQA
   * Diamond 67.1") or in brackets ("GPQA Diamond (81.0)"); null otherwise. Not a year, and not
   * a number that goes on into a word ("5-shot").
   */
  private Found labelBefore(Analysed a, NumberReader.Found n) {
    String t = a.text();
    if (isYear(n)) {
      return null;
    }
    boolean bracketed = t.substring(n.end()).matches("\\s*%?\\s*\\).*");
    // "HLE mit 26,5 Prozent.": a unit word may end the pair.
    int unit = pastUnit(t, n.end());
    int end = unit > n.end() && !Character.isWhitespace(t.charAt(unit - 1)) ? unit : n.end();
    if (!bracketed && !PAIR_END.matcher(t).region(end, t.length()).lookingAt()
        && !listGoesOnAfter(t, end)) {
      return null;
    }
    int k = n.start();
    while (k > 0 && (Character.isWhitespace(t.charAt(k - 1)) || bracketed && t.charAt(k - 1) == '(')) {
      k--;
    }
    for (Found f : a.mentions()) {
      if (f.start() >= n.start()) {
        break;
      }
      if (f.isBenchmark() && f.end() == k && f.end() < n.start() && t.substring(f.end(), n.start())
          .matches(bracketed ? "\\s*\\(\\s*" : "\\s+")) {
        return f;
      }
      if (!bracketed && f.isBenchmark() && f.end() < n.start()
          && LABEL_MARK.matcher(t.substring(pastRunCondition(t, f.end(), n.start()), n.start()))
              .matches()
          && opensSentence(t, f.start())) {
        // "On SWE-bench Verified: 71.3%.", « Sur BrowseComp, 60,2 %, soit ... », "SWE-bench
        // Verified, 76.2%.": a benchmark opening the sentence, a colon or a comma, its score.
        return f;
      }
      if (!bracketed && f.isBenchmark() && f.end() < n.start() && withScore(t, f.end(), n.start())) {
        // "nennt sie HLE mit 26,5 Prozent", "en GPQA Diamond, con un 85,4 %": the benchmark's
        // score given with it.
        return f;
      }
      if (!bracketed && f.isBenchmark() && f.end() < n.start()
          && VERSION_NOTE.matcher(t.substring(f.end(), n.start())).matches()) {
        // "LiveCodeBench (v6) 53.7%": a version in brackets between a benchmark and its score.
        return f;
      }
    }
    return null;
  }

  /**
   * Where the text from {@code from} goes on past how a score was run, written there after any
   * spaces ("with tools", « con ejecución de código »); {@code from} when it is not.
   */
  private int pastRunCondition(String t, int from, int limit) {
    Matcher condition = lexicon.phrase("run_condition").pattern().matcher(t)
        .region(pastWhitespace(t, from, limit), limit);
    return condition.lookingAt() ? condition.end() : from;
  }

  /**
   * Whether only the language's {@code benchmark_with} words, perhaps after a comma, stand
   * between a benchmark ending at {@code from} and its score at {@code to}: "HLE with 26.5%".
   */
  private boolean withScore(String t, int from, int to) {
    Matcher gap = WITH_GAP.matcher(t).region(from, to);
    return gap.matches()
        && lexicon.phrase("benchmark_with").pattern().matcher(gap.group(1)).matches();
  }

  /**
   * Whether a number at {@code at} reads as a score given with a name: a percentage, or a number
   * that ends its pair ("with 1,420.", "mit 17,6 Prozent und"), not a size ("mit 355 Milliarden
   * Parametern").
   */
  private boolean pairedScoreAt(String t, int at) {
    NumberReader.Found n = numbers.findAll(t.substring(at)).stream().findFirst().orElse(null);
    if (n == null || n.start() != 0) {
      return false;
    }
    int end = at + n.end();
    return n.percent() || PAIR_END.matcher(t).region(end, t.length()).lookingAt()
        || listGoesOnAfter(t, end);
  }

  /**
   * Whether a benchmark named after {@code from}, perhaps with one word saying what it is, then
   * the language's {@code benchmark_with} words stand right before a number: "outperformed GPT-5
   * on the HMMT contest with a score of 99.2%", where the score is the comparison's subject's.
   */
  private boolean benchmarkWithRightBefore(Analysed a, NumberReader.Found n, int from) {
    String t = a.text();
    for (Found f : a.benchmarks()) {
      if (f.start() < from || f.end() >= n.start()) {
        continue;
      }
      Matcher gap = BENCHMARK_WITH_GAP.matcher(t).region(f.end(), n.start());
      if (gap.matches()
          && lexicon.phrase("benchmark_with").pattern().matcher(gap.group(1)).matches()) {
        return true;
      }
    }
    return false;
  }

  /** One lower-case word perhaps, then words and spaces: {@link #benchmarkWithRightBefore}. */
  private static final Pattern BENCHMARK_WITH_GAP =
      Pattern.compile("(?:\\s+\\p{Ll}+)?\\s+(\\p{L}[\\p{L} ]*?)\\s+");

  /**
   * What stands between a model and a phrase that goes on without a verb of its own: "behind
   * Qwen3-14B but ahead of", "vor X, aber hinter": a comma, one lower-case word.
   */
  private static final Pattern ELLIPTIC_GAP = Pattern.compile("[\\s,]*(?:\\p{Ll}+[\\s,]+)?");

  /** A comma perhaps, words, and spaces: the gap {@link #withScore} reads. */
  private static final Pattern WITH_GAP = Pattern.compile(",?\\s+(\\p{L}[\\p{L} ]*?)\\s+");

  /** A colon or a comma between a benchmark and its score. */
  private static final Pattern LABEL_MARK = Pattern.compile("\\s*[:,]\\s+");

  /**
   * Whether nothing but a list word and a benchmark preposition comes before {@code at}: "On",
   * « Et sur », or nothing at all.
   */
  private boolean opensSentence(String t, int at) {
    String before = t.substring(0, at).strip();
    Matcher word = lexicon.listSeparator().matcher(before);
    if (word.lookingAt() && word.end() > 0) {
      before = before.substring(word.end()).strip();
    }
    return before.isEmpty() || lexicon.benchmarkPrepositions().matcher(before).matches();
  }

  /** "79.6 and GPQA Diamond ...", "78.4 vs 72.6": a list word or "versus" after a score. */
  private boolean listGoesOnAfter(String t, int from) {
    Matcher tail = PAIR_TAIL.matcher(t).region(from, t.length());
    if (!tail.lookingAt()) {
      return false;
    }
    for (Pattern p : List.of(lexicon.listSeparator(), lexicon.phrase("versus").pattern())) {
      Matcher m = p.matcher(t).region(tail.end(), t.length());
      if (m.lookingAt() && m.end() > m.start() && m.end() < t.length()
          && Character.isWhitespace(t.charAt(m.end()))) {
        return true;
      }
    }
    return false;
  }

  /** A sentence that opens with a benchmark, a colon or dash, and a number. */
  private record Labelled(Found benchmark, int numberStart) {}

  /**
   * "LiveCodeBench v6: 53.7%, the best result ...", « MMLU : 89,5 % »: a line of a results list
   * that says more than its pair; null for any other sentence.
   */
  private Labelled labelledScore(Analysed a) {
    List<Found> benches = a.benchmarks();
    if (benches.isEmpty()) {
      return null;
    }
    Found b = benches.get(0);
    int number = ScoreLines.labelledScoreStart(a.text(), b.start(), labelEnd(a.text(), b.end()));
    return number < 0 ? null : new Labelled(b, number);
  }

  /**
   * Where the label of a results line ends after its benchmark: past a note in brackets before
   * the colon ("LiveCodeBench (2408-2505): 73.3"), or past how it was run ("HLE, no tools:").
   */
  private int labelEnd(String t, int benchmarkEnd) {
    Matcher note = LABEL_NOTE.matcher(t).region(benchmarkEnd, t.length());
    return note.lookingAt() ? note.end()
        : ScoreLines.conditionLabelEnd(t, benchmarkEnd, lexicon.phrase("run_condition").pattern());
  }

  /** A note in brackets right after a benchmark's name: "LiveCodeBench (2408-2505)". */
  private static final Pattern LABEL_NOTE = Pattern.compile("\\s*\\([^()\\n]{1,30}\\)(?=\\s*:)");

  /** Who a number in a list of scores belongs to, and on which benchmark (null: as usual). */
  private record Assigned(Subject owner, Found bench) {}

  /**
   * Numbers set against others that could not be given to anyone ("97,1 points contre
   * respectivement 91,0 et 95,1" with no comparison to go by): no model's, rather than the
   * nearest name's.
   */
  private static final Assigned UNASSIGNED = new Assigned(null, null);

  /**
   * The numbers of a sentence given as lists, each with its owner or benchmark where the list
   * decides them:
   * <ul>
   *   <li>"trails o3 on AIME 2025, 75.5 against 88.9", « devancerait DeepSeek-V3 et GPT-4.1,
   *       avec 53,7 % contre 46,9 % et 44,7 % »: the first number is the comparison's subject's,
   *       the ones after "against" its competitors', in the order they were named;
   *   <li>« 47,6 % sur LiveCodeBench, contre 85,4 % et 38,2 % pour GPT-4o »: the numbers after
   *       "against" owned by a name after them go with the benchmarks of as many numbers before;
   *   <li>"on GPQA Diamond and LiveCodeBench ... at 71.1 and 65.9 respectively", "scores 80.5 and
   *       69.8 on MMLU-Pro and GPQA Diamond": as many numbers as the sentence names benchmarks
   *       take them in order.
   * </ul>
   */
  private Map<NumberReader.Found, Assigned> respective(Analysed a,
      List<NumberReader.Found> ns, List<CueMatch> cues, Mention main, List<Found> context) {
    Map<NumberReader.Found, Assigned> out = new java.util.HashMap<>();
    String t = a.text();
    int i = 0;
    while (i < ns.size()) {
      int j = i;
      int versusAt = -1;
      while (j + 1 < ns.size()) {
        String gap = betweenScores(t.substring(ns.get(j).end(), ns.get(j + 1).start()));
        if (isListGap(gap)) {
          j++;
        } else if (versusAt < 0 && lexicon.phrase("versus").pattern()
            .matcher(lexicon.phrase("respectively").pattern().matcher(gap).replaceAll(" ")
                .replaceAll("^[\\s,]+|[\\s,]+$", "")).matches()) {
          // « 97,1 points contre respectivement 91,0 et 95,1 »: the other side, in order.
          versusAt = j + 1 - i;
          j++;
        } else {
          break;
        }
      }
      List<NumberReader.Found> group = ns.subList(i, j + 1);
      i = j + 1;
      if (group.size() < 2) {
        continue;
      }
      if (versusAt < 0) {
        List<Found> benches = a.benchmarks().isEmpty() ? context : a.benchmarks();
        List<Found> together = benches.size() == 1 ? coordinatedModels(a, group, cues) : List.of();
        if (together.size() == group.size()) {
          // "GPT-5 and Gemini 2.5 Pro score 87.3 and 86.4 respectively": the numbers go with the
          // models named together before them, in order.
          for (int k = 0; k < group.size(); k++) {
            Found m = together.get(k);
            out.put(group.get(k), new Assigned(new Subject(m.mention(), null, m.start(), m.end()),
                benches.get(0)));
          }
          continue;
        }
        if (benches.size() != group.size() && benches.size() == 1) {
          // "neck and neck with Claude Opus 4, at 86.2 and 85.9 percent respectively": one
          // number for the subject and one for each competitor, in the order they were named.
          pairWithNames(a, group, cues, main, out);
          continue;
        }
        int first = group.get(0).start();
        int last = group.get(group.size() - 1).end();
        boolean bothSides = !a.benchmarks().isEmpty()
            && benches.stream().anyMatch(b -> b.end() <= first)
            && benches.stream().anyMatch(b -> b.start() >= last);
        if (benches.size() == group.size() && bothSides) {
          // "44.9 on HLE for Kimi K2 Thinking, above GPT-5's 41.7, and 60.2 on BrowseComp": a
          // number with no benchmark after it is one on the benchmark before it.
          for (NumberReader.Found n : group) {
            Found bench = benchmarkFor(a, n);
            Found before = benches.stream().filter(b -> b.end() <= n.start())
                .reduce((x, y) -> y).orElse(null);
            if (before != null && (bench == null || bench.start() >= n.end())
                && benches.stream().noneMatch(b -> b.start() >= n.end()
                    && lexicon.benchmarkPrepositions().matcher(
                        t.substring(pastUnit(t, n.end()), b.start()).strip()).matches())) {
              out.put(n, new Assigned(null, before));
            }
          }
          continue;
        }
        if (benches.size() == group.size()) {
          // « contre 85,4 % et 38,2 % pour GPT-4o »: a name after the list owns all of it. Not
          // when the benchmarks stand on both sides ("HLE ..., above GPT-5's 41.7, and 60.2 on
          // BrowseComp"): each number is then one of a list of its own.
          Found after = ownerAfter(a, group.get(group.size() - 1));
          Subject owner = after != null ? new Subject(after.mention(), null)
              : ownerOf(a, group.get(0), main, cues);
          for (int k = 0; k < group.size(); k++) {
            out.put(group.get(k), new Assigned(owner, benches.get(k)));
          }
        }
        continue;
      }
      List<NumberReader.Found> left = group.subList(0, versusAt);
      List<NumberReader.Found> right = group.subList(versusAt, group.size());
      Found owner = ownerAfter(a, right.get(right.size() - 1));
      if (owner != null) {
        int firstRight = ns.indexOf(right.get(0));
        if (firstRight < right.size()) {
          continue;
        }
        List<NumberReader.Found> mine = ns.subList(firstRight - right.size(), firstRight);
        List<Found> benches = a.benchmarks().isEmpty() ? context : a.benchmarks();
        boolean inOrder = left.size() == right.size() && benches.size() == right.size()
            && right.size() > 1;
        for (int k = 0; k < right.size(); k++) {
          // "On AIME'24 and AIME'25, X reaches 81.4 and 72.9 respectively, compared with 79.8
          // and 70.0 for Y": as many numbers on each side as benchmarks take them in order.
          Found bench = inOrder ? benches.get(k) : benchmarkFor(a, mine.get(k));
          if (inOrder) {
            out.put(left.get(k), new Assigned(null, bench));
          }
          out.put(right.get(k), new Assigned(new Subject(owner.mention(), null), bench));
        }
        continue;
      }
      if (left.size() == 1 && !pairWithNames(a, group, cues, main, out) && right.size() == 1) {
        pairInOrder(a, group, main, out);
      }
      if (right.size() > 1 && lexicon.phrase("respectively").pattern().matcher(
          t.substring(group.get(0).end(), group.get(group.size() - 1).start())).find()) {
        for (NumberReader.Found n : group) {
          out.putIfAbsent(n, UNASSIGNED);
        }
      }
    }
    return out;
  }

  /**
   * Two numbers set against each other after a clause that names its subject and one other
   * model, whatever its phrase: "hallucinates far less than GPT-4o on SimpleQA: 37.1% vs. 61.8%",
   * « reste en deçà de DeepSeek V3 sur LiveCodeBench, à 43,4 % contre 49,2 % ». The first number
   * is the subject's, the second the other model's, as they were named. Nothing is given when
   * the clause names more models, or another number.
   */
  private void pairInOrder(Analysed a, List<NumberReader.Found> group, Mention main,
      Map<NumberReader.Found, Assigned> out) {
    String t = a.text();
    int first = group.get(0).start();
    List<Found> before = a.subjects().stream().filter(f -> f.end() <= first).toList();
    if (before.isEmpty()) {
      return;
    }
    Found other = before.get(before.size() - 1);
    if (withoutNames(a, other.end(), first).matches("(?s).*(?:[;!?\\p{N}]|\\.(?!\\p{N})).*")
        // "I ran GLM-4.6 and K2 Thinking ..., and GLM-4.6 came out ahead, 64.0 against 61.3":
        // a model opening a clause of its own is that clause's subject, the first number its.
        || clauseJoinedAt(t, other.start())) {
      return;
    }
    Subject subject = subject(a, other.start(), main);
    if (subject == null || subject.mention == null || same(subject.mention, other.mention())
        || subject.start > other.start()
        || lexicon.phrase("against").pattern().matcher(t.substring(0, first)).find()) {
      // "Gegen Gemini 2.5 Pro zieht Qwen3 den Kürzeren – 81,5 gegenüber 86,7": the competitor
      // named first is no order to go by.
      return;
    }
    int from = Math.max(0, subject.start);
    Mention own = subject.mention;
    boolean oneOther = a.subjects().stream()
        .filter(f -> f.start() >= from && f.end() <= first)
        .allMatch(f -> same(f.mention(), other.mention()) || same(f.mention(), own));
    if (!oneOther || withoutNames(a, from, other.start()).matches("(?s).*[;!?\\p{N}].*")
        || t.substring(from, other.start()).matches("(?s).*\\.(?!\\p{N}).*")) {
      return;
    }
    out.put(group.get(0), new Assigned(subject, null));
    out.put(group.get(1), new Assigned(
        new Subject(other.mention(), null, other.start(), other.end()), null));
  }

  /**
   * The models named together, joined by commas and list words, before a list of numbers given
   * "respectively", with no comparison and no other name or number between; empty otherwise.
   */
  private List<Found> coordinatedModels(Analysed a, List<NumberReader.Found> group,
      List<CueMatch> cues) {
    String t = a.text();
    int first = group.get(0).start();
    if (!lexicon.phrase("respectively").pattern().matcher(t).find()) {
      return List.of();
    }
    List<Found> before = a.mentions().stream().filter(f -> f.end() <= first).toList();
    if (before.isEmpty() || !before.get(before.size() - 1).isModel()) {
      return List.of();
    }
    Found last = before.get(before.size() - 1);
    if (withoutNames(a, last.end(), first).matches("(?s).*[\\p{N}(),;:].*")) {
      return List.of();
    }
    List<Found> out = new ArrayList<>(List.of(last));
    for (int k = before.size() - 2; k >= 0; k--) {
      Found f = before.get(k);
      String gap = t.substring(f.end(), out.get(0).start());
      if (!f.isModel() || !isListGap(gap) || gap.indexOf('(') >= 0 || gap.indexOf(')') >= 0) {
        break;
      }
      out.add(0, f);
    }
    int named = out.get(0).start();
    // A comparison, parity or rank before the numbers gives them otherwise ("ties with X for
    // second at ..."), unless it belongs to a clause of its own: "Claude Sonnet 4.5 leads with
    // 50.0%, while GPT-5 and Grok 4 post 43.8% and 38.5%, respectively".
    if (cues.stream().anyMatch(c -> (c.cue.kind() == ClaimKind.COMPARE
        || c.cue.kind() == ClaimKind.PARITY || c.cue.kind() == ClaimKind.RANK)
        && c.start < first && !(c.end <= named && subordinateBetween(t, c.end, named)))) {
      return List.of();
    }
    return out.size() > 1 ? out : List.of();
  }

  /**
   * Gives the first of {@code group} to the subject of the comparison before it and the others
   * to its competitors, in order, when there are as many of them.
   */
  private boolean pairWithNames(Analysed a, List<NumberReader.Found> group, List<CueMatch> cues,
      Mention main, Map<NumberReader.Found, Assigned> out) {
    CueMatch compare = null;
    for (CueMatch c : cues) {
      if ((c.cue.kind() == ClaimKind.COMPARE || c.cue.kind() == ClaimKind.PARITY)
          && c.end <= group.get(0).start()) {
        compare = c;
      }
    }
    if (compare == null || changeFrom(a.text(), group.get(0))) {
      // "rises from 61.8 to 66.4": one model's figures before and after, not a comparison's.
      return false;
    }
    Subject subject = subject(a, compare.start, main);
    if (subject == null && lexicon.wordOrder().subjectMayBeOmitted() && main != null) {
      subject = new Subject(main, "", compare.start);
    }
    CueMatch before = subject == null || subject.start < 0 ? null
        : comparisonAgainst(a, subject.start, cues, compare);
    Subject first = before == null ? null : subject(a, before.start, main);
    if (first != null && first.mention != subject.mention) {
      // "fait jeu égal avec Claude Sonnet 4 ..., mais reste derrière Claude Sonnet 4.5, avec
      // 68,0 % contre 77,2 %": the competitor of the clause before is no subject of this one.
      subject = first;
    }
    List<Found> objects = objects(a, compare.end);
    if (objects.isEmpty()) {
      objects = referenceObject(a, compare.end, main, 2);
    }
    if (objects.size() == group.size() && objects.size() > 1 && a.text()
        .substring(objects.get(objects.size() - 1).end(), group.get(0).start()).matches("\\s*\\(")) {
      // "behind both Claude Opus 4.1 and GPT-5 (74.5% vs. 72.8%)": the numbers right after
      // the competitors are theirs, in order.
      for (int k = 0; k < group.size(); k++) {
        out.put(group.get(k), new Assigned(new Subject(objects.get(k).mention(), null), null));
      }
      return true;
    }
    if (subject == null || objects.size() != group.size() - 1) {
      return false;
    }
    // "reste en retrait d'o1 sur GPQA Diamond, un questionnaire de niveau doctorat, avec 71,5 %
    // contre 75,7 %": the one benchmark of the comparison's clause is the numbers'.
    int from = compare.end;
    List<Found> compared = a.benchmarks().stream()
        .filter(f -> f.start() >= from && f.end() <= group.get(0).start()).toList();
    if (compared.isEmpty()) {
      // "..., and on GPQA Diamond, it trails GPT-5 slightly, 85.2% against 85.7%": the benchmark
      // opening the comparison's clause.
      int opened = benchmarkClause(a, 0, compare.start);
      int cueStart = compare.start;
      if (opened < cueStart) {
        compared = a.benchmarks().stream()
            .filter(f -> f.start() >= opened && f.end() <= cueStart).toList();
      }
    }
    Found bench = compared.size() == 1 ? compared.get(0) : null;
    out.put(group.get(0), new Assigned(subject, bench));
    for (int k = 1; k < group.size(); k++) {
      out.put(group.get(k), new Assigned(new Subject(objects.get(k - 1).mention(), null), bench));
    }
    return true;
  }

  /** The words between two numbers without their units and determiners: " % et " → " et ". */
  private String betweenScores(String gap) {
    String g = gap.strip();
    Matcher unit = lexicon.scoreUnits().matcher(g);
    while (!g.isEmpty() && unit.reset(g).lookingAt() && unit.end() > 0
        && !lexicon.phrase("versus").pattern().matcher(unit.group()).matches()) {
      g = g.substring(unit.end()).strip();
    }
    return " " + lexicon.determiners().matcher(g).replaceAll(" ") + " ";
  }

  private static int distance(CueMatch c, NumberReader.Found n) {
    return n.start() >= c.end ? n.start() - c.end : Math.max(0, c.start - n.end());
  }

  private static boolean isYear(NumberReader.Found n) {
    return n.value() >= 1990 && n.value() <= 2039 && n.value() == Math.rint(n.value())
        && !n.percent();
  }

  /** Words around the number that make it a price, a count, a rank or a size. */
  private boolean notAScore(Analysed a, NumberReader.Found n) {
    String t = a.text();
    String before = t.substring(Math.max(0, n.start() - 24), n.start()).stripTrailing();
    Matcher b = lexicon.notScoreBefore().matcher(before).useTransparentBounds(true);
    // "rises from 61.8 to 66.4", "up from 77.9 in September": a score phrase of a change ends
    // right before the earlier figure, which is a score too.
    boolean changeFrom = changeFrom(t, n);
    // « nous n'obtenons que 54 % »: "only", not a comparison with the number after « que ».
    boolean restricted = BenchmarkNameReader.endMatch(
        lexicon.phrase("restriction").pattern(), before) != null;
    // Every start is tried: a match that ends earlier ("queda a") must not hide one that ends
    // right before the number and overlaps it ("a solo").
    for (int from = 0; from < before.length() && !changeFrom && !restricted; from++) {
      b.region(from, before.length());
      if (b.matches()) {
        // "up from 69.1% for o3", "higher than the 84.0% for Gemini 2.5 Pro": the earlier or
        // the other figure is still a score when a model owns it.
        return !(lexicon.phrase("other_figure").pattern().matcher(b.group()).matches()
            && ownerAfter(a, n) != null);
      }
    }
    if (before.endsWith("$") || before.endsWith("€") || before.endsWith("£")) {
      return true;
    }
    if (totalOf(t, n)) {
      return true;
    }
    // « à 38 points de Grok 4 »: a gap to a named competitor.
    if (lexicon.phrase("gap_after").pattern().matcher(t).region(pastWhitespace(t, n.end(),
        t.length()), t.length()).lookingAt()) {
      return true;
    }
    if (othersInClause(a, n) || postNumber(t, n) || dateOrTime(t, n) || compoundModifier(t, n)
        || citationYear(t, n) || bracketCitation(t, n) || generic(a, n) || earlierFigure(t, n)) {
      return true;
    }
    if (!n.percent() && (itemsOfBenchmark(a, n) || countOfSet(a, n))) {
      return true;
    }
    String after = t.substring(n.end()).stripLeading();
    if (!n.percent() && !after.isEmpty() && Character.isLowerCase(after.codePointAt(0))
        && !lexicon.scoreUnits().matcher(after).lookingAt()
        && !lexicon.benchmarkPrepositions().matcher(after).lookingAt()
        && !lexicon.listSeparator().matcher(after).lookingAt()
        && !versusScore(after)
        && !outOfTotal(t, n, after)
        // "and scores 69.6 there": a word pointing back to the benchmark.
        && !lexicon.phrase("there").pattern().matcher(after).lookingAt()
        && !opensOwnClause(after)
        && ownerAfter(a, n) == null
        && !sourcedAfter(a, n)
        // "Qwen3-235B-A22B at 1,422 is statistically tied with ...": a name's own number, then
        // the verb of the clause it opens.
        && !(ownScoreOf(a, n) != null
            && lexicon.phrase("copula").pattern().matcher(after).lookingAt())
        && !scoreNamingSubject(t, n)
        // „das auf 75,1 kommt“: the verb that gives the score closes its clause.
        && cueMatches(t).stream().noneMatch(c -> c.cue.kind() == ClaimKind.SCORE
            && c.start == t.length() - after.length())) {
      // "50 competition problems", "3 benchmarks": a count, not a score; in "scores 71.2 while
      // o3 ...", the word after the number opens a clause of its own.
      return true;
    }
    if (n.percent()) {
      // "20 percent fewer errors": a change, not a score.
      return lexicon.notScoreAfter().matcher(after).lookingAt()
          && !after.toLowerCase(java.util.Locale.ROOT).startsWith("on");
    }
    return lexicon.notScoreAfter().matcher(after).lookingAt();
  }

  /**
   * Whether a number ends the noun phrase a clause opens with, a score phrase right before it and
   * the clause's verb right after: "Its ARC-AGI-2 score of 31.1 is the highest", "The model's
   * tau2-bench score of 74.8 beats Claude Opus 4.1".
   */
  private boolean scoreNamingSubject(String t, NumberReader.Found n) {
    int verb = pastWhitespace(t, n.end(), t.length());
    List<CueMatch> cues = cueMatches(t);
    boolean verbAfter =
        lexicon.phrase("copula").pattern().matcher(t).region(verb, t.length()).lookingAt()
        || cues.stream().anyMatch(c -> c.cue.kind() != ClaimKind.SCORE && c.start == verb);
    return verbAfter && cues.stream().anyMatch(c -> c.cue.kind() == ClaimKind.SCORE
        && c.end <= n.start() && t.substring(c.end, n.start()).isBlank());
  }


  /**
   * Whether {@code n} counts a benchmark's items: a benchmark's name right after it and a word of
   * {@code number_not_score} after the name ("on the same 500 SWE-bench Verified tasks", "the 225
   * Aider Polyglot exercises").
   */
  private boolean itemsOfBenchmark(Analysed a, NumberReader.Found n) {
    String t = a.text();
    for (Found f : a.mentions()) {
      if (f.isBenchmark() && f.start() >= n.end() && t.substring(n.end(), f.start()).isBlank()) {
        return lexicon.notScoreAfter().matcher(t.substring(f.end()).stripLeading()).lookingAt();
      }
    }
    return false;
  }

  /**
   * Whether {@code n} repeats the count a test set named before it is named by: the 500 of
   * "Amtsdeutsch-500 – 500 Behördenschreiben", "MATH-500 holds 500 problems".
   */
  private boolean countOfSet(Analysed a, NumberReader.Found n) {
    String t = a.text();
    return a.mentions().stream().anyMatch(f -> f.isBenchmark() && f.end() <= n.start()
        && n.start() - f.end() <= COUNT_REACH
        && f.mention().text().endsWith("-" + t.substring(n.start(), n.end()))
        && EntityRecognizer.countedSet(f.mention().text()));
  }

  /** How far after a test set's name the count it is named by may be repeated, in characters. */
  private static final int COUNT_REACH = 24;

  /**
   * Whether a score phrase of a change ends right before {@code n}, its earlier figure: "rises
   * from 61.8 to 66.4", "up from 77.9", « passe de 1 422 à 1 448 ».
   */
  private boolean changeFrom(String t, NumberReader.Found n) {
    return cueMatches(t).stream().anyMatch(c -> c.cue.kind() == ClaimKind.SCORE
        && c.end <= n.start() && t.substring(c.end, n.start()).isBlank()
        && lexicon.phrase("change_from").pattern().matcher(t.substring(c.start, c.end)).find());
  }

  /**
   * Where the change that {@code n} ends starts: the start of "von 81,0 auf" in "von 81,0 auf
   * 89,3 Prozent", of "from 66.2 to" in "from 66.2 to 72.5" (lexicon phrase {@code
   * change_span}); {@code n}'s own start when it ends no change.
   */
  private int changeStart(String t, NumberReader.Found n) {
    // The phrase is a few words long: only the text right before the number is searched, so a
    // long sentence is not scanned again for each of its numbers.
    int from = Math.max(0, n.start() - CHANGE_REACH);
    int[] span = BenchmarkNameReader.endMatch(lexicon.phrase("change_span").pattern(),
        t.substring(from, n.start()).stripTrailing());
    return span == null ? n.start() : from + span[0];
  }

  /** How far before a figure the change phrase that leads to it may start, in characters. */
  private static final int CHANGE_REACH = 48;

  /**
   * Whether {@code n} is the total of a count or a mark given right before it: the 5 of "3,9 von
   * 5 Punkten", the 50 of "34 out of 50".
   */
  private boolean totalOf(String t, NumberReader.Found n) {
    Matcher of = lexicon.phrase("out_of").pattern().matcher(t).useTransparentBounds(true);
    of.region(Math.max(0, n.start() - 24), n.start());
    while (of.find()) {
      String between = t.substring(of.end(), n.start());
      String before = t.substring(0, of.start()).stripTrailing();
      if (lexicon.determiners().matcher(between).replaceAll(" ").isBlank()
          && COUNT_AT_END.matcher(before).find()) {
        return true;
      }
    }
    return false;
  }

  /** A number standing alone at the end of a text: "3,9", not the 1 of "pass@1". */
  private static final Pattern COUNT_AT_END = Pattern.compile("(?:^|\\s)\\p{N}[\\p{N}.,]*$");

  /**
   * "solved 28 of the 40 bugs", « löste 28 von 40 Fehlern »: a number right after a score phrase
   * and followed by the total it counts out of is a score, not a count.
   */
  private boolean outOfTotal(String t, NumberReader.Found n, String after) {
    return lexicon.phrase("out_of").pattern().matcher(after).lookingAt()
        && cueMatches(t).stream().anyMatch(c -> c.cue.kind() == ClaimKind.SCORE
            && c.end <= n.start() && t.substring(c.end, n.start()).isBlank());
  }

  /**
   * Whether {@code n} is the earlier figure of a change written without its verb ("la mejora es
   * enorme: del 53,7 % al 83,1 %", "from 53.7% to 83.1%"): whose it is, the clause does not say
   * (often a model named before, "Frente a Kimi K2"). With a verb of change ("rises from 61.8 to
   * 66.4") it is the subject's earlier score and stays.
   */
  private boolean earlierFigure(String t, NumberReader.Found n) {
    String before = t.substring(Math.max(0, n.start() - 8), n.start()).stripTrailing();
    int[] word = BenchmarkNameReader.endMatch(lexicon.phrase("change_start").pattern(), before);
    if (word == null || changeFrom(t, n)) {
      return false;
    }
    int at = pastUnit(t, n.end());
    Matcher to = lexicon.phrase("change_to").pattern().matcher(t).region(at, t.length());
    if (!to.lookingAt()) {
      return false;
    }
    int next = pastWhitespace(t, to.end(), t.length());
    return next < t.length() && Character.isDigit(t.charAt(next));
  }

  /** A date or a time of day: "30/04/2025", "30.04.2025", "09:41". */
  private static final Pattern DATE_OR_TIME = Pattern.compile(
      "(?<![\\p{N}.,/:])(?:\\d{1,2}([/.])\\d{1,2}\\1\\d{2,4}|\\d{1,2}:\\d{2})(?![\\p{N}%])");

  /**
   * True when {@code n} is part of a date or a time of day ("MlleRTX — 30/04/2025 à 09:41",
   * a forum signature), which is never a score.
   */
  static boolean dateOrTime(String t, NumberReader.Found n) {
    Matcher m = DATE_OR_TIME.matcher(t);
    while (m.find()) {
      if (m.start() <= n.start() && n.start() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code n} is joined by a hyphen to the word after it, a compound modifier that
   * counts or sizes something ("a 500-task benchmark", "a 40-question quiz").
   */
  static boolean compoundModifier(String t, NumberReader.Found n) {
    int e = n.end();
    return !n.percent() && e + 1 < t.length() && t.charAt(e) == '-'
        && Character.isLetter(t.codePointAt(e + 1));
  }

  /** A year in brackets right after a name, as an author-year citation: "DeepSeek-AI (2025)". */
  private static final Pattern CITED_BY =
      Pattern.compile("[\\p{L}\\p{N}.]\\s*\\(\\s*$");

  /**
   * True when {@code n} is the year of an author-year citation: "DeepSeek-AI (2025)", "Qwen
   * Team (2025)", "Chen et al. (2024)".
   */
  static boolean citationYear(String t, NumberReader.Found n) {
    return isYear(n) && CITED_BY.matcher(t.substring(0, n.start())).find()
        && t.substring(n.end()).matches("(?s)[a-z]?\\s*\\).*");
  }

  /** A reference to a numbered source in square brackets: "[7]", "[3, 14]", "[5–7]". */
  private static final Pattern BRACKET_CITATION =
      Pattern.compile("\\[\\s*\\p{N}{1,3}(?:\\s*[,;\u2013\\-]\\s*\\p{N}{1,3})*\\s*]");

  /** True when {@code n} numbers a source cited in square brackets: the 7 of "issues [7]". */
  static boolean bracketCitation(String t, NumberReader.Found n) {
    int open = t.lastIndexOf('[', n.start());
    if (open < 0 || n.start() - open > 16) {
      return false;
    }
    Matcher m = BRACKET_CITATION.matcher(t).region(open, t.length());
    return m.lookingAt() && m.end() >= n.end();
  }

  /**
   * True when a generic, indefinite subject ("A model can score 90% on MMLU", « Un modelo
   * puede sacar un 90 % ») or a bet on the future (« je parie que d'ici un an on sera au-dessus
   * de 60 % ») governs {@code n} within its clause: nobody's score.
   */
  private boolean generic(Analysed a, NumberReader.Found n) {
    String t = a.text();
    for (String name : List.of("generic_subject", "wished")) {
      Matcher m = lexicon.phrase(name).pattern().matcher(t);
      while (m.find() && m.end() <= n.start()) {
        // « «Un modelo puede sacar un 90 %... », resume »: an opening quotation mark opens too.
        if (name.equals("generic_subject") && m.start() > 0
            && !t.substring(0, m.start()).matches("(?s).*[,;:.!?\u00ab\"\u201c\u201e]\\s*")
            && !clauseOpenedBefore(t, m.start())) {
          continue;
        }
        String between = t.substring(m.end(), n.start());
        if (between.length() <= GENERIC_REACH && !between.matches("(?s).*[,;:.!?].*")
            && a.mentions().stream().noneMatch(f -> f.start() >= m.start() && f.end() <= n.start()
                && f.isModel())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a comma and a clause's conjunction end the text before {@code at}: ", while ". */
  private boolean clauseOpenedBefore(String t, int at) {
    String before = t.substring(0, at).stripTrailing();
    int[] opener = BenchmarkNameReader.endMatch(lexicon.phrase("clause_opener").pattern(), before);
    return opener != null && before.substring(0, opener[0]).stripTrailing().endsWith(",");
  }

  /** How far after a generic subject or a bet the number it governs may stand, in characters. */
  private static final int GENERIC_REACH = 60;

  /** A thread's post number: "2/5", "(1/3)", "[7/9]", the first at most as large as the second. */
  private static final Pattern POST_NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}.,/])(\\d{1,2})/(\\d{1,2})(?![\\p{N}/.,%])");

  /**
   * True when {@code n} is part of a thread's post number opening or closing the sentence ("2/5
   * it scores 73.6", "... on SWE-bench Verified (1/3)", "... 🧵 4/9"): nothing but brackets,
   * marks and emojis stands between it and the sentence's edge.
   */
  static boolean postNumber(String t, NumberReader.Found n) {
    Matcher m = POST_NUMBER.matcher(t);
    while (m.find()) {
      if (m.start() <= n.start() && n.end() <= m.end()
          && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))
          && Integer.parseInt(m.group(1)) > 0
          && (bare(t.substring(m.end())) || bare(t.substring(0, m.start())))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} has no letter or digit: only spaces, marks, brackets or emojis. */
  private static boolean bare(String s) {
    return s.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * "…, while other models manage 2%": the clause of the number opens with models the text does
   * not name, and names none after them; the number is theirs, not the sentence's subject's.
   */
  private boolean othersInClause(Analysed a, NumberReader.Found n) {
    String t = a.text();
    int clause = Math.max(t.lastIndexOf(',', n.start() - 1), t.lastIndexOf(';', n.start() - 1));
    if (clause < 0) {
      return false;
    }
    Matcher v = lexicon.vagueObjects().matcher(t).region(clause + 1, n.start());
    if (!v.find()) {
      return false;
    }
    int start = v.start();
    int end = v.end();
    // "…, beating other models with 90.1": after a verb they are its object, not the subject.
    return cueMatches(t).stream().noneMatch(c -> c.start > clause && c.start < start)
        && a.mentions().stream().noneMatch(f -> f.start() >= end && f.end() <= n.start());
  }

  /**
   * "against 88.9", "to 63.9", "to GPT-5's 24.6": the word before a competitor's score, and that
   * score, maybe with its owner's name in the possessive first.
   */
  private boolean versusScore(String after) {
    Matcher m = lexicon.phrase("versus").pattern().matcher(after);
    return m.lookingAt() && (after.substring(m.end()).matches("(?s)\\s+\\p{N}.*")
        || after.substring(m.end()).matches(COMPETITOR_POSSESSIVE));
  }

  /** A capitalised name of up to four words in the possessive, then a number: " GPT-5's 24.6". */
  private static final String COMPETITOR_POSSESSIVE =
      "(?s)\\s+\\p{Lu}[^\\s,;:]*(?:\\s+[^\\s,;:]+){0,3}?['’]s\\s+\\p{N}.*";

  /** Whether a word opening a clause (phrase {@code clause_opener}) stands in {@code gap}. */
  private boolean opensClauseWithin(String gap) {
    Matcher m = lexicon.phrase("clause_opener").pattern().matcher(gap);
    while (m.find()) {
      if (m.start() == 0 || !Character.isLetter(gap.charAt(m.start() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** The benchmark named right after the number, else right before it in the same clause. */
  private Found benchmarkFor(Analysed a, NumberReader.Found n) {
    String t = a.text();
    for (Found f : a.benchmarks()) {
      if (f.start() >= n.end() && f.start() - n.end() <= 24) {
        String gap = t.substring(n.end(), f.start());
        // "on GPQA Diamond 69.8 and on LiveCodeBench 43.4": after a list word, the benchmark is
        // the next number's.
        // "with 87.5% but only eleventh on LedgerBench": a clause opened between is another's.
        if (!gap.matches(".*[,;.!?:()].*") && gap.strip().split("\\s+").length <= 4
            && !lexicon.listSeparator().matcher(gap).find()
            && !opensClauseWithin(gap)) {
          return f;
        }
      }
    }
    // "auf tau2-bench von 66,2 auf 72,5 Prozent": a change is read from its earlier figure.
    int change = changeStart(t, n);
    Found before = null;
    for (Found f : a.benchmarks()) {
      int at = Math.max(f.end(), change);
      if (f.end() <= n.start() && (at - f.end() <= 32 || scoredRightAfter(a, f, n))) {
        String gap = t.substring(f.end(), n.start());
        if (!gap.matches(".*[;.!?]\\s.*")
            && !withoutNames(a, f.end(), at).matches(".*\\d.*")) {
          before = f;
        }
      }
    }
    Found fronted = frontedBenchmarkOf(a, n, change);
    if (before != null && fronted != null && fronted.end() < before.start()
        && DESCRIBING_ASIDE.matcher(t.substring(fronted.end(), before.start())).matches()
        && t.startsWith(",", before.end())) {
      // "En MMLU-ProX, la versión multilingüe de MMLU-Pro, Tessera-2-Pro obtiene 78.4%": a
      // benchmark in an aside that describes the one the clause opens with is not scored.
      return fronted;
    }
    return before != null ? before : fronted;
  }

  /** A comma, then words of an aside without a number or another comma: ", the version of ". */
  private static final Pattern DESCRIBING_ASIDE = Pattern.compile("\\s*,[^,;:.!?\\p{N}]+");

  /** Punctuation that ends a phrase or opens an aside. */
  private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:.!?()\u2013\u2014]");

  /**
   * Whether a score phrase follows a benchmark and runs to a number, with no punctuation between:
   * "Bei AIME 2025 erreicht das Modell laut Alibaba 91 Prozent". The phrase may hold the subject
   * and a source, so its length says nothing of how far the number is from its benchmark.
   */
  private boolean scoredRightAfter(Analysed a, Found f, NumberReader.Found n) {
    String t = a.text();
    if (CLAUSE_MARK.matcher(t).region(f.end(), n.start()).find()) {
      return false;
    }
    // "Auf HLE mit Werkzeugnutzung meldet Moonshot 44,9 Prozent": how the score was run may
    // stand between.
    int from = pastWhitespace(t, f.end(), n.start());
    Matcher condition = lexicon.phrase("run_condition").pattern().matcher(t);
    if (condition.region(from, n.start()).lookingAt()) {
      from = condition.end();
    }
    for (CueMatch c : cueMatches(t)) {
      if (c.cue.kind() == ClaimKind.SCORE && c.start >= from && c.end <= n.start()
          && t.substring(from, c.start).isBlank() && t.substring(c.end, n.start()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The benchmark a clause opens with, after its preposition, for a number further on in that
   * clause: "On GPQA Diamond, the graduate-level science quiz, it scored 84 per cent; on AIME
   * 2025, a qualifying paper, it notched 86.7". No other number, and no end of clause, between;
   * the earlier figure of a change that ends at the number, from {@code change} on, aside.
   */
  private Found frontedBenchmarkOf(Analysed a, NumberReader.Found n, int change) {
    String t = a.text();
    Found fronted = null;
    for (Found f : a.benchmarks()) {
      if (f.end() > n.start() || n.start() - f.end() > FRONTED_REACH) {
        continue;
      }
      int clause = Math.max(Math.max(t.lastIndexOf(';', f.start()), t.lastIndexOf(':', f.start())),
          Math.max(t.lastIndexOf('—', f.start()), t.lastIndexOf('–', f.start()))) + 1;
      String opener = t.substring(clause, f.start()).strip();
      String gap = t.substring(f.end(), n.start());
      // « Bei SimpleQA kam Gemini 3 Pro in unserem Lauf sogar auf 73,4 Prozent »: where the verb
      // may come before its subject, the clause may go on with no comma after the benchmark.
      boolean opens = gap.startsWith(",")
          || lexicon.wordOrder().subjectAfterVerb() && !gap.contains(",");
      if (!opener.isEmpty() && lexicon.benchmarkPrepositions().matcher(opener).matches()
          && opens && !gap.matches("(?s).*[;:.!?—–].*")
          && !withoutNames(a, f.end(), Math.max(f.end(), change)).matches("(?s).*\\d.*")) {
        fronted = f;
      }
    }
    return fronted;
  }

  /**
   * The one benchmark a sentence names, when the sentence opens with it after its preposition and
   * a comma ("On SWE-bench Verified, ...", « Sur LiveBench, ... ») before {@code cueStart}, with
   * no semicolon between; null otherwise.
   */
  private Found sentenceOpeningBenchmark(Analysed a, int cueStart) {
    List<Found> benches = a.benchmarks();
    if (benches.size() != 1 || benches.get(0).end() > cueStart) {
      return null;
    }
    Found f = benches.get(0);
    String t = a.text();
    String opener = t.substring(0, f.start()).strip();
    // „Bei Terminal-Bench 2.0 sieht Google sein Modell vorn, vor GPT-5.1": where the verb may
    // come before its subject, the phrase opens the clause without a comma.
    if (opener.isEmpty() || !lexicon.benchmarkPrepositions().matcher(opener).matches()
        || !t.substring(f.end()).startsWith(",") && !lexicon.wordOrder().subjectAfterVerb()
        || t.substring(f.end(), cueStart).matches("(?s).*[;!?].*")) {
      return null;
    }
    return f;
  }

  /** How far a number may follow the benchmark its clause opens with, in characters. */
  private static final int FRONTED_REACH = 100;

  /** The text from {@code from} to {@code to} with the names in it blanked: "Gemini 2.5 Pro". */
  private static String withoutNames(Analysed a, int from, int to) {
    StringBuilder gap = new StringBuilder(a.text().substring(from, to));
    for (Found f : a.mentions()) {
      for (int i = Math.max(from, f.start()); i < Math.min(to, f.end()); i++) {
        gap.setCharAt(i - from, ' ');
      }
    }
    return gap.toString();
  }

  /**
   * The model named after a number and its benchmark: "Alibaba's figure of 65.7 on LiveCodeBench
   * for Qwen3-32B", "76.9 on MMLU-Pro for Maverick": a benchmark preposition, the benchmark and a
   * word that hands the number to the model after it. Null otherwise.
   */
  private Found ownerAfterBenchmark(Analysed a, NumberReader.Found n) {
    String t = a.text();
    int end = n.end();
    while (true) {
      // "85,7 sur AIME 2024 et 70,7 sur LiveCodeBench pour Qwen3-235B-A22B": a list of such
      // items, each a number and its benchmark, before the one owner.
      int from = pastUnit(t, end);
      Found bench = a.benchmarks().stream().filter(b -> b.start() >= from).findFirst()
          .orElse(null);
      if (bench == null) {
        return null;
      }
      String lead = t.substring(from, bench.start()).strip();
      Matcher prep = lexicon.benchmarkPrepositions().matcher(lead);
      if (!prep.lookingAt() || !lexicon.determiners().matcher(lead.substring(prep.end()))
          .replaceAll(" ").isBlank()) {
        return null;
      }
      NumberReader.Found next = numbers.findAll(t.substring(bench.end())).stream().findFirst()
          .orElse(null);
      String between = next == null ? ""
          : lexicon.determiners().matcher(t.substring(bench.end(), bench.end() + next.start()))
              .replaceAll(" ");
      if (next != null && isListGap(between) && !between.isBlank()) {
        end = bench.end() + next.end();
        continue;
      }
      // "100% on AIME 2025 and HMMT for the Qwen3-Max-Thinking variant": the benchmarks listed
      // with the first share its number and owner.
      Found last = bench;
      for (Found b : a.benchmarks()) {
        if (b.start() >= last.end()
            && isListGap(t.substring(last.end(), b.start()))) {
          last = b;
        }
      }
      for (Found f : a.mentions()) {
        if (f.isModel() && f.start() >= last.end()) {
          // "44.9 on HLE with tools for Kimi K2 Thinking": how it was run may come between.
          String gap = t.substring(pastRunCondition(t, last.end(), f.start()), f.start());
          gap = lexicon.determiners().matcher(gap).replaceAll(" ").strip();
          return lexicon.scoreOwner().matcher(gap).matches() ? f : null;
        }
      }
      return null;
    }
  }

  /**
   * Where the text after a number goes on, past white space and the number's unit ("%",
   * "percent", "Prozent").
   */
  private int pastUnit(String t, int end) {
    int at = end;
    while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
      at++;
    }
    Matcher unit = lexicon.scoreUnits().matcher(t).region(at, t.length());
    return unit.lookingAt() ? unit.end() : at;
  }

  /** The model named right after a number with "for"/« pour »/"de": "85,5 de DeepSeek V3". */
  private Found ownerAfter(Analysed a, NumberReader.Found n) {
    String t = a.text();
    Found afterBenchmark = ownerAfterBenchmark(a, n);
    if (afterBenchmark != null) {
      return afterBenchmark;
    }
    for (Found f : a.mentions()) {
      if (f.isModel() && f.start() >= n.end() && f.start() - n.end() <= 32 && !speaks(t, f)) {
        // "54.6% for OpenAI's GPT-4.1", "14 Prozent für OpenAIs o3-mini": the maker's
        // possessive before the owner's name.
        String gap = withoutOwner(t.substring(n.end(), f.start())).replace("%", " ").strip();
        // "nach 70,0 Prozent beim ursprünglichen R1", "for the original R1": one word that
        // qualifies the owner may come between.
        Matcher unit = lexicon.scoreUnits().matcher(gap);
        String unitless = unit.lookingAt() && !lexicon.scoreOwner().matcher(unit.group()).matches()
            ? gap.substring(unit.end()).strip() : gap;
        Pattern clause = lexicon.phrase("owner_clause").pattern();
        if (lexicon.scoreOwner().matcher(gap).matches() || clause.matcher(gap).matches()
            || clause.matcher(unitless.replaceFirst("^,\\s*", "")).matches()) {
          // "the 84.0% that Google reports for Gemini 2.5 Pro", "die 84,0 Prozent, die Google
          // für Gemini 2.5 Pro angibt": who reports it may come between, after the unit.
          return f;
        }
        if (unitless != gap && lexicon.scoreOwner().matcher(unitless).matches()) {
          // "85.7% and 71.4 respectively for Llama 4 Maverick": a unit word before the owner's.
          return f;
        }
        Matcher owner = lexicon.scoreOwner().matcher(unitless);
        if (owner.lookingAt() && lexicon.determiners().matcher(unitless.substring(owner.end()))
            .replaceAll(" ").strip().matches("\\p{Ll}+")) {
          return f;
        }
      }
    }
    return null;
  }

  /**
   * Whether a rank phrase is a move on a board ("GLM-4.6 stays at 17th.", "Claude Opus 4.1 drops
   * two places to fifth") of a model the sentence names, in a sentence that names no benchmark
   * and a paragraph that speaks of no app chart ("Google's Gemini app ranked 52nd on the same
   * chart", after the App Store's): such a rank stands without a board named.
   */
  private boolean boardMove(List<Analysed> paragraph, int index, CueMatch cue, Subject subject) {
    Analysed a = paragraph.get(index);
    String t = a.text();
    return lexicon.phrase("board_move").pattern().matcher(t.substring(cue.start, cue.end)).find()
        && (subject.reference == null || !subject.reference.isEmpty())
        && a.benchmarks().isEmpty()
        && paragraph.subList(0, index + 1).stream()
            .noneMatch(p -> lexicon.offTopic().matcher(p.text()).find());
  }

  /**
   * Whether a word opening a subordinate clause ("while", « tandis que », „während", "mientras
   * que") stands between {@code from} and {@code to} with a subject of its own after it: a
   * determiner, a reference or a name ("tandis que le modèle de xAI n'arrive qu'en troisième
   * position"), not a verb ("while landing just shy of", "aunque queda por detrás").
   */
  private boolean subordinateBetween(String t, int from, int to) {
    if (from >= to) {
      return false;
    }
    Matcher m = lexicon.phrase("subordinator").pattern().matcher(t).region(from, to);
    while (m.find()) {
      if (ownSubjectAfter(t, m.end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a subject opens the text at {@code at}: a name, a determiner or a reference. */
  private boolean ownSubjectAfter(String t, int at) {
    String rest = t.substring(at).stripLeading();
    return !rest.isEmpty() && (Character.isUpperCase(rest.codePointAt(0))
        || lexicon.determiners().matcher(rest).lookingAt()
        || lexicon.references().matcher(rest).lookingAt());
  }

  /** A short name with a version that nothing recognised: "V3-0324", "K2". */
  private static final Pattern SHORT_VERSIONED = Pattern.compile("\\p{Lu}\\p{L}{0,3}\\p{N}");

  /**
   * Whether a number is given "for" a name nothing recognised, a short one with a version ("vs.
   * 44.6 for the old V3-0324"), or a model described by a noun (« del modelo general »): the
   * number is that model's, not the nearest model's before it. Not a part of the article's
   * model's name ("74.1 for the A3B" of Qwen3-30B-A3B).
   */
  private boolean unnamedOwnerAfter(Analysed a, NumberReader.Found n, Mention main) {
    String t = a.text();
    int at = n.end();
    while (at < t.length() && (Character.isWhitespace(t.charAt(at)) || t.charAt(at) == '%')) {
      at++;
    }
    Matcher owner = lexicon.scoreOwner().matcher(t).region(at, t.length());
    if (!owner.lookingAt()) {
      owner.region(pastUnit(t, n.end()), t.length());
      if (!owner.lookingAt()) {
        return false;
      }
    }
    String bare = t.substring(owner.end()).stripLeading();
    Matcher determiner = lexicon.determiners().matcher(bare);
    if (determiner.lookingAt()) {
      bare = bare.substring(determiner.end()).stripLeading();
    }
    // « frente al 48,9 % del modelo general », "against 41% for the base model": a model
    // described, not named, owns it.
    Matcher described = DESCRIBED_OWNER.matcher(bare);
    if (described.lookingAt() && (recognizer.isModelNoun(described.group(1))
        || described.group(2) != null && recognizer.isModelNoun(described.group(2)))
        // Not one its maker names: « del modelo de OpenAI ».
        && !MAKER_AFTER.matcher(bare).region(described.end(1), bare.length()).lookingAt()
        // After a model named in the sentence; else it is the article's model described: "DeepSeek
        // revendique 67,8 % pour son nouveau modèle".
        && a.mentions().stream().anyMatch(f -> f.isModel() && f.end() <= n.start()
            && !vendors.matcher(f.mention().text()).matches())) {
      return true;
    }
    // One word may qualify the owner: "for the original V3".
    bare = bare.replaceFirst("^\\p{Ll}+\\s+", "");
    int nameAt = t.length() - bare.length();
    Matcher name = SHORT_VERSIONED.matcher(bare);
    if (!name.lookingAt()) {
      return false;
    }
    String written = bare.split("[\\s,;:.)]", 2)[0];
    return (main == null || !main.text().contains(written))
        && a.mentions().stream().noneMatch(f -> f.start() <= nameAt && nameAt < f.end());
  }

  /** A short word and a capitalised one: " de OpenAI", " from Google". */
  private static final Pattern MAKER_AFTER = Pattern.compile("\\s+\\p{Ll}{1,4}\\s+\\p{Lu}");

  /** The first two words in lower case: "modelo general", "base model". */
  private static final Pattern DESCRIBED_OWNER =
      Pattern.compile("(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?(?![\\p{L}\\p{N}\\-])");

  /** The model's own score words right before a number: "o3 at", "o3's", "R1's published". */
  private static final Pattern POSSESSIVE_SCORE =
      Pattern.compile("['’]s(?:\\s+\\p{Ll}+)?\\s+");

  /**
   * The model a number is given with right after its name: "o1-mini (63.6)", "o3's 75.8",
   * "DeepSeek-R1's published 79.8%", "with o3 at 30.2%", "Gemini 2.5 Pro, crédité de 83 %".
   */
  private Found ownScoreOf(Analysed a, NumberReader.Found n) {
    String t = a.text();
    Found model = null;
    for (Found f : a.mentions()) {
      if (f.start() >= n.start()) {
        break;
      }
      if (f.end() <= n.start() && n.start() - f.end() <= 24) {
        model = f;
      }
    }
    if (model == null || !model.isModel()) {
      return null;
    }
    String gap = t.substring(model.end(), n.start());
    if (gap.matches("\\s*\\(\\s*") && t.substring(n.end()).matches("\\s*%?\\s*\\).*")
        || POSSESSIVE_SCORE.matcher(gap).matches()) {
      return model;
    }
    if (gap.matches("\\s*:\\s*") && inBrackets(t, model.start())
        && "(;,".indexOf(charBefore(t, model.start())) >= 0
        && t.substring(n.end()).matches("(?s)\\s*%?\\s*[);,].*")) {
      // "AIME 2025: 81.4% (Qwen3-32B: 72.9%)", "(Claude Sonnet 4.5 : 72,1 % ; GPT-5.1 : 70,4 %)":
      // a name and its number in brackets, one item of a list there.
      return model;
    }
    Matcher own = lexicon.phrase("own_score").pattern().matcher(t);
    String lead = gap.replaceFirst("^[\\s,]+", "");
    if (gap.strip().startsWith(",") && setOffScore(lead.strip()) && closedByComma(t, n)
        && t.substring(model.end(), model.end() + gap.indexOf(',')).isBlank()) {
      // "Claude Opus 4, at 75.5%, trails GPT-5": set off by commas right after a name, the
      // number describes it.
      return model;
    }
    if (gap.strip().startsWith(",") && lexicon.scoreOfSubject().matcher(lead.strip()).lookingAt()
        && !competitorsFigure(a, n, model.end() + gap.indexOf(','))) {
      // "derrière DeepSeek V3, avec 1 302 points": set off by a comma, the number goes with the
      // sentence's subject, not with the competitor before it.
      return null;
    }
    own.useTransparentBounds(true).region(n.start() - lead.length(), n.start());
    if (own.lookingAt() && lexicon.determiners().matcher(t.substring(own.end(), n.start()))
        .replaceAll(" ").isBlank()) {
      return model;
    }
    return null;
  }

  /** The last character before {@code at} that is no white space; a space when there is none. */
  private static char charBefore(String t, int at) {
    int k = at;
    while (k > 0 && Character.isWhitespace(t.charAt(k - 1))) {
      k--;
    }
    return k > 0 ? t.charAt(k - 1) : ' ';
  }

  /** Whether {@code at} stands inside brackets opened before it and not yet closed. */
  private static boolean inBrackets(String t, int at) {
    return t.lastIndexOf('(', at) > t.lastIndexOf(')', at);
  }

  /**
   * The owner of a number given in a phrase that opens the sentence and is set off by a comma:
   * "With 74.9% on SWE-bench Verified, Talon-2 leads the pack" (the phrase describes the clause's
   * subject, named right after the comma). Null unless the sentence opens with a phrase that gives
   * the subject's score, no model is named before the comma and a model opens the clause.
   */
  private Found frontedScoreOwner(Analysed a, NumberReader.Found n) {
    String t = a.text();
    String lead = t.substring(0, n.start()).strip();
    if (!lead.isEmpty() && lexicon.phrase("score_as_subject").pattern().matcher(lead).matches()) {
      // "A 74.9% score on SWE-bench Verified puts GPT-5 ahead of ...": the score is the
      // sentence's subject, and the model after its verb is whose it is.
      return afterFrontedVerb(a, n);
    }
    if (lead.isEmpty() && lexicon.wordOrder().subjectAfterVerb()) {
      // "1.501 Elo-Punkte hat Gemini 3 Pro derzeit ...": a figure opening the sentence, its unit,
      // the score phrase, then the clause's subject.
      int unitEnd = pastUnit(t, n.end());
      for (CueMatch c : cueMatches(t)) {
        if (c.cue.kind() == ClaimKind.SCORE && c.start >= unitEnd
            && t.substring(unitEnd, c.start).isBlank()) {
          return a.mentions().stream()
              .filter(f -> f.isModel() && f.start() >= c.end
                  && t.substring(c.end, f.start()).isBlank())
              .findFirst().orElse(null);
        }
      }
    }
    if (lead.isEmpty() || !lexicon.scoreOfSubject().matcher(lead).matches()) {
      return null;
    }
    int comma = t.indexOf(',', n.end());
    if (comma < 0 || t.substring(n.end(), comma).matches("(?s).*[;:.!?()\\[\\]].*")) {
      return lexicon.wordOrder().subjectAfterVerb() ? afterFrontedVerb(a, n) : null;
    }
    Found first = null;
    for (Found f : a.mentions()) {
      if (f.start() < comma && f.end() > n.end() && f.isModel()) {
        return null;
      }
      if (f.start() > comma && (first == null || f.start() < first.start())) {
        first = f;
      }
    }
    if (first == null || !first.isModel() || !lexicon.determiners()
        .matcher(t.substring(comma + 1, first.start())).replaceAll(" ").isBlank()) {
      return null;
    }
    return first;
  }

  /**
   * "Mit 74,9 Prozent auf SWE-bench Verified setzt sich Talon-2 an die Spitze": with no comma, a
   * phrase that opens the sentence ends with its benchmark's name, the finite verb follows and then
   * the clause's subject. Null unless the benchmark is named right after the number and its unit
   * and the lexicon's verb_before_subject phrase is all that stands between it and a model.
   */
  private Found afterFrontedVerb(Analysed a, NumberReader.Found n) {
    String t = a.text();
    Found bench = null;
    for (Found f : a.mentions()) {
      if (f.start() < n.end()) {
        continue;
      }
      if (bench == null && f.isModel()) {
        // "Mit 77,2 Prozent übernahm Claude Sonnet 4.5 die Spitze bei SWE-bench Verified": the
        // verb right after the figure and its unit, then the model, the benchmark later on.
        return verbThenModel(t, pastUnit(t, n.end()), f) ? f : null;
      }
      if (bench == null) {
        if (!f.isBenchmark()
            || !t.substring(n.end(), f.start()).matches("[^,;:.!?()\\[\\]]{0,30}")) {
          return null;
        }
        bench = f;
        continue;
      }
      if (!f.isModel()) {
        return null;
      }
      return verbThenModel(t, bench.end(), f) ? f : null;
    }
    return null;
  }

  /**
   * Whether a verb that may come before its subject (lexicon phrase {@code verb_before_subject})
   * is all that stands between {@code from} and the model {@code f}.
   */
  private boolean verbThenModel(String t, int from, Found f) {
    Matcher verb = lexicon.phrase("verb_before_subject").pattern().matcher(t);
    verb.useTransparentBounds(true).region(pastWhitespace(t, from, f.start()), f.start());
    return verb.lookingAt() && t.substring(verb.end(), f.start()).isBlank();
  }

  /** The model a number belongs to. */
  private Subject ownerOf(Analysed a, NumberReader.Found n, Mention main, List<CueMatch> cues) {
    String t = a.text();
    Subject listed = afterCompetitorList(a, n, main, cues);
    if (listed != null) {
      return listed;
    }
    Found own = ownScoreOf(a, n);
    if (own != null) {
      return new Subject(own.mention(), null, own.start(), own.end());
    }
    if (unreadCompetitorsScore(a, n, cues)) {
      return null;
    }
    Found related = relativeOwner(a, n);
    if (related != null) {
      return new Subject(related.mention(), null, related.start(), related.end());
    }
    Found fronted = frontedScoreOwner(a, n);
    if (fronted != null) {
      return new Subject(fronted.mention(), null, fronted.start(), fronted.end());
    }
    String before = t.substring(Math.max(0, n.start() - 40), n.start());
    int comma = before.lastIndexOf(',');
    int commaAt = n.start() - before.length() + comma;
    if (comma >= 0 && lexicon.scoreOfSubject().matcher(before.substring(comma + 1).strip())
        .lookingAt() && a.mentions().stream()
            .noneMatch(f -> f.isModel() && f.start() > commaAt && f.end() <= n.start())
        && !competitorsFigure(a, n, commaAt)) {
      // "Il surpasse même o1 sur Codeforces, avec un Elo de 2 073": the sentence's subject's.
      CueMatch first = cues.stream().filter(c -> c.cue.kind() != ClaimKind.VAGUE)
          .min(Comparator.comparingInt(CueMatch::start)).orElse(null);
      if (first != null && first.start < n.start()) {
        Subject s = subject(a, first.start, main);
        if (s != null) {
          return s;
        }
        if (main != null && lexicon.wordOrder().subjectMayBeOmitted()
            && (first.cue.kind() == ClaimKind.COMPARE || first.cue.kind() == ClaimKind.PARITY)
            && a.mentions().stream().noneMatch(f -> f.isModel() && f.start() < first.start)) {
          // « Iguala a Gemini 2.5 Pro en GPQA Diamond, con un 86,4 % »: the verb's subject is
          // left out, and it is the article's model.
          return new Subject(main, "", n.start());
        }
      }
    }
    Found after = ownerAfter(a, n);
    if (after != null) {
      return new Subject(after.mention(), null);
    }
    Subject nearest = subject(a, n.start(), main);
    if (nearest != null && nearest.reference == null && nearest.start >= 0
        && nearest.end <= n.start() && t.substring(nearest.end, n.start()).indexOf(';') >= 0
        && competitorOfPhrase(a, nearest.start, cues)) {
      // "liegt damit auf Augenhöhe mit Mistral Medium 3.1; auf GPQA Diamond kommen wir auf
      // 78,6 Prozent": the competitor of a phrase before a semicolon owns no number after it.
      nearest = null;
    }
    if (nearest != null && nearest.start > n.end() && numbersIn(t, n.end(), nearest.start)
        .stream().anyMatch(p -> !partOfName(t, p))) {
      // "En SWE-bench Verified tenemos 58.2%, y Anthropic reporta 77.2% para Claude Sonnet
      // 4.5": a model named after another number is that number's.
      nearest = null;
    }
    Subject outside = outsideBrackets(a, nearest, n, main);
    if (outside != null) {
      // "annonce 68,0 % sur SWE-bench Verified (contre 64,2 % pour GLM-4.5) et 40,5 % sur
      // Terminal-Bench": a model named in brackets closed before the number owns none after them.
      nearest = outside;
    }
    Found reported = reportersModel(a, nearest, n);
    if (reported != null) {
      return new Subject(reported.mention(), null, reported.start(), reported.end());
    }
    Subject beating = competitorsSubject(a, n, nearest, main, cues);
    if (beating != null) {
      return beating;
    }
    if (comma >= 0 && nearest != null && nearest.start >= 0
        && lexicon.listSeparator().matcher(before.substring(comma + 1).strip()).lookingAt()) {
      // "obtient 87,2 sur MMLU-Pro, ... juste derrière o1, et 69,3 % sur GPQA Diamond", "an
      // MMLU-Pro score of 85.0, identical to V3.1-Terminus, and a GPQA Diamond score of 79.9":
      // after the competitor of a comparison and a conjunction, the number goes on with the
      // subject's.
      for (CueMatch c : cues) {
        if ((c.cue.kind() == ClaimKind.COMPARE || c.cue.kind() == ClaimKind.PARITY)
            && c.end <= nearest.start && nearest.start < commaAt
            && words(t, c.end, nearest.start) <= 1) {
          Subject s = subject(a, c.start, main);
          if (s == null) {
            s = scoreRightBefore(a, c.start, main, cues);
          }
          if (s != null && s.mention != nearest.mention) {
            return s;
          }
        }
      }
    }
    if (nearest != null && nearest.start >= 0 && nearest.end >= 0
        && lexicon.listSeparator().matcher(t.substring(nearest.end, n.start())).find()) {
      // "scored 66%, compared with 45.4% for the previous V3 release, and 29.8% on HLE": the
      // model that owns the number before is no owner of the next one in the list.
      Subject owned = nearest;
      int from = Math.max(0, owned.start - 48);
      boolean ownsOther = numbersIn(t, from, owned.start).stream()
          .map(p -> ownerAfter(a, p)).anyMatch(o -> o != null && o.start() == owned.start)
          // "for Kimi K2 Thinking, above GPT-5's 41.7, and 60.2 on BrowseComp": the name's own.
          || numbersIn(t, owned.end, n.start()).stream()
              .map(p -> ownScoreOf(a, p)).anyMatch(o -> o != null && o.start() == owned.start);
      if (ownsOther) {
        // "44.9 on HLE for Kimi K2 Thinking, above GPT-5's 41.7, and 60.2 on BrowseComp": the
        // list goes on with the model given the number before.
        Found earlier = numbersIn(t, 0, owned.start).stream()
            .map(p -> ownerAfterBenchmark(a, p)).filter(o -> o != null && o.start() < owned.start)
            .reduce((x, y) -> y).orElse(null);
        if (earlier != null) {
          return new Subject(earlier.mention(), null, earlier.start(), earlier.end());
        }
        CueMatch first = cues.stream().filter(c -> c.cue.kind() != ClaimKind.VAGUE)
            .min(Comparator.comparingInt(CueMatch::start)).orElse(null);
        Subject s = first == null || first.start >= owned.start ? null
            : subject(a, first.start, main);
        if (s != null && s.mention != owned.mention) {
          return s;
        }
      }
    }
    Matcher descriptor = lexicon.claimantDescriptors().matcher(t);
    descriptor.region(0, n.start());
    boolean vendorSpeaks = organisations(a).stream().anyMatch(o -> o[1] <= n.start()
            // "the 60.2 % on BrowseComp that Moonshot AI reports": who reports it, after.
            || o[0] >= n.end() && !t.substring(n.end(), o[0]).matches("(?s).*[,;:\\p{N}].*")
                && lexicon.claimantAfter().matcher(t)
                    .region(pastWhitespace(t, o[1], t.length()), t.length()).lookingAt())
        || descriptor.find()
        // "Auf SWE-bench Verified geben sie 68 Prozent an", "he cites 52 percent": people give it.
        || lexicon.phrase("speaker").pattern().matcher(t).region(0, n.start()).find();
    if (nearest == null && main != null
        && (vendorSpeaks || lexicon.wordOrder().subjectMayBeOmitted())) {
      // "On SWE-bench Verified, Google reports 63.8%": no model named, the article's subject.
      return new Subject(main, "", n.start());
    }
    return nearest;
  }

  /**
   * Whether a figure after a comma and a word such as "at" / « à » is the model's named right
   * before the comma: once the clause has given its subject a figure of that kind, the next one
   * after a competitor is the competitor's ("les 65 % que nous obtenons placent le modèle ... devant
   * GPT-5, à 61 %"), unless a benchmark named between starts another item (« devant Claude Sonnet
   * 4.5, ainsi que sur τ2-bench, avec 85,4 % »).
   */
  private boolean competitorsFigure(Analysed a, NumberReader.Found n, int commaAt) {
    // A figure of the same kind: a percentage, or a number of the same scale ("an Elo of 1,446,
    // a 40-point lead over the runner-up, GPT-4o, at 1,406"), not a place ("#3") nor a name's.
    if (numbersIn(a.text(), 0, commaAt).stream().noneMatch(p -> p.percent() == n.percent()
        && !partOfName(a.text(), p) && p.value() > 0 && n.value() / p.value() < 2
        && p.value() / n.value() < 2)) {
      return false;
    }
    Found competitor = a.mentions().stream().filter(f -> f.isModel() && f.end() <= commaAt)
        .reduce((x, y) -> y).orElse(null);
    return competitor != null && a.benchmarks().stream()
        .noneMatch(b -> b.start() >= competitor.end() && b.end() <= n.start());
  }

  /**
   * The model a relative clause holding the number is about: "hinter Claude Sonnet 4.5, für das
   * Anthropic 77,2 Prozent angibt", "behind Claude Sonnet 4.5, for which Anthropic reports
   * 77.2%" (a comma and the language's {@code relative_owner} right after the name, and no
   * other name or number between the name and the number). Null otherwise.
   */
  private Found relativeOwner(Analysed a, NumberReader.Found n) {
    String t = a.text();
    Found model = a.mentions().stream().filter(f -> f.isModel() && f.end() <= n.start())
        .reduce((x, y) -> y).orElse(null);
    if (model == null || numbersIn(t, model.end(), n.start()).stream()
        .anyMatch(p -> !partOfName(t, p))) {
      return null;
    }
    Matcher comma = LEADING_COMMA.matcher(t).region(model.end(), n.start());
    return comma.lookingAt() && lexicon.phrase("relative_owner").pattern().matcher(t)
        .region(comma.end(), n.start()).lookingAt() ? model : null;
  }

  /** Whether the model named at {@code start} is the competitor of a comparison phrase. */
  private boolean competitorOfPhrase(Analysed a, int start, List<CueMatch> cues) {
    return cues.stream().anyMatch(c -> (c.cue.kind() == ClaimKind.COMPARE
        || c.cue.kind() == ClaimKind.PARITY) && c.end <= start
        && objects(a, c.end).stream().anyMatch(o -> o.start() == start));
  }

  /** A comma and the white space around it. */
  private static final Pattern LEADING_COMMA = Pattern.compile("\\s*,\\s*");

  /** A capitalised word, then white space, at the end of a text. */
  private static final Pattern CAPITALISED_LAST =
      Pattern.compile("(?-i:\\p{Lu})[\\p{L}\\p{N}.\\-]*\\s+$");

  /**
   * Whether a number is given with a competitor no name list knows, right after a comparison
   * phrase: "slightly ahead of Terminus at 88.4". The number is that competitor's, so it is no
   * score of the sentence's subject.
   */
  private boolean unreadCompetitorsScore(Analysed a, NumberReader.Found n,
      List<CueMatch> cues) {
    String t = a.text();
    Matcher own = lexicon.phrase("own_score").pattern().matcher(t).useTransparentBounds(true);
    int from = Math.max(0, n.start() - 24);
    own.region(from, n.start());
    while (own.find()) {
      String after = t.substring(own.end(), n.start());
      Matcher word = CAPITALISED_LAST.matcher(t.substring(Math.max(0, own.start() - 30),
          own.start()));
      if (!lexicon.determiners().matcher(after).replaceAll(" ").isBlank() || !word.find()) {
        continue;
      }
      int nameStart = own.start() - (word.end() - word.start());
      boolean named = a.mentions().stream()
          .anyMatch(f -> f.start() < own.start() && f.end() > nameStart);
      boolean compared = cues.stream().anyMatch(c -> (c.cue.kind() == ClaimKind.COMPARE
          || c.cue.kind() == ClaimKind.PARITY) && c.end <= nameStart
          && t.substring(c.end, nameStart).isBlank());
      if (!named && compared) {
        return true;
      }
    }
    return false;
  }

  /** The numbers written between {@code from} and {@code to}, at their places in {@code t}. */
  private List<NumberReader.Found> numbersIn(String t, int from, int to) {
    return numbers.findAll(t.substring(from, to)).stream()
        .map(p -> new NumberReader.Found(from + p.start(), from + p.end(), p.value(),
            p.percent(), p.written()))
        .toList();
  }

  /**
   * The subject before the brackets that hold {@code nearest}, when they close before {@code n}:
   * null when {@code nearest} stands in no such brackets or nothing before them is a subject.
   */
  private Subject outsideBrackets(Analysed a, Subject nearest, NumberReader.Found n, Mention main) {
    if (nearest == null || nearest.start < 0 || nearest.reference != null) {
      return null;
    }
    String t = a.text();
    int open = t.lastIndexOf('(', nearest.start);
    int close = open < 0 ? -1 : t.indexOf(')', nearest.start);
    int inner = open < 0 ? -1 : t.indexOf('(', open + 1);
    if (open < 0 || close < 0 || close > n.start() || inner >= 0 && inner < close) {
      // No brackets around the name, or they close after the number, or hold brackets of their
      // own.
      return null;
    }
    Subject before = subject(a, open, main);
    if (before == null && main != null
        && organisations(a).stream().anyMatch(o -> o[1] <= open)) {
      // "Z.ai annonce 68,0 % ... (contre 64,2 % pour GLM-4.5) et 40,5 %": the vendor speaks of
      // the article's model.
      return new Subject(main, "", n.start());
    }
    return before != null && before.mention != nearest.mention ? before : null;
  }

  /**
   * The subject of a comparison whose competitor is the nearest model before {@code n}, when the
   * number goes on with the comparison's verb and not with its competitor: "Aster-2 Pro beats
   * GPT-5 on HLE with 27.9%" (a phrase that gives the subject's score ends right before the
   * number). Null otherwise.
   */
  private Subject competitorsSubject(Analysed a, NumberReader.Found n, Subject nearest,
      Mention main, List<CueMatch> cues) {
    String t = a.text();
    Found named = nearest == null ? null : a.mentions().stream()
        .filter(f -> f.isModel() && f.start() == nearest.start && f.end() <= n.start())
        .findFirst().orElse(null);
    if (named == null) {
      return null;
    }
    int from = named.end();
    String gap = t.substring(from, n.start());
    if (gap.matches("(?s).*[,;:.!?()].*") || a.mentions().stream()
        .anyMatch(f -> f.isModel() && f.start() >= from && f.end() <= n.start())) {
      return null;
    }
    String trimmed = gap.stripTrailing();
    boolean subjectsPhrase = false;
    Matcher w = lexicon.scoreOfSubject().matcher(trimmed);
    while (w.find()) {
      if (w.end() == trimmed.length() && w.end() > w.start()
          && (w.start() == 0 || Character.isWhitespace(trimmed.charAt(w.start() - 1)))) {
        subjectsPhrase = true;
      }
    }
    if (!subjectsPhrase) {
      return null;
    }
    CueMatch against = comparisonAgainst(a, nearest.start, cues, null);
    Subject s = against == null ? null : subject(a, against.start, main);
    return s != null && s.mention != nearest.mention ? s : null;
  }

  /**
   * The first comparison or parity phrase, other than {@code except}, whose competitors include
   * the name starting at {@code competitorStart}; null when there is none.
   */
  private CueMatch comparisonAgainst(Analysed a, int competitorStart, List<CueMatch> cues,
      CueMatch except) {
    for (CueMatch c : cues) {
      if (c != except && (c.cue.kind() == ClaimKind.COMPARE || c.cue.kind() == ClaimKind.PARITY)
          && c.end <= competitorStart
          && objects(a, c.end).stream().anyMatch(o -> o.start() == competitorStart)) {
        return c;
      }
    }
    return null;
  }

  /**
   * Whether a phrase after a comma opens with a word that gives its number to the clause's
   * subject or to the name before the comma ("with", "scoring", "at"; « avec », « à »).
   */
  private boolean setOffScore(String phrase) {
    return lexicon.scoreOfSubject().matcher(phrase).lookingAt()
        || lexicon.phrase("set_off_score").pattern().matcher(phrase).lookingAt();
  }

  /** Whether a comma follows the number, after its unit: "at 75.5%, trails", « à 61,0, n'est ». */
  private boolean closedByComma(String t, NumberReader.Found n) {
    return t.substring(pastUnit(t, n.end())).stripLeading().startsWith(",");
  }

  /**
   * The comparison's subject, for one number right after a list of its competitors in the same
   * clause: "trails GPT-5 and Claude Opus 4.1 (on SWE-bench Verified) at 59.6%" gives no one
   * competitor the number. Null otherwise.
   */
  private Subject afterCompetitorList(Analysed a, NumberReader.Found n, Mention main,
      List<CueMatch> cues) {
    String t = a.text();
    Found last = null;
    for (Found f : a.mentions()) {
      if (f.isModel() && f.end() <= n.start()) {
        last = f;
      }
    }
    if (last == null || t.substring(last.end(), n.start()).matches("(?s).*[,;:.!?()\\[\\]].*")
        || numbers.findAll(t.substring(n.end())).stream().findFirst()
            .filter(m -> isListGap(betweenScores(t.substring(n.end(), n.end() + m.start()))))
            .isPresent()) {
      return null;
    }
    for (CueMatch c : cues) {
      if ((c.cue.kind() == ClaimKind.COMPARE || c.cue.kind() == ClaimKind.PARITY)
          && c.end <= last.start()) {
        List<Found> objects = objects(a, c.end);
        if (objects.size() > 1 && objects.get(objects.size() - 1).start() == last.start()
            && numbers.findAll(t.substring(objects.get(0).end(), last.start())).isEmpty()) {
          // Not "behind both o3 at 83.3 and Gemini 2.5 Pro at 83": each has its own there.
          Subject s = subject(a, c.start, main);
          return s != null && s.mention != last.mention() ? s : null;
        }
      }
    }
    return null;
  }

  /** One organisation written two ways: "Google" and "Google DeepMind", "Mistral" and "Mistral AI". */
  private static boolean sameMaker(String a, String b) {
    return a.equalsIgnoreCase(b) || a.startsWith(b + " ") || b.startsWith(a + " ");
  }

  /**
   * True when the main subject's vendor speaks before {@code cueStart} and gives a score there:
   * "Anthropic reports 70.3%, well ahead of ...". When the registry does not know the vendor, an
   * organisation the article names together with the main subject ({@code makers}) stands in.
   */
  private boolean vendorReportsScore(Analysed a, String mainVendor, java.util.Set<String> makers,
      int cueStart) {
    String t = a.text();
    for (int[] o : organisations(a)) {
      // Another vendor's figure is not the main subject's.
      if (ownVendor(t.substring(o[0], o[1]), mainVendor, makers)
          && reportsScoreBefore(t, o, cueStart)) {
        return true;
      }
    }
    // « l'entreprise revendique 77 % ..., loin devant GPT-5.1 »: the company the article is
    // about.
    Matcher descriptor = lexicon.claimantDescriptors().matcher(t);
    while (descriptor.find()) {
      if (reportsScoreBefore(t, new int[] {descriptor.start(), descriptor.end()}, cueStart)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the speaker at {@code o} gives a number before {@code cueStart}: a verb of saying
   * right after it ("Google reports 63.8%"), or right before it where the subject may follow
   * its verb, then the number.
   */
  private boolean reportsScoreBefore(String t, int[] o, int cueStart) {
    if (o[1] > cueStart) {
      return false;
    }
    Matcher verb = lexicon.claimantAfter().matcher(t);
    verb.region(pastWhitespace(t, o[1], cueStart), cueStart);
    int verbEnd;
    if (verb.lookingAt()) {
      verbEnd = verb.end();
    } else if (lexicon.wordOrder().subjectAfterVerb() && verbRightBefore(t, o[0])) {
      // "Im Test OSWorld nennt Google 61,4 Prozent, eine deutliche Steigerung gegenüber ...":
      // the verb before its inverted subject.
      verbEnd = o[1];
    } else {
      return false;
    }
    return numbers.findAll(t).stream()
        .anyMatch(n -> n.start() >= verbEnd && n.end() <= cueStart && !partOfName(t, n));
  }

  /** A score's unit and the comma after it, then perhaps an aside: "%, according to Google, ". */
  private static final Pattern SET_OFF_AFTER_SCORE =
      Pattern.compile("\\s*%?\\s*\\p{L}{0,8}\\s*,(?:[^,;:.!?\\p{N}]{1,40},)?"
          + "\\s*(?:\\p{Ll}+\\s+){0,2}");

  /**
   * The model whose score ends right before a phrase, set off from it by a comma and perhaps an
   * aside: "reaches 31.1 percent, according to Google, nearly double ...". Null when no such
   * score, or when a model is named between.
   */
  private Subject scoreRightBefore(Analysed a, int cueStart, Mention main, List<CueMatch> cues) {
    NumberReader.Found n = setOffScore(a, cueStart);
    return n == null ? null : ownerOf(a, n, main, cues);
  }

  /** The score a phrase at {@code cueStart} is set off after, as {@link #scoreRightBefore}. */
  private NumberReader.Found setOffScore(Analysed a, int cueStart) {
    String t = a.text();
    NumberReader.Found last = null;
    for (NumberReader.Found n : numbers.findAll(t.substring(0, cueStart))) {
      last = n;
    }
    if (last == null || partOfName(t, last) || notAScore(a, last)
        || !SET_OFF_AFTER_SCORE.matcher(t).region(last.end(), cueStart).matches()) {
      return null;
    }
    int from = last.end();
    return a.mentions().stream().anyMatch(f -> f.start() >= from && f.end() <= cueStart)
        ? null : last;
  }


  /**
   * Whether an organisation is the maker of the article's model: its vendor when known, else
   * any maker of a model the article names.
   */
  private static boolean ownVendor(String name, String mainVendor, java.util.Set<String> makers) {
    return mainVendor != null ? sameMaker(name, mainVendor)
        : makers.contains(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a verb of saying ends right before {@code at}, with only whitespace between. */
  private boolean verbRightBefore(String t, int at) {
    Matcher verb = lexicon.claimantAfter().matcher(t).useTransparentBounds(true)
        .region(Math.max(0, at - 40), at);
    while (verb.find()) {
      if (t.substring(verb.end(), at).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "On math, it is behind GPT-4o", « en mathématiques »: the clause names its own field, in
   * lower case, so the benchmarks of the sentence before are not what it is about.
   */
  private boolean namesTopic(String t, int from, int to, CueMatch cue) {
    Matcher m = lexicon.topicPrepositions().matcher(t);
    m.region(from, to);
    while (m.find()) {
      String rest = t.substring(m.end(), Math.min(to, m.end() + 40)).stripLeading();
      if (m.start() >= cue.start && m.start() < cue.end
          || m.end() <= cue.start && t.substring(m.end(), cue.start).isBlank()) {
        // « n'arrive qu'en troisième position »: the preposition of the phrase itself.
        continue;
      }
      if (!rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0))
          && !lexicon.references().matcher(rest).lookingAt()
          && !lexicon.determiners().matcher(rest).lookingAt()
          && !lexicon.vagueObjects().matcher(rest).lookingAt()
          // "comparable to Qwen3-8B in thinking mode": how a model was run, not a field.
          && !lexicon.phrase("run_setting").pattern().matcher(rest).lookingAt()
          // "held the top spot on LMArena for six straight weeks": a time, not a field.
          && !lexicon.phrase("time_span").pattern().matcher(rest).lookingAt()
          // « en rigor, Gemini 3 Pro queda por detrás »: a sentence adverb, not a field.
          && !lexicon.phrase("not_topic").pattern().matcher(rest).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "88.6 on MMLU and 96.8 on GSM8K, slightly ahead of GPT-4o on the latter": of the benchmarks
   * named before the phrase, the one that "the latter" (the last) or "the former" (the first)
   * points to.
   */
  private List<Found> pointedTo(String t, CueMatch cue, int clauseEnd, List<Found> benchmarks,
      boolean fromContext) {
    if (benchmarks.size() < 2
        || !fromContext && benchmarks.stream().anyMatch(f -> f.end() > cue.end)) {
      return benchmarks;
    }
    // After the benchmarks (those of the sentence before: anywhere), in this phrase's clause:
    // "liegt bei letzterem vor GPT-4o".
    int from = fromContext ? 0 : benchmarks.stream().mapToInt(Found::end).max().orElse(0);
    int to = Math.max(cue.end, clauseEnd);
    if (from > to) {
      return benchmarks;
    }
    String clause = t.substring(from, to);
    if (lexicon.phrase("latter").pattern().matcher(clause).find()) {
      return new ArrayList<>(List.of(benchmarks.get(benchmarks.size() - 1)));
    }
    if (lexicon.phrase("former").pattern().matcher(clause).find()) {
      return new ArrayList<>(List.of(benchmarks.get(0)));
    }
    return benchmarks;
  }

  private static final Pattern ASIDE = Pattern.compile("\\s*,[^,;:.!?]{1,60},\\s*");

  /**
   * Whether a superlative is predicated of the clause's subject: right after the copula ("es el
   * mejor", "Es, según nuestras mediciones, el mejor") or in apposition to a score ("logra 90,2
   * puntos, el mejor resultado").
   */
  private boolean predicated(String t, int from, int cueStart) {
    String before = t.substring(Math.min(from, cueStart), cueStart);
    Matcher copula = lexicon.phrase("copula").pattern().matcher(before);
    while (copula.find()) {
      String rest = before.substring(copula.end());
      if (rest.isBlank() || ASIDE.matcher(rest).matches()) {
        return true;
      }
    }
    String trimmed = before.stripTrailing();
    if (!trimmed.endsWith(",")) {
      return false;
    }
    trimmed = trimmed.substring(0, trimmed.length() - 1);
    List<NumberReader.Found> found = numbers.findAll(trimmed);
    if (found.isEmpty()) {
      return false;
    }
    String after = trimmed.substring(found.get(found.size() - 1).end()).strip();
    Matcher unit = lexicon.scoreUnits().matcher(after);
    return after.isEmpty() || unit.lookingAt() && unit.end() == after.length();
  }

  /**
   * The model a label is said of: the one name right after the colon that ends the label, with at
   * most a note in brackets after it and nothing else ("Best overall: Claude Sonnet 4.5"); null
   * when the line goes on or names no model there.
   */
  private Subject nameAfterLabel(Analysed a, int from) {
    String t = a.text();
    int colon = t.indexOf(':', from);
    if (colon < 0 || t.indexOf(':', colon + 1) >= 0) {
      return null;
    }
    for (Found f : a.mentions()) {
      if (f.start() >= from && f.start() < colon) {
        return null;
      }
      if (f.start() > colon) {
        boolean right = t.substring(colon + 1, f.start()).isBlank();
        return right && f.isModel() && LABEL_NAME_END.matcher(t.substring(f.end())).matches()
            ? new Subject(f.mention(), null, f.start(), f.end()) : null;
      }
    }
    return null;
  }

  /**
   * The model named right after the language's {@code copula} that follows {@code from} in its
   * clause, with no comma and no other model before it: "is Kimi K2 Thinking" in "The best open
   * model on LMArena is Kimi K2 Thinking". Null when a word stands between the verb and the name
   * ("is not Kimi K2").
   */
  private Subject nameAfterCopula(Analysed a, int from, int clauseEnd) {
    String t = a.text();
    int end = Math.min(t.length(), Math.max(from, clauseEnd));
    Matcher copula = lexicon.phrase("copula").pattern().matcher(t).region(from, end);
    while (copula.find()) {
      int at = copula.start();
      if (t.substring(from, at).indexOf(',') >= 0
          || at > 0 && Character.isLetterOrDigit(t.charAt(at - 1))) {
        return null;
      }
      int verbEnd = copula.end();
      if (verbEnd < t.length() && Character.isLetterOrDigit(t.charAt(verbEnd))) {
        continue;
      }
      if (a.mentions().stream().anyMatch(f -> f.isModel() && f.start() >= from && f.start() < at)) {
        return null;
      }
      for (Found f : a.mentions()) {
        if (f.start() >= verbEnd) {
          return f.isModel() && t.substring(verbEnd, f.start()).isBlank()
              ? new Subject(f.mention(), null, f.start(), f.end()) : null;
        }
      }
      return null;
    }
    return null;
  }

  /** What may follow the name a label is said of: a note in brackets, a full stop. */
  private static final Pattern LABEL_NAME_END =
      Pattern.compile("\\s*(?:\\([^()]*\\))?\\s*[.!]?\\s*");

  /**
   * The model set off by commas right after a rank phrase that opens with a determiner: "the
   * runner-up, GPT-4o, at 1,406"; or the one right before a bare place that ends its clause
   * ("GPT-4.5, deuxième."). Null when no name stands right there.
   */
  private Found apposed(Analysed a, CueMatch cue) {
    String t = a.text();
    String phrase = t.substring(cue.start, cue.end).strip();
    String rest = t.substring(cue.end).stripLeading();
    Matcher article = lexicon.determiners().matcher(phrase);
    String bare = article.lookingAt() ? phrase.substring(article.end()).strip() : phrase;
    boolean qualified = bare != phrase && bare.matches("(?:\\p{L}+ )?\\p{L}+(?:-\\p{L}+)?");
    if ((phrase.matches("\\p{L}+") || qualified)
        && (rest.isEmpty() || ",.;:)".indexOf(rest.charAt(0)) >= 0)) {
      // « soit 40 points de plus que GPT-4.5, deuxième. », "with Gemini 2.5 Pro second", "with
      // Claude Sonnet 4 a close second": a bare place right after the name it is given to.
      Found before = a.mentions().stream().filter(f -> f.isModel() && f.end() <= cue.start
          && t.substring(f.end(), cue.start).matches("\\s*,?\\s*")).findFirst().orElse(null);
      if (before != null || !qualified) {
        return before;
      }
    }
    if (!lexicon.determiners().matcher(phrase).lookingAt()) {
      return null;
    }
    Matcher comma = Pattern.compile("\\s*,\\s*").matcher(t);
    comma.region(cue.end, t.length());
    if (!comma.lookingAt()) {
      return null;
    }
    int at = comma.end();
    Found model = a.mentions().stream()
        .filter(f -> f.isModel() && f.start() == at).findFirst().orElse(null);
    if (model == null) {
      return null;
    }
    String after = t.substring(model.end()).stripLeading();
    return after.isEmpty() || ",.;:)".indexOf(after.charAt(0)) >= 0 ? model : null;
  }

  /** Whether a phrase speaks of "the benchmark" or "the leaderboard" without naming it. */
  private boolean unnamedBenchmark(String phrase) {
    for (String word : phrase.split("[^\\p{L}\\p{N}\\-]+")) {
      if (!word.isEmpty() && lexicon.benchmarkNames().unnamed().matcher(word).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "matches or beats Y on most benchmarks": whether a parity phrase is joined by one short word
   * to a superiority phrase that a vague scope follows in its clause, with no other claim phrase
   * between; the superiority then gives the one vague claim, and the parity none of its own.
   */
  private static boolean joinedToVagueSuperiority(String t, CueMatch parity,
      List<CueMatch> cues) {
    for (CueMatch c : cues) {
      if (c.cue.kind() != ClaimKind.COMPARE || c.cue.reverse() || c.start < parity.end
          || !t.substring(parity.end, c.start).matches("\\s+\\p{L}{1,4}\\s+")) {
        continue;
      }
      for (CueMatch v : cues) {
        if (v.cue.kind() == ClaimKind.VAGUE && v.start >= c.end
            && cues.stream().noneMatch(o -> o != c && o.cue.kind() != ClaimKind.VAGUE
                && o.start >= c.end && o.start < v.start)
            && t.substring(c.end, v.start).matches("(?:[^.;:!?]|\\.(?=\\p{N}))*")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The models ranked ahead, up to the first one (after the first) that a claim phrase of its
   * own follows directly: "second, behind only o3, and Gemini 2.5 Pro is fourth" ranks o3 ahead;
   * Gemini 2.5 Pro is the subject of "is fourth".
   */
  private static List<Found> beforeOwnClaim(String t, List<Found> objects, List<CueMatch> cues) {
    for (int i = 1; i < objects.size(); i++) {
      int end = objects.get(i).end();
      boolean ownClaim = cues.stream().anyMatch(c -> c.start >= end && c.start - end <= 12
          && t.substring(end, c.start).matches("\\s+"));
      if (ownClaim) {
        return objects.subList(0, i);
      }
    }
    return objects;
  }

  /** ", while", "as", « tandis que », "und": words opening a clause of its own. */
  private boolean opensOwnClause(String gap) {
    String g = gap.replaceFirst("^[\\s,;–—-]+", "");
    return lexicon.phrase("clause_opener").pattern().matcher(g).lookingAt();
  }

  /**
   * Whether such a word in {@code from..to} opens a clause with a subject of its own, named right
   * after it, and no benchmark follows it ("encabeza LMArena y Google lo llama ..."); not a second
   * verb of the same subject ("und ist damit ...").
   */
  private boolean opensNamedClause(Analysed a, int from, int to) {
    String t = a.text();
    Matcher m = lexicon.phrase("clause_opener").pattern().matcher(t);
    m.region(from, to);
    while (m.find()) {
      int end = m.end();
      String rest = t.substring(end, to).stripLeading();
      if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))
          && a.benchmarks().stream().noneMatch(f -> f.start() >= end && f.end() <= to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a rank phrase at {@code rankStart} directly follows the competitors of a "behind"
   * phrase ending at {@code objectsEnd}, in the same clause: "landet hinter DeepSeek V3.1 auf dem
   * zweiten Rang", "finishes behind o3 in second place".
   */
  private static boolean rankRightAfter(Analysed a, int objectsEnd, int rankStart) {
    if (rankStart < objectsEnd) {
      return false;
    }
    // The last competitor's own score in parentheses stands between them: "hinter o3 (79,6
    // Prozent) und Gemini 2.5 Pro (76,9 Prozent) auf dem dritten Platz".
    String gap = a.text().substring(objectsEnd, rankStart)
        .replaceFirst("^\\s*\\([^()]*\\p{N}[^()]*\\)", "");
    return gap.length() <= 15 && !gap.matches("(?s).*[,;:.!?()].*");
  }

  /** Whether a rank phrase puts its model first ("at #1"), so that no model is ahead of it. */
  private boolean firstPlace(String rankCue) {
    return rankCue != null && lexicon.phrase("first_place").pattern().matcher(rankCue).find();
  }

  private static boolean followsRank(Analysed a, int rankEnd, int cueStart) {
    // The model ahead may come after the rank's own qualifiers: "ranks third among open-weights
    // models on the Artificial Analysis Intelligence Index, behind ...", « deuxième des modèles
    // ouverts de moins de 70 milliards de paramètres, juste derrière », "segundo puesto de
    // LMArena, con 1.417 puntos de Elo, solo por detrás de". A decimal point is no sentence break.
    return cueStart >= rankEnd && cueStart - rankEnd <= 90
        && !a.text().substring(rankEnd, cueStart).matches("(?s).*(?:[;:!?]|\\.(?!\\p{N})).*")
        && a.mentions().stream().noneMatch(f -> f.isModel() && f.start() >= rankEnd
            && f.end() <= cueStart);
  }

  /**
   * The competitors introduced before a phrase by "against"/« face à »/"gegenüber"/"frente a",
   * in the phrase's clause: "Against GPT-4o and Claude 3.5 Sonnet, it comes out ahead".
   */
  private List<Found> against(Analysed a, int from, int cueStart) {
    Matcher m = lexicon.phrase("against").pattern().matcher(a.text());
    m.region(Math.min(from, cueStart), cueStart);
    if (!m.find()) {
      return List.of();
    }
    return introducedBy(a, m.end(), cueStart);
  }

  /** The models that "against"/"frente a" introduces before {@code to}: competitors, not subjects. */
  private List<Found> introducedAsCompetitors(Analysed a, int to) {
    Matcher m = lexicon.phrase("against").pattern().matcher(a.text());
    m.region(0, to);
    List<Found> out = new ArrayList<>();
    while (m.find()) {
      out.addAll(introducedBy(a, m.end(), to));
    }
    return out;
  }

  /**
   * The list after "against" up to {@code cueStart}; a last name after a comma and right before
   * the verb is the clause's subject, not in the list: « Face à Llama 3.1 405B, Qwen2.5-Max reste
   * derrière ».
   */
  private List<Found> introducedBy(Analysed a, int from, int cueStart) {
    String t = a.text();
    List<Found> list = new ArrayList<>(objects(a, from).stream()
        .filter(f -> f.end() <= cueStart).toList());
    if (list.size() >= 2) {
      Found last = list.get(list.size() - 1);
      Found before = list.get(list.size() - 2);
      String gap = t.substring(before.end(), last.start()).strip();
      String rest = t.substring(last.end(), cueStart);
      if (gap.equals(",") && words(t, last.end(), cueStart) <= 2
          && !rest.matches("(?s).*[,;:.!?].*")) {
        list.remove(list.size() - 1);
      }
    }
    return list;
  }

  /**
   * A reference to the article's subject right after {@code from} (at most {@code maxWords}
   * words between, no mark), as a competitor: "hängt Grok 3 [das Modell] ab". Empty when there
   * is none.
   */
  private List<Found> referenceObject(Analysed a, int from, Mention main, int maxWords) {
    if (main == null) {
      return List.of();
    }
    String t = a.text();
    for (int[] r : a.references()) {
      if (r[0] < from) {
        continue;
      }
      String gap = t.substring(from, r[0]);
      if (words(t, from, r[0]) <= maxWords && !gap.matches("(?s).*[\\p{N},;:.!?()].*")
          && a.mentions().stream().noneMatch(f -> f.start() >= from && f.end() <= r[0])) {
        return List.of(new Found(r[0], r[1], main));
      }
      break;
    }
    return List.of();
  }

  /**
   * The competitor a pronoun after a comparison phrase stands for when an earlier clause of the
   * sentence has a model of its own as subject: "gpt-oss-120b remains the strongest open model,
   * but Kimi K2 Thinking now sits above [it]", "Opus 4 doesn't beat o3, and the table shows
   * Gemini 2.5 Pro ahead of [it]". {@code ref} as it is otherwise (the article's subject) when the
   * reference is no pronoun (lexicon phrase {@code model_pronoun}), the comparison's subject is not
   * named before it ({@code subjectStart} negative), or the first model of the sentence is a
   * competitor itself.
   */
  private Found pronounForEarlierSubject(Analysed a, Found ref, int subjectStart) {
    String t = a.text();
    if (subjectStart < 0 || !lexicon.phrase("model_pronoun").pattern()
        .matcher(t.substring(ref.start(), ref.end())).matches()) {
      return ref;
    }
    Found first = a.subjects().stream().filter(f -> f.end() <= subjectStart)
        .findFirst().orElse(null);
    if (first == null || !CLAUSE_JOIN.matcher(t.substring(first.end(), subjectStart)).find()
        || vendors.matcher(first.mention().text()).matches()
        // "DeepSeek's V3.2-Exp undercuts it on price, and Qwen3-Max outscores it": the earlier
        // clause has the pronoun too, and both stand for the article's subject.
        || a.references().stream().anyMatch(r -> r[0] >= first.end() && r[1] <= subjectStart)
        || cueMatches(t).stream().anyMatch(c -> c.end <= first.start()
            && objects(a, c.end).stream().anyMatch(o -> o.start() == first.start()))) {
      return ref;
    }
    return new Found(ref.start(), ref.end(), first.mention());
  }

  private static final Pattern CLAUSE_JOIN = Pattern.compile("[,;]");

  /** Whether a list word of the language ("and", « y »), not only a comma, stands in the span. */
  private boolean conjunctionBetween(String t, int from, int to) {
    Matcher m = lexicon.listSeparator().matcher(t).region(from, to);
    while (m.find()) {
      if (m.group().chars().anyMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The competitor a pronoun after phrase {@code cue} ({@code refs}: lexicon phrases
   * {@code model_pronoun} or {@code object_reference}) stands for when the phrase's subject is
   * the article's model, which the pronoun otherwise names: the last model named before the
   * phrase, when it is the competitor of an earlier phrase of the sentence and a contrast (lexicon
   * phrase {@code contrast_opener}: "but", « pero ») or a conjunction ("and") opens the clause
   * between. Empty otherwise.
   */
  private List<Found> earlierCompetitor(Analysed a, List<Found> refs, CueMatch cue,
      List<CueMatch> cues) {
    String t = a.text();
    if (refs.size() != 1) {
      return List.of();
    }
    Found before = a.mentions().stream().filter(f -> f.isModel() && f.end() <= cue.start)
        .reduce((x, y) -> y).orElse(null);
    if (before == null || !competitorOfPhrase(a, before.start(), cues)
        // The phrase opens a clause of its own ("... but matches it", "... and matches it"), not
        // "on par with GPT-5 rather than ahead of it".
        || !lexicon.phrase("contrast_opener").pattern().matcher(t)
            .region(before.end(), cue.start).find()
            && !conjunctionBetween(t, before.end(), cue.start)) {
      return List.of();
    }
    return List.of(new Found(refs.get(0).start(), refs.get(0).end(), before.mention()));
  }

  /** Whether a model is named in the sentence before {@code at}. */
  private static boolean modelBefore(Analysed a, int at) {
    return a.mentions().stream().anyMatch(f -> f.isModel() && f.end() <= at);
  }

  /**
   * Whether an object pronoun (lexicon phrase {@code object_clitic}) ends the text between the
   * subject named at {@code subjectStart} and the phrase at {@code cueStart}, right after the
   * name or one word after it, with no verb of being before it: « X l'a dépassé », « X ya lo
   * supera »; not « X est le meilleur » nor « qualifie X de « modèle le plus ... » (articles).
   */
  private boolean cliticBefore(Analysed a, int subjectStart, int cueStart) {
    String t = a.text();
    Found named = a.mentions().stream().filter(f -> f.start() == subjectStart).findFirst()
        .orElse(null);
    if (named == null || cueStart <= named.end()) {
      return false;
    }
    String before = t.substring(subjectStart, cueStart).stripTrailing();
    Matcher m = lexicon.phrase("object_clitic").pattern().matcher(before);
    int at = -1;
    while (m.find()) {
      if (m.end() == before.length() && m.end() > m.start()) {
        at = m.start();
        break;
      }
    }
    return at > 0 && at >= named.end() - subjectStart
        && NEXT_TO_NAME.matcher(before.substring(named.end() - subjectStart, at)).matches()
        && !endsWith(lexicon.phrase("copula").pattern(), before.substring(0, at));
  }

  /** Nothing or one word between a name and what follows it: " ", " ya ". */
  private static final Pattern NEXT_TO_NAME = Pattern.compile("\\s*(?:\\p{L}+\\s+)?");

  /**
   * A pronoun for the article's subject right after a comparison phrase, as its competitor:
   * "o4-mini fait mieux que [lui]". Empty when there is none.
   */
  private List<Found> objectReference(Analysed a, int from, Mention main) {
    String t = a.text();
    int at = from;
    while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
      at++;
    }
    Matcher m = lexicon.phrase("object_reference").pattern().matcher(t);
    m.useTransparentBounds(true).region(at, t.length());
    return m.lookingAt() ? List.of(new Found(m.start(), m.end(), main)) : List.of();
  }

  /** How far after "not claiming" the claim it denies may start, in characters. */
  private static final int DENIAL_REACH = 40;

  /**
   * Whether the sentence takes back what it reports, with nothing after in a clause of its own:
   * "In last week's issue we wrongly gave Gemini 2.5 Flash-Lite 86.8% on GPQA Diamond", « nous
   * avions attribué par erreur ». A retracted figure is no claim.
   */
  private boolean retracted(String t) {
    return retractedEnd(t) == t.length();
  }

  /**
   * Where the part of a sentence a correction takes back ends: "we wrongly attributed 71.9 to
   * Qwen3-Max; its correct score is 69.1" takes back what comes before the semicolon, and a
   * sentence with no semicolon or colon after the correction word is taken back whole. 0 when
   * the sentence takes nothing back.
   */
  private int retractedEnd(String t) {
    Matcher m = lexicon.phrase("retracted").pattern().matcher(t);
    if (!m.find()) {
      return 0;
    }
    for (int i = m.end(); i < t.length(); i++) {
      if (t.charAt(i) == ';' || t.charAt(i) == ':') {
        return i;
      }
    }
    return t.length();
  }

  /**
   * Whether a claim phrase says what a model powers, not where it stands: "GPT-5, the model
   * behind ChatGPT", „dem Modell hinter ChatGPT", « el modelo detrás de Claude » (lexicon phrase
   * {@code powers}, which the phrase opens inside of).
   */
  private boolean powers(String t, CueMatch cue) {
    Matcher m = lexicon.phrase("powers").pattern().matcher(t);
    while (m.find()) {
      if (m.start() < cue.start && cue.start < m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A claim the writer says they are not making: "Not trying to claim it's state of the art",
   * « Nous ne prétendons pas que c'est le meilleur modèle »; or one a question or a supposition
   * governs: "whether it can keep up with", « y si de verdad es mejor que ChatGPT ».
   */
  private boolean denied(String t, CueMatch cue) {
    return before(t, cue, "denied") || before(t, cue, "wished") || before(t, cue, "unasserted");
  }

  /**
   * Whether the phrase {@code name} stands shortly before the claim phrase in its clause: a
   * claim the writer says they are not making ("not trying to claim it beats"), or one a hope,
   * wish or expectation governs ("OpenAI hopes GPT-5 will take the top spot").
   */
  private boolean before(String t, CueMatch cue, String name) {
    Matcher m = lexicon.phrase(name).pattern().matcher(t);
    while (m.find() && m.end() <= cue.start) {
      String between = t.substring(m.end(), cue.start);
      if (between.length() <= DENIAL_REACH && !between.matches("(?s).*[,;:.!?].*")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "It scores 18.8% on Humanity's Last Exam, which Google calls state of the art": the sentence
   * gives a score on a capitalised name the registry does not know, so it is about that test and
   * the benchmarks of the sentence before are not borrowed. A claim phrase is no such name:
   * "fällt mit 1.478 Punkten auf Rang zwei" ranks, on the board named before.
   */
  private boolean scoredOnUnknownName(Analysed a, List<CueMatch> cues) {
    String t = a.text();
    for (NumberReader.Found n : numbers.findAll(t)) {
      String after = t.substring(n.end());
      String rest = after.stripLeading();
      Matcher unit = lexicon.scoreUnits().matcher(rest);
      if (unit.lookingAt() && !lexicon.benchmarkPrepositions().matcher(rest).lookingAt()) {
        rest = rest.substring(unit.end()).stripLeading();
      }
      Matcher prep = lexicon.benchmarkPrepositions().matcher(rest);
      if (after.isEmpty() || !Character.isWhitespace(after.charAt(0)) || !prep.lookingAt()) {
        continue;
      }
      String name = rest.substring(prep.end());
      int at = t.length() - name.length();
      String stripped = name.stripLeading();
      int start = at + (name.length() - stripped.length());
      if (stripped.isEmpty() || !Character.isUpperCase(stripped.codePointAt(0))
          || vendors.matcher(stripped).lookingAt()) {
        continue;
      }
      boolean known = a.mentions().stream().anyMatch(f -> f.start() <= start && start < f.end());
      boolean phrase = cues.stream().anyMatch(c -> c.start <= start && start < c.end);
      if (!known && !phrase) {
        return true;
      }
    }
    return false;
  }

  /** The benchmarks a clause leaves out: "except MMLU-Pro", « sauf sur MMLU-Pro ». */
  private List<Found> excepted(Analysed a, List<Found> benchmarks) {
    return excepted(a, benchmarks, lexicon.except());
  }

  /** The benchmarks that {@code words} ("except", "but not") take out of {@code benchmarks}. */
  private List<Found> excepted(Analysed a, List<Found> benchmarks, Pattern words) {
    List<Found> out = new ArrayList<>();
    Matcher m = words.matcher(a.text());
    while (m.find()) {
      int from = m.end();
      for (Found f : benchmarks) {
        if (f.start() >= from) {
          String gap = a.text().substring(from, f.start());
          if (gap.strip().isEmpty() || isListGap(gap) || gap.strip().split("\\s+").length <= 2) {
            out.add(f);
            from = f.end();
          }
        }
      }
    }
    return out;
  }

  /**
   * What a superlative is restricted to: "open_weights" for "the best open model", which the
   * registry's facts can check; "unchecked:&lt;words&gt;" for a class it cannot ("non-reasoning",
   * "under 10B"); null for a plain "the best model".
   */
  private String qualifier(String t, CueMatch cue) {
    String span = t.substring(cue.start, Math.min(t.length(), cue.end + 24));
    Matcher unchecked = lexicon.uncheckedQualifiers().matcher(span);
    if (unchecked.find()) {
      return "unchecked:" + unchecked.group();
    }
    return lexicon.openQualifiers().matcher(span).find() ? "open_weights" : null;
  }

  /** Mentions in order, each name once: "LiveBench ... the LiveBench table" is one benchmark. */
  private static List<Mention> distinct(List<Found> found) {
    List<Mention> out = new ArrayList<>();
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (Found f : found) {
      Mention m = f.mention();
      Object identity = m.isKnown() ? m.targets() : dev.claimcheck.registry.Names.key(m.text());
      if (seen.add(identity)) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<Claim> dedupe(List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      boolean dup = out.stream().anyMatch(o -> o.kind() == c.kind()
          && same(o.subject(), c.subject()) && o.objects().equals(c.objects())
          && o.benchmarks().equals(c.benchmarks()) && java.util.Objects.equals(o.value(), c.value()));
      if (!dup) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * "auf Platz zwei, nur hinter DeepSeek-R1": a place and the models ahead of it, read by two
   * phrases, are one rank with those models.
   */
  private static List<Claim> placeAndAheadJoined(List<Claim> claims) {
    return joined(claims, (o, c) -> o.kind() == ClaimKind.RANK && c.kind() == ClaimKind.RANK
            && o.negated() == c.negated() && same(o.subject(), c.subject())
            && o.objects().isEmpty() != c.objects().isEmpty()
            && o.benchmarks().stream().map(Mention::text).toList()
                .equals(c.benchmarks().stream().map(Mention::text).toList())
            && rightAfter(o, c),
        (o, c) -> new Claim(o.sentence(), o.kind(), o.subject(), o.subjectReference(),
            o.objects().isEmpty() ? c.objects() : o.objects(), o.benchmarks(),
            o.benchmarksFromContext(), o.value(), o.negated(), o.attribution(), o.cue(), o.fact(),
            o.stated()));
  }

  /** Whether the phrase of {@code c} follows that of {@code o} with only a comma between. */
  private static boolean rightAfter(Claim o, Claim c) {
    String t = o.sentence().text();
    int i = t.indexOf(o.cue());
    int j = i < 0 ? -1 : t.indexOf(c.cue(), i + o.cue().length());
    return j >= 0 && t.substring(i + o.cue().length(), j).matches("[\\s,;–—-]*");
  }

  /**
   * "has the top GPQA Diamond number, and it also leads on SimpleQA": one model's places at the
   * head of several benchmarks in one sentence are one rank (or superlative) on all of them.
   */
  private static List<Claim> sameRankJoined(List<Claim> claims) {
    return joined(claims, (o, c) -> (c.kind() == ClaimKind.RANK
            || c.kind() == ClaimKind.SUPERLATIVE)
            && o.kind() == c.kind() && o.negated() == c.negated()
            && same(o.subject(), c.subject()) && o.objects().equals(c.objects())
            && !o.benchmarks().isEmpty() && !c.benchmarks().isEmpty()
            && !o.benchmarksFromContext() && !c.benchmarksFromContext(),
        (o, c) -> {
          List<Mention> all = new ArrayList<>(o.benchmarks());
          c.benchmarks().stream().filter(b -> all.stream().noneMatch(x -> sameName(x, b)))
              .forEach(all::add);
          return new Claim(o.sentence(), o.kind(), o.subject(), o.subjectReference(),
              o.objects(), all, false, o.value(), o.negated(), o.attribution(), o.cue(), o.fact(),
              o.stated());
        });
  }

  /**
   * "muy lejos del 72,9 % de Gemini 2.5 Pro y por debajo incluso de Qwen2.5-Coder-32B": one
   * model compared the same way on the same benchmarks with two phrases is one comparison with
   * all the competitors; a win and a loss stay two.
   */
  private static List<Claim> sameComparisonJoined(List<Claim> claims) {
    return joined(claims, (o, c) -> (c.kind() == ClaimKind.COMPARE
            || c.kind() == ClaimKind.PARITY)
            && o.kind() == c.kind() && o.negated() == c.negated()
            && same(o.subject(), c.subject()) && !o.objects().isEmpty()
            && !c.objects().isEmpty()
            && o.benchmarks().stream().map(Mention::text).toList()
                .equals(c.benchmarks().stream().map(Mention::text).toList())
            && java.util.Objects.equals(o.attribution(), c.attribution()),
        (o, c) -> {
          List<Mention> all = new ArrayList<>(o.objects());
          c.objects().stream().filter(x -> all.stream().noneMatch(y -> sameName(x, y)))
              .forEach(all::add);
          return o.withObjects(all);
        });
  }

  /** Each claim joined into the first earlier one it goes {@code together} with. */
  private static List<Claim> joined(List<Claim> claims,
      java.util.function.BiPredicate<Claim, Claim> together,
      java.util.function.BinaryOperator<Claim> join) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      int at = -1;
      for (int i = 0; i < out.size() && at < 0; i++) {
        if (together.test(out.get(i), c)) {
          at = i;
        }
      }
      if (at < 0) {
        out.add(c);
      } else {
        out.set(at, join.apply(out.get(at), c));
      }
    }
    return out;
  }

  /**
   * One model, named in full or by the short form its name ends with ("R1-0528" and
   * "DeepSeek-R1-0528"): a pronoun for the article's model is no competitor of that model.
   * Narrower than {@link #related}: a family and its member ("GPT-4o", "GPT-4o mini") stay two.
   */
  private static boolean sameModel(Mention a, Mention b) {
    if (sameName(a, b)) {
      return true;
    }
    String x = dev.claimcheck.registry.Names.key(a.text());
    String y = dev.claimcheck.registry.Names.key(b.text());
    String shorter = x.length() <= y.length() ? x : y;
    return shorter.length() >= 2 && shorter.chars().anyMatch(Character::isDigit)
        && (x.endsWith(y) || y.endsWith(x));
  }

  /** Two mentions of one name: a model is never its own competitor. */
  private static boolean sameName(Mention a, Mention b) {
    if (a.isKnown() && b.isKnown()) {
      return a.targets().equals(b.targets());
    }
    return dev.claimcheck.registry.Names.key(a.text())
        .equals(dev.claimcheck.registry.Names.key(b.text()));
  }

  /**
   * Whether {@code other} names the model {@code own} names: the same name, or a family name
   * with no number that {@code own}'s name starts with ("Claude" for Claude Sonnet 4.5).
   */
  private static boolean ownName(Mention own, Mention other) {
    if (sameName(own, other)) {
      return true;
    }
    String family = dev.claimcheck.registry.Names.key(other.text());
    return !family.isEmpty() && family.chars().noneMatch(Character::isDigit)
        && dev.claimcheck.registry.Names.key(own.text()).startsWith(family);
  }

  private static boolean same(Mention a, Mention b) {
    return a.text().equals(b.text()) && java.util.Objects.equals(a.span(), b.span());
  }

  private record CueMatch(Cue cue, int start, int end) {}

  /** Phrase matches, longest first where they overlap, in text order. */
  /** The last sentence's phrase matches, per thread: a sentence asks for them many times. */
  private final ThreadLocal<Map.Entry<String, List<CueMatch>>> lastCues = new ThreadLocal<>();

  private List<CueMatch> cueMatches(String t) {
    Map.Entry<String, List<CueMatch>> last = lastCues.get();
    if (last != null && last.getKey() == t) {
      return last.getValue();
    }
    List<CueMatch> found = findCues(t);
    lastCues.set(Map.entry(t, found));
    return found;
  }

  private List<CueMatch> findCues(String t) {
    List<CueMatch> all = new ArrayList<>();
    for (Cue cue : lexicon.cues()) {
      if (!prefilters.get(cue).matcher(t).find()) {
        continue;
      }
      Matcher m = cue.pattern().matcher(t);
      while (m.find()) {
        if (m.end() > m.start()) {
          all.add(new CueMatch(cue, m.start(), m.end()));
        }
      }
    }
    all.sort(Comparator.comparingInt((CueMatch c) -> c.end - c.start).reversed());
    List<CueMatch> kept = new ArrayList<>();
    for (CueMatch c : all) {
      // "tops": a comparison when a model follows ("tops GPT-4o"), a rank otherwise ("tops
      // LiveBench"); both readings are kept and the claim loop lets the first that fits win.
      boolean overlaps = kept.stream().anyMatch(k -> k.start < c.end && c.start < k.end
          && k.cue.kind() != ClaimKind.VAGUE && c.cue.kind() != ClaimKind.VAGUE
          && !(k.start == c.start && k.end == c.end && k.cue.kind() != c.cue.kind()));
      if (!overlaps) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(CueMatch::start));
    return kept;
  }

  /** The subject of a phrase, and where it was found in the sentence (-1: not in it). */
  private record Subject(Mention mention, String reference, int start, int end) {
    Subject(Mention mention, String reference) {
      this(mention, reference, -1, -1);
    }

    Subject(Mention mention, String reference, int start) {
      this(mention, reference, start, start);
    }
  }

  /** A model or a reference to the article's subject right after a phrase (within 3 words). */
  private Subject subjectAfter(Analysed a, int from, Mention main) {
    String t = a.text();
    Found model = a.mentions().stream()
        .filter(f -> f.isModel() && f.start() >= from).findFirst().orElse(null);
    Matcher r = lexicon.references().matcher(t);
    r.region(from, t.length());
    int refStart = r.find() ? r.start() : Integer.MAX_VALUE;
    if (main != null && refStart < Integer.MAX_VALUE
        && (model == null || refStart < model.start()) && words(t, from, refStart) <= 3) {
      return new Subject(main, t.substring(r.start(), r.end()), r.start(), r.end());
    }
    if (model != null && words(t, from, model.start()) <= 3) {
      return new Subject(model.mention(), null, model.start(), model.end());
    }
    return null;
  }

  /**
   * The model a rank phrase's verb hands the rank to: "[Platz 2] folgt GPT-4o", "[the best score
   * on X] goes to o3". One to three words lie between, starting with such a verb, none a number
   * or a mark; a model right after the phrase ("second only to o1", « troisième, derrière X »)
   * or after another word ("takes the top spot from o3") is not the ranked one.
   */
  private Subject rankedAfter(Analysed a, int from) {
    String t = a.text();
    Found model = a.mentions().stream()
        .filter(f -> f.isModel() && f.start() >= from).findFirst().orElse(null);
    if (model == null) {
      return null;
    }
    String gap = t.substring(from, model.start());
    int n = words(t, from, model.start());
    if (n < 1 || n > 3 || gap.matches("(?s).*[\\p{N},;:.!?()].*")
        || a.mentions().stream().anyMatch(f -> f.start() >= from && f.end() <= model.start())
        || !lexicon.phrase("rank_verb").pattern().matcher(gap.strip()).lookingAt()) {
      return null;
    }
    return new Subject(model.mention(), null, model.start(), model.end());
  }

  /**
   * "Heute führt Gemini 3 Pro LiveBench an", "dort führt weiterhin Gemini 3 Pro": in a language
   * whose subject may follow its verb, the model right after a verb of ranking (perhaps with an
   * adverb between) that something else opens the clause with; null otherwise.
   */
  private Subject invertedRanked(Analysed a, CueMatch cue, int clauseStart) {
    String t = a.text();
    // One word, the verb ("führt", "lidera"); not "por detrás de" before the model ahead.
    if (t.substring(Math.min(clauseStart, cue.start), cue.start).isBlank()
        || !t.substring(cue.start, cue.end).matches("\\p{L}+")) {
      return null;
    }
    for (Found f : a.mentions()) {
      if (f.start() >= cue.end) {
        return f.isModel() && ADVERBS_ONLY.matcher(t.substring(cue.end, f.start())).matches()
            ? new Subject(f.mention(), null, f.start(), f.end()) : null;
      }
    }
    return null;
  }

  /** Nothing, or one or two lower-case words: "führt weiterhin Gemini 3 Pro". */
  private static final Pattern ADVERBS_ONLY =
      Pattern.compile("\\s*(?:(?-i:\\p{Ll})+\\s+){0,2}", Pattern.UNICODE_CHARACTER_CLASS);

  private static int words(String t, int from, int to) {
    String gap = t.substring(from, Math.max(from, to)).strip();
    return gap.isEmpty() ? 0 : gap.split("\\s+").length;
  }

  /**
   * The benchmarks of one phrase's clause: those named after it, up to the next phrase ("beats
   * X on A and B"); else those before it, back to the previous phrase ("On A and B, it beats X";
   * « sur A, B et C, où le modèle dépasserait X »).
   */
  private List<Found> clauseBenchmarks(Analysed a, CueMatch cue, int from, int to) {
    List<Found> after = new ArrayList<>();
    List<Found> before = new ArrayList<>();
    String t = a.text();
    boolean nextClause = false;
    for (Found f : a.benchmarks()) {
      // A phrase may span its own benchmark: "liegt bei Arena-Hard hinter".
      if (f.start() >= cue.start && f.end() <= Math.max(to, cue.end)
          && !nextScoreItem(a, cue.end, f)) {
        // "liegt in den meisten Tests vorn, bei MATH hängt X das Modell ab": a benchmark that
        // opens the next phrase's clause after a comma is that phrase's.
        nextClause |= to < t.length() && f.start() >= cue.end
            && after.stream().noneMatch(x -> x.start() >= cue.end)
            && opensClause(t.substring(cue.end, f.start()));
        // "beats GPT-5 on BrowseComp and loses on SWE-bench Verified": a benchmark after a
        // verb of its own, joined by a conjunction, is that verb's, whatever it says.
        // So is one after a verb of its own when none came between: « conserve la deuxième
        // place, mais n'y figure pas en WebDev ».
        nextClause |= f.start() >= cue.end && otherVerbBefore(t.substring(
            after.isEmpty() ? cue.end : after.get(after.size() - 1).end(), f.start()));
        // "beats GPT-5 on BrowseComp, while GPT-5 wins on SWE-bench Verified", "...; on
        // SWE-bench Verified, GPT-5 wins": a clause of its own holds the later benchmark.
        nextClause |= f.start() >= cue.end && (t.substring(cue.end, f.start()).indexOf(';') >= 0
            || !after.isEmpty() && subordinateBetween(t, cue.end, f.start()));
        // "supera a X en LiveCodeBench, con un 68,5 %, pero en AIME 2025 sigue por detrás".
        nextClause |= !after.isEmpty() && f.start() >= after.get(after.size() - 1).end()
            && opensClause(t.substring(after.get(after.size() - 1).end(), f.start()), true);
        // „Auf A übertrifft X Y, auf B erreicht es 74,8 Prozent“: where the phrase has a
        // benchmark of its own before it, one opening a clause with words of its own after a
        // comma is that clause's.
        nextClause |= after.isEmpty() && f.start() >= cue.end
            && before.stream().anyMatch(b -> b.start() >= from)
            && opensClause(t.substring(cue.end, f.start())) && clauseGoesOn(t, f.end());
        if (!nextClause) {
          after.add(f);
        }
      } else if (f.start() >= from && f.end() <= cue.start) {
        before.add(f);
      }
    }
    for (int k = before.size() - 1; after.isEmpty() && k > 0; k--) {
      // "supera a X en LiveCodeBench, pero en AIME 2025 sigue por detrás de Y": a benchmark that
      // opens the phrase's own clause leaves out those of the clause before.
      if (opensClause(t.substring(before.get(k - 1).end(), before.get(k).start()))) {
        return before.subList(k, before.size());
      }
    }
    return after.isEmpty() ? before : after;
  }

  /**
   * Whether a list word followed by a number comes between {@code from} and a benchmark: in
   * "10.5 points above GPT-4o, and 87.4% on IFEval" the benchmark is the next number's; so it is
   * when it follows the list word and opens a score phrase of its own ("identical to
   * V3.1-Terminus, and a GPQA Diamond score of 79.9").
   */
  private boolean nextScoreItem(Analysed a, int from, Found bench) {
    int to = bench.start();
    if (to <= from) {
      return false;
    }
    String t = a.text();
    String gap = t.substring(from, to);
    Matcher sep = lexicon.listSeparator().matcher(gap);
    while (sep.find()) {
      if (!sep.group().chars().anyMatch(Character::isLetter)) {
        continue;
      }
      String rest = lexicon.determiners().matcher(gap.substring(sep.end())).replaceAll(" ");
      if (rest.matches("\\s*\\p{N}.*") || rest.isBlank() && scorePhraseAt(t,
          pastWhitespace(t, bench.end(), t.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a score phrase starts at {@code at}: "score of", "rating of". */
  private boolean scorePhraseAt(String t, int at) {
    return cueMatches(t).stream().anyMatch(c -> c.cue.kind() == ClaimKind.SCORE && c.start == at);
  }


  /** ", bei MATH hängt": a benchmark after a comma and a preposition, right before the verb. */
  private boolean frontedBenchmark(Analysed a, int from, int cueStart) {
    String t = a.text();
    return a.benchmarks().stream().anyMatch(f -> f.start() >= from && f.end() <= cueStart
        && t.substring(f.end(), cueStart).isBlank() && opensClause(t.substring(from, f.start())));
  }

  /**
   * Where the clause of a claim phrase at {@code next} starts: at the comma before a conjunction
   * and a benchmark when that clause names its own subject before the phrase ("trails o3-mini on
   * LiveCodeBench, and on HumanEvalPlus it comes in second"), so the benchmark is that clause's;
   * else at the phrase.
   */
  private int benchmarkClause(Analysed a, int from, int next) {
    for (Found f : a.benchmarks()) {
      if (f.start() < from || f.end() > next) {
        continue;
      }
      int comma = clauseOpenedBy(a.text(), from, f);
      boolean ownSubject = a.mentions().stream().anyMatch(m -> m.isModel()
              && m.start() >= f.end() && m.end() <= next)
          || a.references().stream().anyMatch(r -> r[0] >= f.end() && r[1] <= next);
      if (comma >= 0 && ownSubject) {
        return comma;
      }
    }
    return next;
  }

  /**
   * The comma (or semicolon) that opens a clause with the benchmark {@code f}, not before
   * {@code from}: ", and on HumanEvalPlus", "; on WebDev Arena" (a semicolon opens a clause by
   * itself), ", y en HLE". -1 when the benchmark opens none.
   */
  private int clauseOpenedBy(String t, int from, Found f) {
    int comma = Math.max(t.lastIndexOf(',', f.start()), t.lastIndexOf(';', f.start()));
    if (comma < from) {
      return -1;
    }
    String rest = t.substring(comma + 1, f.start()).strip();
    Matcher opener = lexicon.phrase("clause_opener").pattern().matcher(rest);
    boolean semicolon = t.charAt(comma) == ';';
    if (!semicolon && !opener.lookingAt()) {
      return -1;
    }
    String prep = semicolon ? rest : rest.substring(opener.end()).strip();
    return !prep.isEmpty() && lexicon.benchmarkPrepositions().matcher(prep).matches()
        ? comma : -1;
  }

  /** Whether two words at least follow {@code at} before the clause or sentence ends. */
  private static boolean clauseGoesOn(String t, int at) {
    Matcher m = CLAUSE_MARK.matcher(t).region(at, t.length());
    return words(t, at, m.find() ? m.start() : t.length()) >= 2;
  }

  /**
   * Whether a gap between two benchmarks opens a clause with a verb of its own, after its last
   * conjunction ("and", « mais », "pero", "aber"): one to three words, then the benchmark's
   * preposition ("but loses on", "but clearly loses on", « mais perd nettement sur », "pero
   * pierde con claridad en", ", verliert aber deutlich bei", « mais n'y figure pas en »). Not a
   * focus word ("and even on") nor a contrast read on its own ("but not on", {@code but_not}).
   */
  private boolean otherVerbBefore(String gap) {
    if (lexicon.phrase("but_not").pattern().matcher(gap).find()) {
      return false;
    }
    Matcher opener = lexicon.phrase("clause_opener").pattern().matcher(gap);
    int end = -1;
    while (opener.find()) {
      if (opener.start() == 0 || !Character.isLetter(gap.charAt(opener.start() - 1))) {
        end = opener.end();
      }
    }
    if (end < 0) {
      return false;
    }
    Matcher m = VERB_AND_PREPOSITION.matcher(gap.substring(end));
    return m.matches()
        && !lexicon.phrase("list_focus").pattern().matcher(m.group(1)).matches()
        && lexicon.benchmarkPrepositions().matcher(m.group(2)).matches();
  }

  /**
   * One to three words in lower case, perhaps elided (« n'y figure pas »), the first of them group
   * 1, then a preposition (group 2). Not more: "and by a wide margin on", "and it doesn't come
   * close on" go on with the same comparison.
   */
  private static final Pattern VERB_AND_PREPOSITION = Pattern.compile(
      "\\s*([\\p{Ll}'’]+)(?:\\s+[\\p{Ll}'’]+){0,2}\\s+(\\p{Ll}+)\\s*");

  /** True when {@code gap} ends with a comma and a benchmark preposition: ", bei ". */
  private boolean opensClause(String gap) {
    return opensClause(gap, false);
  }

  /**
   * As {@link #opensClause(String)}; with {@code contrasted}, only a clause set against the one
   * before (lexicon phrase {@code contrast_opener}): ", pero en AIME 2025 sigue por detrás".
   */
  private boolean opensClause(String gap, boolean contrasted) {
    int comma = gap.lastIndexOf(',');
    if (comma < 0) {
      return false;
    }
    String rest = gap.substring(comma + 1).strip();
    Matcher contrast = lexicon.phrase("contrast_opener").pattern().matcher(rest);
    if (contrast.lookingAt()) {
      rest = rest.substring(contrast.end()).strip();
    } else if (contrasted) {
      return false;
    }
    Matcher prep = lexicon.benchmarkPrepositions().matcher(rest);
    return !rest.isEmpty() && prep.matches();
  }

  private Subject subject(Analysed a, int cueStart, Mention main) {
    String t = a.text();
    Found antecedent = relativeAntecedent(a, cueStart);
    if (antecedent != null) {
      // "far behind Gemini 2.5 Pro, which tops the board": a relative clause's subject is the
      // name before its comma.
      return new Subject(antecedent.mention(), null, antecedent.start());
    }
    Found model = null;
    List<Found> competitors = introducedAsCompetitors(a, cueStart);
    for (Found f : a.subjects()) {
      if (f.end() <= cueStart && !competitors.contains(f)
          && !(model != null && makerAfter(a, model, f))) {
        model = f;
      }
    }
    int refStart = -1;
    int refEnd = -1;
    for (int[] r : a.references()) {
      if (r[1] <= cueStart) {
        refStart = r[0];
        refEnd = r[1];
      }
    }
    boolean referenceNearer = refStart >= 0 && (model == null || refStart >= model.end());
    int[] described = referenceDescribed(a, cueStart, model);
    if (!referenceNearer && described != null && main != null) {
      // "The model, which Google offers to paying Claude users first, tops LMArena": a name in a
      // phrase set off by commas after a reference is not the subject; the reference is.
      return new Subject(main, t.substring(described[0], described[1]), described[0]);
    }
    if (referenceNearer && model != null && t.substring(model.end(), refStart).matches("\\s*,\\s*")
        && t.indexOf(',', refEnd) >= 0 && t.indexOf(',', refEnd) < cueStart) {
      // "Claude Sonnet 4, the mid-sized model, beats GPT-4.1": a description set off by commas
      // right after a name is that model's, not a reference to the article's subject.
      referenceNearer = false;
    }
    if (referenceNearer && model != null && insideAside(t, model.end(), refStart, cueStart)) {
      // "Grok 4 Heavy, which runs several copies of the model in parallel, reaches 44.4%": a
      // reference inside a phrase set off by commas right after a name is no subject.
      referenceNearer = false;
    }
    if (model != null && !referenceNearer && (joinedVerb(t, model.end(), cueStart)
        || conjunctionAfter(t, model.end(), cueStart))) {
      // "Qwen2.5-Max beats GPT-4o on Arena-Hard and scores 61.2": a verb joined to the one before
      // shares its subject; the competitor of that verb is not this one's subject.
      Found last = model;
      for (CueMatch c : cueMatches(t)) {
        if (c.end <= last.start() && c.cue.kind() != ClaimKind.VAGUE
            && c.cue.kind() != ClaimKind.SCORE
            && objects(a, c.end).stream().anyMatch(o -> o.start() == last.start())) {
          Subject shared = subject(a, c.start, main);
          if (shared != null) {
            return shared;
          }
        }
      }
      // "Claude Sonnet 4.5 marca un 50 %, cuando Claude Sonnet 4 se quedaba en el 36,4 %, y
      // supera a GPT-5": the model of a subordinate clause set in between is not the subject of
      // the verb joined to the main clause.
      Matcher sub = lexicon.phrase("subordinator").pattern().matcher(t).region(0, last.start());
      int opened = -1;
      int openedEnd = -1;
      while (sub.find()) {
        opened = sub.start();
        openedEnd = sub.end();
      }
      if (opened > 0 && ownSubjectAfter(t, openedEnd)) {
        Subject outer = subject(a, opened, main);
        if (outer != null && outer.mention != last.mention()) {
          return outer;
        }
      }
    }
    if (model != null && !referenceNearer && ownUnknownSubject(a, model.end(), cueStart)) {
      // "X erreicht das Niveau von o4-mini, gpt-oss-20b schneidet ähnlich ab wie o3-mini": the
      // next clause opens with a name of its own, which is not the model before the comma.
      return null;
    }
    if (referenceNearer && model != null) {
      // "Mistral Small 3.1 is out, and Mistral says it outperforms ...": a reference goes back
      // to the model the sentence opens with, its own subject.
      Found own = a.subjects().get(0);
      int opening = refStart;
      boolean referenceFirst = a.references().stream().anyMatch(r -> r[0] < own.start());
      boolean organisation = vendors.matcher(own.mention().text()).matches()
          || own.mention().targets().stream()
              .anyMatch(x -> x.kind() == NameTarget.Kind.AMBIGUOUS);
      if (!referenceFirst && !organisation && own.start() < opening
          && (words(t, 0, own.start()) <= 2 || frontedPhrase(t.substring(0, own.start()))
              // "Den größten Sprung macht GPT-5.1 auf LiveBench, wo es jetzt 79,6 Punkte
              // erreicht": the subject after the verb of the clause the sentence opens with.
              || lexicon.wordOrder().subjectAfterVerb() && words(t, 0, own.start()) <= 5
                  && t.substring(0, own.start()).indexOf(',') < 0)) {
        return new Subject(own.mention(), null, own.start());
      }
    }
    if (referenceNearer && main != null) {
      return new Subject(main, t.substring(refStart, refEnd), refStart);
    }
    Found head = model == null ? null : appositiveHead(a, model, cueStart);
    if (head != null) {
      // "Claude Sonnet 4, a smaller model released alongside Opus 4, scored 72.7%": a model
      // named in a phrase set off by commas describes the one before it, the subject.
      return new Subject(head.mention(), null, head.start());
    }
    return model == null ? null : new Subject(model.mention(), null, model.start());
  }

  /**
   * Whether {@code maker}, an organisation's name that may also stand for its models ("Mistral",
   * "DeepSeek"), names the maker of {@code model} right before it: "Magistral Medium from
   * Mistral beats", « Magistral Medium de Mistral dépasse », „Le Chat des französischen
   * Anbieters Mistral kommt": a few words with no punctuation, list word or claim phrase between.
   */
  private boolean makerAfter(Analysed a, Found model, Found maker) {
    boolean organisation = vendors.matcher(maker.mention().text()).matches()
        || maker.mention().targets().stream().anyMatch(x -> x.kind() == NameTarget.Kind.AMBIGUOUS);
    if (!organisation || vendors.matcher(model.mention().text()).matches()) {
      return false;
    }
    String t = a.text();
    String gap = t.substring(model.end(), maker.start());
    return !gap.isBlank() && words(t, model.end(), maker.start()) <= 4
        && !gap.matches("(?s).*[\\p{N},;:.!?()\u2013\u2014].*")
        && !lexicon.listSeparator().matcher(gap).find()
        && cueMatches(t).stream().noneMatch(c -> c.start >= model.end() && c.end <= maker.start());
  }

  /**
   * The reference opening a sentence that a phrase set off by commas describes, when {@code
   * model} stands in that phrase and the phrase at {@code cueStart} follows the closing comma
   * within a few words: "Das Modell, das zunächst für Claude-Kunden bereitsteht, führe die
   * Rangliste an". Like {@link #appositiveHead}, the phrase must hold a lower-case word and must
   * not open a list. Null otherwise.
   */
  private int[] referenceDescribed(Analysed a, int cueStart, Found model) {
    if (model == null) {
      return null;
    }
    String t = a.text();
    int[] aside = asideAround(t, model.start(), model.end(), cueStart);
    if (aside == null || !describing(t.substring(aside[0] + 1, aside[1]))
        || a.subjects().stream().anyMatch(f -> f.start() < aside[0])) {
      return null;
    }
    return a.references().stream()
        .filter(r -> r[1] <= aside[0] && t.substring(r[1], aside[0]).isBlank()
            && words(t, 0, r[0]) <= 2)
        .findFirst().orElse(null);
  }

  /**
   * Whether {@code at} lies in a phrase set off by commas that opens right after a name ending at
   * {@code nameEnd} and closes within a few words before {@code cueStart}, with no other
   * punctuation in it: ", which runs several copies of the model in parallel, reaches".
   */
  private boolean insideAside(String t, int nameEnd, int at, int cueStart) {
    int[] aside = asideAround(t, at, at, cueStart);
    return aside != null && aside[0] >= nameEnd && t.substring(nameEnd, aside[0]).isBlank()
        && describing(t.substring(aside[0] + 1, at))
        && !t.substring(at, aside[1]).matches("(?s).*[;:()\\u2013\\u2014].*");
  }

  /**
   * The commas around {@code from} to {@code to} when they set off a phrase that closes within a
   * few words before the phrase at {@code cueStart}, only words between: {open, close}; null
   * otherwise.
   */
  private static int[] asideAround(String t, int from, int to, int cueStart) {
    int[] commas = commasAround(t, from, to, cueStart);
    if (commas == null) {
      return null;
    }
    int close = commas[1];
    // "liegt mit 74,9 Prozent knapp hinter": a figure between is one more word, its comma no
    // mark.
    String raw = t.substring(close + 1, cueStart);
    boolean figure = FIGURE.matcher(raw).find();
    String between = figure ? FIGURE.matcher(raw).replaceAll("0") : raw;
    if (words(t, close + 1, cueStart) > (figure ? 4 : 3)
        || between.matches("(?s).*[,;:()\\u2013\\u2014].*")) {
      return null;
    }
    return commas;
  }

  /** The commas before {@code from} and after {@code to}, the second before {@code cueStart}. */
  private static int[] commasAround(String t, int from, int to, int cueStart) {
    int open = t.lastIndexOf(',', from);
    int close = t.indexOf(',', to);
    return open < 0 || close < 0 || close >= cueStart ? null : new int[] {open, close};
  }

  /**
   * The commas around {@code model} when they set off a phrase closed earlier in the clause of the
   * phrase at {@code cueStart}: "Claude Sonnet 4.5, the model behind Claude's default setting,
   * tops SWE-bench Verified at 77.2%, just ahead of GPT-5.1" (for "just ahead of" and the
   * figure). {open, close}; null when the phrase holds other punctuation or a clause ends between.
   */
  private static int[] closedAside(String t, Found model, int cueStart) {
    int[] commas = commasAround(t, model.start(), model.end(), cueStart);
    if (commas == null
        || t.substring(commas[0] + 1, commas[1]).matches("(?s).*[;:()\\u2013\\u2014].*")
        || t.substring(commas[1], cueStart).matches("(?s).*[;:!?\\u2013\\u2014].*")) {
      return null;
    }
    return commas;
  }

  /** A figure with its decimal or thousands separators: "74,9", "1.501", "76.2". */
  private static final Pattern FIGURE = Pattern.compile("\\p{N}+(?:[.,\\u202f\\u00a0]\\p{N}+)*");

  /**
   * Whether the words of a phrase set off by commas describe something: a lower-case word among
   * them, no other punctuation, and no list word opening them ("A, and also B, scored").
   */
  private boolean describing(String words) {
    return !words.matches("(?s).*[;:()\\u2013\\u2014].*") && words.matches("(?s).*\\p{Ll}{2,}.*")
        && !lexicon.listSeparator().matcher(words.strip()).lookingAt();
  }

  /**
   * The model a relative clause at {@code cueStart} is about: the name right before the comma
   * that opens it with a relative pronoun (lexicon phrase {@code relative_subject}: ", which", «
   * , qui »), perhaps with a note in brackets between; null when the clause names a model or a
   * reference of its own before the phrase.
   */
  private Found relativeAntecedent(Analysed a, int cueStart) {
    String t = a.text();
    String before = t.substring(0, cueStart);
    Matcher m = lexicon.phrase("relative_subject").pattern().matcher(before);
    if (!m.find() || !before.substring(0, m.start()).stripTrailing().endsWith(",")) {
      return null;
    }
    int comma = before.substring(0, m.start()).stripTrailing().length() - 1;
    for (int i = a.mentions().size() - 1; i >= 0; i--) {
      Found f = a.mentions().get(i);
      if (f.isModel() && f.end() <= comma
          && t.substring(f.end(), comma).matches("\\s*(?:\\([^()]*\\))?\\s*")
          && a.subjects().contains(f)) {
        // "gpt-oss-120b, OpenAI's first open-weight release since GPT-2, which trails": the name
        // closing a description of the model before it is not what the clause is about.
        Found head = describedBy(a, f);
        return head != null ? head : f;
      }
    }
    return null;
  }

  /**
   * The model that a phrase set off by commas describes when {@code inside} is the last name in
   * it: the name right before the opening comma, when the phrase is a noun phrase (a determiner
   * or a possessive first) with a lower-case word, no other name and no other punctuation; null
   * otherwise.
   */
  private Found describedBy(Analysed a, Found inside) {
    String t = a.text();
    int open = t.lastIndexOf(',', inside.start());
    // A noun phrase: "OpenAI's first open-weight release since GPT-2", "a fine-tune of Qwen3";
    // not ", leaving out reasoning models such as DeepSeek R1".
    if (open < 0 || !describing(t.substring(open + 1, inside.start()))
        || !lexicon.determiners().matcher(t.substring(open + 1).stripLeading()).lookingAt()
            && !POSSESSIVE.matcher(t).region(skipSpaces(t, open + 1), inside.start())
                .lookingAt()) {
      return null;
    }
    Found head = modelRightBefore(a, open);
    if (head == null || !a.subjects().contains(head)) {
      return null;
    }
    int headEnd = head.end();
    return a.mentions().stream().noneMatch(f -> f.isModel() && f.start() > headEnd
        && f.start() < inside.start()) ? head : null;
  }

  /**
   * Whether the words before a sentence's subject are one short phrase set off by a comma ("On
   * Humanity's Last Exam, X trails o3, though it ..."): the subject still opens the sentence.
   */
  private static boolean frontedPhrase(String before) {
    String b = before.strip();
    return b.endsWith(",") && b.indexOf(',') == b.length() - 1
        && b.chars().noneMatch(c -> c == ';' || c == ':')
        && b.split("\\s+").length <= 8;
  }

  /**
   * The model that a phrase set off by commas describes when {@code model} is named inside it
   * and the phrase at {@code cueStart} follows the closing comma within a few words: "DeepSeek
   * R1, the reasoning model built on top of V3, beats o1"; or later in the same clause ({@link
   * #closedAside}). Not a list ("A, B, and C scored"):
   * the phrase must hold a lower-case word before the name and must not open with a conjunction,
   * and the model it describes must stand where a subject does.
   */
  private Found appositiveHead(Analysed a, Found model, int cueStart) {
    String t = a.text();
    int[] aside = asideAround(t, model.start(), model.end(), cueStart);
    if (aside == null) {
      aside = closedAside(t, model, cueStart);
    }
    if (aside == null || !describing(t.substring(aside[0] + 1, model.start()))) {
      return null;
    }
    int open = aside[0];
    int close = aside[1];
    Found head = modelRightBefore(a, open);
    if (head == null || !a.subjects().contains(head)) {
      return null;
    }
    int headStart = head.start();
    // The head opens the sentence or follows a fronted phrase without names ("On MATH-500, "),
    // as subjects do; a name further on may be an object the phrase describes.
    String before = t.substring(0, headStart).strip();
    // ... or a clause of saying ("OpenAI affirme que GPT-5.1, le moteur de ChatGPT, obtient",
    // "Selon Mistral AI, Mistral Medium 3.1, le modèle derrière Le Chat, rivalise"), which names
    // no model but its maker.
    // ... or a few words that name nothing and say nothing ("The Vienna project JurLLaMA, which
    // builds on Llama 4 Scout, reports").
    boolean opens = words(t, 0, headStart) <= 2 || plainOpening(a, headStart)
        || (before.endsWith(",") || before.endsWith(":") || reportedBefore(before))
            && a.mentions().stream()
            .noneMatch(f -> f.isModel() && f.start() < headStart
                && !vendors.matcher(f.mention().text()).matches());
    if (!opens) {
      return null;
    }
    int between = a.mentions().stream()
        .filter(f -> f.isModel() && f.start() > headStart && f.end() <= close)
        .mapToInt(f -> 1).sum();
    return between == 1 ? head : null;
  }

  /** The model named right before {@code at}, only white space between; null if none. */
  private static Found modelRightBefore(Analysed a, int at) {
    String t = a.text();
    Found last = null;
    for (Found f : a.mentions()) {
      if (f.isModel() && f.end() <= at) {
        last = f;
      }
    }
    return last != null && t.substring(last.end(), at).isBlank() ? last : null;
  }

  /** How many words a sentence may open with before its subject and still name nothing. */
  private static final int PLAIN_OPENING_WORDS = 5;

  /**
   * Whether the sentence opens before {@code at} with a determiner and a few words that hold no
   * punctuation, no name, no reference and no claim phrase: "Das Wiener Projekt", "The
   * open-source project" (not "Para quienes usan", whose verb may take what follows as object).
   */
  private boolean plainOpening(Analysed a, int at) {
    String t = a.text();
    return words(t, 0, at) <= PLAIN_OPENING_WORDS
        && lexicon.determiners().matcher(t.substring(0, at)).lookingAt()
        && !t.substring(0, at).matches("(?s).*[\\p{N},;:.!?()\u2013\u2014].*")
        && a.mentions().stream().noneMatch(f -> f.start() < at)
        && a.references().stream().noneMatch(r -> r[0] < at)
        && cueMatches(t).stream().noneMatch(c -> c.start < at);
  }

  /** How long the words between a verb of saying and what it says may be: "de son côté que". */
  private static final int REPORTED_GAP = 24;

  /** How far back a verb of saying may start before what it says, in characters. */
  private static final int REPORTED_REACH = 64;

  /**
   * Whether {@code before} ends with a verb of saying, perhaps with the word that opens what is
   * said (lexicon phrase {@code complementizer}): "OpenAI affirme que", "Google says".
   */
  private boolean reportedBefore(String text) {
    // Only the end of the text counts: the verb, a few words, the word opening what is said.
    String before = text.substring(Math.max(0, text.length() - REPORTED_REACH));
    Matcher verb = lexicon.claimantAfter().matcher(before);
    int end = -1;
    while (verb.find()) {
      end = verb.end();
    }
    if (end < 0) {
      return false;
    }
    // "OpenAI affirme de son côté que": a few words may stand before what is said.
    String rest = before.substring(end).strip();
    return rest.isEmpty() || rest.length() <= REPORTED_GAP
        && endsWith(lexicon.phrase("complementizer").pattern(), rest);
  }

  /** A word with letters and digits, as model names are written: "gpt-oss-20b", "Foo-7B". */
  private static final Pattern MODEL_SHAPED = Pattern.compile(
      "\\s*(?=[\\p{L}\\p{N}.\\-]*\\p{L})(?=[\\p{L}\\p{N}.\\-]*\\p{N})[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*\\s");

  /**
   * Whether a clause between {@code from} and the phrase at {@code cueStart} opens, after a
   * comma, with a model-shaped name nothing recognised: that clause has a subject of its own.
   */
  private static boolean ownUnknownSubject(Analysed a, int from, int cueStart) {
    return unknownSubject(a, from, cueStart) != null;
  }

  /** The model-shaped name opening the clause after a comma, which nothing recognised. */
  private static Subject unknownSubject(Analysed a, int from, int cueStart) {
    String t = a.text();
    int comma = t.lastIndexOf(',', cueStart - 1);
    if (comma < from) {
      return null;
    }
    Matcher m = MODEL_SHAPED.matcher(t).region(comma + 1, cueStart);
    if (!m.lookingAt()) {
      return null;
    }
    int start = comma + 1 + (m.group().length() - m.group().stripLeading().length());
    int end = m.end() - 1;
    while (end > start && ".-".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    int s = start;
    int e = end;
    if (a.mentions().stream().anyMatch(f -> f.start() < e && s < f.end())) {
      return null;
    }
    return new Subject(new Mention(null, t.substring(start, end), Mention.Kind.MODEL, List.of()),
        null, start, end);
  }

  /**
   * The models listed right after a phrase: "GPT-4o, DeepSeek-V3 et Llama-3.1-405B". A
   * capitalised name inside such a list that the registry does not know ("DeepSeek et ChatGPT",
   * "Nimbus and GPT-4o") is kept as an unknown model, so nothing in the list is lost.
   */
  /**
   * A gap without the source it names with a word of attribution ("laut Moonshot AI", "según
   * Google"): the organisation that says so, which is no part of the claim's wording.
   */
  private String withoutSource(String gap) {
    Matcher by = lexicon.claimantBefore().matcher(gap);
    if (!by.find()) {
      return gap;
    }
    int at = by.end();
    while (at < gap.length() && Character.isWhitespace(gap.charAt(at))) {
      at++;
    }
    Matcher org = vendors.matcher(gap).region(at, gap.length());
    return org.lookingAt() ? gap.substring(0, by.start()) + gap.substring(org.end()) : gap;
  }

  private List<Found> objects(Analysed a, int from) {
    String t = a.text();
    List<Found> out = new ArrayList<>();
    int pos = from;
    for (Found f : a.mentions()) {
      if (f.start() < from) {
        continue;
      }
      if (!f.isModel()) {
        if (!out.isEmpty()) {
          break;
        }
        continue;
      }
      if (!out.isEmpty() && speaks(t, f)) {
        // "while matching V3.1-Terminus, DeepSeek says": who says it is no competitor.
        break;
      }
      String gap = withoutOwner(t.substring(pos, f.start()));
      if (!out.isEmpty() && commaClause(gap) && opensClaim(t, f)) {
        // "nearly matches o4-mini, gpt-oss-20b performs similarly to o3-mini", "tied with
        // Gemini 3 Pro, and GPT-5.1 is third": a name after a comma with a claim phrase of its
        // own opens the next clause.
        break;
      }
      if (!out.isEmpty() && gap.indexOf(';') >= 0) {
        // "knapp vor Opus 4; GPT-4.1 kam im April auf 54,6 Prozent": a semicolon ends the list.
        break;
      }
      List<Found> names;
      String scoreless = out.isEmpty() ? gap : withoutItemScore(gap);
      if (!out.isEmpty() && prepositionAgain(t, from, gap)) {
        // "ahead of Claude Opus 4, which Anthropic lists at 72.5%, and of Gemini 2.5 Pro",
        // « por delante de GPT-4.1, de OpenAI, y de Gemini 2.5 Pro »: the phrase's preposition
        // said again after a list word goes on with its list, whatever was said in between.
        names = List.of();
      } else if (scoreless != gap && isListGap(scoreless)) {
        // "ahead of o3 at 69.1%, Gemini 2.5 Pro at 63.2% and GPT-4.1": the list goes on after
        // each competitor's own score.
        gap = scoreless;
        names = List.of();
      } else {
        names = namesInGap(a, pos, gap, out.isEmpty());
        if (names == null && !out.isEmpty() && (qualifiedListGap(gap) || focusedListGap(gap))) {
          // "trails o3-mini and the full DeepSeek-R1": a determiner and a word may qualify the
          // next competitor.
          names = List.of();
        }
      }
      if (out.isEmpty() && competitorScore(gap)) {
        // "por encima del 79,2 % de o1": the competitor comes with its own score.
        out.add(f);
        pos = f.end();
        continue;
      }
      if (out.isEmpty()) {
        // The first competitor follows the phrase closely: "beats its rival GPT-4o", not
        // "tops the App Store, knocking ChatGPT off"; who says so may stand between ("übertraf
        // laut Moonshot AI bei BrowseComp GPT-5").
        String near = withoutSource(gap);
        if ((f.start() - from - (gap.length() - near.length()) > OBJECT_REACH
            || near.matches(".*[,;:.!?].*") || near.strip().split("\\s+").length > 4)
            && !examplesOfGroup(gap) && !describedName(t, near, f)) {
          break;
        }
      }
      if (names == null) {
        if (!out.isEmpty() || !gap.isBlank() && !leadingFiller(gap)) {
          if (!out.isEmpty()) {
            break;
          }
        }
      } else {
        out.addAll(names);
      }
      out.add(f);
      pos = f.end();
    }
    if (!out.isEmpty()) {
      Found last = lastListItem(a, pos);
      if (last != null) {
        out.add(last);
      }
    }
    return out;
  }

  /**
   * Whether a competitor is named in apposition after a short description that opens with a
   * determiner, and is set off by a comma or the sentence's end after it: "beats its base model,
   * Qwen3-14B, which", « dépasse son modèle de base, Qwen3-14B, qui ».
   */
  private boolean describedName(String t, String gap, Found f) {
    String g = gap.strip();
    if (!g.endsWith(",") || g.length() == 1) {
      return false;
    }
    String description = g.substring(0, g.length() - 1).strip();
    int after = pastWhitespace(t, f.end(), t.length());
    if (description.split("\\s+").length > 6 || description.matches("(?s).*[\\p{N},;:.!?()].*")
        || after < t.length() && ",.;:!?)".indexOf(t.charAt(after)) < 0) {
      return false;
    }
    // « dépasse ainsi nettement son modèle de base, »: two adverbs may come before it.
    Matcher word = WORD_START.matcher(description);
    for (int k = 0; k < 3 && word.find(); k++) {
      if (lexicon.determiners().matcher(description).region(word.start(), description.length())
          .lookingAt()) {
        return description.substring(word.start()).split("\\s+").length <= 4;
      }
    }
    return false;
  }

  /** Where a word starts. */
  private static final Pattern WORD_START = Pattern.compile("(?<=^|\\s)\\S");

  /** A comma, perhaps followed by a list word: ", ", ", and ". */
  private boolean commaClause(String gap) {
    String g = gap.strip();
    return g.startsWith(",")
        && (g.length() == 1 || lexicon.listSeparator().matcher(g.substring(1).strip()).matches());
  }

  /**
   * Whether a claim phrase that is no score and no vague one starts within two words after
   * {@code f}, with no list word between.
   */
  private boolean opensClaim(String t, Found f) {
    return cueMatches(t).stream().anyMatch(c -> c.cue.kind() != ClaimKind.VAGUE
        && c.cue.kind() != ClaimKind.SCORE && c.start >= f.end() && words(t, f.end(), c.start) <= 2
        && !lexicon.listSeparator().matcher(t.substring(f.end(), c.start)).find());
  }

  /**
   * Whether a phrase follows a name right after a comma and a participle that says what befell
   * the name (lexicon {@code object_participle}), perhaps after one word: « Grok 3, désormais
   * relégué à la deuxième place ». "beats GPT-4o, ranking first" says its first phrase's
   * subject ranks first.
   */
  private boolean participleAfter(Analysed a, int nameStart, int cueStart) {
    int nameEnd = a.mentions().stream().filter(f -> f.start() == nameStart).mapToInt(Found::end)
        .findFirst().orElse(-1);
    if (nameEnd <= 0 || nameEnd > cueStart) {
      return false;
    }
    Matcher m = PARTICIPLE_GAP.matcher(a.text().substring(nameEnd, cueStart));
    return m.matches()
        && lexicon.phrase("object_participle").pattern().matcher(m.group(1)).matches();
  }

  /** A comma, perhaps a word, and the participle right before a phrase: ", désormais relégué ". */
  private static final Pattern PARTICIPLE_GAP =
      Pattern.compile("\\s*,\\s*(?:\\p{Ll}+\\s+)?(\\p{Ll}+)\\s+",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** A gap ending in a list word and a word said again: ", which ..., and of ". */
  private static final Pattern AGAIN = Pattern.compile("(\\p{L}+)\\s*$");

  /**
   * Whether a gap between competitors, within one clause, ends with a list word and the
   * preposition that ends the phrase at {@code from} ("ahead of" ... ", and of ").
   */
  private boolean prepositionAgain(String t, int from, String gap) {
    Matcher cue = AGAIN.matcher(t.substring(Math.max(0, from - 20), from));
    Matcher again = AGAIN.matcher(gap);
    if (!cue.find() || !again.find() || gap.length() > 100
        || gap.matches("(?s).*(?:[;!?:]|\\.(?!\\p{N})).*")
        || !again.group(1).equalsIgnoreCase(cue.group(1))) {
      return false;
    }
    String before = gap.substring(0, again.start());
    Matcher sep = lexicon.listSeparator().matcher(before);
    int end = -1;
    while (sep.find()) {
      end = sep.end();
    }
    return end >= 0 && before.substring(end).isBlank() && before.contains(",");
  }

  /** " and the full ", « et le nouveau »: a list word, a determiner and at most one word. */
  private boolean qualifiedListGap(String gap) {
    Matcher sep = lexicon.listSeparator().matcher(gap);
    if (!sep.find() || !gap.substring(0, sep.start()).isBlank()
        || !sep.group().chars().anyMatch(Character::isLetter)) {
      return false;
    }
    String rest = gap.substring(sep.end());
    Matcher det = lexicon.determiners().matcher(rest);
    if (!det.find() || !rest.substring(0, det.start()).isBlank()) {
      return false;
    }
    return rest.substring(det.end()).strip().matches("(?:\\p{Ll}+)?");
  }

  /**
   * Whether a gap between competitors is a list word and a focus word, and at most the
   * preposition said again: "and even ", « et même par », "e incluso de ", "und sogar dem ".
   */
  private boolean focusedListGap(String gap) {
    Matcher sep = lexicon.listSeparator().matcher(gap);
    if (!sep.find() || !gap.substring(0, sep.start()).matches("[\\s,]*")
        || !sep.group().chars().anyMatch(Character::isLetter)) {
      return false;
    }
    String rest = gap.substring(sep.end()).strip();
    Matcher focus = lexicon.phrase("list_focus").pattern().matcher(rest);
    return focus.lookingAt()
        && rest.substring(focus.end()).strip().matches("(?:\\p{Ll}+(?:\\s+\\p{Ll}+)?)?");
  }

  /** Where a list item's own score starts: "at ", "(", "'s " before its number. */
  private static final Pattern ITEM_SCORE_OPEN = Pattern.compile("\\s*(?:['’]s\\s+|\\(\\s*)?");

  /**
   * The gap after a list item without that item's own score: "at 21.6% and " → " and ",
   * "'s 88.9% and " → " and ", " (51.5), " → ", ", and « y del 38,8 % de » → " y ". The gap
   * itself when it holds no such score.
   */
  private String withoutItemScore(String gap) {
    List<NumberReader.Found> found = numbers.findAll(gap);
    if (found.isEmpty()) {
      return gap;
    }
    NumberReader.Found n = found.get(0);
    String lead = gap.substring(0, n.start());
    Matcher open = ITEM_SCORE_OPEN.matcher(lead);
    Matcher phrase = lexicon.phrase("own_score").pattern().matcher(gap);
    phrase.region(lead.length() - lead.stripLeading().length(), gap.length());
    boolean ownPhrase = phrase.lookingAt() && phrase.end() <= n.start()
        && lexicon.determiners().matcher(gap.substring(phrase.end(), n.start()))
            .replaceAll(" ").isBlank();
    boolean paren = !ownPhrase && open.matches() && lead.contains("(");
    if (!ownPhrase && !open.matches()) {
      // « y del 38,8 % de »: a list word, then the next competitor's score before its name.
      Matcher sep = lexicon.listSeparator().matcher(gap);
      if (sep.lookingAt() || sep.find() && gap.substring(0, sep.start()).isBlank()) {
        String rest = gap.substring(sep.end());
        if (competitorScore(rest)) {
          return " " + sep.group() + " ";
        }
      }
      return gap;
    }
    String rest = gap.substring(n.end()).stripLeading();
    Matcher unit = lexicon.scoreUnits().matcher(rest);
    String withUnit = unit.lookingAt() ? rest.substring(unit.end()).stripLeading() : rest;
    for (String r : List.of(withUnit, rest)) {
      String tail = r;
      if (paren) {
        if (!tail.startsWith(")")) {
          continue;
        }
        tail = tail.substring(1);
      }
      String reduced = " " + tail;
      if (isListGap(reduced)) {
        return reduced;
      }
      String next = withoutItemScore(reduced);
      if (next != reduced && isListGap(next)) {
        return next;
      }
    }
    return gap;
  }

  /**
   * A competitor's score between a phrase and the competitor: "the 79.2% of", « les 85,5 de »,
   * "den 79,2 Prozent von": determiners, one number, its unit, and a word that hands it on.
   */
  private boolean competitorScore(String gap) {
    List<NumberReader.Found> found = numbers.findAll(gap);
    if (found.size() != 1) {
      return false;
    }
    NumberReader.Found n = found.get(0);
    String before = lexicon.determiners().matcher(gap.substring(0, n.start())).replaceAll(" ");
    if (!before.isBlank()) {
      return false;
    }
    String after = gap.substring(n.end()).strip();
    Matcher unit = lexicon.scoreUnits().matcher(after);
    if (unit.lookingAt()) {
      after = after.substring(unit.end()).strip();
    }
    // "well ahead of the 61.6 per cent it lists for GPT-5.1": who gives it may come between.
    return !after.isEmpty() && (lexicon.scoreOwner().matcher(after).matches()
        || lexicon.phrase("owner_clause").pattern().matcher(after).matches());
  }

  /**
   * The capitalised name that closes a list of competitors the registry does not know: "beats
   * Llama 4 Maverick and Cohere's Command A on HumanEval". Only after a list word, with nothing
   * but an organisation's possessive before it, and followed by a benchmark preposition or the
   * end of the clause; an organisation's name or an ordinary capitalised word is no competitor.
   */
  private Found lastListItem(Analysed a, int from) {
    String t = a.text();
    int p = skipSpaces(t, from);
    Matcher sep = lexicon.listSeparator().matcher(t);
    sep.region(p, t.length());
    if (!sep.lookingAt() || sep.end() == p) {
      return null;
    }
    int start = skipSpaces(t, sep.end());
    Matcher owner = POSSESSIVE.matcher(t);
    owner.region(start, t.length());
    if (owner.lookingAt()) {
      if (!vendors.matcher(owner.group(1)).matches()) {
        return null;
      }
      start = owner.end();
    }
    Matcher name = CAPITALISED_NAME.matcher(t);
    name.region(start, t.length());
    if (!name.lookingAt() || a.mentions().stream()
        .anyMatch(f -> f.start() < name.end() && name.start() < f.end())) {
      return null;
    }
    String written = name.group();
    String rest = t.substring(name.end());
    boolean closes = rest.isBlank() || rest.matches("^\\s*[,;.:!?)].*")
        || lexicon.benchmarkPrepositions().matcher(rest.stripLeading()).lookingAt();
    String first = written.split("[\\s\\-]")[0];
    if (!closes || vendors.matcher(written).matches()
        || lexicon.introductions().notNames().matcher(first).matches()
        || recognizer.isNotModel(first)) {
      return null;
    }
    return new Found(name.start(), name.end(), new Mention(
        a.folded().toDocument(name.start(), name.end()), written, Mention.Kind.MODEL,
        List.of()));
  }

  /**
   * "larger open models such as ", « des modèles plus grands comme »: a short description of a
   * group of competitors ending with the words that bring in its named examples.
   */
  private boolean examplesOfGroup(String gap) {
    Matcher m = lexicon.phrase("such_as").pattern().matcher(gap);
    String g = gap.stripTrailing();
    while (m.find()) {
      if (m.end() == g.length()) {
        String group = g.substring(0, m.start()).replaceFirst(",\\s*$", "");
        return !group.matches(".*[;:.!?].*") && group.strip().split("\\s+").length <= 6;
      }
    }
    return false;
  }

  /** "and Google's ": the gap before a list item without the maker's possessive that ends it. */
  private String withoutOwner(String gap) {
    Matcher m = POSSESSIVE.matcher(gap);
    while (m.find()) {
      if (m.end() == gap.length() && vendors.matcher(m.group(1)).matches()) {
        return gap.substring(0, m.start());
      }
    }
    // "und OpenAIs ": the German genitive, without an apostrophe.
    Matcher g = GENITIVE.matcher(gap);
    while (g.find()) {
      if (g.end() == gap.length() && vendors.matcher(g.group(1)).matches()) {
        return gap.substring(0, g.start());
      }
    }
    return gap;
  }

  /** "OpenAIs ", "Googles ": a name and a genitive s, an organisation's possessive in German. */
  private static final Pattern GENITIVE =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}]*)s ");

  /** "Cohere's ", "OpenAI’s ": an organisation's possessive. */
  private static final Pattern POSSESSIVE =
      Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}]*(?: \\p{Lu}[\\p{L}\\p{N}]*)?)['’]s ");

  /**
   * Reads the words between two list items: null when they are not list material, else the
   * capitalised names among them (empty for a plain ", " or " and ").
   */
  private List<Found> namesInGap(Analysed a, int start, String gap, boolean first) {
    if (isListGap(gap)) {
      return List.of();
    }
    List<Found> names = new ArrayList<>();
    Matcher sep = lexicon.listSeparator().matcher(gap);
    int last = 0;
    List<int[]> pieces = new ArrayList<>();
    while (sep.find()) {
      pieces.add(new int[] {last, sep.start()});
      last = sep.end();
    }
    pieces.add(new int[] {last, gap.length()});
    if (pieces.size() < 2) {
      return null;
    }
    for (int i = 0; i < pieces.size(); i++) {
      int[] p = pieces.get(i);
      String piece = gap.substring(p[0], p[1]);
      String trimmed = piece.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!CAPITALISED_NAME.matcher(trimmed).matches()) {
        return null;
      }
      if (vendors.matcher(trimmed).matches()) {
        // "beats OpenAI o3 and Anthropic Claude Opus 4": a maker's name before its model's.
        continue;
      }
      int s = start + p[0] + piece.indexOf(trimmed);
      names.add(new Found(s, s + trimmed.length(), new Mention(
          a.folded().toDocument(s, s + trimmed.length()), trimmed, Mention.Kind.MODEL,
          List.of())));
    }
    return names;
  }

  private static boolean leadingFiller(String gap) {
    return gap.strip().length() <= 3;
  }

  /** "Laut Mistral", "Según DeepSeek", "according to Qwen": the claimant, not the subject. */
  private boolean attributed(String t, Found f) {
    String before = t.substring(Math.max(0, f.start() - 24), f.start()).stripTrailing();
    // « selon les tableaux de Mistral », "according to figures published by DeepSeek": the
    // source between the preposition and the name.
    String wide = t.substring(Math.max(0, f.start() - 80), f.start()).stripTrailing();
    int[] source = BenchmarkNameReader.endMatch(lexicon.phrase("claimant_source").pattern(), wide);
    if (source != null) {
      String pre = wide.substring(0, source[0]).stripTrailing();
      before = pre.substring(Math.max(0, pre.length() - 24));
    }
    Matcher m = lexicon.claimantBefore().matcher(before);
    while (m.find()) {
      // A preposition ("laut", "según"), not a verb of saying ("says o3-mini beats ...").
      if (m.end() == before.length() && !lexicon.claimantAfter().matcher(m.group()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a name is an organisation's or a series' that is also its maker's ("Qwen"). */
  private boolean organisationLike(Found f) {
    return vendors.matcher(f.mention().text()).matches() || f.mention().targets().stream()
        .anyMatch(x -> x.kind() == NameTarget.Kind.AMBIGUOUS);
  }

  /**
   * Whether an organisation-like name is followed by its source in the possessive ("Qwen's model
   * card") or by a word for its people ("the Qwen team"): the organisation, not a model.
   */
  private boolean organisationWords(String t, Found f) {
    if (!organisationLike(f)) {
      return false;
    }
    if (sourceAfter(t, f.end(), 3)) {
      return true;
    }
    if (vendors.matcher(f.mention().text()).matches() && figureAfter(t, f.end())) {
      // "two and a half points below DeepSeek's 87.5%": the maker's published figure ("R1's
      // 71.5%" is a model's).
      return true;
    }
    int at = f.end();
    while (at < t.length() && (Character.isWhitespace(t.charAt(at)) || t.charAt(at) == '-')) {
      at++;
    }
    Matcher people = lexicon.phrase("organisation_people").pattern().matcher(t);
    people.region(at, t.length()).useTransparentBounds(true);
    return at > f.end() && people.lookingAt();
  }

  /**
   * "Mistral says", "Google claims": an organisation speaking, not a model claimed about. Only a
   * name that is also an organisation's, or that stands for several things, speaks: "Grok 3
   * claims the Chatbot Arena crown" is a claim about Grok 3.
   */
  private boolean speaks(String t, Found f) {
    if (!organisationLike(f)) {
      return false;
    }
    int from = f.end();
    while (from < t.length() && Character.isWhitespace(t.charAt(from))) {
      from++;
    }
    Matcher verb = lexicon.claimantAfter().matcher(t);
    verb.region(from, Math.min(t.length(), from + 40));
    if (verb.lookingAt()) {
      return true;
    }
    // "by Mistral's count", "Meta's own table": an organisation's possessive before a source.
    return sourceAfter(t, f.end(), 3);
  }

  /**
   * Whether the lexicon's {@code possessive_source} ("'s own table", "'s count") starts within
   * {@code slack} characters of {@code at}.
   */
  private boolean sourceAfter(String t, int at, int slack) {
    Matcher source = lexicon.phrase("possessive_source").pattern().matcher(t);
    source.region(at, Math.min(t.length(), at + 60));
    source.useTransparentBounds(true).useAnchoringBounds(false);
    return source.find() && source.start() <= at + slack;
  }

  /** Whether a possessive and a figure follow {@code at}: "'s 87.5%", "'s own 61.0". */
  private static boolean figureAfter(String t, int at) {
    Matcher m = POSSESSIVE_SCORE.matcher(t).region(at, t.length());
    return m.lookingAt() && m.end() < t.length() && Character.isDigit(t.charAt(m.end()));
  }

  /**
   * Whether one word after {@code n} an organisation's possessive names its source: "97.1 by
   * Mistral's count". The number is a score, given on that organisation's word.
   */
  private boolean sourcedAfter(Analysed a, NumberReader.Found n) {
    String t = a.text();
    Matcher owner = SOURCE_OWNER.matcher(t);
    owner.region(n.end(), t.length());
    if (!owner.lookingAt()) {
      return false;
    }
    return sourceAfter(t, owner.end(), 0);
  }

  /** One word and a capitalised name in the possessive after a number: " by Mistral's ". */
  private static final Pattern SOURCE_OWNER = Pattern.compile(
      "\\s*%?\\s*\\p{Ll}+\\s+\\p{Lu}[\\p{L}\\p{N}]*(?:\\s\\p{Lu}[\\p{L}\\p{N}]*)?['’]s\\s+");

  /**
   * The models listed right before {@code end} ("A and B", "A, B and C"), nothing but the list
   * between them and the phrase; none when a single model is there.
   */
  private List<Found> namedTogether(Analysed a, int from, int end) {
    String t = a.text();
    List<Found> models = a.mentions().stream()
        .filter(f -> f.isModel() && f.start() >= from && f.end() <= end).toList();
    if (models.size() < 2 || !t.substring(models.get(models.size() - 1).end(), end).isBlank()) {
      return List.of();
    }
    int first = models.size() - 1;
    while (first > 0 && isListGap(t.substring(models.get(first - 1).end(), models.get(first).start()))
        && !t.substring(models.get(first - 1).end(), models.get(first).start()).isBlank()) {
      first--;
    }
    return first == models.size() - 1 ? List.of() : models.subList(first, models.size());
  }

  /** Whether nothing but punctuation comes before {@code at} in its clause. */
  private static boolean opensClause(String t, int clauseStart, int at) {
    return t.substring(clauseStart, at).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * Whether the words between two names are the verb after a fronted phrase: one or two words
   * ("kann", "sei wohl"), no comma, no list: in "Mit X kann Y mithalten" X is in the phrase.
   */
  private boolean fronted(String gap) {
    String g = gap.strip();
    return !g.isEmpty() && !isListGap(gap) && g.chars().noneMatch(c -> c == ',' || c == ';')
        && g.split("\\s+").length <= 2;
  }

  private boolean isListGap(String gap) {
    String rest = lexicon.listSeparator().matcher(gap).replaceAll(" ");
    return GAP_IN_LIST.matcher(rest).matches();
  }

  /**
   * Benchmarks named in the sentence before, in the same paragraph: "It was tested on MMLU-Pro
   * and LiveBench. There it outperforms GPT-4o." The sentence after is never used: a later
   * sentence introduces its own claims.
   */
  /**
   * Whether a sentence opens on a board of its own that was not read as a benchmark: "On tsbench
   * gpt-oss-120b passed 72.5%", a preposition of benchmarks, one word in lower case that is no
   * determiner, then a comma or a model's name. Its numbers are not on the benchmarks of the
   * sentence before.
   */
  private boolean opensOnUnreadBoard(Analysed a) {
    String t = a.text();
    Matcher m = OPENING_WORDS.matcher(t);
    if (!m.lookingAt() || !lexicon.benchmarkPrepositions().matcher(m.group(1)).matches()
        || lexicon.determiners().matcher(m.group(2)).matches()) {
      return false;
    }
    int at = m.start(2);
    int end = m.end(2);
    return a.mentions().stream().noneMatch(f -> f.start() <= at && at < f.end())
        && (t.startsWith(",", end) || a.mentions().stream().anyMatch(f -> f.isModel()
            && f.start() >= end && t.substring(end, f.start()).isBlank()));
  }

  /** A sentence's first word and the word after it, in lower case. */
  private static final Pattern OPENING_WORDS =
      Pattern.compile("\\s*(\\p{L}+)\\s+(\\p{Ll}[\\p{L}\\p{N}\\-]*)");

  private List<Found> previousBenchmarks(List<Analysed> paragraph, int index) {
    if (index > 0 && !paragraph.get(index - 1).benchmarks().isEmpty()) {
      return paragraph.get(index - 1).benchmarks();
    }
    return List.of();
  }

  /** An upper-case word right before a number: "AIME " in "AIME 2025". */
  private static final Pattern YEAR_OF_NAME =
      Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N}\\-]*\\p{Lu} $");

  /**
   * "2.5" in "Qwen 2.5" or "405" in "405B" is part of a name, not a score; so is a number joined
   * to another by a hyphen ("06-05" in "Preview 06-05"), a date or an identifier.
   */
  private static boolean partOfName(String t, NumberReader.Found n) {
    if (n.end() < t.length() && Character.isLetter(t.charAt(n.end()))) {
      return true;
    }
    if (n.end() + 1 < t.length() && t.charAt(n.end()) == '-'
        && Character.isDigit(t.charAt(n.end() + 1))) {
      return true;
    }
    if (isYear(n) && YEAR_OF_NAME.matcher(t.substring(0, n.start())).find()) {
      // "AIME 2025", "IMO 2024": the year names an edition, whether or not the name was read.
      return true;
    }
    // "81.4%1": a footnote's number glued to a score is no score.
    return n.start() > 0 && (Character.isLetter(t.charAt(n.start() - 1))
        || t.charAt(n.start() - 1) == '-' || t.charAt(n.start() - 1) == '%');
  }

  private boolean negated(String t, CueMatch cue) {
    String before = t.substring(Math.max(0, cue.start - 24), cue.start);
    String after = window(t, cue.end, 14);
    Matcher b = lexicon.negationBefore().matcher(before);
    boolean neg = b.find();
    if (!neg) {
      neg = lexicon.negationAfter().matcher(after).lookingAt()
          || lexicon.negationAfter().matcher(after.stripLeading()).lookingAt();
    }
    return neg;
  }

  /**
   * The organisation named last in the sentences of a paragraph before {@code index}, not as part
   * of a model's name: what "the company" of the next sentences refers to when the article has
   * no maker of its own ("OpenAI a lancé jeudi GPT-5. Selon la société, ..."). Null when there is
   * none.
   */
  private String organisationBefore(List<Analysed> paragraph, int index) {
    for (int i = index - 1; i >= 0; i--) {
      Analysed p = paragraph.get(i);
      // "publicamos los pesos en Hugging Face": an organisation named as the platform something
      // is put on (lexicon phrase host_preposition) is no actor of the sentence.
      List<int[]> orgs = organisations(p).stream()
          .filter(o -> !endsWith(lexicon.phrase("host_preposition").pattern(),
              p.text().substring(0, o[0])))
          .toList();
      if (!orgs.isEmpty()) {
        int[] o = orgs.get(orgs.size() - 1);
        return p.text().substring(o[0], o[1]);
      }
    }
    return null;
  }

  private Attribution attribution(Analysed a, Mention main, String mainVendor, int claimStart,
      int firstCueStart, String organisationBefore) {
    String t = a.text();
    // "the company" is the maker of the model the sentence is about: the main subject's maker
    // only when the sentence is not about another model ("Albatros-12B obtient 61,7 selon
    // l'entreprise" in an article about Llama 4); in an article with no maker of its own, the
    // organisation its paragraph named last.
    String maker = aboutAnotherModel(a, main, claimStart) ? null
        : mainVendor != null ? mainVendor : organisationBefore;
    List<String> cues = new ArrayList<>();
    Matcher h = lexicon.hedges().matcher(t);
    while (h.find()) {
      cues.add(h.group());
    }
    String claimant = null;
    Matcher before = lexicon.claimantBefore().matcher(t);
    while (claimant == null && before.find()) {
      String rest = window(t, before.end(), 90).stripLeading();
      claimant = leadingClaimant(rest, maker);
      if (claimant == null) {
        claimant = namedAfter(a, before.end());
      }
    }
    Matcher split = lexicon.phrase("split_claimant").pattern().matcher(t);
    while (claimant == null && split.find()) {
      // "..., teilte OpenAI am Donnerstag mit": the organisation named after the verb that opens
      // the inverted clause of saying, whose particle ends it.
      Matcher v = vendors.matcher(window(t, split.end(), 90).stripLeading());
      claimant = v.lookingAt() ? v.group() : null;
    }
    if (claimant == null) {
      claimant = possessiveSource(t, maker);
    }
    if (claimant == null) {
      // "Alibaba avance que ...", "... Alibaba tente ... en affirmant que": the organisation
      // named nearest before the verb of saying; "En affirmant que ..., Alibaba ...": else the
      // first one named after it.
      // "outperforms Meta's Llama 4 Maverick": the maker named with its model does not speak.
      List<int[]> orgs = organisations(a).stream().filter(o -> !namesItsModel(a, o)).toList();
      Matcher verb = lexicon.claimantAfter().matcher(t);
      while (claimant == null && verb.find()) {
        int at = verb.start();
        for (int[] o : orgs) {
          if (o[1] <= at && at - o[1] <= 60) {
            claimant = t.substring(o[0], o[1]);
          }
        }
        int windowStart = Math.max(0, at - 60);
        Matcher d = lexicon.claimantDescriptors().matcher(t.substring(windowStart, at));
        // „Der Entwickler Tobias Wendt schreibt“: a person named right after the descriptor
        // speaks; not in „Der Entwickler schreibt“ nor « la firme de Mountain View revendique ».
        String named = claimant == null ? person(a, verb.start(), verb.end()) : null;
        boolean described = d.find();
        if (described && named != null) {
          int nameAt = t.lastIndexOf(named, at);
          int descriptorEnd = windowStart + d.end();
          if (nameAt < descriptorEnd || !t.substring(descriptorEnd, nameAt).isBlank()) {
            named = null;
          }
        }
        if (claimant == null && described && maker != null && named == null) {
          claimant = maker;
        }
        if (claimant == null) {
          claimant = invertedSpeaker(a, verb.end());
        }
        if (claimant == null) {
          claimant = named;
        }
        if (claimant == null) {
          claimant = orgs.stream().filter(o -> o[0] >= verb.end()).findFirst()
              .map(o -> t.substring(o[0], o[1])).orElse(null);
        }
      }
    }
    if (claimant == null && mainVendor != null && lexicon.firstPerson().matcher(t).find()) {
      // "We are releasing ... our model beats": the vendor speaking for itself.
      claimant = mainVendor;
    }
    if (claimant == null && maker != null) {
      // "la firme chinoise s'appuie sur ... où le modèle dépasserait": the company itself.
      Matcher d = lexicon.claimantDescriptors().matcher(t);
      if (d.find() && d.start() < firstCueStart) {
        claimant = maker;
      }
    }
    if (claimant != null && claimant.equals(makerShortName)) {
      claimant = makerName;
    }
    return new Attribution(claimant, !cues.isEmpty(), cues);
  }

  /**
   * Whether the first model the sentence names before its first claim phrase is another than the
   * main subject ("Albatros-12B obtient 61,7 ..."; not "The lab says the model outperforms
   * Llama 3.1 405B").
   */
  private boolean aboutAnotherModel(Analysed a, Mention main, int claimStart) {
    if (main == null) {
      return false;
    }
    for (Found f : a.mentions()) {
      if (f.start() >= claimStart) {
        return false;
      }
      if (f.isModel() && !vendors.matcher(f.mention().text()).matches()) {
        return !related(f.mention(), main);
      }
    }
    return false;
  }

  /** What {@link #organisations} found in the sentences of the document read last. */
  private final Map<Analysed, List<int[]>> organisationsFound = new java.util.IdentityHashMap<>();

  /**
   * Organisation names in the sentence that are not part of a model name ("DeepSeek-V3"). Asked
   * for each number of a sentence and for the sentences before it, so each sentence's are kept
   * while its document is read: a long one is read once.
   */
  private List<int[]> organisations(Analysed a) {
    return organisationsFound.computeIfAbsent(a, this::findOrganisations);
  }

  private List<int[]> findOrganisations(Analysed a) {
    List<int[]> out = new ArrayList<>();
    Matcher v = vendors.matcher(a.text());
    while (v.find()) {
      int s = v.start();
      int e = v.end();
      if (a.mentions().stream().noneMatch(f -> f.start() < e && s < f.end())) {
        out.add(new int[] {s, e});
      }
    }
    if (makerShortNamed != null) {
      // "Quarry reports 69.8 percent" in an article about Quarry Labs' model.
      Matcher m = makerShortNamed.matcher(a.text());
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (a.mentions().stream().noneMatch(f -> f.start() < e && s < f.end())
            && out.stream().noneMatch(o -> o[0] < e && s < o[1])) {
          out.add(new int[] {s, e});
        }
      }
      out.sort(java.util.Comparator.comparingInt((int[] o) -> o[0]));
    }
    return List.copyOf(out);
  }

  /** The short name of the maker of the document's model ("Quarry" for "Quarry Labs"), or null. */
  private String makerShortName;
  /** {@link #makerShortName} as a whole word; null when there is none. */
  private Pattern makerShortNamed;
  /** The maker of the document's model, as the short name's full form; may be null. */
  private String makerName;

  /** A capitalised word of a person's name ("Whitfield", "Jean-Luc", "Köhler"). */
  private static final String PERSON_WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
  /** A name right before a verb of saying, as the whole of what stands there: "Whitfield says". */
  private static final Pattern NAME_BEFORE = Pattern.compile(
      "(?:^|[,;:\u201c\u201d\"\u00ab\u00bb\u2014\u2013]\\s*|\\s)((?:" + PERSON_WORD + "\\s+){0,2}"
      + PERSON_WORD + ")\\s+$");
  /**
   * A person's full name right after a verb of saying that follows a quotation or a clause
   * (", said Dana Whitfield, CEO", "», déclare Claire Vasseur", ", dijo la directora Ana Ruiz"):
   * lower-case words such as a title may stand between.
   */
  private static final Pattern NAME_AFTER = Pattern.compile(
      "\\s+(?:\\p{Ll}+\\s+){0,3}(" + PERSON_WORD + "(?:\\s+" + PERSON_WORD + "){1,2})(?=\\s*(?:[,.;:!?)]|$))");

  /**
   * The person who speaks through a verb of saying: a name standing alone before it ("Whitfield
   * says", "Yang said"), or a full name after it when it follows a quotation or a comma
   * ("\u201c...,\u201d said Dana Whitfield"). Not a model, an organisation or a word that opens sentences.
   */
  String person(Analysed a, int verbStart, int verbEnd) {
    String t = a.text();
    Matcher b = NAME_BEFORE.matcher(t.substring(0, verbStart));
    if (b.find()) {
      String name = plainName(a, b.start(1), b.end(1));
      // A lone capitalised plural opening the sentence is a noun ("Researchers said").
      if (name != null && !(name.indexOf(' ') < 0 && name.endsWith("s"))) {
        return withoutTitle(name);
      }
    }
    String head = t.substring(0, verbStart).stripTrailing();
    if (head.endsWith(",") || head.endsWith("\u201d") || head.endsWith("\"") || head.endsWith("\u00bb")) {
      Matcher m = NAME_AFTER.matcher(t).region(verbEnd, t.length());
      if (m.lookingAt()) {
        String name = plainName(a, m.start(1), m.end(1));
        if (name != null && name.indexOf(' ') > 0) {
          return name;
        }
      }
    }
    return null;
  }

  /**
   * In a language that may put the subject after the verb, the organisation right after a verb
   * of saying ending at {@code verbEnd}: "Auf HLE mit Werkzeugnutzung meldet Moonshot 44,9
   * Prozent", „Eine Parameterzahl nennt Google nicht“ (the noun before the verb is nobody);
   * null when none stands there.
   */
  String invertedSpeaker(Analysed a, int verbEnd) {
    if (!lexicon.wordOrder().subjectAfterVerb()) {
      return null;
    }
    String t = a.text();
    return organisations(a).stream()
        .filter(o -> o[0] >= verbEnd && t.substring(verbEnd, o[0]).isBlank())
        .findFirst().map(o -> t.substring(o[0], o[1])).orElse(null);
  }

  /** Three capitalised words, the first a title: seven letters or more. */
  private static final Pattern TITLED_NAME = Pattern.compile("\\p{Lu}\\p{Ll}{6,}\\s+(\\S+\\s+\\S+)");

  /**
   * A name without the title before it: of three capitalised words, a first of seven letters
   * or more is a title ("Analyst Mark Li", „Der Entwickler Tobias Wendt schreibt“); a short one
   * is a given name ("Wei Lun Tang").
   */
  private static String withoutTitle(String name) {
    Matcher m = TITLED_NAME.matcher(name);
    return m.matches() ? m.group(1) : name;
  }

  /** A person named right after "according to", "per", « selon », "so", "laut": "so Köhler." */
  private static final Pattern NAME_ALONE = Pattern.compile(
      "\\s*((?:" + PERSON_WORD + "\\s+){0,2}" + PERSON_WORD + ")(?=\\s*(?:[,.;:!?)]|$))");

  private String namedAfter(Analysed a, int from) {
    Matcher m = NAME_ALONE.matcher(a.text()).region(from, a.text().length());
    return m.lookingAt() ? plainName(a, m.start(1), m.end(1)) : null;
  }

  /**
   * The words from start to end as a person's name, without the words that open sentences or
   * name months before it ("In March Whitfield"); null when a model, an organisation or such a
   * word is among the rest.
   */
  private String plainName(Analysed a, int start, int end) {
    if (a.mentions().stream().anyMatch(f -> f.start() < end && start < f.end())) {
      return null;
    }
    Pattern stop = lexicon.benchmarkNames().stopWords();
    List<String> words = new ArrayList<>(List.of(a.text().substring(start, end).split("\\s+")));
    while (!words.isEmpty() && stop.matcher(words.get(0)).matches()) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return null;
    }
    for (String w : words) {
      if (stop.matcher(w).matches() || vendors.matcher(w).matches()) {
        return null;
      }
    }
    return String.join(" ", words);
  }

  /**
   * The owner of a source named after a possessive ("Meta's table shows", "by Moonshot's own
   * numbers", "laut Anthropics Tabelle"): the organisation, or for "the company's own report" the
   * maker of the model the sentence is about.
   */
  private String possessiveSource(String t, String maker) {
    Matcher m = lexicon.phrase("possessive_source").pattern().matcher(t);
    while (m.find()) {
      String before = t.substring(Math.max(0, m.start() - 60), m.start()).stripTrailing();
      for (String owner : Organisations.possessor(before)) {
        Matcher v = vendors.matcher(owner);
        while (v.find()) {
          if (v.end() == owner.length()) {
            return v.group();
          }
        }
        Matcher d = lexicon.claimantDescriptors().matcher(owner);
        while (maker != null && d.find()) {
          if (d.end() == owner.length()) {
            return maker;
          }
        }
      }
    }
    return null;
  }

  /** What may stand between a maker's name and its model's: "Meta's ", "Googles ", " ". */
  private static final Pattern BEFORE_ITS_MODEL = Pattern.compile("(?:['\u2019]s?|s)?\\s+");

  /** Whether an organisation's name stands as the maker before its model: "Meta's Llama 4". */
  private static boolean namesItsModel(Analysed a, int[] org) {
    String t = a.text();
    Matcher p = BEFORE_ITS_MODEL.matcher(t).region(org[1], t.length());
    if (!p.lookingAt()) {
      return false;
    }
    int at = p.end();
    return a.mentions().stream().anyMatch(f -> f.isModel() && f.start() == at);
  }

  private String leadingClaimant(String rest, String mainVendor) {
    // "according to figures published by DeepSeek": the source's publisher; "according to its own
    // figures": the maker's.
    Matcher source = lexicon.phrase("claimant_source").pattern().matcher(rest);
    if (source.lookingAt()) {
      rest = rest.substring(source.end()).stripLeading();
    } else if (lexicon.phrase("own_source").pattern().matcher(rest).lookingAt()) {
      return mainVendor;
    }
    Matcher v = vendors.matcher(rest);
    if (v.lookingAt()) {
      return v.group();
    }
    Matcher d = lexicon.claimantDescriptors().matcher(rest);
    if (d.lookingAt() || d.find() && d.start() < 6) {
      return mainVendor;
    }
    return null;
  }

  private static String window(String t, int from, int length) {
    return t.substring(Math.min(from, t.length()), Math.min(t.length(), from + length));
  }

  /** Exposed for tests: whether the language has any phrase matching in {@code text}. */
  Optional<Cue> firstCue(String text) {
    List<CueMatch> m = cueMatches(text);
    return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0).cue);
  }
}
