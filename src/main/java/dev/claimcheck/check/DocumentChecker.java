package dev.claimcheck.check;

import dev.claimcheck.claim.AtomicClaim;
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
import dev.claimcheck.registry.Names;
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
    vendors.remove(null);
    vendors.remove("unknown");
    vendors.removeIf(v -> v.isBlank());
  }

  public DocumentReport check(SourceDocument doc) {
    String language = language(doc);
    Lexicon lexicon = lexicons.get(language);
    ClaimExtractor extractor = extractors.computeIfAbsent(
        language, l -> new ClaimExtractor(lexicon, recognizer, vendors));
    List<Paragraph> paragraphs = new Segmenter(lexicon.abbreviations()).segment(doc.text());
    Mention main = mainSubject(doc, paragraphs, extractor);
    String mainVendor = main == null ? null : vendorOf(main);
    TableClaims tables = tableReaders.computeIfAbsent(
        language, l -> new TableClaims(lexicon, recognizer, vendors));
    List<Claim> claims = new ArrayList<>(TableClaims.merge(
        extractor.extract(doc.text(), paragraphs, main, mainVendor),
        tables.extract(doc.text(), doc.tables(), paragraphs, mainVendor)));
    FactExtractor facts = factExtractors.computeIfAbsent(
        language, l -> new FactExtractor(lexicon, extractor, vendors));
    claims.addAll(facts.extract(doc.text(), paragraphs, main, mainVendor));
    claims.sort(java.util.Comparator.comparingInt((Claim c) -> c.sentence().span().start()));

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
   * with no final full stop), else the first model named in the text. A competitor is never the
   * subject ("X, un modelo que compite con GPT-4o": not GPT-4o), and a name the registry declares
   * ambiguous ("DeepSeek", "Qwen") gives way to the first model of the text it is part of
   * ("DeepSeek-V3").
   */
  private Mention mainSubject(SourceDocument doc, List<Paragraph> paragraphs, ClaimExtractor x) {
    Mention ambiguous = null;
    if (doc.metadata().title().isPresent()) {
      String title = doc.metadata().title().get();
      Sentence s = new Sentence(-1, -1, new Span(0, title.length()), title);
      Mention m = firstModel(x, title, s);
      if (m != null && !isAmbiguous(m)) {
        return m;
      }
      ambiguous = m;
    }
    for (Paragraph p : paragraphs) {
      for (Sentence s : p.sentences()) {
        Mention m = firstModel(x, doc.text(), s);
        if (m == null) {
          continue;
        }
        if (ambiguous == null) {
          if (!isAmbiguous(m)) {
            return m;
          }
          ambiguous = m;
        } else if (!isAmbiguous(m) && Names.key(m.text()).startsWith(Names.key(ambiguous.text()))) {
          return m;
        }
      }
    }
    return ambiguous;
  }

  /**
   * The first model a sentence names that is not one of its claims' competitors: a known one or
   * a model-shaped name the registry lacks, before a name the registry declares ambiguous.
   */
  private static Mention firstModel(ClaimExtractor x, String text, Sentence s) {
    List<Found> found = x.analyse(text, s).mentions().stream().filter(Found::isModel).toList();
    if (found.isEmpty()) {
      return null;
    }
    Set<String> competitors = new java.util.HashSet<>();
    List<Claim> claims = x.extract(text, List.of(new Paragraph(0, s.span(), List.of(s))), null,
        null);
    claims.forEach(c -> c.objects().forEach(o -> competitors.add(o.text())));
    claims.forEach(c -> competitors.remove(c.subject() == null ? null : c.subject().text()));
    List<Mention> models = found.stream().map(Found::mention)
        .filter(m -> !competitors.contains(m.text())).toList();
    return models.stream().filter(m -> !isAmbiguous(m)).findFirst()
        .orElseGet(() -> models.stream().findFirst().orElse(null));
  }

  private static boolean isAmbiguous(Mention m) {
    return m.targets().stream()
        .anyMatch(t -> t.kind() == dev.claimcheck.registry.NameTarget.Kind.AMBIGUOUS);
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
