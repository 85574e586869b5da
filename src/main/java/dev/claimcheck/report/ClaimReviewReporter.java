package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.claimcheck.claim.Attribution;
import dev.claimcheck.claim.Claim;
import dev.claimcheck.input.Metadata;
import dev.claimcheck.verdict.AsOf;
import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.Evidence;
import dev.claimcheck.verdict.Note;
import dev.claimcheck.verdict.Resolution;
import dev.claimcheck.verdict.Score;
import dev.claimcheck.verdict.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * schema.org <a href="https://schema.org/ClaimReview">ClaimReview</a> markup in JSON-LD, for
 * publishing claimcheck's verdicts as fact-check markup.
 *
 * <p><b>Shape.</b> A top-level JSON array of {@code ClaimReview} objects, each carrying its own
 * {@code "@context": "https://schema.org"}: the form fact-check markup is usually published in (one
 * object per {@code <script type="application/ld+json">}, or the whole array in one), and valid
 * JSON-LD as it stands. A run with no checked claim writes {@code []}. Inputs that could not be
 * read are reported on standard error as with every format, not here.
 *
 * <p><b>One review per claim.</b> A ClaimReview reviews one claim as the article makes it, so there
 * is one per extracted claim that has at least one atomic check (claims with none are left out: no
 * rating can be given). Its {@code claimReviewed} is the sentence as written; its rating is the
 * claim's most severe verdict ({@link #verdictOf}), so a claim is rated 5 only when every atomic
 * claim in it is supported, the same reading as {@code --fail-on}. Every atomic check, with its
 * explanation and evidence (publisher, date, URL), is listed in {@code reviewBody}; the sources of
 * the evidence that decided the verdicts are listed in {@code citation}. Scripts that need one
 * record per atomic check should read the JSON report.
 *
 * <p><b>Fields.</b> {@code author} is claimcheck. {@code datePublished} is the article's
 * publication date when known, omitted otherwise (never today's date: the output is deterministic);
 * whoever publishes the review may replace it with the review's own date. {@code itemReviewed} is a
 * {@code Claim} whose {@code author} is the claimant the article names ("Alibaba says ..."; omitted
 * for the article's own claims), whose {@code appearance} is the article (its URL and title, each
 * when known) and whose {@code datePublished} is the article's date when known. The review's own
 * {@code url}, the page that hosts the fact check, is not written: claimcheck publishes no such
 * page, and the article's URL there would say the article is the fact check; the article's URL is
 * in {@code itemReviewed.appearance.url}. Absent values are omitted, never written as null.
 *
 * <p><b>Ratings</b> run from 1 (worst) to 5 (best), {@code alternateName} being the verdict's name:
 *
 * <ul>
 *   <li>{@code CONTRADICTED} 1: independent evidence refutes the claim beyond its margin of error.
 *   <li>{@code CONFLICTING} 2: independent evidence refutes the claim, though another source backs
 *       it; stated as fact, it is more wrong than unproven.
 *   <li>{@code WITHIN_MARGIN} 2: the claim asserts a lead the evidence does not show (it lies
 *       within the margin); misleading as stated, though not refuted.
 *   <li>{@code AMBIGUOUS}, {@code NOT_COMPARABLE}, {@code UNVERIFIED} 3: the evidence cannot decide
 *       (a name with several readings, results on different benchmark versions, no independent
 *       result); the midpoint says neither true nor false.
 *   <li>{@code SUPPORTED} 5: independent evidence backs the claim beyond its margin.
 * </ul>
 *
 * 4 is not used: claimcheck has no "mostly true" verdict. The rating falls as {@link
 * Verdict#severity()} rises, so the most severe verdict of a claim is also its lowest rating.
 *
 * <p>The output holds no timestamps and depends only on the run: the same inputs give
 * byte-identical output.
 */
public final class ClaimReviewReporter implements Reporter {
  public static final String CONTEXT = "https://schema.org";
  public static final String AUTHOR = "claimcheck";
  public static final int BEST_RATING = 5;
  public static final int WORST_RATING = 1;

  private final JsonFactory factory =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** The rating of a verdict, from {@link #WORST_RATING} to {@link #BEST_RATING}. */
  public static int rating(Verdict v) {
    return switch (v) {
      case CONTRADICTED -> 1;
      case CONFLICTING, WITHIN_MARGIN -> 2;
      case AMBIGUOUS, NOT_COMPARABLE, UNVERIFIED -> 3;
      case SUPPORTED -> 5;
    };
  }

  /**
   * The verdict of a claim as a whole: the most severe verdict of its atomic checks; between
   * verdicts of the same severity (which share a rating), the one declared first in {@link
   * Verdict}, as in {@link Summary#worst()}. Null when there is no check.
   */
  public static Verdict verdictOf(List<Check> checks) {
    Verdict worst = null;
    for (Check c : checks) {
      Verdict v = c.verdict();
      if (worst == null
          || v.severity() > worst.severity()
          || (v.severity() == worst.severity() && v.ordinal() < worst.ordinal())) {
        worst = v;
      }
    }
    return worst;
  }

  @Override
  public void write(RunReport run, PrintWriter out) {
    PrettyJson.write(factory, out, g -> writeReviews(g, run));
  }

  private void writeReviews(JsonGenerator g, RunReport run) throws IOException {
    g.writeStartArray();
    for (DocumentReport doc : run.documents()) {
      for (SentenceReport s : doc.sentences()) {
        for (ClaimReport c : s.claims()) {
          if (!c.checks().isEmpty()) {
            writeReview(g, doc, s, c);
          }
        }
      }
    }
    g.writeEndArray();
  }

  private void writeReview(JsonGenerator g, DocumentReport doc, SentenceReport s, ClaimReport c)
      throws IOException {
    Metadata meta = doc.metadata() == null ? Metadata.none() : doc.metadata();
    String published = meta.published().map(LocalDate::toString).orElse(null);
    String articleUrl = meta.url().orElseGet(() -> isWebUrl(doc.input()) ? doc.input() : null);
    String title = meta.title().filter(t -> !t.isBlank()).orElse(null);
    Attribution a = c.claim().attribution() == null ? Attribution.none() : c.claim().attribution();
    Verdict verdict = verdictOf(c.checks());

    g.writeStartObject();
    g.writeStringField("@context", CONTEXT);
    g.writeStringField("@type", "ClaimReview");
    g.writeStringField("claimReviewed", s.sentence().text());
    optional(g, "datePublished", published);
    organization(g, "author", AUTHOR);

    g.writeObjectFieldStart("itemReviewed");
    g.writeStringField("@type", "Claim");
    if (a.claimant() != null && !a.claimant().isBlank()) {
      organization(g, "author", a.claimant());
    }
    if (articleUrl != null || title != null) {
      g.writeObjectFieldStart("appearance");
      g.writeStringField("@type", "CreativeWork");
      optional(g, "url", articleUrl);
      optional(g, "headline", title);
      g.writeEndObject();
    }
    optional(g, "datePublished", published);
    g.writeEndObject();

    g.writeObjectFieldStart("reviewRating");
    g.writeStringField("@type", "Rating");
    g.writeNumberField("ratingValue", rating(verdict));
    g.writeNumberField("bestRating", BEST_RATING);
    g.writeNumberField("worstRating", WORST_RATING);
    g.writeStringField("alternateName", verdict.name());
    g.writeEndObject();

    g.writeStringField("reviewBody", body(c, verdict));

    List<SourceRef> sources = citations(c.checks());
    if (!sources.isEmpty()) {
      g.writeArrayFieldStart("citation");
      for (SourceRef src : sources) {
        g.writeStartObject();
        g.writeStringField("@type", "CreativeWork");
        optional(g, "url", src.url());
        if (src.publisher() != null) {
          organization(g, "publisher", src.publisher());
        }
        optional(g, "datePublished", src.published() == null ? null : src.published().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * The review in words: one line on how the rating was reached, then each atomic check with its
   * verdict, explanation, how names were read, and its evidence (publisher, date, URL), as the text
   * report shows them.
   */
  static String body(ClaimReport c, Verdict verdict) {
    List<Check> checks = c.checks();
    List<String> lines = new ArrayList<>();
    List<AsOf> asOfs =
        checks.stream().map(Check::asOf).filter(x -> x != null && x.date() != null).distinct()
            .toList();
    boolean oneAsOf = asOfs.size() == 1;
    StringBuilder head = new StringBuilder();
    if (checks.size() == 1) {
      head.append("Checked by claimcheck as one atomic claim");
    } else {
      head.append("Checked by claimcheck as ")
          .append(checks.size())
          .append(" atomic claims; rated by the most severe verdict, ")
          .append(verdict.name());
    }
    if (oneAsOf) {
      head.append(", ").append(asOf(asOfs.get(0)));
    }
    lines.add(head.append('.').toString());

    Set<String> notesShown = new LinkedHashSet<>();
    for (Check check : checks) {
      StringBuilder line = new StringBuilder("- ").append(check.verdict().name()).append(": ");
      line.append(CheckText.what(check, false));
      if (check.explanation() != null && !check.explanation().isBlank()) {
        line.append(": ").append(check.explanation());
      }
      if (!oneAsOf && check.asOf() != null && check.asOf().date() != null) {
        line.append(" (").append(asOf(check.asOf())).append(')');
      }
      lines.add(line.toString());
      for (Resolution r : new Resolution[] {check.subject(), check.object(), check.benchmark()}) {
        String note = TextReporter.note(r);
        if (note != null && notesShown.add(note)) {
          lines.add("  " + note);
        }
      }
      Double claimed = check.atom() == null ? null : check.atom().value();
      for (Evidence e : check.evidence()) {
        lines.add("  evidence: " + TextReporter.evidenceLine(e, claimed));
      }
      for (Evidence e : check.later()) {
        lines.add("  published later, not used: " + TextReporter.evidenceLine(e, claimed));
      }
      for (Evidence e : check.vendor()) {
        lines.add("  vendor-reported, not evidence: " + TextReporter.evidenceLine(e, claimed));
      }
      for (Note n : check.notes()) {
        lines.add("  " + n.code() + ": " + n.text());
        for (Evidence e : n.evidence()) {
          lines.add("    " + TextReporter.evidenceLine(e, claimed));
        }
      }
    }
    return String.join("\n", lines);
  }

  /** A published table the review relies on. */
  record SourceRef(String url, String publisher, LocalDate published) {}

  /**
   * The sources of the evidence that decided the verdicts, and of the evidence behind notes, in
   * order of first use, once each. Later evidence and vendor figures are not cited: they did not
   * decide anything.
   */
  static List<SourceRef> citations(List<Check> checks) {
    Set<SourceRef> out = new LinkedHashSet<>();
    for (Check c : checks) {
      Stream.concat(c.evidence().stream(), c.notes().stream().flatMap(n -> n.evidence().stream()))
          .flatMap(e -> Stream.of(e.subject(), e.other()))
          .filter(Objects::nonNull)
          .filter(Score::independent)
          .map(s -> new SourceRef(s.url(), s.publisher(), s.published()))
          .filter(r -> r.url() != null || r.publisher() != null)
          .forEach(out::add);
    }
    return List.copyOf(out);
  }

  private static String asOf(AsOf a) {
    String why =
        switch (a.basis() == null ? "" : a.basis()) {
          case "option" -> "--as-of";
          case "article" -> "the publication date";
          case "release" -> "the release date of the subject";
          case "today" -> "the day of the check";
          default -> a.basis();
        };
    return "as of " + a.date() + (why.isBlank() ? "" : " (" + why + ")");
  }

  private static boolean isWebUrl(String input) {
    if (input == null) {
      return false;
    }
    String s = input.toLowerCase(Locale.ROOT);
    return s.startsWith("https://") || s.startsWith("http://");
  }

  private static void organization(JsonGenerator g, String field, String name) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("@type", "Organization");
    g.writeStringField("name", name);
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String field, String value) throws IOException {
    if (value != null && !value.isBlank()) {
      g.writeStringField(field, value);
    }
  }
}
