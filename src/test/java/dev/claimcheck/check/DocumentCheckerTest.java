package dev.claimcheck.check;

import static dev.claimcheck.check.Articles.article;
import static dev.claimcheck.check.Articles.check;
import static dev.claimcheck.check.Articles.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.claim.Claim;
import dev.claimcheck.claim.ClaimKind;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.report.ClaimReport;
import dev.claimcheck.report.DocumentReport;
import dev.claimcheck.report.SentenceReport;
import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.Verdict;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentCheckerTest {
  private static final Registry MINI = Articles.mini();
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private static DocumentReport run(String article, LocalDate asOf) throws Exception {
    CheckOptions options = new CheckOptions(Optional.ofNullable(asOf), Optional.empty(), TODAY);
    return new DocumentChecker(MINI, options).check(article(article));
  }

  private static ClaimReport claimIn(DocumentReport r, String sentenceStart) {
    return r.sentences().stream()
        .filter(s -> s.sentence().text().startsWith(sentenceStart))
        .flatMap(s -> s.claims().stream())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim in sentence starting " + sentenceStart));
  }

  @Test
  void french_launchArticle_claimsSubjectsAndCompetitors() throws Exception {
    DocumentReport r = run("fr/qwen-lancement.txt", null);
    assertEquals("fr", r.language());
    assertEquals("Qwen 2.5", r.mainSubject());

    Claim list = claimIn(r, "En affirmant").claim();
    assertEquals(ClaimKind.COMPARE, list.kind());
    assertEquals("Qwen 2.5", list.subject().text());
    assertEquals(List.of("GPT-4o", "DeepSeek-V3", "Llama-3.1-405B"),
        list.objects().stream().map(m -> m.text()).toList());
    assertTrue(list.benchmarks().isEmpty());
    assertEquals("Alibaba", list.attribution().claimant());

    Claim context = claimIn(r, "Sur ces deux benchmarks").claim();
    assertEquals("le modèle", context.subjectReference());
    assertEquals(List.of("LiveBench", "GPQA-Diamond"),
        context.benchmarks().stream().map(m -> m.text()).toList());
    assertTrue(context.benchmarksFromContext());
    assertTrue(context.attribution().hedged(), "conditional mood is a hedge");
    assertEquals(4, claimIn(r, "Sur ces deux benchmarks").checks().size());

    Claim score = claimIn(r, "Qwen 2.5 Max obtient").claim();
    assertEquals(ClaimKind.SCORE, score.kind());
    assertEquals(62.3, score.value());
    assertEquals("Alibaba", score.attribution().claimant(), "« affirme la firme »");
  }

  @Test
  void french_launchArticle_noClaimFromQuestionsPricesOrAppStore() throws Exception {
    DocumentReport r = run("fr/qwen-lancement.txt", null);
    for (SentenceReport s : r.sentences()) {
      String text = s.sentence().text();
      assertFalse(text.contains("App Store"), "App Store ranking is not a benchmark claim");
      assertFalse(text.endsWith("?"), "a question asserts nothing");
      assertFalse(text.contains("dollars"), "prices are not scores");
      if (text.contains("Mixture-of-Experts")) {
        assertTrue(s.claims().stream().allMatch(c -> c.claim().kind() == ClaimKind.FACT),
            "a model fact is not a benchmark claim");
      }
    }
  }

  @Test
  void undatedText_isReadAsOfTheSubjectsRelease() throws Exception {
    DocumentReport r = run("fr/qwen-lancement.txt", null);
    Check c = check(r, "DeepSeek V3", "LiveBench");
    assertEquals("release", c.asOf().basis());
    assertEquals(LocalDate.of(2025, 1, 28), c.asOf().date());
    assertEquals("qwen2.5-max", c.subject().id(), c.subject().reason());
    assertEquals("family", c.subject().method());
    assertTrue(c.subject().reason().contains("Qwen2.5"), c.subject().reason());
    // LiveBench ranked Qwen2.5-Max only on 2025-02-04: shown, but not used.
    assertEquals(Verdict.UNVERIFIED, c.verdict());
    assertEquals("ONLY_LATER_EVIDENCE", c.reason());
    assertEquals(1, c.later().size());
    assertEquals(LocalDate.of(2025, 2, 4), c.later().get(0).subject().published());
  }

  @Test
  void english_withAsOf_decidesOnIndependentEvidence() throws Exception {
    DocumentReport r = run("en/qwen-max-launch.txt", LocalDate.of(2025, 5, 1));
    assertEquals("en", r.language());

    Check lb = check(r, "DeepSeek-V3", "LiveBench");
    assertEquals(Verdict.WITHIN_MARGIN, lb.verdict(), lb.explanation());
    assertEquals(62.29, lb.evidence().get(0).subject().value());
    assertEquals(60.45, lb.evidence().get(0).other().value());
    assertEquals("LiveBench", lb.evidence().get(0).subject().publisher());
    assertNotNull(lb.evidence().get(0).subject().url());

    Check gpqa = check(r, "DeepSeek-V3", "GPQA Diamond");
    assertEquals(Verdict.WITHIN_MARGIN, gpqa.verdict(), gpqa.explanation());

    // "GPT-4o" is three snapshots; LiveBench ranks only one of them: the verdict depends on which.
    Check gpt = check(r, "GPT-4o", "LiveBench");
    assertEquals(Verdict.AMBIGUOUS, gpt.verdict(), gpt.explanation());
    assertEquals("gpt-4o-2024-11-20", gpt.object().id(), "read as the newest snapshot");
    assertEquals(2, gpt.object().candidates().size(), "the older ones are checked too");

    Check score = claims(r).stream().filter(c -> c.claim().kind() == ClaimKind.SCORE)
        .findFirst().orElseThrow().checks().get(0);
    assertEquals(Verdict.SUPPORTED, score.verdict(), score.explanation());
    assertEquals("Epoch AI", score.evidence().get(0).subject().publisher());

    Check trails = check(r, "Claude 3.5 Sonnet", "Arena-Hard");
    assertTrue(trails.atom().claim().negated());
    assertEquals(Verdict.UNVERIFIED, trails.verdict());
    assertEquals("NO_INDEPENDENT_RESULT", trails.reason());
  }

  @Test
  void english_negativesProduceNoClaims() throws Exception {
    DocumentReport r = run("en/qwen-max-launch.txt", LocalDate.of(2025, 5, 1));
    for (SentenceReport s : r.sentences()) {
      if (s.sentence().text().contains("costs")) {
        // The price is no claim; the context window beside it is a model fact.
        assertEquals(List.of("context_length"),
            s.claims().stream().map(c -> c.claim().fact()).toList(), s.sentence().text());
      }
      assertFalse(s.sentence().text().startsWith("Can it beat"), s.sentence().text());
    }
    assertEquals(4, r.sentences().stream()
        .filter(s -> s.claims().stream().anyMatch(c -> c.claim().kind() != ClaimKind.FACT))
        .count());
  }

  @Test
  void shortFormsOfNamesAlreadyWrittenAreTheSameModel() throws Exception {
    DocumentReport r = run("en/short-forms.txt", LocalDate.of(2025, 5, 1));
    Claim beats = claimIn(r, "According to Meta").claim();
    assertEquals(ClaimKind.COMPARE, beats.kind());
    assertEquals("Maverick", beats.subject().text(), "\"Maverick\" after \"Llama 4 Maverick\"");
    assertEquals(List.of("GPT-4o"), beats.objects().stream().map(m -> m.text()).toList());
    Claim matches = claims(r).stream().map(ClaimReport::claim)
        .filter(c -> c.kind() == ClaimKind.PARITY).findFirst().orElseThrow();
    assertEquals("Scout", matches.subject().text());
    assertEquals("Meta", beats.attribution().claimant());
  }
}
