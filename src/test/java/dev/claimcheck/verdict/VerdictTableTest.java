package dev.claimcheck.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.claimcheck.check.CheckOptions;
import dev.claimcheck.check.DocumentChecker;
import dev.claimcheck.claim.AtomicClaim;
import dev.claimcheck.claim.Attribution;
import dev.claimcheck.claim.Claim;
import dev.claimcheck.claim.ClaimKind;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.input.DocumentFormat;
import dev.claimcheck.input.DocumentReader;
import dev.claimcheck.input.Metadata;
import dev.claimcheck.input.SourceDocument;
import dev.claimcheck.registry.NameTarget;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.RegistryLoader;
import dev.claimcheck.report.DocumentReport;
import dev.claimcheck.segment.Sentence;
import dev.claimcheck.text.Span;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict engine against the bundled registry, one claim per row of
 * {@code src/test/resources/verdict/claims.tsv}: each sentence goes through the whole pipeline
 * (language, names, claim, verdict) as one article, and the row fixes the verdict, its reason, the
 * notes, how names were read, and the numbers behind it. Rows whose sentence the extractor gets
 * wrong give the claim itself and are checked at engine level, as {@link VerdictEngineTest} does.
 */
class VerdictTableTest {
  private static final Path TABLE = Path.of("src/test/resources/verdict/claims.tsv");
  /** Only an undated row whose subject has no release date would fall back to today. */
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  private static final Pattern VERSUS =
      Pattern.compile("(?<![\\d.-])(-?\\d+(?:\\.\\d+)?) vs (-?\\d+(?:\\.\\d+)?)(?![\\d-])");
  private static final Pattern PUBLISHED =
      Pattern.compile("published (-?\\d+(?:\\.\\d+)?)(?![\\d-])");
  private static final Pattern MARGIN = Pattern.compile("margin (\\d+(?:\\.\\d+)?)(?![\\d-])");

  /** The reasons UNVERIFIED can give; the table has a row for each. */
  private static final Set<String> UNVERIFIED_REASONS = Set.of(
      "VAGUE_CLAIM", "FACT_NOT_IN_REGISTRY", "NO_BENCHMARK", "MODEL_UNKNOWN", "MODEL_UNRESOLVED",
      "BENCHMARK_UNKNOWN", "NO_VERSION_ON_DATE", "SAME_MODEL", "ONLY_LATER_EVIDENCE",
      "VENDOR_ONLY", "VENDOR_FIGURE_ONLY", "NO_INDEPENDENT_RESULT", "NO_UNCERTAINTY",
      "NO_EVIDENCE_FOR_ANY_CANDIDATE");

  private static Registry registry;
  private static VerdictEngine engine;
  private static final Map<String, DocumentChecker> CHECKERS = new HashMap<>();

  record Row(int line, String id, String sentence, String lang, LocalDate date, LocalDate asOf,
      String atom, Verdict verdict, String reason, List<String> notes, String reading,
      String claim, String why) {}

  @BeforeAll
  static void load() throws RegistryException {
    registry = new RegistryLoader().loadBundled();
    engine = new VerdictEngine(registry);
  }

  static List<Row> table() throws IOException {
    List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    List<String> header = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = List.of(line.split("\t", -1));
      if (header == null) {
        header = f;
        assertEquals(List.of("id", "sentence", "lang", "date", "as_of", "atom", "verdict",
            "reason", "notes", "reading", "claim", "why"), header, "table header");
        continue;
      }
      assertEquals(header.size(), f.size(), "fields on line " + (i + 1));
      rows.add(new Row(i + 1, f.get(0), f.get(1), f.get(2), date(f.get(3)), date(f.get(4)),
          f.get(5), Verdict.parse(f.get(6)), f.get(7),
          f.get(8).isBlank() ? List.of() : List.of(f.get(8).split(",")), f.get(9), f.get(10),
          f.get(11)));
    }
    return rows;
  }

  static Stream<Arguments> rows() throws IOException {
    return table().stream().map(r -> Arguments.of(Named.of(r.id() + ": " + r.sentence()
        + (r.date() == null ? "" : " [" + r.date() + "]")
        + (r.asOf() == null ? "" : " --as-of " + r.asOf()), r)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void verdict(Row row) {
    Check c = row.claim().isBlank() ? viaPipeline(row) : viaEngine(row);
    String shown = row.id() + " (line " + row.line() + ")\n" + describe(c);
    assertEquals(row.verdict(), c.verdict(), shown);
    assertEquals(row.reason(), c.reason(), shown);
    assertEquals(new TreeSet<>(row.notes()),
        c.notes().stream().map(Note::code).collect(Collectors.toCollection(TreeSet::new)),
        "notes of " + shown);
    checkReading(row, c, shown);
    checkNumbers(row, c, shown);
  }

  @Test
  void tableCoversEveryVerdictReasonAndNote() throws IOException {
    List<Row> rows = table();
    assertTrue(rows.size() >= 60, "at least 60 claims, found " + rows.size());
    assertEquals(rows.size(), rows.stream().map(Row::id).distinct().count(), "ids are unique");
    Set<Verdict> verdicts = rows.stream().map(Row::verdict)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)));
    // CONFLICTING needs two independent publishers ranking the same benchmark version; no
    // benchmark id in the bundled registry has results from two (each publisher's run of GPQA,
    // SWE-bench or MATH is its own id), so no real claim can be CONFLICTING.
    Set<Verdict> expected = EnumSet.complementOf(EnumSet.of(Verdict.CONFLICTING));
    assertTrue(verdicts.containsAll(expected), "verdicts covered: " + verdicts);
    Set<String> unverified = rows.stream().filter(r -> r.verdict() == Verdict.UNVERIFIED)
        .map(Row::reason).collect(Collectors.toSet());
    assertEquals(UNVERIFIED_REASONS, unverified, "UNVERIFIED reasons covered");
    Set<String> notes = rows.stream().flatMap(r -> r.notes().stream()).collect(Collectors.toSet());
    assertEquals(Set.of("CHERRY_PICKED", "SUPERSEDED_VERSION", "OTHER_CONFIGURATION"), notes);
    assertTrue(rows.stream().anyMatch(r -> r.lang().equals("fr")), "French sentences");
  }

  // ---------------------------------------------------------------- running a row

  private static Check viaPipeline(Row row) {
    DocumentChecker checker = CHECKERS.computeIfAbsent(row.lang() + "|" + row.asOf(),
        k -> new DocumentChecker(registry, new CheckOptions(Optional.ofNullable(row.asOf()),
            Optional.of(row.lang()), TODAY)));
    SourceDocument read = new DocumentReader().read(row.id(),
        row.sentence().getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT);
    SourceDocument doc = new SourceDocument(read.name(), read.text(), read.format(),
        read.positions(), new Metadata(Optional.empty(), Optional.empty(),
            Optional.ofNullable(row.date()), Optional.empty()), read.warnings(), read.tables());
    DocumentReport report = checker.check(doc);
    List<Check> checks = report.sentences().stream().flatMap(s -> s.claims().stream())
        .flatMap(c -> c.checks().stream()).toList();
    if (row.atom().isBlank()) {
      if (checks.size() != 1) {
        fail(row.id() + ": expected one check, got " + checks.size() + ":\n"
            + checks.stream().map(VerdictTableTest::describe).collect(Collectors.joining("\n")));
      }
      return checks.get(0);
    }
    String[] pick = row.atom().split(" @ ", -1);
    return checks.stream()
        .filter(c -> written(c.atom().object()).equals(pick[0].trim()))
        .filter(c -> written(c.atom().benchmark()).equals(pick[1].trim()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(row.id() + ": no check for " + row.atom() + " in:\n"
            + checks.stream().map(VerdictTableTest::describe).collect(Collectors.joining("\n"))));
  }

  /** KIND|subject|object|benchmark|value|negated, as VerdictEngineTest builds claims. */
  private static Check viaEngine(Row row) {
    String[] f = row.claim().split("\\|", -1);
    assertEquals(6, f.length, row.id() + ": claim column");
    ClaimKind kind = ClaimKind.valueOf(f[0]);
    Claim claim = new Claim(new Sentence(0, 0, new Span(0, row.sentence().length()),
        row.sentence()), kind, mention(f[1]), null,
        f[2].isBlank() ? List.of() : List.of(mention(f[2])),
        f[3].isBlank() ? List.of() : List.of(mention(f[3])), false,
        f[4].isBlank() ? null : Double.valueOf(f[4]), f[5].equals("negated"),
        Attribution.none(), "table", null);
    AsOf asOf = row.asOf() != null ? new AsOf(row.asOf(), "option", "given with --as-of")
        : row.date() != null ? new AsOf(row.date(), "article", "the article's publication date")
        : null;
    if (asOf == null) {
      fail(row.id() + ": an engine-level row needs a date or an as-of date");
    }
    AtomicClaim atom = claim.atoms().get(0);
    return engine.check(atom, asOf);
  }

  private static Mention mention(String written) {
    List<NameTarget> targets = registry.lookup(written);
    Mention.Kind kind = targets.isEmpty() || targets.get(0).kind().isModelLike()
        ? Mention.Kind.MODEL : Mention.Kind.BENCHMARK;
    return new Mention(new Span(0, written.length()), written, kind, targets);
  }

  // ---------------------------------------------------------------- expectations

  /** subject=, object=, bench= (registry ids), asof=basis:date, later (later evidence shown). */
  private static void checkReading(Row row, Check c, String shown) {
    for (String item : row.reading().trim().split("\\s+")) {
      if (item.isEmpty()) {
        continue;
      }
      if (item.equals("later")) {
        assertFalse(c.later().isEmpty(), "later evidence shown, in " + shown);
        continue;
      }
      String[] kv = item.split("=", 2);
      String actual = switch (kv[0]) {
        case "subject" -> c.subject() == null ? null : c.subject().id();
        case "object" -> c.object() == null ? null : c.object().id();
        case "bench" -> c.benchmark() == null ? null : c.benchmark().id();
        case "asof" -> c.asOf().basis() + ":" + c.asOf().date();
        default -> throw new AssertionError(row.id() + ": unknown reading " + item);
      };
      assertEquals(kv[1], actual, kv[0] + " of " + shown);
    }
  }

  /**
   * The justification's numbers are the evidence's: every "A vs B" is a subject and competitor
   * score, every "published P" a score, every "margin M" a margin (to the digits written), of
   * some evidence the check shows; a check decided on evidence cites its scores and margin.
   */
  private static void checkNumbers(Row row, Check c, String shown) {
    List<Evidence> pool = new ArrayList<>();
    pool.addAll(c.evidence());
    pool.addAll(c.later());
    pool.addAll(c.vendor());
    c.notes().forEach(n -> pool.addAll(n.evidence()));
    String why = row.why();
    int cited = 0;
    Matcher m = VERSUS.matcher(why);
    while (m.find()) {
      double a = Double.parseDouble(m.group(1));
      double b = Double.parseDouble(m.group(2));
      assertTrue(pool.stream().anyMatch(e -> e.other() != null && same(e.subject().value(), a)
          && same(e.other().value(), b)), "\"" + m.group() + "\" is not in the evidence of " + shown);
      cited++;
    }
    m = PUBLISHED.matcher(why);
    while (m.find()) {
      double p = Double.parseDouble(m.group(1));
      assertTrue(pool.stream().anyMatch(e -> same(e.subject().value(), p)),
          "\"" + m.group() + "\" is not in the evidence of " + shown);
      cited++;
    }
    m = MARGIN.matcher(why);
    boolean margin = false;
    while (m.find()) {
      BigDecimal written = new BigDecimal(m.group(1));
      double half = 0.5 * Math.pow(10, -written.scale()) + 1e-9;
      assertTrue(pool.stream().anyMatch(e -> !Double.isNaN(e.margin())
              && Math.abs(e.margin() - written.doubleValue()) <= half),
          "\"" + m.group() + "\" is not a margin in the evidence of " + shown);
      margin = true;
    }
    if (!c.evidence().isEmpty() && c.atom().claim().kind() != dev.claimcheck.claim.ClaimKind.FACT) {
      assertTrue(cited > 0, row.id() + ": the justification cites no scores");
      boolean tested = c.evidence().stream().anyMatch(e -> !Double.isNaN(e.margin()));
      assertEquals(tested, margin, row.id() + ": the justification cites the margin tested");
    }
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) < 1e-9;
  }

  private static LocalDate date(String s) {
    return s.isBlank() ? null : LocalDate.parse(s.trim());
  }

  private static String written(Mention m) {
    return m == null ? "-" : m.text();
  }

  private static String describe(Check c) {
    StringBuilder b = new StringBuilder();
    b.append(written(c.atom().subject())).append(" / ").append(written(c.atom().object()))
        .append(" / ").append(written(c.atom().benchmark())).append(": ").append(c.verdict())
        .append(' ').append(c.reason()).append(" as of ").append(c.asOf().date()).append(" (")
        .append(c.asOf().basis()).append(")\n  ").append(c.explanation());
    Map<String, List<Evidence>> lists = new LinkedHashMap<>();
    lists.put("evidence", c.evidence());
    lists.put("later", c.later());
    lists.put("vendor", c.vendor());
    lists.forEach((what, list) -> list.forEach(e -> b.append("\n  ").append(what).append(": ")
        .append(e.benchmark()).append(' ').append(e.subject().model()).append(' ')
        .append(e.subject().value())
        .append(e.other() == null ? "" : " vs " + e.other().model() + " " + e.other().value())
        .append(", margin ").append(String.format(Locale.ROOT, "%.4f", e.margin()))
        .append(", ").append(e.outcome()).append(" (").append(e.subject().source()).append(')')));
    c.notes().forEach(n -> b.append("\n  note ").append(n.code()).append(": ").append(n.text()));
    return b.toString();
  }
}
