package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.claim.Attribution;
import dev.claimcheck.claim.Claim;
import dev.claimcheck.input.Metadata;
import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ClaimReview JSON-LD. No JSON-LD processor or schema.org vocabulary is available to the
 * offline build, so the JSON-LD shape and the schema.org properties are checked by hand: every
 * node has {@code @type}, every top-level node {@code @context}, each type uses only properties
 * schema.org defines for it, and Google's required ClaimReview properties are present.
 */
class ClaimReviewReporterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * The schema.org properties this output may use, by type (each one is defined on the type or
   * inherited: ClaimReview from Review and CreativeWork, Claim from CreativeWork, Rating from
   * Intangible and Thing).
   */
  private static final Map<String, Set<String>> PROPERTIES =
      Map.of(
          "ClaimReview",
          Set.of(
              "claimReviewed", "datePublished", "author", "itemReviewed", "reviewRating",
              "reviewBody", "citation"),
          "Claim", Set.of("author", "appearance", "datePublished"),
          "CreativeWork", Set.of("url", "headline", "publisher", "datePublished"),
          "Organization", Set.of("name"),
          "Rating", Set.of("ratingValue", "bestRating", "worstRating", "alternateName"));

  /** The documented mapping, written out once more so that a change to it is deliberate. */
  private static final Map<Verdict, Integer> RATINGS = new EnumMap<>(Map.of(
      Verdict.CONTRADICTED, 1,
      Verdict.CONFLICTING, 2,
      Verdict.WITHIN_MARGIN, 2,
      Verdict.AMBIGUOUS, 3,
      Verdict.NOT_COMPARABLE, 3,
      Verdict.UNVERIFIED, 3,
      Verdict.SUPPORTED, 5));

  static String write(RunReport run) {
    StringWriter buf = new StringWriter();
    new ClaimReviewReporter().write(run, new PrintWriter(buf));
    return buf.toString();
  }

  static JsonNode parse(RunReport run) throws IOException {
    JsonNode root = MAPPER.readTree(write(run));
    assertTrue(root.isArray(), "a top-level array: " + root);
    for (JsonNode review : root) {
      assertValidReview(review);
    }
    return root;
  }

  /** What every review must satisfy, whatever the input. */
  static void assertValidReview(JsonNode review) {
    assertEquals("https://schema.org", review.path("@context").textValue(), review.toString());
    assertEquals("ClaimReview", review.path("@type").textValue());
    assertTypedNodes(review, true);
    // Google's required properties for fact-check markup, except url (see ClaimReviewReporter)
    assertFalse(review.path("claimReviewed").asText().isBlank());
    assertEquals("Organization", review.at("/author/@type").textValue());
    assertEquals("claimcheck", review.at("/author/name").textValue());
    JsonNode rating = review.get("reviewRating");
    assertTrue(rating.get("ratingValue").isInt());
    assertEquals(5, rating.get("bestRating").intValue());
    assertEquals(1, rating.get("worstRating").intValue());
    int value = rating.get("ratingValue").intValue();
    assertTrue(value >= 1 && value <= 5, rating.toString());
    Verdict verdict = Verdict.valueOf(rating.get("alternateName").textValue());
    assertEquals(RATINGS.get(verdict), value, "the rating of " + verdict);
    assertEquals("Claim", review.at("/itemReviewed/@type").textValue());
    assertFalse(review.path("reviewBody").asText().isBlank());
  }

  /**
   * Every object is a typed node using only its type's schema.org properties; only the top-level
   * node carries {@code @context}; nothing is null.
   */
  private static void assertTypedNodes(JsonNode node, boolean top) {
    if (node.isArray()) {
      node.forEach(n -> assertTypedNodes(n, false));
      return;
    }
    if (!node.isObject()) {
      assertFalse(node.isNull(), "absent values are omitted, not null");
      return;
    }
    String type = node.path("@type").textValue();
    assertTrue(PROPERTIES.containsKey(type), "a known @type: " + node);
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String key = f.getKey();
      if (key.equals("@type")) {
        continue;
      }
      if (key.equals("@context")) {
        assertTrue(top, "@context only at the top: " + node);
        continue;
      }
      assertTrue(PROPERTIES.get(type).contains(key), type + " has no property " + key);
      assertTypedNodes(f.getValue(), false);
    }
  }

  private static List<String> keys(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void matchesTheGoldenReport() throws IOException {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/report/claimreview-report.json")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, write(ReportFixtures.run()));
    assertEquals(write(ReportFixtures.run()), write(ReportFixtures.run()), "deterministic");
  }

  @Test
  void oneReviewPerClaimRatedByItsMostSevereVerdict() throws IOException {
    JsonNode root = parse(ReportFixtures.run());
    assertEquals(1, root.size(), "one claim with checks; the empty input gives nothing");
    JsonNode review = root.get(0);
    assertEquals(
        List.of(
            "@context", "@type", "claimReviewed", "datePublished", "author", "itemReviewed",
            "reviewRating", "reviewBody", "citation"),
        keys(review));
    assertEquals(ReportFixtures.SENTENCE, review.get("claimReviewed").textValue());
    assertEquals(1, review.at("/reviewRating/ratingValue").intValue());
    assertEquals("CONTRADICTED", review.at("/reviewRating/alternateName").textValue());
    String body = review.get("reviewBody").textValue();
    assertTrue(
        body.startsWith(
            "Checked by claimcheck as 7 atomic claims; rated by the most severe verdict,"
                + " CONTRADICTED, as of 2025-02-10 (the publication date).\n"),
        body);
    for (Verdict v : Verdict.values()) {
      assertTrue(body.contains("\n- " + v.name() + ": Qwen2.5-Max vs "), v + " listed: " + body);
    }
    assertTrue(
        body.contains(
            "\n- CONTRADICTED: Qwen2.5-Max vs DeepSeek-R1 on LiveBench 2024-11-25: behind by 9.17"
                + " points, beyond the 95% margin of 3.10\n"),
        body);
    assertTrue(
        body.contains(
            "\n  evidence: LiveBench 2024-11-25 (LiveBench, published 2025-02-04): qwen2.5-max"
                + " 62.29 vs deepseek-r1 71.46, difference -9.17, 95% margin 3.10 → contradicts"
                + "  <https://livebench.ai/>"),
        "evidence with publisher, date and URL: " + body);
    assertTrue(body.contains("\n  “Qwen 2.5” checked as Qwen2.5-Max (qwen2.5-max)"), body);
  }

  @Test
  void eachVerdictHasItsDocumentedRating() throws IOException {
    for (Verdict v : Verdict.values()) {
      assertEquals(RATINGS.get(v), ClaimReviewReporter.rating(v), v.name());
      RunReport run = new RunReport(List.of(ReportFixtures.article(List.of(v))), List.of(), null);
      JsonNode review = parse(run).get(0);
      assertEquals(v.name(), review.at("/reviewRating/alternateName").textValue());
      assertEquals(RATINGS.get(v), review.at("/reviewRating/ratingValue").intValue(), v.name());
      assertTrue(
          review.get("reviewBody").textValue()
              .startsWith("Checked by claimcheck as one atomic claim, as of 2025-02-10"),
          review.toString());
    }
  }

  @Test
  void ratingFallsAsSeverityRises() {
    for (Verdict a : Verdict.values()) {
      for (Verdict b : Verdict.values()) {
        if (a.severity() > b.severity()) {
          assertTrue(
              ClaimReviewReporter.rating(a) <= ClaimReviewReporter.rating(b), a + " vs " + b);
        }
        if (a.severity() == b.severity()) {
          assertEquals(ClaimReviewReporter.rating(a), ClaimReviewReporter.rating(b), a + " " + b);
        }
      }
    }
  }

  @Test
  void claimVerdictIsTheMostSevereThenTheFirstDeclared() {
    assertEquals(Verdict.UNVERIFIED, verdictOf(Verdict.SUPPORTED, Verdict.UNVERIFIED));
    assertEquals(Verdict.UNVERIFIED, verdictOf(Verdict.NOT_COMPARABLE, Verdict.UNVERIFIED));
    assertEquals(Verdict.CONFLICTING, verdictOf(Verdict.WITHIN_MARGIN, Verdict.CONFLICTING));
    assertEquals(
        Verdict.CONTRADICTED, verdictOf(Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.AMBIGUOUS));
    assertEquals(Verdict.SUPPORTED, verdictOf(Verdict.SUPPORTED));
    assertNull(ClaimReviewReporter.verdictOf(List.of()));
  }

  private static Verdict verdictOf(Verdict... verdicts) {
    List<Check> checks =
        Summary.checks(ReportFixtures.article(Arrays.asList(verdicts))).toList();
    assertEquals(verdicts.length, checks.size());
    return ClaimReviewReporter.verdictOf(checks);
  }

  @Test
  void claimantAppearanceAndDatesWhenKnown() throws IOException {
    JsonNode review = parse(ReportFixtures.articleOnly()).get(0);
    assertEquals("2025-02-10", review.get("datePublished").textValue());
    JsonNode item = review.get("itemReviewed");
    assertEquals(List.of("@type", "author", "appearance", "datePublished"), keys(item));
    assertEquals("Organization", item.at("/author/@type").textValue());
    assertEquals("Alibaba", item.at("/author/name").textValue());
    assertEquals("CreativeWork", item.at("/appearance/@type").textValue());
    assertEquals(
        "Alibaba's Qwen2.5-Max takes on DeepSeek", item.at("/appearance/headline").textValue());
    assertTrue(item.at("/appearance/url").isMissingNode(), "a local file has no URL");
    assertEquals("2025-02-10", item.get("datePublished").textValue());
    assertTrue(review.path("url").isMissingNode(), "the review's own page is not claimcheck's");
  }

  @Test
  void claimantAppearanceAndDatesAbsentWhenUnknown() throws IOException {
    DocumentReport doc =
        variant(ReportFixtures.article(), "draft.txt", Metadata.none(), Attribution.none());
    JsonNode review = parse(new RunReport(List.of(doc), List.of(), null)).get(0);
    assertEquals(List.of("@type"), keys(review.get("itemReviewed")), review.toString());
    assertTrue(review.path("datePublished").isMissingNode());
    assertTrue(review.path("url").isMissingNode());
    assertFalse(write(new RunReport(List.of(doc), List.of(), null)).contains("null"));
  }

  @Test
  void appearanceUrlIsTheFetchedOrCanonicalUrlElseAWebInput() throws IOException {
    Metadata titleOnly =
        new Metadata(Optional.of("Qwen launch"), Optional.empty(), Optional.empty(),
            Optional.empty());
    DocumentReport fromWeb =
        variant(ReportFixtures.article(), "https://example.com/qwen", titleOnly,
            Attribution.none());
    JsonNode appearance =
        parse(new RunReport(List.of(fromWeb), List.of(), null)).get(0).at("/itemReviewed/appearance");
    assertEquals("https://example.com/qwen", appearance.get("url").textValue());
    assertEquals("Qwen launch", appearance.get("headline").textValue());

    Metadata canonical =
        new Metadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.of("https://example.com/canonical"));
    DocumentReport saved =
        variant(ReportFixtures.article(), "saved/page.html", canonical, Attribution.none());
    appearance =
        parse(new RunReport(List.of(saved), List.of(), null)).get(0).at("/itemReviewed/appearance");
    assertEquals(List.of("@type", "url"), keys(appearance));
    assertEquals("https://example.com/canonical", appearance.get("url").textValue());
  }

  @Test
  void citesTheSourcesOfDecidingEvidenceOnce() throws IOException {
    JsonNode citation = parse(ReportFixtures.articleOnly()).get(0).get("citation");
    assertEquals(1, citation.size(), "one LiveBench table behind three checks: " + citation);
    JsonNode src = citation.get(0);
    assertEquals("CreativeWork", src.get("@type").textValue());
    assertEquals(ReportFixtures.LIVEBENCH_URL, src.get("url").textValue());
    assertEquals("LiveBench", src.at("/publisher/name").textValue());
    assertEquals("2025-02-04", src.get("datePublished").textValue(), "not the later snapshot");

    String out = write(ReportFixtures.articleOnly());
    assertFalse(citation.toString().contains("qwenlm.github.io"), "vendor figures are not cited");
    assertTrue(out.contains("vendor-reported, not evidence: LiveBench 2024-11-25 (Alibaba Qwen"
        + " team, published 2025-01-28)"), out);
    assertTrue(out.contains("published later, not used: LiveBench 2024-11-25 (LiveBench,"
        + " published 2025-03-01)"), out);
  }

  @Test
  void noCitationWithoutEvidence() throws IOException {
    RunReport run =
        new RunReport(List.of(ReportFixtures.article(List.of(Verdict.UNVERIFIED))), List.of(),
            null);
    assertTrue(parse(run).get(0).path("citation").isMissingNode());
  }

  @Test
  void claimsWithoutChecksAndRunsWithoutClaimsGiveNoReview() throws IOException {
    assertEquals("[]\n", write(new RunReport(List.of(), List.of(), null)).replace("\r\n", "\n"));
    RunReport noChecks =
        new RunReport(List.of(ReportFixtures.article(List.of())), List.of(), null);
    assertEquals(0, parse(noChecks).size());
  }

  @Test
  void formatIsOnTheCommandLine() {
    assertEquals(ReportFormat.CLAIMREVIEW, ReportFormat.parse("ClaimReview"));
    assertTrue(
        ReportFormat.CLAIMREVIEW.create(ReporterConfig.plain("1.2.3"))
            instanceof ClaimReviewReporter);
  }

  /** The document with another input name, metadata and attribution on every claim. */
  private static DocumentReport variant(
      DocumentReport doc, String input, Metadata metadata, Attribution attribution) {
    List<SentenceReport> sentences = new ArrayList<>();
    for (SentenceReport s : doc.sentences()) {
      List<ClaimReport> claims = new ArrayList<>();
      for (ClaimReport c : s.claims()) {
        Claim k = c.claim();
        Claim changed =
            new Claim(k.sentence(), k.kind(), k.subject(), k.subjectReference(), k.objects(),
                k.benchmarks(), k.benchmarksFromContext(), k.value(), k.negated(), attribution,
                k.cue(), k.fact());
        claims.add(new ClaimReport(changed, c.checks()));
      }
      sentences.add(new SentenceReport(s.sentence(), s.position(), claims));
    }
    return new DocumentReport(
        input, doc.format(), metadata, doc.language(), doc.mainSubject(), sentences,
        doc.warnings());
  }
}
