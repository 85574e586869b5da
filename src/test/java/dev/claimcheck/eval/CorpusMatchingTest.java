package dev.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.eval.ClaimMatcher.Level;
import dev.claimcheck.eval.ClaimMatcher.Outcome;
import dev.claimcheck.eval.EvaluationResult.ArticleResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The metric itself, on hand-made gold and predictions. */
class CorpusMatchingTest {
  private static final String S1 =
      "Qwen2.5-Max scores 89.4 on Arena-Hard, ahead of DeepSeek-V3 at 85.5.";
  private static final String S2 = "It outperforms GPT-4o and Claude 3.5 Sonnet on LiveBench.";
  private static final String S3 = "Alibaba’s model is the best on *GPQA*.";

  private static EvalClaim claim(String sentence, String kind, String subject,
      List<String> objects, List<String> benchmarks, Double value) {
    return new EvalClaim(sentence, kind, subject, objects, benchmarks, value, false, null, null);
  }

  private static final List<EvalClaim> GOLD = List.of(
      claim(S1, "score", "Qwen2.5-Max", List.of(), List.of("Arena-Hard"), 89.4),
      claim(S1, "compare", "Qwen2.5-Max", List.of("DeepSeek-V3"), List.of("Arena-Hard"), null),
      claim(S1, "score", "DeepSeek-V3", List.of(), List.of("Arena-Hard"), 85.5),
      claim(S2, "compare", "Qwen2.5-Max", List.of("GPT-4o", "Claude 3.5 Sonnet"),
          List.of("LiveBench"), null));

  private static final List<EvalClaim> PREDICTED = List.of(
      // A match, written differently: spacing, name forms and list order do not matter.
      claim("Qwen2.5-Max  scores 89.4 on Arena-Hard, ahead of DeepSeek-V3 at 85.5.", "score",
          "Qwen2.5 Max", List.of(), List.of("arena hard"), 89.4),
      // Wrong object.
      claim(S1, "compare", "Qwen2.5-Max", List.of("GPT-4o"), List.of("Arena-Hard"), null),
      // Wrong value.
      claim(S1, "score", "DeepSeek-V3", List.of(), List.of("Arena-Hard"), 85.0),
      // The objects in another order: a match.
      claim(S2, "compare", "Qwen2.5-Max", List.of("Claude 3.5 Sonnet", "GPT 4o"),
          List.of("LiveBench"), null),
      // An extra claim.
      claim(S3, "superlative", "Qwen2.5-Max", List.of(), List.of("GPQA"), null));

  @Test
  void exact_countsMatchesWrongFieldsAndExtras() {
    Outcome o = ClaimMatcher.match(GOLD, PREDICTED, Level.EXACT);
    assertEquals(List.of(PREDICTED.get(0), PREDICTED.get(3)),
        o.matched().stream().map(ClaimMatcher.Pair::predicted).toList());
    assertEquals(List.of(GOLD.get(1), GOLD.get(2)), o.missed());
    assertEquals(List.of(PREDICTED.get(1), PREDICTED.get(2), PREDICTED.get(4)), o.spurious());
  }

  @Test
  void detection_needsSentenceAndKindOnly() {
    Outcome o = ClaimMatcher.match(GOLD, PREDICTED, Level.DETECTION);
    assertEquals(4, o.matched().size());
    assertEquals(List.of(), o.missed());
    assertEquals(List.of(PREDICTED.get(4)), o.spurious());
  }

  @Test
  void oneToOne_aPredictionServesOneGoldClaim() {
    EvalClaim g = GOLD.get(0);
    Outcome o = ClaimMatcher.match(List.of(g, g), List.of(g), Level.EXACT);
    assertEquals(1, o.matched().size());
    assertEquals(1, o.missed().size());
    assertEquals(0, o.spurious().size());
  }

  @Test
  void differences_nameTheFieldsThatDiffer() {
    assertEquals(List.of("objects"), ClaimMatcher.differences(GOLD.get(1), PREDICTED.get(1)));
    assertEquals(List.of("value"), ClaimMatcher.differences(GOLD.get(2), PREDICTED.get(2)));
    EvalClaim noValue = claim(S1, "score", "DeepSeek-V3", List.of(), List.of("Arena-Hard"), null);
    assertEquals(List.of("value"), ClaimMatcher.differences(GOLD.get(2), noValue));
    // Gold without a value does not look at the predicted one.
    assertEquals(List.of(), ClaimMatcher.differences(GOLD.get(1),
        claim(S1, "compare", "Qwen2.5-Max", List.of("DeepSeek-V3"), List.of("Arena-Hard"), 3.0)));
  }

  @Test
  void value_isComparedWithinHalfAHundredth() {
    EvalClaim g = GOLD.get(0);
    assertTrue(ClaimMatcher.matches(g, withValue(g, 89.404), Level.EXACT));
    assertTrue(ClaimMatcher.matches(g, withValue(g, 89.395), Level.EXACT));
    assertFalse(ClaimMatcher.matches(g, withValue(g, 89.41), Level.EXACT));
  }

  private static EvalClaim withValue(EvalClaim c, double v) {
    return claim(c.sentence(), c.kind(), c.subject(), c.objects(), c.benchmarks(), v);
  }

  @Test
  void kindAndSentence_mustAgreeAtBothLevels() {
    EvalClaim g = GOLD.get(1);
    EvalClaim otherKind = claim(S1, "parity", g.subject(), g.objects(), g.benchmarks(), null);
    EvalClaim otherSentence = claim(S2, g.kind(), g.subject(), g.objects(), g.benchmarks(), null);
    for (Level level : Level.values()) {
      assertFalse(ClaimMatcher.matches(g, otherKind, level));
      assertFalse(ClaimMatcher.matches(g, otherSentence, level));
    }
  }

  @Test
  void sentenceKey_foldsWhitespaceQuotesAndMarkup() {
    assertEquals(ClaimMatcher.sentenceKey("Alibaba's model is the best on GPQA."),
        ClaimMatcher.sentenceKey(S3));
    // Markdown markup blanked out in place, as the Markdown reader does.
    assertEquals(ClaimMatcher.sentenceKey("Qwen's score: 89.4"),
        ClaimMatcher.sentenceKey("  Qwen  's score:   89.4 "));
    assertEquals(ClaimMatcher.sentenceKey("GPT-4o | 79.2 | 64.8"),
        ClaimMatcher.sentenceKey("GPT-4o |79.2\u00a0| 64.8"));
    assertEquals(ClaimMatcher.sentenceKey("« Il dépasse GPT-4o »"),
        ClaimMatcher.sentenceKey("«\u202fIl dépasse GPT-4o\u202f»"));
    assertNotEquals(ClaimMatcher.sentenceKey("It scores 89.4."),
        ClaimMatcher.sentenceKey("It scores 89,4."));
    // A marker opening a list item or a post is no part of the sentence, kept or not.
    for (String marked : List.of("1/ Qwen3 beats GPT-4o.", "\uD83E\uDDF5 2/5 Qwen3 beats GPT-4o.",
        "- Qwen3 beats GPT-4o.", "\u2705 Qwen3 beats GPT-4o.", "3. Qwen3 beats GPT-4o.",
        "1\ufe0f\u20e3 Qwen3 beats GPT-4o.",
        "A: Qwen3 beats GPT-4o.", "\u2014Qwen3 beats GPT-4o.", "Qwen3 beats GPT-4o. \uD83E\uDD2F",
        "Qwen3 beats GPT-4o. #LocalLLaMA \uD83D\uDD25")) {
      assertEquals(ClaimMatcher.sentenceKey("Qwen3 beats GPT-4o."),
          ClaimMatcher.sentenceKey(marked), marked);
    }
    assertNotEquals(ClaimMatcher.sentenceKey("2025 Qwen3 beats GPT-4o."),
        ClaimMatcher.sentenceKey("Qwen3 beats GPT-4o."));
  }

  @Test
  void splitShape_saysHowAGoldSentenceAndTheSegmentedOnesDiffer() {
    String gold = "Qwen3 beats GPT-4o.";
    String key = ClaimMatcher.sentenceKey(gold);
    java.util.function.Function<String, String> shape = segmented -> EvaluationTable.splitShape(
        java.util.Set.of(ClaimMatcher.sentenceKey(segmented)), gold, key);
    assertEquals("more before (label :)", shape.apply("Update: Qwen3 beats GPT-4o."));
    assertEquals("more after (words, letter) ends marked lower",
        shape.apply("Qwen3 beats GPT-4o. it does"));
    assertEquals("more both", shape.apply("So Qwen3 beats GPT-4o. it does"));
    assertEquals("cut at 'letter'", shape.apply("beats GPT-4o."));
    assertEquals("table row", EvaluationTable.splitShape(java.util.Set.of(), "A | 1", "A|1"));
  }

  @Test
  void undetectedShape_describesTheGoldSentenceAlone() {
    java.util.function.BiFunction<String, String, String> shape = (sentence, subject) ->
        EvaluationTable.undetectedShape(new EvalClaim(sentence, "score", subject, List.of(),
            List.of("MMLU"), 1.0, false, null, null));
    assertEquals("score (subject named, table row, numbers, no final mark)",
        shape.apply("GPT-4o | 88.7 | 53.6", "GPT-4o"));
    assertEquals("score (subject not named, label, 1 number)",
        shape.apply("Our take: it scores 88.7 there.", "Talon-2"));
    assertEquals("score (subject named, list item, numbers, no final mark)",
        shape.apply("- Talon-2 gets 88.7", "Talon-2"));
    assertEquals("score (subject named, short, numbers)", shape.apply("Talon-2 gets 88.7.",
        "Talon-2"));
  }

  @Test
  void claimant_comparedAsNamesWithNullEqualToNull() {
    EvalClaim g = GOLD.get(0);
    assertTrue(ClaimMatcher.sameClaimant(g, g));
    assertTrue(ClaimMatcher.sameClaimant(withClaimant(g, "Mistral AI"),
        withClaimant(g, "mistral-ai")));
    assertFalse(ClaimMatcher.sameClaimant(withClaimant(g, "Alibaba"), g));
    assertFalse(ClaimMatcher.sameClaimant(g, withClaimant(g, "Alibaba")));
  }

  private static EvalClaim withClaimant(EvalClaim c, String claimant) {
    return new EvalClaim(c.sentence(), c.kind(), c.subject(), c.objects(), c.benchmarks(),
        c.value(), c.negated(), claimant, c.fact());
  }

  @Test
  void matching_prefersTheCandidateWithTheRightAttributes() {
    EvalClaim g = withClaimant(GOLD.get(0), "Alibaba");
    EvalClaim unattributed = GOLD.get(0);
    Outcome o = ClaimMatcher.match(List.of(g), List.of(unattributed, g), Level.EXACT);
    assertEquals(g, o.matched().get(0).predicted());
  }

  @Test
  void errors_listMissesSpuriousClaimsAndMatchesWithAnotherClaimant() {
    EvalClaim g = withClaimant(GOLD.get(0), "Alibaba");
    List<EvalClaim> gold = List.of(g, GOLD.get(3));
    List<EvalClaim> predicted = List.of(GOLD.get(0), PREDICTED.get(4));
    ArticleResult a = new ArticleResult("en/x.txt", "en", "en", gold, predicted,
        ClaimMatcher.match(gold, predicted, Level.EXACT),
        ClaimMatcher.match(gold, predicted, Level.DETECTION), Set.of());
    String errors = EvaluationTable.errors(new EvaluationResult(List.of("en"),
        List.of("compare", "score", "superlative"), List.of(a)));
    assertTrue(errors.contains("    ~ score claimant Alibaba -> null\n"), errors);
    assertTrue(errors.contains("    - compare Qwen2.5-Max vs [GPT-4o, Claude 3.5 Sonnet]"), errors);
    assertTrue(errors.contains("    + superlative Qwen2.5-Max"), errors);
  }

  @Test
  void counts_perLanguageAndKind_andFigures() {
    ArticleResult en = new ArticleResult("en/x.txt", "en", "en", GOLD, PREDICTED,
        ClaimMatcher.match(GOLD, PREDICTED, Level.EXACT),
        ClaimMatcher.match(GOLD, PREDICTED, Level.DETECTION), Set.of());
    ArticleResult fr = new ArticleResult("fr/y.txt", "fr", "fr", GOLD.subList(0, 1), List.of(),
        ClaimMatcher.match(GOLD.subList(0, 1), List.of(), Level.EXACT),
        ClaimMatcher.match(GOLD.subList(0, 1), List.of(), Level.DETECTION), Set.of());
    EvaluationResult r = new EvaluationResult(List.of("en", "fr"),
        List.of("compare", "score", "superlative"), List.of(en, fr));

    assertEquals(new Counts(2, 3, 3), r.group(Level.EXACT, EvaluationResult.OVERALL));
    assertEquals(new Counts(2, 3, 2), r.group(Level.EXACT, "en"));
    assertEquals(new Counts(0, 0, 1), r.group(Level.EXACT, "fr"));
    // Misses count under the gold kind, spurious claims under their own kind.
    assertEquals(new Counts(1, 1, 2), r.group(Level.EXACT, "score"));
    assertEquals(new Counts(0, 1, 0), r.group(Level.EXACT, "superlative"));
    assertEquals(new Counts(4, 1, 1), r.group(Level.DETECTION, EvaluationResult.OVERALL));

    Counts all = r.group(Level.EXACT, EvaluationResult.OVERALL);
    assertEquals(0.4, all.precision(), 1e-9);
    assertEquals(0.4, all.recall(), 1e-9);
    assertEquals(0.4, all.f1(), 1e-9);
    assertEquals(0.0, Counts.ZERO.precision());
    assertEquals(0.0, Counts.ZERO.f1());

    assertEquals(new Accuracy(2, 2), r.negated(null));
    assertEquals(new Accuracy(2, 2), r.claimant("en"));
  }

  @Test
  void floors_roundDown() {
    assertEquals(0.29, EvaluationTable.floor2(0.29), 1e-12);
    assertEquals(0.28, EvaluationTable.floor2(0.2899), 1e-12);
    assertEquals(0.0, EvaluationTable.floor2(0.0), 1e-12);
    assertEquals(1.0, EvaluationTable.floor2(1.0), 1e-12);
  }

  @Test
  void aBenchmarkWrittenWithANoteInBracketsIsTheRegistrysEntry() throws Exception {
    var registry = CorpusEvaluation.bundledRegistry();
    EvalClaim c = new EvalClaim("GPT-4.1 | OpenAI | 1.366", "score", "GPT-4.1", List.of(),
        List.of("LMArena (Elo)", "Zorblax-Bench (v2)"), 1366.0, false, null, null);
    EvalClaim read = CorpusEvaluation.sameBenchmarks(c, registry);
    assertTrue(read.benchmarks().get(0).startsWith("#"), read.benchmarks().toString());
    assertEquals("Zorblax-Bench (v2)", read.benchmarks().get(1));
  }
}
