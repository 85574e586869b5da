package dev.claimcheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.check.CheckOptions;
import dev.claimcheck.check.DocumentChecker;
import dev.claimcheck.claim.Claim;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.eval.ClaimMatcher.Level;
import dev.claimcheck.eval.EvaluationResult.ArticleResult;
import dev.claimcheck.input.DocumentFormat;
import dev.claimcheck.input.DocumentReader;
import dev.claimcheck.input.SourceDocument;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.lexicon.LexiconLoader;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.RegistryLoader;
import dev.claimcheck.report.ClaimReport;
import dev.claimcheck.report.DocumentReport;
import dev.claimcheck.report.SentenceReport;
import dev.claimcheck.segment.Paragraph;
import dev.claimcheck.segment.Segmenter;
import dev.claimcheck.segment.Sentence;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Measures claim extraction against the labelled corpus ({@code gold.json} and its articles):
 * every article is run through the {@link DocumentChecker} as the command line would, and the
 * extracted claims are paired with the gold claims by {@link ClaimMatcher}.
 *
 * <p>The registry is read without its consistency checks: only names matter here, and a data
 * problem elsewhere in the registry should not stop the measurement.
 */
public final class CorpusEvaluation {
  /** Kinds in reporting order when gold.json does not list them. */
  public static final List<String> KINDS =
      List.of("compare", "parity", "score", "rank", "superlative", "vague", "fact");

  /** Languages in reporting order; others follow in order of appearance. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");

  /**
   * A fixed "today", so that the figures do not drift with the calendar (the main subject's
   * vendor is read as of today). Later than every release in the bundled registry.
   */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final Path corpus;
  private final Registry registry;

  public CorpusEvaluation(Path corpus, Registry registry) {
    this.corpus = corpus;
    this.registry = registry;
  }

  /** The bundled registry, read without validation. */
  public static Registry bundledRegistry() throws RegistryException {
    return new RegistryLoader().loadBundled();
  }

  /** A gold article: its file relative to the corpus, language and labels. */
  public record GoldArticle(String file, String language, List<EvalClaim> claims) {
    public GoldArticle {
      claims = List.copyOf(claims);
    }
  }

  /** Reads {@code gold.json}. */
  public static List<GoldArticle> readGold(Path goldJson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(goldJson.toFile());
    List<GoldArticle> out = new ArrayList<>();
    for (JsonNode a : root.path("articles")) {
      List<EvalClaim> claims = new ArrayList<>();
      for (JsonNode c : a.path("claims")) {
        claims.add(new EvalClaim(
            c.path("sentence").asText(),
            c.path("kind").asText(),
            text(c.path("subject")),
            strings(c.path("objects")),
            strings(c.path("benchmarks")),
            c.path("value").isNumber() ? c.path("value").asDouble() : null,
            c.path("negated").asBoolean(false),
            text(c.path("claimant")),
            text(c.path("fact"))));
      }
      out.add(new GoldArticle(a.path("file").asText(), a.path("lang").asText(), claims));
    }
    return out;
  }

  /** Runs the evaluation. */
  public EvaluationResult run() throws IOException {
    Path goldFile = corpus.resolve("gold.json");
    List<GoldArticle> gold = readGold(goldFile);
    List<String> kinds = kinds(goldFile);

    Map<String, Lexicon> lexicons = new LexiconLoader().loadAll();
    CheckOptions options = new CheckOptions(Optional.empty(), Optional.empty(), CLOCK);
    DocumentChecker checker = new DocumentChecker(registry, options, lexicons);
    DocumentReader reader = new DocumentReader();

    Set<String> languages = new LinkedHashSet<>();
    Set<String> present = new HashSet<>();
    gold.forEach(g -> present.add(g.language()));
    LANGUAGES.stream().filter(present::contains).forEach(languages::add);
    languages.addAll(present.stream().sorted().toList());

    List<ArticleResult> results = new ArrayList<>();
    for (GoldArticle g : gold) {
      Path file = corpus.resolve(g.file());
      SourceDocument doc = reader.read(g.file(), Files.readAllBytes(file), format(g.file()));
      DocumentReport report = checker.check(doc);
      List<EvalClaim> predicted = new ArrayList<>();
      for (SentenceReport s : report.sentences()) {
        for (ClaimReport c : s.claims()) {
          predicted.add(evalClaim(c.claim()));
        }
      }
      Set<String> sentenceKeys = new HashSet<>();
      Lexicon lexicon = lexicons.get(report.language());
      Segmenter segmenter = lexicon == null ? new Segmenter(List.of())
          : new Segmenter(lexicon.abbreviations(), lexicon.benchmarkNames().stopWords());
      for (Paragraph p : segmenter.segment(doc.text())) {
        for (Sentence s : p.sentences()) {
          sentenceKeys.add(ClaimMatcher.sentenceKey(s.text()));
        }
      }
      List<EvalClaim> goldClaims = g.claims().stream().map(c -> sameBenchmarks(c, registry))
          .toList();
      predicted.replaceAll(c -> sameBenchmarks(c, registry));
      results.add(new ArticleResult(
          g.file(),
          g.language(),
          report.language(),
          goldClaims,
          predicted,
          ClaimMatcher.match(goldClaims, predicted, Level.EXACT),
          ClaimMatcher.match(goldClaims, predicted, Level.DETECTION),
          sentenceKeys));
    }
    return new EvaluationResult(List.copyOf(languages), kinds, results);
  }

  /**
   * Benchmark names the registry knows, written as the registry entry they name: "Aider
   * polyglot" and "Aider polyglot leaderboard" are one benchmark, as they are for checking.
   */
  static EvalClaim sameBenchmarks(EvalClaim c, Registry registry) {
    List<String> benchmarks = c.benchmarks().stream().map(b -> {
      var targets = registry.lookup(b);
      if (targets.isEmpty()) {
        // "LMArena (Elo)": a table header's note in brackets is no part of the name looked up.
        targets = registry.lookup(TRAILING_NOTE.matcher(b).replaceFirst(""));
      }
      return targets.isEmpty() || targets.get(0).kind().isModelLike()
          ? b : "#" + targets.get(0).id();
    }).toList();
    return new EvalClaim(c.sentence(), c.kind(), c.subject(), c.objects(), benchmarks, c.value(),
        c.negated(), c.claimant(), c.fact());
  }

  private static final java.util.regex.Pattern TRAILING_NOTE =
      java.util.regex.Pattern.compile("\\s*\\([^()]*\\)$");

  /** An extracted claim in evaluation form. */
  public static EvalClaim evalClaim(Claim c) {
    // A subject given by reference ("the model") carries the main subject's mention, which is
    // what the gold records.
    return new EvalClaim(
        c.sentence().text(),
        c.kind().label(),
        c.subject() == null ? null : c.subject().text(),
        c.objects().stream().map(Mention::text).toList(),
        c.benchmarks().stream().map(Mention::text).toList(),
        c.value(),
        c.negated(),
        c.attribution() == null ? null : c.attribution().claimant(),
        c.fact());
  }

  static DocumentFormat format(String file) {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return DocumentFormat.HTML;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return DocumentFormat.MARKDOWN;
    }
    return DocumentFormat.TEXT;
  }

  private static List<String> kinds(Path goldFile) throws IOException {
    JsonNode listed = new ObjectMapper().readTree(goldFile.toFile()).path("kinds");
    List<String> out = new ArrayList<>();
    listed.forEach(k -> out.add(k.asText()));
    return out.isEmpty() ? KINDS : out;
  }

  private static String text(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : n.asText();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.forEach(x -> out.add(x.asText()));
    return out;
  }

  /**
   * Prints the evaluation tables.
   *
   * <pre>
   * CorpusEvaluation [--errors] [--floors] CORPUS_DIR [REGISTRY_DIR]
   * </pre>
   *
   * {@code --errors} also lists every miss and spurious claim; {@code --floors} prints the current
   * figures, rounded down, in the format of the floors file instead of the tables.
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    boolean errors = false;
    boolean floors = false;
    List<String> positional = new ArrayList<>();
    for (String a : args) {
      switch (a) {
        case "--errors" -> errors = true;
        case "--floors" -> floors = true;
        case "-h", "--help" -> {
          out.println(usage());
          return;
        }
        default -> {
          if (a.startsWith("-")) {
            System.err.println("unknown option: " + a + "\n" + usage());
            System.exit(2);
          }
          positional.add(a);
        }
      }
    }
    if (positional.isEmpty() || positional.size() > 2) {
      System.err.println(usage());
      System.exit(2);
    }
    Registry registry = positional.size() == 2
        ? new RegistryLoader().read(Path.of(positional.get(1)))
        : bundledRegistry();
    EvaluationResult result = new CorpusEvaluation(Path.of(positional.get(0)), registry).run();
    if (floors) {
      out.print(EvaluationTable.floors(result));
      return;
    }
    out.print(EvaluationTable.render(result));
    if (errors) {
      out.println();
      out.print(EvaluationTable.errors(result));
    }
  }

  private static String usage() {
    return "usage: CorpusEvaluation [--errors] [--floors] CORPUS_DIR [REGISTRY_DIR]";
  }
}
