package dev.claimcheck.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.check.Articles;
import dev.claimcheck.claim.Attribution;
import dev.claimcheck.claim.AtomicClaim;
import dev.claimcheck.claim.Claim;
import dev.claimcheck.claim.ClaimKind;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.segment.Sentence;
import dev.claimcheck.text.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictEngineTest {
  private static final Registry MINI = Articles.mini();
  private static final AsOf LATE = new AsOf(LocalDate.of(2025, 6, 1), "option", "test");
  private final VerdictEngine engine = new VerdictEngine(MINI);

  private static Mention name(String written) {
    return new Mention(new Span(0, written.length()), written,
        MINI.lookup(written).isEmpty() || MINI.lookup(written).get(0).kind().isModelLike()
            ? Mention.Kind.MODEL : Mention.Kind.BENCHMARK,
        MINI.lookup(written));
  }

  private Check check(ClaimKind kind, String subject, String object, String bench, Double value,
      boolean negated, AsOf asOf) {
    Claim claim = new Claim(new Sentence(0, 0, new Span(0, 1), "x"), kind, name(subject), null,
        object == null ? List.of() : List.of(name(object)),
        bench == null ? List.of() : List.of(name(bench)), false, value, negated,
        Attribution.none(), "cue", null);
    AtomicClaim atom = claim.atoms().get(0);
    return engine.check(atom, asOf);
  }

  @Test
  void compare_epochGpqa_smallDifferenceIsWithinMargin() {
    Check c = check(ClaimKind.COMPARE, "qwen-max-2025-01-25", "DeepSeek-V3", "GPQA Diamond",
        null, false, LATE);
    assertEquals(Verdict.WITHIN_MARGIN, c.verdict());
    Evidence e = c.evidence().get(0);
    assertEquals(-0.4, e.difference(), 1e-9);
    assertEquals(1.96 * Math.sqrt(18), e.margin(), 1e-9);
    assertTrue(e.test().contains("published standard error"), e.test());
  }

  @Test
  void compare_epochGpqa_differenceUnderMarginIsNotAWin() {
    // 56.1 vs 49.2: 6.9 points, under 1.96 * sqrt(3^2 + 3^2) = 8.3.
    Check c = check(ClaimKind.COMPARE, "Qwen2.5-Max", "gpt-4o-2024-08-06", "GPQA Diamond",
        null, false, LATE);
    assertEquals(Verdict.WITHIN_MARGIN, c.verdict(), c.explanation());
  }

  @Test
  void compare_liveBench_significantWinIsSupported() {
    Check c = check(ClaimKind.COMPARE, "Qwen2.5-Max", "gpt-4o-2024-11-20", "LiveBench", null,
        false, LATE);
    assertEquals(Verdict.SUPPORTED, c.verdict(), c.explanation());
    assertTrue(c.evidence().get(0).test().contains("default margin"));
    assertEquals("LiveBench 2024-11-25", c.evidence().get(0).benchmarkName());
  }

  @Test
  void compare_reversedClaimAgainstTheEvidenceIsContradicted() {
    Check c = check(ClaimKind.COMPARE, "gpt-4o-2024-11-20", "Qwen2.5-Max", "LiveBench", null,
        false, LATE);
    assertEquals(Verdict.CONTRADICTED, c.verdict(), c.explanation());
    Check trails = check(ClaimKind.COMPARE, "gpt-4o-2024-11-20", "Qwen2.5-Max", "LiveBench",
        null, true, LATE);
    assertEquals(Verdict.SUPPORTED, trails.verdict(), "\"GPT-4o trails Qwen2.5-Max\" is true");
  }

  @Test
  void parity_withinMarginIsSupported() {
    Check c = check(ClaimKind.PARITY, "Qwen2.5-Max", "DeepSeek-V3", "LiveBench", null, false,
        LATE);
    assertEquals(Verdict.SUPPORTED, c.verdict(), c.explanation());
  }

  @Test
  void score_matchingIndependentFigureIsSupported_otherwiseContradicted() {
    assertEquals(Verdict.SUPPORTED, check(ClaimKind.SCORE, "Qwen2.5-Max", null, "LiveBench",
        62.3, false, LATE).verdict());
    Check wrong = check(ClaimKind.SCORE, "Qwen2.5-Max", null, "LiveBench", 70.0, false, LATE);
    assertEquals(Verdict.CONTRADICTED, wrong.verdict());
    assertTrue(wrong.explanation().contains("62.29"), wrong.explanation());
  }

  @Test
  void score_onlyTheVendorsFigure() {
    Check c = check(ClaimKind.SCORE, "DeepSeek-V3", null, "Arena-Hard", 85.5, false, LATE);
    assertEquals(Verdict.UNVERIFIED, c.verdict());
    assertEquals("VENDOR_FIGURE_ONLY", c.reason());
    assertEquals(1, c.vendor().size());
    assertTrue(!c.vendor().get(0).subject().independent());
  }

  @Test
  void evidencePublishedAfterTheDateIsShownNotUsed() {
    AsOf early = new AsOf(LocalDate.of(2025, 1, 28), "release", "test");
    Check c = check(ClaimKind.COMPARE, "Qwen2.5-Max", "DeepSeek-V3", "LiveBench", null, false,
        early);
    assertEquals(Verdict.UNVERIFIED, c.verdict());
    assertEquals("ONLY_LATER_EVIDENCE", c.reason());
    assertTrue(c.evidence().isEmpty());
    assertEquals(Verdict.WITHIN_MARGIN, c.later().get(0).outcome());
  }

  @Test
  void unknownModelAndUnknownBenchmarkAreUnverified() {
    Check model = check(ClaimKind.COMPARE, "Nimbus-9B", "DeepSeek-V3", "LiveBench", null, false,
        LATE);
    assertEquals("MODEL_UNKNOWN", model.reason());
    Check bench = check(ClaimKind.COMPARE, "Qwen2.5-Max", "DeepSeek-V3", "FooBench", null, false,
        LATE);
    assertEquals("BENCHMARK_UNKNOWN", bench.reason());
  }

  @Test
  void productName_resolvesToTheModelItServedThatDay() {
    Check c = check(ClaimKind.COMPARE, "Qwen2.5-Max", "ChatGPT", "LiveBench", null, false, LATE);
    assertEquals("product", c.object().method());
    assertEquals("gpt-4o-2024-11-20", c.object().id());
    assertEquals(Verdict.SUPPORTED, c.verdict());
  }

  @Test
  void rank_nobodySignificantlyAheadHolds() {
    Check c = check(ClaimKind.RANK, "Qwen2.5-Max", null, "LiveBench", null, false, LATE);
    assertEquals(Verdict.SUPPORTED, c.verdict(), c.explanation());
    Check d = check(ClaimKind.RANK, "gpt-4o-2024-11-20", null, "LiveBench", null, false, LATE);
    assertEquals(Verdict.CONTRADICTED, d.verdict(), d.explanation());
  }
}
