package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --format claimreview} end to end, on the mini registry. */
class ClaimReviewFormatTest {
  private static final String MINI = Path.of("src/test/resources/registry/mini").toString();
  private static final Path FOLDER = Path.of("src/test/resources/cli/folder");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aFolderGivesOneReviewPerClaim() throws IOException {
    Cli.Result r = new Cli().run("--registry", MINI, "--format", "claimreview", FOLDER.toString());
    assertEquals(1, r.exit(), "--fail-on applies as with every format: " + r);
    assertEquals("", r.err());
    JsonNode reviews = MAPPER.readTree(r.out());
    assertEquals(2, reviews.size(), r.out());
    for (JsonNode review : reviews) {
      assertEquals("https://schema.org", review.get("@context").textValue());
      assertEquals("ClaimReview", review.get("@type").textValue());
      assertEquals("2025-03-01", review.get("datePublished").textValue(), "front matter date");
      assertEquals("claimcheck", review.at("/author/name").textValue());
    }

    JsonNode good = reviews.get(0);
    assertEquals(
        "Qwen2.5-Max scores 62.3 on LiveBench, according to the LiveBench table of February 2025.",
        good.get("claimReviewed").textValue());
    assertEquals("SUPPORTED", good.at("/reviewRating/alternateName").textValue());
    assertEquals(5, good.at("/reviewRating/ratingValue").intValue());
    assertEquals("Qwen2.5-Max on LiveBench", good.at("/itemReviewed/appearance/headline").asText());

    JsonNode bad = reviews.get(1);
    assertEquals("CONTRADICTED", bad.at("/reviewRating/alternateName").textValue());
    assertEquals(1, bad.at("/reviewRating/ratingValue").intValue());
    assertEquals("LiveBench", bad.at("/citation/0/publisher/name").textValue());
    assertEquals("2025-02-04", bad.at("/citation/0/datePublished").textValue());
    assertTrue(bad.at("/citation/0/url").textValue().startsWith("https://"), bad.toString());
    assertTrue(
        bad.get("reviewBody").textValue().contains(
            "gpt-4o-2024-11-20 52.19 vs qwen2.5-max 62.29, difference -10.10"),
        bad.toString());
  }

  @Test
  void aWebPageIsTheClaimsAppearance() throws IOException {
    String page =
        "<!doctype html><html lang=\"en\"><head><title>A newsletter's LiveBench claim</title>"
            + "<meta property=\"article:published_time\" content=\"2025-03-01T08:00:00Z\">"
            + "</head><body><main><article><h1>A newsletter's LiveBench claim</h1>"
            + "<p>Qwen2.5-Max scores 62.3 on LiveBench, according to the LiveBench table of"
            + " February 2025.</p></article></main></body></html>";
    String[] url = new String[1];
    Cli.Result r =
        SeedArticleTest.overHttp(
            page,
            u -> {
              url[0] = u;
              return new Cli().run("--registry", MINI, "--format", "claimreview", u);
            });
    assertEquals(0, r.exit(), r.toString());
    JsonNode review = MAPPER.readTree(r.out()).get(0);
    assertEquals(url[0], review.at("/itemReviewed/appearance/url").textValue());
    assertEquals(
        "A newsletter's LiveBench claim", review.at("/itemReviewed/appearance/headline").asText());
    assertEquals("2025-03-01", review.at("/itemReviewed/datePublished").textValue());
    assertTrue(review.path("url").isMissingNode(), "the review's own page is not the article");
  }

  @Test
  void noClaimsGiveAnEmptyArray() throws IOException {
    Cli.Result r =
        new Cli().stdin("Nothing to check here.\n").run("--format", "claimreview", "-");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(0, MAPPER.readTree(r.out()).size());
    assertTrue(r.out().startsWith("[]"), r.out());
  }
}
