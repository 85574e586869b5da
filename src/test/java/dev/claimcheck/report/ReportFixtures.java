package dev.claimcheck.report;

import dev.claimcheck.claim.AtomicClaim;
import dev.claimcheck.claim.Attribution;
import dev.claimcheck.claim.Claim;
import dev.claimcheck.claim.ClaimKind;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.input.DocumentFormat;
import dev.claimcheck.input.Metadata;
import dev.claimcheck.registry.NameTarget;
import dev.claimcheck.segment.Sentence;
import dev.claimcheck.text.Position;
import dev.claimcheck.text.Span;
import dev.claimcheck.verdict.AsOf;
import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.Evidence;
import dev.claimcheck.verdict.Resolution;
import dev.claimcheck.verdict.Score;
import dev.claimcheck.verdict.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-built reports for reporter and CLI tests: one article sentence whose compare claim
 * ("Qwen 2.5 beats DeepSeek V3, GPT-4o, DeepSeek-R1, GPT-4 and Grok 3 on LiveBench") yields one
 * atomic check of every verdict.
 */
public final class ReportFixtures {
  public static final String INPUT = "articles/qwen-max.md";
  public static final String SENTENCE =
      "Alibaba says Qwen 2.5 reportedly beats DeepSeek V3, GPT-4o, DeepSeek-R1, GPT-4 and"
          + " Grok 3 on LiveBench.";
  public static final LocalDate AS_OF = LocalDate.of(2025, 2, 10);
  public static final String LIVEBENCH_URL = "https://livebench.ai/";

  private ReportFixtures() {}

  /** A run over the article, plus a second input without claims and one unreadable input. */
  public static RunReport run() {
    return new RunReport(
        List.of(article(), emptyDocument()),
        List.of(new RunReport.InputError("articles/missing.md", "no such file")),
        registryInfo());
  }

  /** A run whose only input is the article. */
  public static RunReport articleOnly() {
    return new RunReport(List.of(article()), List.of(), registryInfo());
  }

  public static RunReport.RegistryInfo registryInfo() {
    return new RunReport.RegistryInfo("bundled", 3, 1, 4, 2);
  }

  public static DocumentReport emptyDocument() {
    return new DocumentReport(
        "notes.txt", DocumentFormat.TEXT, Metadata.none(), "en", null, List.of(), List.of());
  }

  public static DocumentReport article() {
    return article(List.of(Verdict.values()));
  }

  /** The article, keeping only the checks with the given verdicts. */
  public static DocumentReport article(List<Verdict> verdicts) {
    Sentence sentence = new Sentence(7, 3, new Span(1043, 1043 + SENTENCE.length()), SENTENCE);
    Mention qwen = mention(sentence, "Qwen 2.5", NameTarget.Kind.FAMILY, "qwen2.5");
    Mention deepseek = mention(sentence, "DeepSeek V3", NameTarget.Kind.MODEL, "deepseek-v3");
    Mention gpt4o = mention(sentence, "GPT-4o", NameTarget.Kind.FAMILY, "gpt-4o");
    Mention r1 = mention(sentence, "DeepSeek-R1", NameTarget.Kind.MODEL, "deepseek-r1");
    Mention gpt4 = mention(sentence, "GPT-4", NameTarget.Kind.FAMILY, "gpt-4");
    Mention grok = mention(sentence, "Grok 3", NameTarget.Kind.MODEL, "grok-3");
    Mention livebench =
        mention(sentence, "LiveBench", NameTarget.Kind.BENCHMARK_GROUP, "livebench");
    Claim claim =
        new Claim(
            sentence,
            ClaimKind.COMPARE,
            qwen,
            null,
            List.of(deepseek, gpt4o, r1, gpt4, grok),
            List.of(livebench),
            false,
            null,
            false,
            new Attribution("Alibaba", true, List.of("reportedly")),
            "beats",
            null);

    Resolution subject =
        new Resolution(
            "Qwen 2.5",
            "qwen2.5-max",
            "Qwen2.5-Max",
            "family",
            "family name; read as its newest flagship released by 2025-02-10",
            List.of("qwen2.5-72b-instruct"));
    Resolution bench =
        new Resolution(
            "LiveBench",
            "livebench-2024-11-25",
            "LiveBench 2024-11-25",
            "group",
            "bare benchmark name; the release current on 2025-02-10",
            List.of());
    AsOf asOf = new AsOf(AS_OF, "article", "the article's publication date");

    List<Check> checks = new ArrayList<>();
    for (Verdict v : verdicts) {
      checks.add(
          switch (v) {
            case WITHIN_MARGIN ->
                new Check(
                    new AtomicClaim(claim, qwen, deepseek, livebench, null),
                    Verdict.WITHIN_MARGIN,
                    "WITHIN_MARGIN",
                    "ahead by 1.84 points, inside the 95% margin of 3.10",
                    subject,
                    alias("DeepSeek V3", "deepseek-v3", "DeepSeek-V3"),
                    bench,
                    asOf,
                    List.of(
                        evidence(
                            "deepseek-v3", 60.45, 62.29 - 60.45, 3.1, Verdict.WITHIN_MARGIN,
                            livebenchScore("qwen2.5-max", 62.29, LocalDate.of(2025, 2, 4)))),
                    List.of(),
                    List.of(
                        vendorEvidence("deepseek-v3", 62.2, 60.5)));
            case SUPPORTED ->
                new Check(
                    new AtomicClaim(claim, qwen, gpt4o, livebench, null),
                    Verdict.SUPPORTED,
                    "BEYOND_MARGIN",
                    "ahead by 10.10 points, beyond the 95% margin of 3.10",
                    subject,
                    new Resolution(
                        "GPT-4o",
                        "gpt-4o-2024-11-20",
                        "GPT-4o (2024-11-20)",
                        "family",
                        "family name; read as the snapshot served on 2025-02-10",
                        List.of("gpt-4o-2024-05-13", "gpt-4o-2024-08-06")),
                    bench,
                    asOf,
                    List.of(
                        evidence(
                            "gpt-4o-2024-11-20", 52.19, 62.29 - 52.19, 3.1, Verdict.SUPPORTED,
                            livebenchScore("qwen2.5-max", 62.29, LocalDate.of(2025, 2, 4)))),
                    List.of(
                        evidence(
                            "gpt-4o-2024-11-20", 53.0, 63.1 - 53.0, 3.1, Verdict.SUPPORTED,
                            livebenchScore("qwen2.5-max", 63.1, LocalDate.of(2025, 3, 1)))),
                    List.of());
            case CONTRADICTED ->
                new Check(
                    new AtomicClaim(claim, qwen, r1, livebench, null),
                    Verdict.CONTRADICTED,
                    "BEHIND_BEYOND_MARGIN",
                    "behind by 9.17 points, beyond the 95% margin of 3.10",
                    subject,
                    alias("DeepSeek-R1", "deepseek-r1", "DeepSeek-R1"),
                    bench,
                    asOf,
                    List.of(
                        evidence(
                            "deepseek-r1", 71.46, 62.29 - 71.46, 3.1, Verdict.CONTRADICTED,
                            livebenchScore("qwen2.5-max", 62.29, LocalDate.of(2025, 2, 4)))),
                    List.of(),
                    List.of());
            case AMBIGUOUS ->
                new Check(
                    new AtomicClaim(claim, qwen, gpt4, livebench, null),
                    Verdict.AMBIGUOUS,
                    "AMBIGUOUS_NAME",
                    "\"GPT-4\" names several models with different results",
                    subject,
                    new Resolution(
                        "GPT-4",
                        null,
                        null,
                        "ambiguous",
                        "a family name with no single model served on 2025-02-10",
                        List.of("gpt-4-0613", "gpt-4-turbo-2024-04-09")),
                    bench,
                    asOf,
                    List.of(),
                    List.of(),
                    List.of());
            case NOT_COMPARABLE ->
                new Check(
                    new AtomicClaim(claim, qwen, grok, livebench, null),
                    Verdict.NOT_COMPARABLE,
                    "DIFFERENT_VERSIONS",
                    "Grok 3 was measured only on another version of LiveBench",
                    subject,
                    alias("Grok 3", "grok-3", "Grok 3"),
                    bench,
                    asOf,
                    List.of(),
                    List.of(),
                    List.of());
            case CONFLICTING ->
                new Check(
                    new AtomicClaim(claim, qwen, grok, livebench, null),
                    Verdict.CONFLICTING,
                    "SOURCES_DISAGREE",
                    "independent sources disagree: LiveBench supported, Epoch AI contradicted",
                    subject,
                    alias("Grok 3", "grok-3", "Grok 3"),
                    bench,
                    asOf,
                    List.of(),
                    List.of(),
                    List.of());
            case UNVERIFIED ->
                new Check(
                    new AtomicClaim(claim, qwen, grok, livebench, null),
                    Verdict.UNVERIFIED,
                    "NO_INDEPENDENT_RESULT",
                    "no independent LiveBench 2024-11-25 result for Grok 3 by 2025-02-10",
                    subject,
                    alias("Grok 3", "grok-3", "Grok 3"),
                    bench,
                    asOf,
                    List.of(),
                    List.of(),
                    List.of());
          });
    }
    SentenceReport sr =
        new SentenceReport(sentence, new Position(12, 1), List.of(new ClaimReport(claim, checks)));
    return new DocumentReport(
        INPUT,
        DocumentFormat.MARKDOWN,
        new Metadata(
            Optional.of("Alibaba's Qwen2.5-Max takes on DeepSeek"),
            Optional.of("en"),
            Optional.of(AS_OF),
            Optional.empty()),
        "en",
        "qwen2.5-max",
        List.of(sr),
        List.of());
  }

  private static Mention mention(Sentence s, String text, NameTarget.Kind kind, String id) {
    int at = s.text().indexOf(text);
    int start = s.span().start() + at;
    return new Mention(
        new Span(start, start + text.length()),
        text,
        kind == NameTarget.Kind.BENCHMARK || kind == NameTarget.Kind.BENCHMARK_GROUP
            ? Mention.Kind.BENCHMARK
            : Mention.Kind.MODEL,
        List.of(new NameTarget(kind, id, text)));
  }

  private static Resolution alias(String written, String id, String name) {
    return new Resolution(written, id, name, "alias", null, List.of());
  }

  private static Score livebenchScore(String model, double value, LocalDate published) {
    return new Score(
        model, model, value, null, null, null, "default margin for LiveBench",
        "livebench-" + published, "LiveBench", published, LIVEBENCH_URL, true);
  }

  private static Evidence evidence(
      String other, double otherValue, double diff, double margin, Verdict outcome, Score subj) {
    Score o =
        new Score(
            other, other, otherValue, null, null, null, subj.uncertainty(), subj.source(),
            subj.publisher(), subj.published(), subj.url(), true);
    return new Evidence(
        "livebench-2024-11-25", "LiveBench", "2024-11-25", "percent", subj, o, diff, margin,
        "difference against default margin", outcome);
  }

  private static Evidence vendorEvidence(String other, double subjValue, double otherValue) {
    LocalDate published = LocalDate.of(2025, 1, 28);
    String url = "https://qwenlm.github.io/blog/qwen2.5-max/";
    Score s =
        new Score("qwen2.5-max", "Qwen2.5-Max", subjValue, null, null, null, null,
            "qwen-blog-2025-01-28", "Alibaba Qwen team", published, url, false);
    Score o =
        new Score(other, "DeepSeek-V3", otherValue, null, null, null, null,
            "qwen-blog-2025-01-28", "Alibaba Qwen team", published, url, false);
    return new Evidence(
        "livebench-2024-11-25", "LiveBench", "2024-11-25", "percent", s, o,
        subjValue - otherValue, 3.1, "vendor figure, not tested", null);
  }
}
