package dev.claimcheck.check;

import dev.claimcheck.claim.AtomicClaim;
import dev.claimcheck.claim.Attribution;
import dev.claimcheck.claim.Claim;
import dev.claimcheck.claim.ClaimExtractor;
import dev.claimcheck.claim.FactExtractor;
import dev.claimcheck.claim.TableClaims;
import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.input.SourceDocument;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.lexicon.LexiconLoader;
import dev.claimcheck.registry.Family;
import dev.claimcheck.registry.Model;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.report.ClaimReport;
import dev.claimcheck.report.DocumentReport;
import dev.claimcheck.report.SentenceReport;
import dev.claimcheck.segment.Paragraph;
import dev.claimcheck.segment.Segmenter;
import dev.claimcheck.segment.Sentence;
import dev.claimcheck.text.Span;
import dev.claimcheck.verdict.AsOf;
import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.NameResolver;
import dev.claimcheck.verdict.VerdictEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the pipeline on one document: language, sentences, names, claims, verdicts. One instance
 * serves any number of documents; it holds no per-document state.
 */
public final class DocumentChecker {
  private final Registry registry;
  private final CheckOptions options;
  private final Map<String, Lexicon> lexicons;
  private final LanguageDetector detector;
  private final EntityRecognizer recognizer;
  private final VerdictEngine engine;
  private final Map<String, ClaimExtractor> extractors = new HashMap<>();
  private final Map<String, TableClaims> tableReaders = new HashMap<>();
  private final Map<String, FactExtractor> factExtractors = new HashMap<>();
  private final Set<String> vendors = new LinkedHashSet<>();

  public DocumentChecker(Registry registry, CheckOptions options) {
    this(registry, options, new LexiconLoader().loadAll());
  }

  public DocumentChecker(Registry registry, CheckOptions options, Map<String, Lexicon> lexicons) {
    this.registry = registry;
    this.options = options;
    this.lexicons = new LinkedHashMap<>(lexicons);
    this.detector = new LanguageDetector(this.lexicons.values());
    this.recognizer = new EntityRecognizer(registry);
    this.engine = new VerdictEngine(registry);
    registry.models().values().forEach(m -> vendors.add(m.vendor()));
    registry.families().values().forEach(f -> vendors.add(f.vendor()));
    vendors.addAll(EntityRecognizer.wordList("entity/organisations.txt"));
    vendors.remove(null);
    vendors.remove("unknown");
    vendors.removeIf(v -> v.isBlank());
  }

  public DocumentReport check(SourceDocument doc) {
    String language = language(doc);
    Lexicon lexicon = withDecimals(lexicons.get(language), doc.text());
    String variant = language + lexicon.number().decimal();
    ClaimExtractor extractor = extractors.computeIfAbsent(
        variant, l -> new ClaimExtractor(lexicon, recognizer, vendors));
    List<Paragraph> paragraphs = new Segmenter(lexicon.abbreviations(),
        lexicon.benchmarkNames().stopWords()).segment(doc.text());
    List<String> introduced = extractor.introducedNames(
        doc.text(), paragraphs, doc.metadata().title().orElse(null));
    MainSubject subject = mainSubject(doc, paragraphs, extractor, lexicon, introduced);
    Mention main = subject.main();
    String mainVendor = main == null ? null : vendorOf(main);
    boolean makersVoice = makersVoice(doc.text(), lexicon);
    if (main != null && mainVendor == null) {
      String issuer = issuerNamed(doc.text(), paragraphs, doc.metadata().title().orElse(null),
          lexicon, main.text());
      if (issuer != null) {
        mainVendor = issuer;
        makersVoice = true;
      }
    }
    if (main != null && mainVendor == null
        && (makersVoice || !lexicon.firstPerson().matcher(doc.text()).find())) {
      // Only where nobody writes in the first person, or where the first person is the maker's:
      // "our tests" in a news story is the publication's, and a maker read from the text must
      // not take those claims over.
      mainVendor = extractor.makerNamedWith(doc.text(), paragraphs,
          doc.metadata().title().orElse(null), main.text());
      if (mainVendor == null && makersVoice) {
        mainVendor = extractor.makerOfOwnVoice(doc.text(), paragraphs,
            doc.metadata().title().orElse(null), main.text());
      }
    }
    Map<String, java.util.Optional<String>> named = new HashMap<>();
    String interviewee = interviewee(doc.text(), lexicon);
    java.util.function.Function<String, String> speakers = speaker -> speaker == null ? null
        : named.computeIfAbsent(speaker, w -> java.util.Optional.ofNullable(
            role(w, lexicon) ? (answer(w, lexicon) ? interviewee : null)
                : titled(w, doc.text(), lexicon)))
            .orElse(null);
    TableClaims tables = tableReaders.computeIfAbsent(
        variant, l -> new TableClaims(lexicon, recognizer, vendors));
    String voice = makersVoice ? mainVendor : null;
    FactExtractor facts = factExtractors.computeIfAbsent(
        variant, l -> new FactExtractor(lexicon, extractor, vendors));
    List<Claim> prose = new ArrayList<>();
    List<Claim> stated = new ArrayList<>();
    java.util.Set<String> learned = new java.util.HashSet<>();
    List<Section> sections = sections(doc.text(), paragraphs, extractor, introduced, main,
        mainVendor);
    for (Section section : sections) {
      List<List<ClaimExtractor.Analysed>> reading = extractor.read(doc.text(),
          section.paragraphs(), section.main(), section.vendor(), introduced,
          sections.size() == 1 && (makersVoice || interviewee != null),
          section.vendor() != null || section.main() == null ? section.vendor()
              // "Gemini 3 Pro", imported from a leaderboard that names no maker: its series'.
              : registry.seriesVendor(section.main().text()).orElse(null));
      prose.addAll(extractor.claims(reading, section.main(), section.vendor()));
      learned.addAll(ClaimExtractor.unknownBenchmarkNames(reading));
      stated.addAll(facts.extract(reading, section.main(),
          section.main() == main ? subject.family() : null, section.vendor()));
    }
    List<Claim> claims = new ArrayList<>(TableClaims.merge(
        claimedBy(spokenBy(prose, speakers), voice),
        tables.extract(doc.text(), doc.tables(), paragraphs, mainVendor, learned)));
    claims.addAll(claimedBy(spokenBy(stated, speakers), voice));
    claims.sort(java.util.Comparator.comparingInt((Claim c) -> c.sentence().span().start()));
    claims = voiced(claims, doc.text(), lexicon);

    Map<Sentence, List<ClaimReport>> bySentence = new LinkedHashMap<>();
    for (Claim c : claims) {
      List<Check> checks = new ArrayList<>();
      for (AtomicClaim atom : c.atoms()) {
        checks.add(engine.check(atom, asOf(doc, atom)));
      }
      bySentence.computeIfAbsent(c.sentence(), s -> new ArrayList<>())
          .add(new ClaimReport(c, checks));
    }
    List<SentenceReport> sentences = new ArrayList<>();
    bySentence.forEach((s, list) -> sentences.add(
        new SentenceReport(s, doc.positions().positionOf(s.span().start()), list)));
    return new DocumentReport(doc.name(), doc.format(), doc.metadata(), language,
        main == null ? null : main.text(), sentences, doc.warnings());
  }

  /** Paragraphs read with one model as what "the model" and "it" stand for, and its vendor. */
  private record Section(List<Paragraph> paragraphs, Mention main, String vendor) {}

  /**
   * A round-up's items, each read with the model its heading names as its main subject: "1.
   * Mistral Medium 3", « 2. Mistral Medium 3 mise tout sur le rapport qualité-prix », „1. xAI
   * legt Grok 4 vor". Only where at least two headings each name one model, and different ones;
   * the paragraphs before the first heading, and those under a heading naming no single model
   * ("Correction"), keep the text's main subject. Else the whole text is one section.
   */
  private List<Section> sections(String text, List<Paragraph> paragraphs, ClaimExtractor x,
      List<String> introduced, Mention main, String mainVendor) {
    List<Integer> starts = new ArrayList<>();
    List<Mention> models = new ArrayList<>();
    for (int i = 1; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (!heading(p.span().of(text)) || !standsAlone(text, p.span())) {
        continue;
      }
      Map<String, Mention> named = new LinkedHashMap<>();
      for (Sentence s : p.sentences()) {
        for (Found f : x.analyse(text, s, introduced).subjects()) {
          if (f.isModel()) {
            named.putIfAbsent(f.mention().text(), f.mention());
          }
        }
      }
      starts.add(i);
      models.add(named.size() == 1 ? named.values().iterator().next() : null);
    }
    if (models.stream().filter(m -> m != null).map(Mention::text).distinct().count() < 2) {
      return List.of(new Section(paragraphs, main, mainVendor));
    }
    List<Section> out = new ArrayList<>();
    out.add(new Section(paragraphs.subList(0, starts.get(0)), main, mainVendor));
    for (int k = 0; k < starts.size(); k++) {
      int end = k + 1 < starts.size() ? starts.get(k + 1) : paragraphs.size();
      Mention model = models.get(k);
      out.add(model == null
          ? new Section(paragraphs.subList(starts.get(k), end), main, mainVendor)
          : new Section(paragraphs.subList(starts.get(k), end), model, vendorOf(model)));
    }
    return out;
  }

  /**
   * Whether a paragraph has a blank line (or the start or end of the text) before and after it:
   * a heading, not an item of a list ("- License: Llama 3.1 Community License").
   */
  private static boolean standsAlone(String text, Span span) {
    return blankLine(text, span.start(), -1) && blankLine(text, span.end(), 1);
  }

  /** Whether only white space, with two line breaks or the text's end, lies from {@code at}. */
  private static boolean blankLine(String text, int at, int step) {
    int breaks = 0;
    for (int i = step < 0 ? at - 1 : at; i >= 0 && i < text.length(); i += step) {
      char c = text.charAt(i);
      if (c == '\n') {
        breaks++;
      } else if (!Character.isWhitespace(c)) {
        return breaks >= 2;
      }
    }
    return true;
  }

  /** The most words a heading of a round-up's item has. */
  private static final int HEADING_WORDS = 12;

  /**
   * Whether a paragraph is a heading: one line, of a few words, not ending as a sentence does, not
   * a table's row and not a list item's.
   */
  private static boolean heading(String paragraph) {
    String line = paragraph.strip();
    return !line.isEmpty() && line.indexOf('\n') < 0 && line.indexOf('|') < 0
        && !Segmenter.bulleted(line)
        && line.split("\\s+").length <= HEADING_WORDS
        && !line.matches("(?s).*[.!?…:;,»“”\"]$");
  }

  /** The language's lexicons for texts writing decimals with the other mark, by language. */
  private final Map<String, Lexicon> otherDecimals = new HashMap<>();

  /**
   * The language's lexicon, or its variant reading numbers with the decimal mark the text writes
   * its per-cent figures with: a Spanish text from Mexico writes "84.7%" and "1,302 puntos".
   */
  private Lexicon withDecimals(Lexicon lexicon, String text) {
    String decimal = Lexicon.decimalWritten(text);
    if (decimal == null || decimal.equals(lexicon.number().decimal())) {
      return lexicon;
    }
    return otherDecimals.computeIfAbsent(lexicon.language() + decimal, k -> {
      try {
        return new LexiconLoader().load(lexicon.language(), decimal);
      } catch (RuntimeException e) {
        // A lexicon given by the caller and not bundled: read as the language writes.
        return lexicon;
      }
    });
  }

  /** Quoted words: what the text reports others saying, not its own voice. */
  private static final Pattern QUOTED = Pattern.compile(
      "“[^”]*”|\"[^\"\\n]*\"|«[^»]*»|„[^“”]*[“”]");

  /**
   * Whether the text speaks as the maker of the model it presents ("we are releasing", "our most
   * capable model", outside quotations): a launch post, a press release or a model card.
   */
  private static boolean makersVoice(String text, Lexicon lexicon) {
    return lexicon.phrase("vendor_voice").pattern()
        .matcher(QUOTED.matcher(text).replaceAll(" ")).find();
  }

  /**
   * The organisation a text states it is issued by, on a line of its own: the closing boilerplate
   * of a text marked as a press release ("About Halden Research", „Über Kogni AI“, with a
   * "PRESS RELEASE" label or a press contact) or a model card's field
   * ("Developed by: Halden Research"), when the title or the opening paragraphs name that
   * organisation too and it is not the main model's name; null otherwise. Such a text speaks as
   * that maker even where it never says "we".
   */
  static String issuerNamed(String text, List<Paragraph> paragraphs, String title,
      Lexicon lexicon, String mainName) {
    String opening = String.join("\n",
        Paragraph.opening(text, paragraphs, title, ISSUER_PARAGRAPHS));
    // "About X" closing an explainer is a section on X, not X's boilerplate.
    boolean release = lexicon.phrase("press_release").pattern().matcher(text).find();
    for (String phrase : release ? List.of("maker_field", "maker_about")
        : List.of("maker_field")) {
      Matcher m = lexicon.phrase(phrase).pattern().matcher(text);
      while (m.find()) {
        String maker = dev.claimcheck.lexicon.Phrase.group(m, "maker");
        if (maker == null) {
          maker = dev.claimcheck.lexicon.Phrase.group(m, "legal");
        }
        if (maker == null || maker.equalsIgnoreCase(mainName) || mainName.contains(maker)
            || maker.contains(mainName)) {
          continue;
        }
        Pattern named = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(maker)
            + "(?![\\p{L}\\p{N}])");
        // Named elsewhere than on the line itself, which may open the text.
        if (named.matcher(opening.replace(m.group(), " ")).find()) {
          return maker;
        }
      }
    }
    return null;
  }

  private static final int ISSUER_PARAGRAPHS = 4;

  /**
   * In a text in its maker's voice, the claims that name no claimant are the maker's (not the
   * table cells, which the text only lists).
   */
  private static List<Claim> claimedBy(List<Claim> claims, String maker) {
    return maker == null ? claims : unclaimedGiven(claims, c -> maker);
  }

  /**
   * In a transcript or an interview, what a speaker says is theirs: the claims of a line opened by
   * a speaker's name that name no claimant of their own have the speaker as claimant, by the name
   * {@code names} gives the speaker.
   */
  private static List<Claim> spokenBy(List<Claim> claims,
      java.util.function.Function<String, String> names) {
    return unclaimedGiven(claims, c -> names.apply(c.sentence().speaker()));
  }

  /**
   * Whether a line's speaker is a role, not a name: a letter alone ("Q:", "A:", "R:"), a word
   * for the question or the answer ("Antwort:", "Pregunta:") or the dash of a dialogue's answer.
   */
  private static boolean role(String speaker, Lexicon lexicon) {
    return speaker.length() == 1 || answer(speaker, lexicon)
        || lexicon.phrase("question_label").pattern().matcher(speaker).matches();
  }

  /** Whether a line's speaker is the answer's role: "A:", "R:", "Antwort:", a dialogue's dash. */
  private static boolean answer(String speaker, Lexicon lexicon) {
    return speaker.equals(dev.claimcheck.segment.Segmenter.DASH_TURN)
        || lexicon.phrase("answer_label").pattern().matcher(speaker).matches();
  }

  /**
   * The person an interview's introduction names as the one answering ("We spoke with Liang
   * Wen", « Liang Wen ... a répondu à nos questions »), when it names one person only, no
   * organisation; null otherwise.
   */
  private String interviewee(String text, Lexicon lexicon) {
    Matcher m = lexicon.phrase("interviewee").pattern().matcher(text);
    String found = null;
    while (m.find()) {
      String person = (m.group("person") != null ? m.group("person") : m.group("named"))
          .replaceAll("\\s+", " ");
      if (vendors.contains(person) || found != null && !found.equals(person)) {
        return null;
      }
      found = person;
    }
    return found;
  }

  /**
   * The name of a line's speaker, as the text names the person in full: initials opening an
   * interview's answers ("S. M. : ...") are the first name in the text with those initials
   * ("Sophie Marchetti"), null when there is none; a surname alone, not an organisation's
   * ("Voigt: ..."), is the first full name the text gives it, with the given names before it that
   * are no words opening sentences nor organisations ("Dr. Lena Voigt"); any other name
   * as written.
   */
  private String fullName(String speaker, String text, Pattern stopWords) {
    if (INITIALS.matcher(speaker).matches()) {
      String initials = speaker.replaceAll("[^\\p{Lu}]", "");
      StringBuilder name = new StringBuilder("(?<![\\p{L}])");
      for (int k = 0; k < initials.length(); k++) {
        name.append(k == 0 ? "" : "\\s+").append(initials.charAt(k))
            .append("\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
      }
      Matcher n = Pattern.compile(name.append("(?![\\p{L}])").toString()).matcher(text);
      return n.find() ? n.group().replaceAll("\\s+", " ") : null;
    }
    if (!SURNAME.matcher(speaker).matches() || vendors.contains(speaker)) {
      return speaker;
    }
    // A given name before the surname, and a short one before it ("Wei Lun Tang"): a longer
    // capitalised word there is a title ("Analyst Mark Li", „Mitgründerin Katrin Vollmer").
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}.-])((?:\\p{Lu}\\p{Ll}{1,4}\\h+)?" + GIVEN_NAME
        + "\\h+)" + Pattern.quote(speaker) + "(?![\\p{L}\\p{N}-])").matcher(text);
    while (m.find()) {
      boolean ok = true;
      for (String g : m.group(1).trim().split("\\s+")) {
        ok &= !stopWords.matcher(g).matches() && !vendors.contains(g);
      }
      if (ok) {
        return m.group().replaceAll("\\s+", " ");
      }
    }
    return speaker;
  }

  /**
   * The people who speak in running text, by their full names: a surname alone as claimant
   * ("Holt says") is the first full name the text gives it ("Maren Holt"); a sentence whose
   * speaker is a pronoun with a verb of saying ("she says", « selon lui », „sagt er", « Añade
   * que ») that names no claimant of its own is the last person's named as a claimant before it.
   * Organisations, and claims in text order.
   */
  private List<Claim> voiced(List<Claim> claims, String text, Lexicon lexicon) {
    Pattern pronoun = lexicon.phrase("pronoun_speaker").pattern();
    Pattern stopWords = lexicon.benchmarkNames().stopWords();
    List<Claim> out = new ArrayList<>(claims.size());
    // Each name is looked up in the text once: a document's claimants are few.
    Map<String, String> fullNames = new HashMap<>();
    Map<String, Boolean> people = new HashMap<>();
    String last = null;
    for (Claim c : claims) {
      String by = c.attribution().claimant();
      if (by != null && SURNAME.matcher(by).matches() && !vendors.contains(by)) {
        by = fullNames.computeIfAbsent(by, w -> fullName(w, text, stopWords));
      }
      if (by == null && last != null && pronoun.matcher(c.sentence().text()).find()) {
        by = last;
      }
      if (by != null && people.computeIfAbsent(by, w -> person(w, text))) {
        last = by;
      }
      out.add(java.util.Objects.equals(by, c.attribution().claimant()) ? c : c.withAttribution(
          new Attribution(by, c.attribution().hedged(), c.attribution().cues())));
    }
    return out;
  }

  /**
   * A person's name as the text gives it in full, from a name that may open with titles and
   * roles (lexicon phrase {@code person_title}) and be written in capitals, as transcripts name
   * who speaks ("Dr MARSH", "Senator OKORO", „Sachverständiger Dr. Emeka Okonkwo“): the titles
   * dropped, the capitals as a name is written, a surname left alone completed by {@link
   * #fullName}, and the titles dropped from that too ("Helen Marsh"). A name that is nothing but
   * titles ("CHAIR") as written.
   */
  private String titled(String name, String text, Lexicon lexicon) {
    Pattern stopWords = lexicon.benchmarkNames().stopWords();
    // "M. E.": initials, no title.
    String bare = INITIALS.matcher(name).matches() ? name : withoutTitles(name, lexicon);
    if (bare.isEmpty()) {
      return name;
    }
    StringBuilder cased = new StringBuilder();
    for (String w : bare.split("\\s+")) {
      cased.append(cased.length() == 0 ? "" : " ").append(CAPITALS.matcher(w).matches()
          ? w.charAt(0) + w.substring(1).toLowerCase(java.util.Locale.ROOT) : w);
    }
    String full = fullName(cased.toString(), text, stopWords);
    String done = full == null ? null : withoutTitles(full, lexicon);
    return done == null || done.isEmpty() ? full : done;
  }

  /** A word in capitals, as a transcript writes a surname: "MARSH", "OKORO". */
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}(?:-\\p{Lu}{2,})?");

  /** {@code name} without the titles and roles that open it ("Dr.", "Senator", „Vorsitzende“). */
  private static String withoutTitles(String name, Lexicon lexicon) {
    Pattern title = lexicon.phrase("person_title").pattern();
    String rest = name.strip();
    while (true) {
      Matcher m = title.matcher(rest);
      if (!m.lookingAt() || m.end() == 0
          || m.end() < rest.length() && !Character.isWhitespace(rest.charAt(m.end()))) {
        return rest;
      }
      rest = rest.substring(m.end()).strip();
    }
  }

  /**
   * Whether a claimant is a person: two or three capitalised words ("Maren Holt", "Wen Yuxiang"),
   * not an organisation's name ("Tessera Labs", a known vendor) nor the words that open a
   * benchmark's name in the text ("Artificial Analysis" of "Artificial Analysis Intelligence
   * Index").
   */
  private boolean person(String name, String text) {
    if (!PERSON.matcher(name).matches() || vendors.contains(name)
        || dev.claimcheck.claim.Organisations.endsAsOrganisation(name)) {
      return false;
    }
    Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name)
        + "((?:\\s+\\p{Lu}[\\p{L}-]*){1,2})").matcher(text);
    while (m.find()) {
      for (String w : m.group(1).strip().split("\\s+")) {
        if (recognizer.benchmarkHead(w)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A person's full name: two or three capitalised words ("Maren Holt", "Wen Yuxiang"). */
  private static final Pattern PERSON = Pattern.compile(
      "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}");

  /** A surname alone: one capitalised word, possibly double-barrelled ("Voigt", "Müller-Lüdenscheidt"). */
  private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");

  /** A given name on the same line as the surname after it: "Lena", "Jean-Pierre". */
  private static final String GIVEN_NAME = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";

  /** Initials of two or three letters standing for a speaker: "S. M.", "J.D.". */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.\\s?){2,3}");

  /** The claims, those naming no claimant given {@code claimant}'s (when not null). */
  private static List<Claim> unclaimedGiven(List<Claim> claims,
      java.util.function.Function<Claim, String> claimant) {
    return claims.stream().map(c -> {
      String by = c.attribution().claimant() != null ? null : claimant.apply(c);
      return by == null ? c : c.withAttribution(
          new Attribution(by, c.attribution().hedged(), c.attribution().cues()));
    }).toList();
  }

  private String language(SourceDocument doc) {
    if (options.language().isPresent() && lexicons.containsKey(options.language().get())) {
      return options.language().get();
    }
    return doc.metadata().language()
        .map(l -> l.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0])
        .filter(lexicons::containsKey)
        .orElseGet(() -> detector.detect(doc.text()));
  }

  /**
   * What "the model" stands for: the first model named in the title (metadata, or a first line
   * with no final full stop), else the first model named in the text; an organisation's name
   * ("Mistral", "Google") is no model. When that name is a family and the text goes on to name a
   * member of it ("Qwen3", then "The flagship, Qwen3-235B-A22B"; "Llama 4", then "Llama 4
   * Maverick"), the member is what the article is about.
   */
  private MainSubject mainSubject(SourceDocument doc, List<Paragraph> paragraphs,
      ClaimExtractor x, Lexicon lexicon, List<String> introduced) {
    if (roundUp(doc, paragraphs, lexicon)) {
      return new MainSubject(null, null);
    }
    List<ClaimExtractor.Analysed> sentences = new ArrayList<>();
    if (doc.metadata().title().isPresent()) {
      String title = doc.metadata().title().get();
      Sentence s = new Sentence(-1, -1, new Span(0, title.length()), title);
      sentences.add(x.analyse(title, s, introduced));
    }
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        sentences.add(x.analyse(doc.text(), s, introduced));
      }
    }
    boolean titled = doc.metadata().title().isPresent();
    Mention product = null;
    // Models named as what another was made from or replaced by, in this sentence or before.
    Set<String> former = new java.util.HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      Set<String> notMain = new java.util.HashSet<>(competitors(x, sentences.get(i)));
      former.addAll(former(sentences.get(i), lexicon, notMain, i == 0));
      notMain.addAll(former);
      Mention m = firstModel(sentences.get(i).mentions(), notMain);
      if (m != null && !(titled && i == 0) && m.isProductOnly()) {
        // "Quatre ans après l'arrivée de ChatGPT, ...": a product named in passing in the text is
        // what the article is about only when no model is named after it.
        product = product == null ? m : product;
        continue;
      }
      if (m != null) {
        Mention member = memberNamedLater(m,
            sentences.subList(i + 1, Math.min(sentences.size(), i + 1 + MEMBER_REACH)),
            lexicon.introductions().flagships());
        return member == null ? new MainSubject(m, null) : new MainSubject(member, m);
      }
    }
    return new MainSubject(product, null);
  }

  /** Whether the first paragraph is a title: one line of one sentence, with no final full stop. */
  private static boolean firstLineTitle(SourceDocument doc, List<Paragraph> paragraphs) {
    if (paragraphs.isEmpty() || paragraphs.get(0).sentences().size() != 1) {
      return false;
    }
    String first = paragraphs.get(0).span().of(doc.text()).strip();
    return !first.isEmpty() && first.indexOf('\n') < 0 && !first.endsWith(".");
  }

  /**
   * How many sentences after a family's name a member may be named and be what the article is
   * about: an article singles out its model in its opening ("Qwen3", then "The flagship,
   * Qwen3-235B-A22B"), not in a question about a coming release at its end.
   */
  private static final int MEMBER_REACH = 8;

  /**
   * Whether the article's title (its metadata title, or a first line with no final full stop)
   * presents a round-up or a comparison ("Llama 4 vs Qwen3 vs DeepSeek-V3", "Three launches this
   * week", "how the big releases compare"): such an article has no main subject.
   */
  private static boolean roundUp(SourceDocument doc, List<Paragraph> paragraphs,
      Lexicon lexicon) {
    Pattern roundUp = lexicon.phrase("roundup_title").pattern();
    if (doc.metadata().title().isPresent()
        && roundUp.matcher(doc.metadata().title().get()).find()) {
      return true;
    }
    return firstLineTitle(doc, paragraphs)
        && roundUp.matcher(paragraphs.get(0).span().of(doc.text()).strip()).find();
  }

  /**
   * What an article is about.
   *
   * @param main what "the model" stands for; null when the article names no model
   * @param family the family {@code main} was singled out of, what "the models" stand for; null
   *     when the article is not about a member of a family it names first
   */
  private record MainSubject(Mention main, Mention family) {}

  /** The registry models a name stands for, "?" for what is no model or family. */
  private Set<String> membersOf(Mention m) {
    Set<String> ids = new java.util.HashSet<>();
    for (var t : m.targets()) {
      Family f = registry.families().get(t.id());
      if (t.kind() == dev.claimcheck.registry.NameTarget.Kind.FAMILY && f != null) {
        ids.addAll(f.members());
      } else if (t.kind() == dev.claimcheck.registry.NameTarget.Kind.MODEL) {
        ids.add(t.id());
      } else {
        ids.add("?");
      }
    }
    if (ids.isEmpty()) {
      ids.add("?");
    }
    return ids;
  }

  /** Whether {@code before} ends with a word that singles out a family's flagship. */
  private static boolean singledOut(String before, java.util.regex.Pattern flagships) {
    String trimmed = before.replaceAll("[\\s,:]+$", "");
    java.util.regex.Matcher m = flagships.matcher(trimmed);
    while (m.find()) {
      if (m.end() == trimmed.length()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern SIZE =
      java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])\\p{N}+(?:\\.\\p{N}+)?[bmk](?![\\p{L}])");


  /**
   * The first model named after a family's name that is a member of it: for a family the registry
   * knows, a name whose models are all among its members; for a name it does not know and that
   * gives no size ("Qwen3", "Llama 4"), the same name with a size ("Qwen3-235B-A22B") or a model
   * name of its own ("Llama 4 Maverick") after it. Null when there is none.
   */
  private Mention memberNamedLater(Mention family, List<ClaimExtractor.Analysed> later,
      java.util.regex.Pattern flagships) {
    if (SIZE.matcher(family.text()).find()) {
      return null;
    }
    Set<String> members = new java.util.HashSet<>();
    for (var t : family.targets()) {
      Family f = registry.families().get(t.id());
      if (t.kind() == dev.claimcheck.registry.NameTarget.Kind.FAMILY && f != null) {
        members.addAll(f.members());
      }
    }
    if (family.isKnown() && members.isEmpty()) {
      return null;
    }
    String prefix = family.text().replace('-', ' ').strip() + " ";
    for (ClaimExtractor.Analysed a : later) {
      for (Found f : a.mentions()) {
        if (!f.isModel()) {
          continue;
        }
        Mention m = f.mention();
        String name = m.text().replace('-', ' ');
        if (!name.startsWith(prefix)) {
          continue;
        }
        if (family.isKnown() && !membersOf(m).stream().allMatch(members::contains)) {
          continue;
        }
        String next = name.substring(prefix.length()).strip().split("\\s+")[0];
        // "Gemma 3" then "Gemma 3 27B": one size among others, unless singled out ("The
        // flagship, Qwen3-235B-A22B").
        boolean size = SIZE.matcher(next).lookingAt()
            && singledOut(a.folded().text().substring(0, f.start()), flagships);
        boolean ownName = next.length() >= 4 && Character.isUpperCase(next.charAt(0))
            && !recognizer.isVariantWord(next);
        if (size || ownName) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The first model named that is not a competitor in the sentence's claims ("X, un modelo que
   * compite con GPT-4o": not GPT-4o): a known one or a model-shaped name the registry lacks,
   * before a name the registry declares ambiguous ("DeepSeek", the vendor and its models).
   */
  private Mention firstModel(List<Found> found, Set<String> competitors) {
    List<Mention> models = found.stream().filter(Found::isModel).map(Found::mention)
        .filter(m -> !vendors.contains(m.text()) && !competitors.contains(m.text())).toList();
    // A model before a product that serves one ("ChatGPT gets a new brain: OpenAI ships
    // GPT-4.1": GPT-4.1), and before a name the registry declares ambiguous.
    return models.stream()
        .filter(m -> !m.isProductOnly() && m.targets().stream()
            .noneMatch(t -> t.kind() == dev.claimcheck.registry.NameTarget.Kind.AMBIGUOUS))
        .findFirst()
        .or(() -> models.stream().filter(m -> !m.isProductOnly()).findFirst())
        .orElseGet(() -> models.stream().findFirst().orElse(null));
  }

  /**
   * The models a sentence names as the base another model was made from ("Fine-tuning
   * gpt-oss-20b for Indian case law: what Nilgiri-20B gained"; lexicon phrase {@code base_model})
   * or as the one another replaced ("Why we replaced GPT-5 with Claude Opus 4.5"; {@code
   * replaced_model}), when it names another model that is not one of {@code excluded}, or when it
   * opens the text and says a model was made from it ("a house model derived from Qwen3", the
   * model itself named further on): the article is about what was made or chosen, not about its
   * base or what it replaced.
   */
  private static Set<String> former(ClaimExtractor.Analysed a, Lexicon lexicon,
      Set<String> excluded, boolean opening) {
    List<Found> models = a.mentions().stream().filter(Found::isModel).toList();
    if (models.isEmpty() || models.size() < 2 && !opening) {
      return Set.of();
    }
    Set<String> out = new java.util.HashSet<>();
    boolean madeModel = false;
    for (String phrase : List.of("base_model", "replaced_model")) {
      java.util.regex.Matcher m = lexicon.phrase(phrase).pattern().matcher(a.text());
      while (m.find()) {
        int end = m.end();
        String before = a.text().substring(Math.max(0, m.start() - MADE_MODEL_REACH), m.start());
        madeModel |= java.util.Arrays.stream(before.split("[^\\p{L}]+")).anyMatch(
            w -> EntityRecognizer.MODEL_NOUNS.contains(w.toLowerCase(java.util.Locale.ROOT)));
        models.stream().filter(f -> f.start() >= end).findFirst()
            .filter(f -> a.text().substring(end, f.start()).isBlank())
            .ifPresent(f -> out.add(f.mention().text()));
      }
    }
    boolean othersLeft = models.stream().map(f -> f.mention().text())
        .anyMatch(n -> !out.contains(n) && !excluded.contains(n));
    return othersLeft || opening && madeModel ? out : Set.of();
  }

  /** How far before a phrase of derivation its model noun may stand: "un modèle maison dérivé". */
  private static final int MADE_MODEL_REACH = 24;

  /** The names a sentence's claims take as competitors and never as subjects. */
  private static Set<String> competitors(ClaimExtractor x, ClaimExtractor.Analysed a) {
    if (a.mentions().stream().filter(Found::isModel).count() < 2) {
      return Set.of();
    }
    Set<String> out = new java.util.HashSet<>();
    List<Claim> claims = x.claims(List.of(List.of(a)), null, null);
    claims.forEach(c -> c.objects().forEach(o -> out.add(o.text())));
    claims.forEach(c -> out.remove(c.subject() == null ? null : c.subject().text()));
    return out;
  }

  private String vendorOf(Mention m) {
    NameResolver.ModelReading r =
        engine.names().readModel(m, LocalDate.now(options.clock()), true);
    if (!r.candidates().isEmpty()) {
      String vendor = r.candidates().get(0).vendor();
      return vendor == null || vendor.equals("unknown") ? null : vendor;
    }
    return m.targets().stream()
        .map(t -> registry.families().get(t.id()))
        .filter(java.util.Objects::nonNull)
        .map(Family::vendor)
        .findFirst().orElse(null);
  }

  /** The date a claim is read as of, and why. */
  private AsOf asOf(SourceDocument doc, AtomicClaim atom) {
    if (options.asOf().isPresent()) {
      return new AsOf(options.asOf().get(), "option", "given with --as-of");
    }
    if (doc.metadata().published().isPresent()) {
      return new AsOf(doc.metadata().published().get(), "article",
          "the article's publication date");
    }
    LocalDate today = LocalDate.now(options.clock());
    NameResolver.ModelReading r = engine.names().readModel(atom.subject(), today, true);
    if (r.candidates().size() == 1) {
      Model m = r.candidates().get(0);
      if (m.released() != null) {
        return new AsOf(m.released(), "release",
            "the text is undated: taken as of the release of " + m.name()
                + ", the claim's subject (a vendor compares itself with what was current at its"
                + " launch)");
      }
    }
    return new AsOf(today, "today", "the text is undated and its subject's release date unknown");
  }
}
