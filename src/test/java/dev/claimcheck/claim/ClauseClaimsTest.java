package dev.claimcheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.lexicon.Lexicon;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the clauses of a sentence shape its claims: a competitor given with its own score, a
 * vendor reporting its model's score, "the latter", ranks with those ahead, superlatives and
 * claims that are denied. Read with the bundled registry's names, in all four languages.
 */
class ClauseClaimsTest {
  private static final Map<String, Lexicon> LEXICONS = Bundled.LEXICONS;
  private static final EntityRecognizer RECOGNIZER = Bundled.RECOGNIZER;
  private static final List<String> VENDORS =
      List.of("Alibaba", "Meta", "DeepSeek", "Google", "Anthropic", "OpenAI", "Mistral", "xAI");

  /** The claims of a text whose first line is its title; the title's first model is its subject. */
  static List<Claim> claims(String lang, String text) {
    return Bundled.claims(lang, text, VENDORS);
  }

  /** The claims of {@code kind} in the sentence starting with {@code start}. */
  static List<Claim> of(List<Claim> claims, String start, ClaimKind kind) {
    return claims.stream()
        .filter(c -> c.sentence().text().startsWith(start) && c.kind() == kind).toList();
  }

  /** The one claim of {@code kind} in the sentence starting with {@code start}. */
  static Claim only(List<Claim> claims, String start, ClaimKind kind) {
    List<Claim> found = of(claims, start, kind);
    assertEquals(1, found.size(), kind + " in \"" + start + "\": " + describe(claims));
    return found.get(0);
  }

  /** The one score claim of {@code subject} in the sentence starting with {@code start}. */
  static Claim scoreOf(List<Claim> claims, String start, String subject) {
    List<Claim> found = of(claims, start, ClaimKind.SCORE).stream()
        .filter(c -> c.subject().text().equals(subject)).toList();
    assertEquals(1, found.size(), "score of " + subject + ": " + describe(claims));
    return found.get(0);
  }

  static String describe(List<Claim> claims) {
    return claims.stream().map(ClauseClaimsTest::describe).collect(Collectors.joining("; "));
  }

  /** "compare A vs [B, C] on [X] NOT", "score A on [X] = 1.0". */
  static String describe(Claim c) {
    return c.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + c.subject().text()
        + (c.objects().isEmpty() ? "" : " vs " + texts(c.objects()))
        + (c.benchmarks().isEmpty() ? "" : " on " + texts(c.benchmarks()))
        + (c.value() == null ? "" : " = " + c.value())
        + (c.negated() ? " NOT" : "");
  }

  static List<String> texts(List<Mention> mentions) {
    return mentions.stream().map(Mention::text).toList();
  }

  private static void assertClaims(List<Claim> claims, String start, String... expected) {
    List<String> got = claims.stream().filter(c -> c.sentence().text().startsWith(start))
        .map(ClauseClaimsTest::describe).sorted().toList();
    assertEquals(java.util.Arrays.stream(expected).sorted().toList(), got, start);
  }

  // ------------------------------------------------------ the vendor's own voice

  @Test
  void ourModelIsTheMainSubject() {
    assertClaims(claims("en", """
        Quill-12B technical report

        Our model achieves 72.4% on AIME 2024.
        """),
        "Our model", "score Quill-12B on [AIME 2024] = 72.4");
    assertClaims(claims("fr", """
        Quill-12B : le rapport technique

        Notre modèle atteint 72,4 % sur AIME 2024.
        """),
        "Notre modèle", "score Quill-12B on [AIME 2024] = 72.4");
    assertClaims(claims("de", """
        Quill-12B: der technische Bericht

        Unser Modell erreicht 72,4 Prozent auf AIME 2024.
        """),
        "Unser Modell", "score Quill-12B on [AIME 2024] = 72.4");
    assertClaims(claims("es", """
        Quill-12B: el informe técnico

        Nuestro modelo alcanza un 72,4 % en AIME 2024.
        """),
        "Nuestro modelo", "score Quill-12B on [AIME 2024] = 72.4");
  }

  @Test
  void aFigureThatRisesIsTheSubjectsScore() {
    assertClaims(claims("es", """
        Quill-12B en cifras

        Quill-12B alcanza un 72,5 % en GPQA Diamond.
        Con cómputo paralelo adicional, la cifra asciende al 79,4 % en SWE-bench Verified.
        """),
        "Con cómputo", "score Quill-12B on [SWE-bench Verified] = 79.4");
  }

  // ------------------------------------------------------ a competitor with its own score

  @Test
  void competitorWithItsOwnScore() {
    assertClaims(claims("es", """
        DeepSeek V3 en cifras

        En la prueba MATH-500, DeepSeek V3 marca un 90,2 %, por debajo del 94,8 % de o1.
        En HumanEval obtiene 82,6 puntos, frente a los 80,5 de GPT-4o.
        """),
        "En la prueba MATH-500",
        "score DeepSeek V3 on [MATH-500] = 90.2",
        "score o1 on [MATH-500] = 94.8",
        "compare DeepSeek V3 vs [o1] on [MATH-500] NOT");
    assertClaims(claims("es", """
        DeepSeek V3 en cifras

        En HumanEval obtiene 82,6 puntos, frente a los 80,5 de GPT-4o.
        """),
        "En HumanEval",
        "score DeepSeek V3 on [HumanEval] = 82.6",
        "score GPT-4o on [HumanEval] = 80.5");
  }

  @Test
  void aParticipleAfterTheCompetitorGivesTheScoreToTheSubject() {
    List<Claim> en = claims("en", """
        Gemini 2.0 Flash review

        Gemini 2.0 Flash trails o1 on GPQA Diamond, scoring 62.1%.
        """);
    assertEquals("score Gemini 2.0 Flash on [GPQA Diamond] = 62.1",
        describe(only(en, "Gemini 2.0 Flash trails", ClaimKind.SCORE)));
    List<Claim> es = claims("es", """
        DeepSeek V3 en cifras

        DeepSeek V3 queda por detrás de o1 en MATH-500, alcanzando un 90,2 %.
        """);
    assertEquals("score DeepSeek V3 on [MATH-500] = 90.2",
        describe(only(es, "DeepSeek V3 queda", ClaimKind.SCORE)));
  }

  @Test
  void aScoreScoredByAModelIsThatModels_andTheListGoesOnWithTheSubject() {
    assertClaims(claims("en", """
        Polaris-2 launches

        Polaris-2 scored 74.9% on SWE-bench Verified, beating the 69.1% scored by its earlier o3 model, and 88% on Aider Polyglot.
        """),
        "Polaris-2 scored",
        "score Polaris-2 on [SWE-bench Verified] = 74.9",
        "score o3 on [SWE-bench Verified] = 69.1",
        "score Polaris-2 on [Aider Polyglot] = 88.0");
  }

  @Test
  void aScoreSetOffByACommaAfterTheCompetitorIsTheSubjects() {
    assertClaims(claims("fr", """
        Polaris-2 en test

        Sur LMArena, Polaris-2 arrive deuxième, derrière DeepSeek V3, avec 1 302 points.
        """),
        "Sur LMArena",
        "rank Polaris-2 vs [DeepSeek V3] on [LMArena]",
        "score Polaris-2 on [LMArena] = 1302.0");
    // Without the comma the number stays the competitor's own.
    List<Claim> own = of(claims("fr", """
        Polaris-2 en test

        Sur Arena-Hard, Polaris-2 devance GPT-4o avec 85,5.
        """), "Sur Arena-Hard", ClaimKind.SCORE);
    assertEquals(List.of("score GPT-4o on [Arena-Hard] = 85.5"),
        own.stream().map(ClauseClaimsTest::describe).toList());
  }

  @Test
  void aPronounClosingAComparisonIsTheArticlesSubject() {
    assertClaims(claims("fr", """
        Polaris-2 en test

        Même Qwen2.5-Coder 32B fait mieux que lui sur Aider Polyglot.
        """),
        "Même Qwen2.5-Coder",
        "compare Qwen2.5-Coder 32B vs [Polaris-2] on [Aider Polyglot]");
  }

  // ------------------------------------------------------ vague scope

  @Test
  void aComparisonOverBasicallyEveryBenchmarkIsVague() {
    assertClaims(claims("en", """
        gpt-oss-120b is out

        Still, gpt-oss-120b trails o4-mini on basically every benchmark in the tables.
        """),
        "Still",
        "vague gpt-oss-120b vs [o4-mini] NOT");
    assertClaims(claims("fr", """
        Mistral Small 3.1

        « Mistral Small 3.1 dépasse GPT-4o mini sur toutes nos évaluations », affirme Mistral.
        """),
        "« Mistral Small 3.1",
        "vague Mistral Small 3.1 vs [GPT-4o mini]");
  }

  // ------------------------------------------------------ lists of scores

  @Test
  void thePhrasesPrepositionSaidAgainGoesOnWithItsList() {
    assertClaims(claims("en", """
        GPT-5 is here

        GPT-5 scores 74.9% on SWE-bench Verified, putting it ahead of Claude Opus 4, which Anthropic lists at 72.5%, and of Gemini 2.5 Pro, which Google reports at 63.8%.
        """),
        "GPT-5 scores",
        "compare GPT-5 vs [Claude Opus 4, Gemini 2.5 Pro] on [SWE-bench Verified]",
        "score GPT-5 on [SWE-bench Verified] = 74.9",
        "score Claude Opus 4 on [SWE-bench Verified] = 72.5",
        "score Gemini 2.5 Pro on [SWE-bench Verified] = 63.8");
    assertClaims(claims("es", """
        Anthropic presenta Claude Opus 4

        Opus 4 obtiene un 72,5 % en SWE-bench Verified, cifras que lo sitúan por delante de GPT-4.1, de OpenAI, y de Gemini 2.5 Pro, de Google.
        """),
        "Opus 4 obtiene",
        "compare Opus 4 vs [GPT-4.1, Gemini 2.5 Pro] on [SWE-bench Verified]",
        "score Opus 4 on [SWE-bench Verified] = 72.5");
    // Another phrase after the list word is no list: "and of" goes on, "and with" does not.
    assertClaims(claims("en", """
        GPT-5 is here

        GPT-5 is ahead of Claude Opus 4, which leads on price, and with Gemini 2.5 Pro it shares the top.
        """),
        "GPT-5 is ahead",
        "compare GPT-5 vs [Claude Opus 4]");
  }

  @Test
  void competitorsEachWithTheirOwnScoreAreOneList() {
    assertClaims(claims("en", """
        Claude Opus 4 is here

        Opus 4 resolves 72.5% of tasks, ahead of o3 at 69.1%, Gemini 2.5 Pro at 63.2% and GPT-4.1 at 54.6% on SWE-bench Verified.
        """),
        "Opus 4 resolves",
        "compare Opus 4 vs [o3, Gemini 2.5 Pro, GPT-4.1] on [SWE-bench Verified]",
        "score Opus 4 on [SWE-bench Verified] = 72.5",
        "score o3 on [SWE-bench Verified] = 69.1",
        "score Gemini 2.5 Pro on [SWE-bench Verified] = 63.2",
        "score GPT-4.1 on [SWE-bench Verified] = 54.6");
    assertClaims(claims("en", """
        Claude Opus 4 is here

        On AIME 2025, Opus 4 scores 75.5%, trailing o3's 88.9% and Gemini 2.5 Pro's 83.0%.
        """),
        "On AIME 2025",
        "compare Opus 4 vs [o3, Gemini 2.5 Pro] on [AIME 2025] NOT",
        "score Opus 4 on [AIME 2025] = 75.5",
        "score o3 on [AIME 2025] = 88.9",
        "score Gemini 2.5 Pro on [AIME 2025] = 83.0");
    assertClaims(claims("en", """
        Phi-4 is here

        On AIME 2025, Phi-4 scores 78.0, ahead of DeepSeek-R1 (51.5) and o1-mini (63.6).
        """),
        "On AIME 2025",
        "compare Phi-4 vs [DeepSeek-R1, o1-mini] on [AIME 2025]",
        "score Phi-4 on [AIME 2025] = 78.0",
        "score DeepSeek-R1 on [AIME 2025] = 51.5",
        "score o1-mini on [AIME 2025] = 63.6");
    assertClaims(claims("es", """
        Kimi K2 llega

        Kimi K2 logra un 65,8 % en SWE-bench Verified, por encima del 54,6 % de GPT-4.1 y del 38,8 % de DeepSeek V3.
        """),
        "Kimi K2 logra",
        "compare Kimi K2 vs [GPT-4.1, DeepSeek V3] on [SWE-bench Verified]",
        "score Kimi K2 on [SWE-bench Verified] = 65.8",
        "score GPT-4.1 on [SWE-bench Verified] = 54.6",
        "score DeepSeek V3 on [SWE-bench Verified] = 38.8");
  }

  @Test
  void scoresAgainstScoresFollowTheOrderOfTheNames() {
    assertClaims(claims("en", """
        Gemini 2.5 Pro is here

        It also trails o3 on AIME 2025, 75.5 against 88.9.
        """),
        "It also trails",
        "compare Gemini 2.5 Pro vs [o3] on [AIME 2025] NOT",
        "score Gemini 2.5 Pro on [AIME 2025] = 75.5",
        "score o3 on [AIME 2025] = 88.9");
    assertClaims(claims("en", """
        Gemini 2.5 Pro is here

        Gemma 3 27B beats it on MMLU-Pro in my runs, 67.5 to 63.9.
        """),
        "Gemma 3 27B beats",
        "compare Gemma 3 27B vs [Gemini 2.5 Pro] on [MMLU-Pro]",
        "score Gemma 3 27B on [MMLU-Pro] = 67.5",
        "score Gemini 2.5 Pro on [MMLU-Pro] = 63.9");
    assertClaims(claims("fr", """
        Kimi K2 est là

        Sur LiveCodeBench, il devancerait DeepSeek-V3 et GPT-4.1, avec 53,7 % contre 46,9 % et 44,7 %.
        """),
        "Sur LiveCodeBench",
        "compare Kimi K2 vs [DeepSeek-V3, GPT-4.1] on [LiveCodeBench]",
        "score Kimi K2 on [LiveCodeBench] = 53.7",
        "score DeepSeek-V3 on [LiveCodeBench] = 46.9",
        "score GPT-4.1 on [LiveCodeBench] = 44.7");
    assertClaims(claims("fr", """
        Mistral Medium 3 est là

        Il obtient 92,1 % sur HumanEval et 47,6 % sur LiveCodeBench, contre 85,4 % et 38,2 % pour GPT-4o.
        """),
        "Il obtient",
        "score Mistral Medium 3 on [HumanEval] = 92.1",
        "score Mistral Medium 3 on [LiveCodeBench] = 47.6",
        "score GPT-4o on [HumanEval] = 85.4",
        "score GPT-4o on [LiveCodeBench] = 38.2");
  }

  @Test
  void numbersListedWithBenchmarksTakeThemInOrder() {
    assertClaims(claims("en", """
        Gemini 2.5 Pro is here

        It leads on GPQA Diamond and LiveCodeBench, ahead of Qwen3-235B-A22B at 71.1 and 65.9 respectively.
        """),
        "It leads",
        "compare Gemini 2.5 Pro vs [Qwen3-235B-A22B] on [GPQA Diamond, LiveCodeBench]",
        "rank Gemini 2.5 Pro on [GPQA Diamond, LiveCodeBench]",
        "score Qwen3-235B-A22B on [GPQA Diamond] = 71.1",
        "score Qwen3-235B-A22B on [LiveCodeBench] = 65.9");
    assertClaims(claims("en", """
        Llama 4 Maverick review

        On MMLU-Pro it scores 80.5, on GPQA Diamond 69.8 and on LiveCodeBench 43.4.
        """),
        "On MMLU-Pro",
        "score Llama 4 Maverick on [MMLU-Pro] = 80.5",
        "score Llama 4 Maverick on [GPQA Diamond] = 69.8",
        "score Llama 4 Maverick on [LiveCodeBench] = 43.4");
  }

  @Test
  void spanishListsWithRepeatedPrepositionsAndAScoreAfterQuedaEn() {
    assertClaims(claims("es", """
        Qwen3 llega

        En MMLU-Pro, Qwen3-235B-A22B se queda en un 68,2 %, por detrás de DeepSeek V3 y de GPT-4o.
        """),
        "En MMLU-Pro",
        "compare Qwen3-235B-A22B vs [DeepSeek V3, GPT-4o] on [MMLU-Pro] NOT",
        "score Qwen3-235B-A22B on [MMLU-Pro] = 68.2");
    assertClaims(claims("es", """
        Kimi K2 llega

        Eso sí, en AIME 2025 no le llega a DeepSeek R1 ni a o3.
        """),
        "Eso sí",
        "parity Kimi K2 vs [DeepSeek R1, o3] on [AIME 2025] NOT");
  }

  @Test
  void aSpanishCompetitorListRepeatsThePersonalA() {
    // Spanish repeats the "a" before each coordinated object: "supera a X y a Y".
    assertClaims(claims("es", """
        Qwen3 llega

        En HumanEval, Qwen3-235B-A22B supera a DeepSeek V3 y a GPT-4o.
        """),
        "En HumanEval",
        "compare Qwen3-235B-A22B vs [DeepSeek V3, GPT-4o] on [HumanEval]");
  }

  @Test
  void aSpanishFallToAPlaceBehindOthersIsOneRank() {
    assertClaims(claims("es", """
        Qwen3 llega

        En LMArena, Qwen3-235B-A22B cayó hasta el puesto 12, por detrás de DeepSeek V3 y GPT-4o.
        """),
        "En LMArena",
        "rank Qwen3-235B-A22B vs [DeepSeek V3, GPT-4o] on [LMArena]");
  }

  @Test
  void anOwnerAfterTheNumberMayHaveOneQualifyingWord() {
    assertClaims(claims("en", """
        Grok 4 review

        Grok 4 scores 15.9% on ARC-AGI-2, against 8.6 percent for the previous Grok 3.
        """),
        "Grok 4 scores",
        "score Grok 4 on [ARC-AGI-2] = 15.9",
        "score Grok 3 on [ARC-AGI-2] = 8.6");
  }

  @Test
  void aMarginIsNoScoreAndTheNextListItemKeepsItsBenchmark() {
    assertClaims(claims("en", """
        GPT-4.1 launches

        The model also posts 38.3% on MultiChallenge, 10.5 points above GPT-4o, and 87.4% on IFEval.
        """),
        "The model also posts",
        "compare GPT-4.1 vs [GPT-4o] on [MultiChallenge]",
        "score GPT-4.1 on [MultiChallenge] = 38.3",
        "score GPT-4.1 on [IFEval] = 87.4");
  }

  @Test
  void namedExamplesOfAGroupAndQualifiedListItemsAreCompetitors() {
    assertClaims(claims("en", """
        Larkspur-14B card

        On Arena-Hard it trails larger open models such as Qwen3-32B.
        """),
        "On Arena-Hard",
        "compare Larkspur-14B vs [Qwen3-32B] on [Arena-Hard] NOT");
    assertClaims(claims("en", """
        Phi-4 card

        On LiveCodeBench it scores 53.1, which trails o3-mini and the full DeepSeek-R1.
        """),
        "On LiveCodeBench",
        "compare Phi-4 vs [o3-mini, DeepSeek-R1] on [LiveCodeBench] NOT",
        "score Phi-4 on [LiveCodeBench] = 53.1");
  }

  @Test
  void aResultsLineThatSaysMoreIsAllAboutTheArticlesModel() {
    assertClaims(claims("fr", """
        Kimi K2 en bref

        SWE-bench Verified : 65,8 %, devant GPT-4.1 (54,6 %) mais derrière Claude Opus 4 (72,5 %)

        AIME 2025 : 49,5 %, loin derrière o3
        """),
        "SWE-bench Verified",
        "compare Kimi K2 vs [GPT-4.1] on [SWE-bench Verified]",
        "compare Kimi K2 vs [Claude Opus 4] on [SWE-bench Verified] NOT",
        "score Kimi K2 on [SWE-bench Verified] = 65.8",
        "score GPT-4.1 on [SWE-bench Verified] = 54.6",
        "score Claude Opus 4 on [SWE-bench Verified] = 72.5");
    assertClaims(claims("en", """
        Kimi K2 card

        AIME 2025: 49.5%, far behind o3.
        """),
        "AIME 2025",
        "compare Kimi K2 vs [o3] on [AIME 2025] NOT",
        "score Kimi K2 on [AIME 2025] = 49.5");
  }

  @Test
  void numbersRightAfterTheirBenchmarkAreScores() {
    List<Claim> thread = claims("en", """
        Llama 4 Maverick thread

        My numbers, temp 0, 5 seeds: MMLU-Pro 79.6, GPQA Diamond 67.1, LiveCodeBench 41.2. Meta reports 80.5, 69.8 and 43.4 on the same three.
        """);
    assertClaims(thread, "My numbers",
        "score Llama 4 Maverick on [MMLU-Pro] = 79.6",
        "score Llama 4 Maverick on [GPQA Diamond] = 67.1",
        "score Llama 4 Maverick on [LiveCodeBench] = 41.2");
    assertClaims(thread, "Meta reports",
        "score Llama 4 Maverick on [MMLU-Pro] = 80.5",
        "score Llama 4 Maverick on [GPQA Diamond] = 69.8",
        "score Llama 4 Maverick on [LiveCodeBench] = 43.4");
    assertClaims(claims("en", """
        Open models roundup

        DeepSeek-R1 leads GPQA Diamond (81.0) and LiveCodeBench (73.3) among open models.
        """),
        "DeepSeek-R1 leads",
        "rank DeepSeek-R1 on [GPQA Diamond, LiveCodeBench]",
        "score DeepSeek-R1 on [GPQA Diamond] = 81.0",
        "score DeepSeek-R1 on [LiveCodeBench] = 73.3");
    assertClaims(claims("en", """
        Qwen2.5-Max notes

        Qwen2.5-Max was run on MMLU 5-shot and on LiveBench 2024 with 3 seeds.
        """),
        "Qwen2.5-Max was run");
  }

  @Test
  void numbersRespectivelyGoToTheSubjectAndItsCompetitors() {
    assertClaims(claims("en", """
        Gemini 2.5 Pro notes

        On MMLU-Pro, Gemini 2.5 Pro is neck and neck with Claude Opus 4, at 86.2 and 85.9 percent respectively.
        """),
        "On MMLU-Pro",
        "parity Gemini 2.5 Pro vs [Claude Opus 4] on [MMLU-Pro]",
        "score Gemini 2.5 Pro on [MMLU-Pro] = 86.2",
        "score Claude Opus 4 on [MMLU-Pro] = 85.9");
  }

  @Test
  void aTitleCaseHeadlineVerbEndsTheOrganisationAndStartsTheModelsName() {
    List<Claim> claims = claims("en", """
        Halden AI Releases Halden-3, an Open-Weights Model That Outperforms Llama 4 Maverick

        The model also reaches 91.4 on MATH-500.
        """);
    assertClaims(claims, "The model also", "score Halden-3 on [MATH-500] = 91.4");
    assertClaims(claims, "Halden AI Releases", "compare Halden-3 vs [Llama 4 Maverick]");
  }

  @Test
  void aModelThatOwnsTheNumberBeforeDoesNotOwnTheNextInTheList() {
    assertClaims(claims("en", """
        DeepSeek-V3.1 launches

        DeepSeek said the model scored 66% on SWE-bench Verified, compared with 45.4% for the previous DeepSeek-V3-0324 release, and 29.8% on Humanity's Last Exam.
        """),
        "DeepSeek said",
        "score DeepSeek-V3.1 on [SWE-bench Verified] = 66.0",
        "score DeepSeek-V3-0324 on [SWE-bench Verified] = 45.4",
        "score DeepSeek-V3.1 on [Humanity's Last Exam] = 29.8");
  }

  @Test
  void aNumberWithTheComparisonsBenchmarkIsTheSubjects() {
    assertClaims(claims("fr", """
        Mistral Medium 3 est là

        Ailleurs, le nouveau venu fait jeu égal avec Claude 3.7 Sonnet sur MMLU-Pro (77,2 %), mais reste derrière DeepSeek V3 sur GPQA Diamond.
        """),
        "Ailleurs",
        "parity Mistral Medium 3 vs [Claude 3.7 Sonnet] on [MMLU-Pro]",
        "compare Mistral Medium 3 vs [DeepSeek V3] on [GPQA Diamond] NOT",
        "score Mistral Medium 3 on [MMLU-Pro] = 77.2");
  }

  @Test
  void aClauseWhoseSubjectIsAnOrganisationKeepsItsBenchmarks() {
    assertClaims(claims("en", """
        Gemini 2.5 Pro digest

        The model also leads WebDev Arena, and the company claims 21.6% on Humanity's Last Exam.
        """),
        "The model also leads",
        "rank Gemini 2.5 Pro on [WebDev Arena]",
        "score Gemini 2.5 Pro on [Humanity's Last Exam] = 21.6");
  }

  @Test
  void twoPhrasesComparingTheSameWayAreOneComparisonAndACompetitorsScoreNeedsNoPhrase() {
    assertClaims(claims("es", """
        Llama 4 Maverick

        En Aider Polyglot, Llama 4 Maverick obtiene un 15,6 %, muy lejos del 72,9 % de Gemini 2.5 Pro y por debajo incluso de Qwen2.5-Coder-32B.
        """),
        "En Aider Polyglot",
        "compare Llama 4 Maverick vs [Gemini 2.5 Pro, Qwen2.5-Coder-32B] on [Aider Polyglot] NOT",
        "score Llama 4 Maverick on [Aider Polyglot] = 15.6",
        "score Gemini 2.5 Pro on [Aider Polyglot] = 72.9");
    assertClaims(claims("es", """
        Qwen3 en cifras

        AIME 2024: 85,7 %, frente al 79,8 % de DeepSeek-R1 y el 74,3 % de o1.
        """),
        "AIME 2024",
        "score Qwen3 on [AIME 2024] = 85.7",
        "score DeepSeek-R1 on [AIME 2024] = 79.8",
        "score o1 on [AIME 2024] = 74.3");
  }

  // ------------------------------------------------------ verbs joined by a conjunction

  @Test
  void aScoreVerbJoinedToAComparisonSharesItsSubjectAndHasItsOwnBenchmark() {
    assertClaims(claims("en", """
        Qwen2.5-Max launches

        Qwen2.5-Max beats GPT-4o on Arena-Hard and scores 61.2 on LiveBench.
        """),
        "Qwen2.5-Max beats",
        "compare Qwen2.5-Max vs [GPT-4o] on [Arena-Hard]",
        "score Qwen2.5-Max on [LiveBench] = 61.2");
    assertClaims(claims("fr", """
        Qwen2.5-Max est là

        Qwen2.5-Max dépasse GPT-4o sur Arena-Hard et obtient 61,2 sur LiveBench.
        """),
        "Qwen2.5-Max dépasse",
        "compare Qwen2.5-Max vs [GPT-4o] on [Arena-Hard]",
        "score Qwen2.5-Max on [LiveBench] = 61.2");
    assertClaims(claims("de", """
        Qwen2.5-Max ist da

        Qwen2.5-Max schlägt GPT-4o bei Arena-Hard und erreicht 61,2 Punkte bei LiveBench.
        """),
        "Qwen2.5-Max schlägt",
        "compare Qwen2.5-Max vs [GPT-4o] on [Arena-Hard]",
        "score Qwen2.5-Max on [LiveBench] = 61.2");
  }

  @Test
  void aClauseWithItsOwnSubjectOrARelativePronounKeepsTheCompetitor() {
    assertClaims(claims("en", """
        Qwen2.5-Max launches

        Qwen2.5-Max beats GPT-4o on Arena-Hard, and GPT-4o scores 61.2 on LiveBench.
        """),
        "Qwen2.5-Max beats",
        "compare Qwen2.5-Max vs [GPT-4o] on [Arena-Hard]",
        "score GPT-4o on [LiveBench] = 61.2");
    assertClaims(claims("en", """
        Qwen2.5-Max launches

        Qwen2.5-Max beats GPT-4o, which scores 61.2 on LiveBench.
        """),
        "Qwen2.5-Max beats",
        "compare Qwen2.5-Max vs [GPT-4o] on [LiveBench]",
        "score GPT-4o on [LiveBench] = 61.2");
  }

  @Test
  void competitorsJoinedByAConjunctionAndThanAreOneList() {
    assertClaims(claims("es", """
        Gemma 3n llega a los móviles

        En mis pruebas va muy bien, mejor que Phi-4-mini y que Llama 3.2 3B.
        """),
        "En mis pruebas",
        "compare Gemma 3n vs [Phi-4-mini, Llama 3.2 3B]");
  }

  @Test
  void anUnknownNameFrontedAfterThePrepositionIsTheSentencesBenchmark() {
    List<Claim> en = claims("en", """
        Grok 4 review

        Grok 4 scores 25.4% on Humanity's Last Exam. On ZebraLogic-3, Grok 4 scored 15.9%.
        """);
    assertEquals("score Grok 4 on [ZebraLogic-3] = 15.9",
        describe(only(en, "On ZebraLogic-3", ClaimKind.SCORE)));
    List<Claim> fr = claims("fr", """
        Grok 4 en chiffres

        Grok 4 obtient 25,4 % sur Humanity's Last Exam. Sur ZebraLogic-3, Grok 4 atteint 15,9 %.
        """);
    assertEquals("score Grok 4 on [ZebraLogic-3] = 15.9",
        describe(only(fr, "Sur ZebraLogic-3", ClaimKind.SCORE)));
  }

  @Test
  void aNameJoinedToAWordEndingBenchmarkNamesIsABenchmark() {
    List<Claim> en = claims("en", """
        Grok 4 review

        Grok 4 scores 72.5 percent on Foo-bench and 43.2 percent on Bar-Eval.
        """);
    assertClaims(en, "Grok 4 scores",
        "score Grok 4 on [Foo-bench] = 72.5", "score Grok 4 on [Bar-Eval] = 43.2");
  }

  @Test
  void germanUnknownNameFrontedBeforeTheVerbIsTheBenchmark() {
    List<Claim> de = claims("de", """
        Gemini 2.5 Pro im Test

        Auf ZebraLogic-3 erzielt Gemini 2.5 Pro 70,6 Prozent, auf Foo-bench Retail 73,2 Prozent.
        """);
    assertClaims(de, "Auf ZebraLogic-3", "score Gemini 2.5 Pro on [ZebraLogic-3] = 70.6",
        "score Gemini 2.5 Pro on [Foo-bench Retail] = 73.2");
  }

  @Test
  void aClauseOpeningWithAnUnknownNameIsItsSubjectNotTheOneBefore() {
    List<Claim> en = claims("en", """
        Gemini 2.5 Pro review

        Gemini 2.5 Pro beats o1 on MMLU, bar-20b matches o3-mini.
        """);
    assertClaims(en, "Gemini 2.5 Pro beats", "compare Gemini 2.5 Pro vs [o1] on [MMLU]",
        "parity bar-20b vs [o3-mini] on [MMLU]");
    List<Claim> de = claims("de", """
        Gemini 2.5 Pro im Test

        Gemini 2.5 Pro übertrifft o1 bei MMLU, foo-20b schneidet ähnlich ab wie o3-mini.
        """);
    assertEquals("parity foo-20b vs [o3-mini] on [MMLU]",
        describe(only(de, "Gemini 2.5 Pro übertrifft", ClaimKind.PARITY)));
  }

  @Test
  void aNumberAfterTheCompetitorAndAConjunctionIsTheSubjects() {
    List<Claim> en = claims("en", """
        Gemini 2.0 Flash review

        Gemini 2.0 Flash reaches 87.2 on MMLU, just behind o1, and 69.3% on GPQA Diamond.
        """);
    assertEquals("score Gemini 2.0 Flash on [GPQA Diamond] = 69.3",
        describe(of(en, "Gemini 2.0 Flash reaches", ClaimKind.SCORE).stream()
            .filter(c -> c.value() == 69.3).findFirst().orElseThrow()));
    assertTrue(en.stream().noneMatch(c -> c.subject().text().equals("o1")), describe(en));
  }

  @Test
  void aMakersPossessiveInsideTheListOfCompetitorsKeepsTheList() {
    List<Claim> en = claims("en", """
        Gemini 2.0 Flash review

        Gemini 2.0 Flash is ahead of OpenAI's o1 and Anthropic's Claude 3.5 Sonnet on MMLU.
        """);
    assertEquals("compare Gemini 2.0 Flash vs [o1, Claude 3.5 Sonnet] on [MMLU]",
        describe(only(en, "Gemini 2.0 Flash is ahead", ClaimKind.COMPARE)));
  }

  @Test
  void vendorReportingItsOwnModelsScore() {
    List<Claim> en = claims("en", """
        Gemini 2.0 Flash review

        Google made Gemini 2.0 Flash available to everyone on Wednesday.

        On GPQA Diamond, Google reports 62.1%, slightly behind Claude 3.5 Sonnet's 65.0%.

        On MMLU-Pro, Anthropic reports 78.0%, ahead of Llama 3.1 405B at 73.3%.

        On LiveCodeBench, OpenAI's o1 reaches 63.4%, ahead of Claude 3.5 Sonnet at 38.9%.
        """);
    assertClaims(en, "On GPQA Diamond",
        "score Gemini 2.0 Flash on [GPQA Diamond] = 62.1",
        "score Claude 3.5 Sonnet on [GPQA Diamond] = 65.0",
        "compare Gemini 2.0 Flash vs [Claude 3.5 Sonnet] on [GPQA Diamond] NOT");
    assertTrue(of(en, "On MMLU-Pro", ClaimKind.COMPARE).isEmpty(),
        "another vendor's figure is not the article's model's: " + describe(en));
    assertTrue(of(en, "On LiveCodeBench", ClaimKind.COMPARE).stream()
        .allMatch(c -> c.subject().text().equals("o1")), describe(en));
  }

  @Test
  void scoreRightAfterAYear() {
    assertClaims(claims("de", """
        DeepSeek R1 im Test

        Nach Angaben von DeepSeek kommt R1 bei AIME 2024 auf 79,8 Prozent.
        """),
        "Nach Angaben",
        "score R1 on [AIME 2024] = 79.8");
  }

  @Test
  void aSentenceOpeningWithAReferenceAfterASentenceAboutAnotherModelIsAboutThatModel() {
    // A round-up: the title's first model is no subject of the paragraph about another one.
    assertClaims(claims("en", """
        This week: Grok 4, Kimi K2 and a new Mistral

        Mistral also shipped Devstral Medium. The model reaches 61.6% on SWE-bench Verified.
        """),
        "The model reaches",
        "score Devstral Medium on [SWE-bench Verified] = 61.6");
    // The sentence before names the main subject too, or is about a short form of it: the
    // reference stays the main subject's.
    assertClaims(claims("en", """
        Claude Opus 4 is here

        Opus 4 is what Anthropic calls its best model. It scored 72.5 percent on SWE-bench Verified.

        Claude Opus 4 was tested against GPT-4.1. It scored 72.5 percent on SWE-bench Verified.
        """),
        "It scored",
        "score Claude Opus 4 on [SWE-bench Verified] = 72.5",
        "score Claude Opus 4 on [SWE-bench Verified] = 72.5");
    assertClaims(claims("fr", """
        Les nouveautés de la semaine : Grok 4 et Kimi K2

        Moonshot AI a aussi publié Kimi K2. Le modèle atteint 65,8 % sur SWE-bench Verified.
        """),
        "Le modèle atteint",
        "score Kimi K2 on [SWE-bench Verified] = 65.8");
  }

  @Test
  void aClaimAHopeOrWishGovernsIsNoClaim() {
    String[][] cases = {
        {"en", "GPT-5 preview\n\nOpenAI hopes GPT-5 will take the top spot on LMArena.\n"
            + "\nGPT-5 takes the top spot on LMArena.\n"},
        {"fr", "GPT-5 en approche\n\nOpenAI espère que GPT-5 dépassera GPT-4o sur LMArena.\n"
            + "\nGPT-5 dépasse GPT-4o sur LMArena.\n"},
        {"de", "GPT-5 Vorschau\n\nOpenAI hofft, dass GPT-5 auf LMArena GPT-4o übertrifft.\n"
            + "\nGPT-5 übertrifft GPT-4o auf LMArena.\n"},
        {"es", "GPT-5 se acerca\n\nOpenAI espera que GPT-5 supere a GPT-4o en LMArena.\n"
            + "\nGPT-5 supera a GPT-4o en LMArena.\n"},
    };
    for (String[] c : cases) {
      List<Claim> claims = claims(c[0], c[1]);
      assertTrue(claims.stream().noneMatch(x -> x.sentence().text().startsWith("OpenAI")),
          c[0] + ": " + describe(claims));
      assertEquals(1, claims.stream().filter(x -> x.sentence().text().startsWith("GPT-5")).count(),
          c[0] + ": the plain statement is a claim: " + describe(claims));
    }
  }

  @Test
  void aYearOrDayAfterAMonthIsADateNotAScore() {
    assertClaims(claims("en", """
        Grok 4 launch

        Grok 4 scores 96.7% on HMMT February 2025 and 88.9% on AIME 2025.
        """),
        "Grok 4 scores",
        "score Grok 4 on [HMMT] = 96.7",
        "score Grok 4 on [AIME 2025] = 88.9");
    assertClaims(claims("fr", """
        Grok 4 à l'essai

        Grok 4 obtient 96,7 % sur HMMT février 2025 et 88,9 % sur AIME 2025.
        """),
        "Grok 4 obtient",
        "score Grok 4 on [HMMT] = 96.7",
        "score Grok 4 on [AIME 2025] = 88.9");
    assertClaims(claims("de", """
        Grok 4 im Test

        Grok 4 erreicht 96,7 Prozent bei HMMT Februar 2025 und 88,9 Prozent bei AIME 2025.
        """),
        "Grok 4 erreicht",
        "score Grok 4 on [HMMT] = 96.7",
        "score Grok 4 on [AIME 2025] = 88.9");
    assertClaims(claims("es", """
        Grok 4 a prueba

        Grok 4 obtiene un 96,7 % en HMMT febrero 2025 y un 88,9 % en AIME 2025.
        """),
        "Grok 4 obtiene",
        "score Grok 4 on [HMMT] = 96.7",
        "score Grok 4 on [AIME 2025] = 88.9");
  }

  // ------------------------------------------------------ "the latter", "the former"

  @Test
  void theLatterAndTheFormerPickOneOfTheBenchmarksBefore() {
    List<Claim> en = claims("en", """
        Qwen2.5-72B in numbers

        It scores 86.1 on MMLU and 83.1 on MATH, narrowly ahead of GPT-4o on the latter.

        It scores 86.1 on MMLU and 83.1 on MATH, behind Llama 3.1 405B on the former.

        It scores 86.1 on MMLU and 83.1 on MATH, ahead of Mistral Large 2 on both.
        """);
    assertEquals(List.of("MATH"), texts(only(en, "It scores 86.1 on MMLU and 83.1 on MATH, narrowly",
        ClaimKind.COMPARE).benchmarks()));
    assertEquals(List.of("MMLU"), texts(only(en, "It scores 86.1 on MMLU and 83.1 on MATH, behind",
        ClaimKind.COMPARE).benchmarks()));
    assertEquals(List.of("MMLU", "MATH"), texts(only(en,
        "It scores 86.1 on MMLU and 83.1 on MATH, ahead of", ClaimKind.COMPARE).benchmarks()));

    List<Claim> fr = claims("fr", """
        Qwen2.5-72B en chiffres

        Il obtient 86,1 sur MMLU et 83,1 sur MATH, devant GPT-4o sur ce dernier.
        """);
    assertEquals(List.of("MATH"), texts(only(fr, "Il obtient", ClaimKind.COMPARE).benchmarks()));
    List<Claim> de = claims("de", """
        Qwen2.5-72B in Zahlen

        Es erreicht 86,1 Punkte bei MMLU und 83,1 bei MATH und liegt bei letzterem vor GPT-4o.
        """);
    assertEquals(List.of("MATH"), texts(only(de, "Es erreicht", ClaimKind.COMPARE).benchmarks()));
    List<Claim> es = claims("es", """
        Qwen2.5-72B en cifras

        Logra 86,1 puntos en MMLU y 83,1 en MATH, por delante de GPT-4o en este último.
        """);
    assertEquals(List.of("MATH"), texts(only(es, "Logra", ClaimKind.COMPARE).benchmarks()));
  }

  // ------------------------------------------------------ a claim the writer does not make

  @Test
  void aClaimTheWriterSaysTheyAreNotMakingIsNoClaim() {
    List<Claim> en = claims("en", """
        Mistral Small 3 hands-on

        I'm not saying it is the best small model, but it is fast.

        We don't claim that it beats GPT-4o mini everywhere.

        Mistral Small 3 beats GPT-4o mini on HumanEval, and I'm not joking.

        That's not saying much, but Mistral Small 3 beats GPT-4o mini on MBPP.
        """);
    assertTrue(of(en, "I'm not saying", ClaimKind.SUPERLATIVE).isEmpty(), describe(en));
    assertTrue(of(en, "We don't claim", ClaimKind.COMPARE).isEmpty(), describe(en));
    assertEquals(1, of(en, "Mistral Small 3 beats", ClaimKind.COMPARE).size(), describe(en));
    assertEquals(1, of(en, "That's not saying much", ClaimKind.COMPARE).size(), describe(en));
    List<Claim> fr = claims("fr", """
        Mistral Small 3 à l’essai

        Nous ne prétendons pas qu’il surpasse GPT-4o mini partout.
        """);
    assertTrue(fr.isEmpty(), describe(fr));
    List<Claim> de = claims("de", """
        Mistral Small 3 im Test

        Wir behaupten nicht, dass es GPT-4o mini überall schlägt.
        """);
    assertTrue(de.isEmpty(), describe(de));
    List<Claim> es = claims("es", """
        Mistral Small 3 a prueba

        No decimos que supere a GPT-4o mini en todo.
        """);
    assertTrue(es.isEmpty(), describe(es));
  }

  // ------------------------------------------------------ superlatives of a subject left out

  @Test
  void spanishSuperlativeOfTheSubjectLeftOut() {
    List<Claim> es = claims("es", """
        Mistral Large 2 a examen

        Según Mistral, es el mejor modelo abierto en HumanEval.

        Es, a nuestro juicio, el mejor modelo europeo para redactar contratos.

        En MATH-500 saca 71,5 puntos, el mejor resultado entre los modelos europeos.

        Para programar, el mejor modelo sigue siendo Claude 3.5 Sonnet.

        Según la tabla de Hugging Face, el mejor modelo abierto no aparece en ella.
        """);
    Claim open = only(es, "Según Mistral", ClaimKind.SUPERLATIVE);
    assertEquals("Mistral Large 2", open.subject().text());
    assertEquals(List.of("HumanEval"), texts(open.benchmarks()));
    assertEquals("Mistral Large 2", only(es, "Es, a nuestro juicio", ClaimKind.SUPERLATIVE)
        .subject().text());
    Claim best = only(es, "En MATH-500", ClaimKind.SUPERLATIVE);
    assertEquals("Mistral Large 2", best.subject().text());
    assertEquals(List.of("MATH-500"), texts(best.benchmarks()));
    assertTrue(of(es, "Para programar", ClaimKind.SUPERLATIVE).stream()
        .noneMatch(c -> c.subject().text().equals("Mistral Large 2")), describe(es));
    assertTrue(of(es, "Según la tabla", ClaimKind.SUPERLATIVE).isEmpty(),
        describe(es));
  }

  // ------------------------------------------------------ ranks

  @Test
  void rankHandedToTheModelAfterTheVerb() {
    List<Claim> de = claims("de", """
        LiveBench im Überblick

        An der Spitze von LiveBench steht o3. Auf Platz 3 folgt Gemini 2.5 Pro.
        """);
    Claim third = only(de, "Auf Platz 3", ClaimKind.RANK);
    assertEquals("Gemini 2.5 Pro", third.subject().text());
    assertEquals(List.of("LiveBench"), texts(third.benchmarks()));
    List<Claim> es = claims("es", """
        Claude 3.7 Sonnet a examen

        A día de hoy, el mejor resultado en LiveBench lo tiene o3, con un 81,5 %.

        En LiveBench queda tercero, detrás de o3 y Gemini 2.5 Pro.
        """);
    Claim best = only(es, "A día de hoy", ClaimKind.RANK);
    assertEquals("o3", best.subject().text());
    assertEquals(List.of("LiveBench"), texts(best.benchmarks()));
    Claim behind = only(es, "En LiveBench queda", ClaimKind.RANK);
    assertEquals("Claude 3.7 Sonnet", behind.subject().text());
    assertEquals(List.of("o3", "Gemini 2.5 Pro"), texts(behind.objects()));
    List<Claim> en = claims("en", """
        Claude 3.7 Sonnet review

        The best score on LiveBench goes to o3 for now.

        Second only to o3 on LiveBench, it is still a strong model.

        On LiveBench it takes the top spot from o3.
        """);
    assertEquals("o3", only(en, "The best score", ClaimKind.RANK).subject().text());
    assertTrue(of(en, "On LiveBench it takes", ClaimKind.RANK).stream()
        .allMatch(c -> c.subject().text().equals("Claude 3.7 Sonnet")), describe(en));
    assertTrue(of(en, "Second only", ClaimKind.RANK).stream()
        .noneMatch(c -> c.subject().text().equals("o3")), describe(en));
    List<Claim> fr = claims("fr", """
        Claude 3.7 Sonnet à l’essai

        Le meilleur score sur LiveBench revient à o3 pour l’instant.
        """);
    assertEquals("o3", only(fr, "Le meilleur score", ClaimKind.RANK).subject().text());
  }

  // ------------------------------------------------------ competitor lists

  @Test
  void anUnknownNameEndingTheListOfCompetitorsIsKept() {
    List<Claim> en = claims("en", """
        Mistral Small 3 review

        Mistral Small 3 beats Gemma 2 27B and Meta's Zephyrine on HumanEval.

        Mistral Small 3 beats Gemma 2 27B and The Verge agrees.
        """);
    assertEquals(List.of("Gemma 2 27B", "Zephyrine"),
        texts(only(en, "Mistral Small 3 beats Gemma 2 27B and Meta's", ClaimKind.COMPARE).objects()));
    assertEquals(List.of("Gemma 2 27B"),
        texts(only(en, "Mistral Small 3 beats Gemma 2 27B and The", ClaimKind.COMPARE).objects()));
    List<Claim> fr = claims("fr", """
        Mistral Small 3 à l’essai

        Il fait mieux que Gemma 2 27B et Zephyrine sur la plupart des tests de code.
        """);
    assertEquals(List.of("Gemma 2 27B", "Zephyrine"),
        texts(only(fr, "Il fait mieux", ClaimKind.VAGUE).objects()));
  }

  @Test
  void aRankFollowedByTheModelsAheadIsOneRank() {
    List<Claim> fr = claims("fr", """
        Mistral Medium 3 à l’essai

        Mistral Medium 3 se classait quatrième sur LMArena, juste derrière o3, avec 1390 points.

        Mistral Medium 3 arrive premier sur LiveBench, mais derrière o3 sur Aider.
        """);
    Claim fourth = only(fr, "Mistral Medium 3 se classait", ClaimKind.RANK);
    assertEquals(List.of("o3"), texts(fourth.objects()));
    assertTrue(of(fr, "Mistral Medium 3 se classait", ClaimKind.COMPARE).isEmpty(), describe(fr));
    Claim behind = only(fr, "Mistral Medium 3 arrive", ClaimKind.COMPARE);
    assertEquals(List.of("Aider"), texts(behind.benchmarks()));
    assertTrue(behind.negated());
    List<Claim> en = claims("en", """
        Mistral Medium 3 review

        Mistral Medium 3 ranks fourth on LMArena, just behind o3.
        """);
    assertEquals(List.of("o3"), texts(only(en, "Mistral Medium 3 ranks", ClaimKind.RANK).objects()));
    assertTrue(of(en, "Mistral Medium 3 ranks", ClaimKind.COMPARE).isEmpty(), describe(en));
  }

  @Test
  void theModelsAheadMayFollowTheRanksOwnQualifiers() {
    List<Claim> en = claims("en", """
        Mistral Medium 3 review

        Mistral Medium 3 ranks third among open-weights models on LiveBench, behind o3 and Grok 3.

        On LMArena, Mistral Medium 3 debuted at No. 3 with an Elo of 1,433, behind o3.

        It hits 81.5 percent on AIME 2025, beating Grok 3 (79.8 percent) and landing at No. 2 on that test, behind only o3.

        On LMArena, Mistral Medium 3 debuted at #1 with a 1481 score before settling at 1463, just below o3.
        """);
    Claim third = only(en, "Mistral Medium 3 ranks", ClaimKind.RANK);
    assertEquals(List.of("o3", "Grok 3"), texts(third.objects()));
    assertTrue(of(en, "Mistral Medium 3 ranks", ClaimKind.COMPARE).isEmpty(), describe(en));
    assertEquals(List.of("o3"), texts(only(en, "On LMArena, Mistral Medium 3 debuted at No.",
        ClaimKind.RANK).objects()));
    Claim second = only(en, "It hits", ClaimKind.RANK);
    assertEquals("Mistral Medium 3", second.subject().text());
    assertEquals(List.of("o3"), texts(second.objects()));
    // First place has nobody ahead of it: the later "below o3" is a comparison of its own.
    assertTrue(only(en, "On LMArena, Mistral Medium 3 debuted at #1", ClaimKind.RANK)
        .objects().isEmpty(), describe(en));
    List<Claim> es = claims("es", """
        Mistral Medium 3 a prueba

        Mistral Medium 3 se situó en el segundo puesto de LMArena, con 1.417 puntos de Elo, solo por detrás de o3.
        """);
    assertEquals(List.of("o3"), texts(only(es, "Mistral Medium 3 se situó", ClaimKind.RANK)
        .objects()));
  }

  @Test
  void superlativesOfAlignmentRatingsGroupsAndFirsts() {
    List<Claim> en = claims("en", """
        Mistral Medium 3 review

        It is our most aligned frontier model yet.

        Mistral Medium 3 is the highest-rated open-weights model on LMArena.

        On LiveBench, Grok 3 remains the strongest of the four.

        Mistral Medium 3 is the first small open model to crack 80% on LiveBench.

        It is our most affordable model yet.
        """);
    assertEquals("Mistral Medium 3", only(en, "It is our most aligned", ClaimKind.SUPERLATIVE)
        .subject().text());
    assertEquals(List.of("LMArena"), texts(only(en, "Mistral Medium 3 is the highest",
        ClaimKind.SUPERLATIVE).benchmarks()));
    assertEquals("Grok 3", only(en, "On LiveBench, Grok 3", ClaimKind.SUPERLATIVE)
        .subject().text());
    assertEquals(List.of("LiveBench"), texts(only(en, "Mistral Medium 3 is the first",
        ClaimKind.SUPERLATIVE).benchmarks()));
    assertTrue(of(en, "It is our most affordable", ClaimKind.SUPERLATIVE).isEmpty(), describe(en));
    List<Claim> es = claims("es", """
        Mistral Medium 3 a prueba

        En la clasificación de LMArena se sitúa como el mejor modelo de pesos abiertos.
        """);
    assertEquals("Mistral Medium 3", only(es, "En la clasificación", ClaimKind.SUPERLATIVE)
        .subject().text());
    List<Claim> fr = claims("fr", """
        Mistral Medium 3 à l’essai

        En open source, c’est clairement ce qui se fait de mieux pour le code.
        """);
    assertEquals("Mistral Medium 3", only(fr, "En open source", ClaimKind.SUPERLATIVE)
        .subject().text());
  }

  @Test
  void vagueInTheCategoriesOfANamedBenchmarkKeepsIt() {
    List<Claim> es = claims("es", """
        Mistral Medium 3 a prueba

        En LiveBench, el modelo queda por detrás de o3 en prácticamente todas las categorías.

        El modelo queda por detrás de o3 en prácticamente todas las pruebas.
        """);
    Claim parts = only(es, "En LiveBench", ClaimKind.VAGUE);
    assertEquals(List.of("LiveBench"), texts(parts.benchmarks()));
    assertTrue(parts.negated());
    assertTrue(of(es, "En LiveBench", ClaimKind.COMPARE).isEmpty(), describe(es));
    assertTrue(only(es, "El modelo queda", ClaimKind.VAGUE).benchmarks().isEmpty());
    List<Claim> de = claims("de", """
        Mistral Medium 3 im Test

        Laut Epoch AI liegt Mistral Medium 3 in fast allen Reasoning-Benchmarks hinter o3.
        """);
    assertTrue(only(de, "Laut Epoch AI", ClaimKind.VAGUE).negated());
  }

  @Test
  void beingWithinNoiseOrNowhereNearIsParity() {
    List<Claim> en = claims("en", """
        Mistral Medium 3 review

        Mistral Medium 3 is within noise of o3 on LiveBench.

        Mistral Medium 3 doesn't come close to o3 on LiveBench.

        It's nowhere near Grok 3 on LiveBench.
        """);
    Claim noise = only(en, "Mistral Medium 3 is within", ClaimKind.PARITY);
    assertEquals(List.of("o3"), texts(noise.objects()));
    assertTrue(!noise.negated());
    assertTrue(only(en, "Mistral Medium 3 doesn't", ClaimKind.PARITY).negated());
    assertTrue(of(en, "Mistral Medium 3 doesn't", ClaimKind.COMPARE).isEmpty(), describe(en));
    Claim near = only(en, "It's nowhere", ClaimKind.PARITY);
    assertEquals("Mistral Medium 3", near.subject().text());
    assertTrue(near.negated());
    List<Claim> de = claims("de", """
        Mistral Medium 3 im Test

        Mit 71,2 Prozent auf LiveBench zieht das Modell zudem mit dem deutlich größeren Grok 3 gleich.
        """);
    Claim level = only(de, "Mit 71,2", ClaimKind.PARITY);
    assertEquals("Mistral Medium 3", level.subject().text());
    assertEquals(List.of("Grok 3"), texts(level.objects()));
  }

  @Test
  void aRankDescribedAtLengthOrNamedAfterTheModelsAheadIsOneRank() {
    List<Claim> fr = claims("fr", """
        Mistral Small 3.1 à l’essai

        Sur HumanEval, Mistral Small 3.1 se classe deuxième des modèles ouverts de moins de 70 milliards de paramètres, juste derrière Qwen2.5-Coder-32B.
        """);
    Claim second = only(fr, "Sur HumanEval", ClaimKind.RANK);
    assertEquals(List.of("Qwen2.5-Coder-32B"), texts(second.objects()));
    assertTrue(of(fr, "Sur HumanEval", ClaimKind.COMPARE).isEmpty(), describe(fr));
    List<Claim> de = claims("de", """
        Llama 4 Maverick im Test

        Auf MMLU-Pro landet Llama 4 Maverick damit hinter DeepSeek V3 auf dem zweiten Rang.
        """);
    Claim rank = only(de, "Auf MMLU-Pro", ClaimKind.RANK);
    assertEquals(List.of("DeepSeek V3"), texts(rank.objects()));
    assertEquals(List.of("MMLU-Pro"), texts(rank.benchmarks()));
    assertTrue(of(de, "Auf MMLU-Pro", ClaimKind.COMPARE).isEmpty(), describe(de));
  }

  @Test
  void theModelsAheadMayCarryTheirOwnScoresInParentheses() {
    List<Claim> de = claims("de", """
        Foo-2 im Test

        Auf LiveBench landet Foo-2 mit 72,0 Prozent hinter o3 (79,6 Prozent) und Gemini 2.5 Pro (76,9 Prozent) auf dem dritten Platz.
        """);
    Claim rank = only(de, "Auf LiveBench", ClaimKind.RANK);
    assertEquals(List.of("o3", "Gemini 2.5 Pro"), texts(rank.objects()));
    assertEquals(List.of("LiveBench"), texts(rank.benchmarks()));
    assertTrue(of(de, "Auf LiveBench", ClaimKind.COMPARE).isEmpty(), describe(de));
  }

  @Test
  void aPlaceThereBehindOthersIsOneRank() {
    List<Claim> en = claims("en", """
        Foo-2 update

        On the WebDev Arena board Foo-2 was first for a week. Today it's third there, behind Claude Opus 4.1 and GPT-5.

        Foo-2 sits at 1,402 on LMArena, ninth overall.
        """);
    Claim third = only(en, "Today it's third", ClaimKind.RANK);
    assertEquals(List.of("Claude Opus 4.1", "GPT-5"), texts(third.objects()));
    assertTrue(of(en, "Today it's third", ClaimKind.COMPARE).isEmpty(), describe(en));
    assertEquals(List.of("LMArena"), texts(only(en, "Foo-2 sits at", ClaimKind.RANK).benchmarks()));
  }

  @Test
  void aPreferenceInTheRatersVerdictIsAComparisonAndTableBelowIsNone() {
    List<Claim> en = claims("en", """
        Foo-2 release notes

        In expert evaluations, Foo-2 was preferred over o3 on coding prompts.

        Outperforms Qwen3-32B on 9 of 12 benchmarks in our evaluation suite (full table below).
        """);
    assertEquals(List.of("o3"), texts(only(en, "In expert evaluations", ClaimKind.COMPARE).objects()));
    Claim vague = only(en, "Outperforms", ClaimKind.VAGUE);
    assertEquals(List.of("Qwen3-32B"), texts(vague.objects()));
    assertTrue(!vague.negated(), describe(en));
  }

  @Test
  void aBenchmarkOpeningTheNextClauseIsThatClausesOwn() {
    List<Claim> en = claims("en", """
        Phi-4 review

        Phi-4 trails o3-mini on LiveCodeBench by about six points, and on HumanEval it comes in second, behind only o3-mini.
        """);
    assertEquals(List.of("LiveCodeBench"),
        texts(only(en, "Phi-4 trails", ClaimKind.COMPARE).benchmarks()));
    Claim second = only(en, "Phi-4 trails", ClaimKind.RANK);
    assertEquals(List.of("HumanEval"), texts(second.benchmarks()));
    assertEquals(List.of("o3-mini"), texts(second.objects()));
  }

  @Test
  void theNewcomerIsTheArticlesSubject() {
    List<Claim> fr = claims("fr", """
        Mistral Medium 3 à l’essai

        Ailleurs, le nouveau venu fait jeu égal avec Claude 3.7 Sonnet sur MMLU-Pro, mais reste derrière DeepSeek V3 sur GPQA Diamond.
        """);
    assertEquals("Mistral Medium 3", only(fr, "Ailleurs", ClaimKind.PARITY).subject().text());
    Claim behind = only(fr, "Ailleurs", ClaimKind.COMPARE);
    assertEquals("Mistral Medium 3", behind.subject().text());
    assertEquals(List.of("DeepSeek V3"), texts(behind.objects()));
    List<Claim> en = claims("en", """
        Mistral Medium 3 review

        On MMLU-Pro the newcomer beats Claude 3.7 Sonnet.
        """);
    assertEquals("Mistral Medium 3", only(en, "On MMLU-Pro", ClaimKind.COMPARE).subject().text());
  }

  @Test
  void aComparisonOnALineOfResultsIsTheArticlesModels() {
    List<Claim> fr = claims("fr", """
        Kimi K2 à l’essai

        SWE-bench Verified : 65,8 %, devant GPT-4.1 (54,6 %) mais derrière Claude Opus 4 (72,5 %)
        """);
    List<Claim> compares = of(fr, "SWE-bench Verified", ClaimKind.COMPARE);
    assertEquals(2, compares.size(), describe(fr));
    assertTrue(compares.stream().allMatch(c -> c.subject().text().equals("Kimi K2")), describe(fr));
    List<Claim> en = claims("en", """
        Kimi K2 review

        Aider polyglot: 60.0%, narrowly beating DeepSeek-V3-0324 (55.1%).

        GPT-4.1: 54.6%, behind Claude Opus 4.
        """);
    assertEquals("Kimi K2", only(en, "Aider polyglot", ClaimKind.COMPARE).subject().text());
    assertTrue(of(en, "GPT-4.1", ClaimKind.COMPARE).stream()
        .noneMatch(c -> c.subject().text().equals("Kimi K2")), describe(en));
  }

  @Test
  void aFirstPlaceHasNobodyAheadOfIt() {
    List<Claim> en = claims("en", """
        GPT-4.5 review

        On LMArena, GPT-4.5 debuted at #1 in the text category with a 1411 score before settling at 1398, just below o3.
        """);
    assertTrue(only(en, "On LMArena", ClaimKind.RANK).objects().isEmpty(), describe(en));
    Claim below = only(en, "On LMArena", ClaimKind.COMPARE);
    assertEquals(List.of("o3"), texts(below.objects()));
    assertTrue(below.negated());
  }

  // ------------------------------------------------------ vague comparisons

  @Test
  void unnamedCompetitorsOnANamedBenchmarkAreVagueOnIt() {
    List<Claim> es = claims("es", """
        Mistral Large 2 a examen

        En LiveCodeBench, Mistral Large 2 queda por delante de sus competidores directos.
        """);
    Claim ahead = only(es, "En LiveCodeBench", ClaimKind.VAGUE);
    assertTrue(ahead.objects().isEmpty());
    assertEquals(List.of("LiveCodeBench"), texts(ahead.benchmarks()));
    assertTrue(es.stream().noneMatch(c -> c.kind() == ClaimKind.COMPARE));
  }

  @Test
  void vagueComparisonsWithCompetitorsBeforeTheVerbOrNoneNamed() {
    List<Claim> de = claims("de", """
        Mistral Large 2 im Test

        Gegenüber Llama 3.1 405B und GPT-4o liegt das Modell in vielen Tests knapp vorn.
        """);
    Claim ahead = only(de, "Gegenüber", ClaimKind.VAGUE);
    assertEquals("Mistral Large 2", ahead.subject().text());
    assertEquals(List.of("Llama 3.1 405B", "GPT-4o"), texts(ahead.objects()));
    List<Claim> en = claims("en", """
        Mistral Large 2 review

        Stronger across the board, at least in Mistral's own charts.

        Against Llama 3.1 405B, it falls behind on most benchmarks.
        """);
    Claim stronger = only(en, "Stronger", ClaimKind.VAGUE);
    assertEquals("Mistral Large 2", stronger.subject().text());
    assertTrue(stronger.objects().isEmpty());
    Claim behind = only(en, "Against", ClaimKind.VAGUE);
    assertEquals(List.of("Llama 3.1 405B"), texts(behind.objects()));
    assertTrue(behind.negated());
    List<Claim> es = claims("es", """
        Mistral Large 2 a examen

        Frente a Llama 3.1 405B, es superior en la mayoría de las pruebas.
        """);
    assertEquals(List.of("Llama 3.1 405B"), texts(only(es, "Frente a", ClaimKind.VAGUE).objects()));
    List<Claim> fr = claims("fr", """
        Mistral Large 2 à l’essai

        Face à Llama 3.1 405B, il est meilleur sur la plupart des tests.
        """);
    assertEquals(List.of("Llama 3.1 405B"), texts(only(fr, "Face à", ClaimKind.VAGUE).objects()));
  }

  // ------------------------------------------------------ the article's subject as competitor

  @Test
  void aReferenceAfterTheVerbIsTheArticlesSubjectAsCompetitor() {
    List<Claim> de = claims("de", """
        Mistral Large 2 im Test

        Bei LiveBench hängt o3 das Modell deutlich ab.

        An o3 kommt es bei LiveBench nicht heran.
        """);
    Claim ahead = only(de, "Bei LiveBench hängt", ClaimKind.COMPARE);
    assertEquals("o3", ahead.subject().text());
    assertEquals(List.of("Mistral Large 2"), texts(ahead.objects()));
    assertEquals(List.of("LiveBench"), texts(ahead.benchmarks()));
    Claim short_ = only(de, "An o3", ClaimKind.PARITY);
    assertEquals("Mistral Large 2", short_.subject().text());
    assertEquals(List.of("o3"), texts(short_.objects()));
    assertTrue(short_.negated());
    List<Claim> en = claims("en", """
        Mistral Large 2 review

        On LiveBench, o3 beats the new model by a wide margin.
        """);
    Claim beats = only(en, "On LiveBench", ClaimKind.COMPARE);
    assertEquals("o3", beats.subject().text());
    assertEquals(List.of("Mistral Large 2"), texts(beats.objects()));
  }

  @Test
  void aSentenceScoredOnAnUnknownTestBorrowsNoBenchmarks() {
    List<Claim> en = claims("en", """
        Mistral Large 2 review

        It scores 84.0 on MMLU and 92.1 on HumanEval. It also scores 31.5 on Kaleidoscope Bench, which Mistral calls state of the art.

        It scores 84.0 on MMLU. It is the best open model, Mistral says.
        """);
    Claim unknown = only(en, "It also scores", ClaimKind.SUPERLATIVE);
    assertEquals(List.of("Kaleidoscope Bench"), texts(unknown.benchmarks()), describe(unknown));
    Claim borrowed = only(en, "It is the best open model", ClaimKind.SUPERLATIVE);
    assertEquals(List.of("MMLU"), texts(borrowed.benchmarks()));
  }

  @Test
  void aBenchmarkFrontedAfterACommaOpensTheNextClause() {
    List<Claim> de = claims("de", """
        Mistral Large 2 im Test

        Gegenüber Llama 3.1 405B liegt Mistral Large 2 in den meisten Tests vorn, bei MATH hängt o3 das Modell aber ab.
        """);
    Claim most = only(de, "Gegenüber", ClaimKind.VAGUE);
    assertEquals("Mistral Large 2", most.subject().text());
    assertEquals(List.of("Llama 3.1 405B"), texts(most.objects()));
    Claim math = only(de, "Gegenüber", ClaimKind.COMPARE);
    assertEquals("o3", math.subject().text());
    assertEquals(List.of("Mistral Large 2"), texts(math.objects()));
    assertEquals(List.of("MATH"), texts(math.benchmarks()));
  }

  @Test
  void theModelRightBeforeTheVerbIsNotPartOfTheAgainstList() {
    List<Claim> fr = claims("fr", """
        Mistral Large 2 à l’essai

        Face à Llama 3.1 405B, Mistral Large 2 reste derrière sur MMLU-Pro.

        Contre GPT-4o, il fait mieux sur la plupart des tests.
        """);
    Claim behind = only(fr, "Face à", ClaimKind.COMPARE);
    assertEquals("Mistral Large 2", behind.subject().text());
    assertEquals(List.of("Llama 3.1 405B"), texts(behind.objects()));
    assertTrue(behind.negated());
    assertEquals(List.of("GPT-4o"), texts(only(fr, "Contre GPT-4o", ClaimKind.VAGUE).objects()));
    List<Claim> en = claims("en", """
        Mistral Large 2 review

        It scores 84.0 on MMLU. Compared with GPT-4o, it is stronger across the board.
        """);
    List<Claim> compared = en.stream()
        .filter(c -> c.sentence().text().startsWith("Compared with")).toList();
    assertEquals(1, compared.size(), describe(en));
    assertEquals(ClaimKind.VAGUE, compared.get(0).kind());
    assertEquals(List.of("GPT-4o"), texts(compared.get(0).objects()));
  }

  @Test
  void germanSubjectAfterTheVerbWithCompetitorsNamedBefore() {
    List<Claim> de = claims("de", """
        Mistral Large 2 im Test

        Im Vergleich zu Llama 3.1 405B schneidet Mistral Large 2 bei HumanEval etwas besser ab.
        """);
    Claim better = only(de, "Im Vergleich", ClaimKind.COMPARE);
    assertEquals("Mistral Large 2", better.subject().text());
    assertEquals(List.of("Llama 3.1 405B"), texts(better.objects()));
    assertEquals(List.of("HumanEval"), texts(better.benchmarks()));
  }

  // ------------------------------------------------------ questions

  @Test
  void aStatementBeforeASpanishQuestionKeepsItsClaims() {
    List<Claim> es = claims("es", """
        Mistral Large 2 a examen

        Mistral Large 2 supera a Llama 3.1 405B en HumanEval, pero ¿es el mejor modelo abierto?

        ¿Supera Mistral Large 2 a Llama 3.1 405B en HumanEval?

        ¿Es Mistral Large 2 el mejor modelo abierto en HumanEval?
        """);
    assertClaims(es, "Mistral Large 2 supera",
        "compare Mistral Large 2 vs [Llama 3.1 405B] on [HumanEval]");
    assertClaims(es, "¿Supera");
    assertClaims(es, "¿Es");
  }

  @Test
  void germanCompetitorInThePhraseOpeningTheClause() {
    List<Claim> de = claims("de", """
        Mistral Large 2 im Test

        Mit Llama 3.1 405B kann Mistral Large 2 bei HumanEval mithalten.

        Mistral Large 2 kann bei HumanEval mit Llama 3.1 405B mithalten.

        Laut Mistral übertrifft Mistral Large 2 Llama 3.1 405B bei HumanEval.
        """);
    assertClaims(de, "Mit Llama",
        "parity Mistral Large 2 vs [Llama 3.1 405B] on [HumanEval]");
    assertClaims(de, "Mistral Large 2 kann",
        "parity Mistral Large 2 vs [Llama 3.1 405B] on [HumanEval]");
    assertClaims(de, "Laut Mistral",
        "compare Mistral Large 2 vs [Llama 3.1 405B] on [HumanEval]");
  }

  @Test
  void modelsNamedTogetherAreLevelWithEachOther() {
    assertClaims(claims("en", """
        Mistral Large 2 tested

        Mistral Large 2 and Llama 3.1 405B are tied on HumanEval.

        Mistral Large 2 is tied on HumanEval.
        """),
        "Mistral Large 2 and",
        "parity Mistral Large 2 vs [Llama 3.1 405B] on [HumanEval]");
    assertClaims(claims("es", """
        Mistral Large 2 a examen

        Mistral Large 2 y Llama 3.1 405B están empatados en HumanEval.
        """),
        "Mistral Large 2 y",
        "parity Mistral Large 2 vs [Llama 3.1 405B] on [HumanEval]");
    assertClaims(claims("de", """
        Mistral Large 2 im Test

        Mistral Large 2 und Llama 3.1 405B liegen bei HumanEval gleichauf.
        """),
        "Mistral Large 2 und",
        "parity Mistral Large 2 vs [Llama 3.1 405B] on [HumanEval]");
  }

  @Test
  void aRankWithTheModelsAheadIsOneClaim() {
    List<Claim> de = claims("de", """
        Polaris-2 im Test

        In der LMArena liegt Polaris-2 auf Platz 3 hinter Gemini 2.5 Pro und GPT-4o.
        """);
    List<Claim> inSentence = de.stream()
        .filter(c -> c.sentence().text().startsWith("In der LMArena")).toList();
    assertEquals(1, inSentence.size(), inSentence.stream().map(ClauseClaimsTest::describe).toList()
        .toString());
    Claim rank = inSentence.get(0);
    assertEquals(ClaimKind.RANK, rank.kind());
    assertEquals(List.of("Gemini 2.5 Pro", "GPT-4o"), texts(rank.objects()));
  }

  @Test
  void aRankingOnAnAppStoreOrInSalesIsNoBenchmarkClaim_inEveryLanguage() {
    String[][] cases = {
        {"en", "Polaris Chat overtook GPT-4o as the top free app on the App Store.",
            "Polaris-2 beats GPT-4o on GPQA Diamond."},
        {"fr", "Polaris Chat a dépassé GPT-4o en téléchargements sur l'App Store.",
            "Polaris-2 dépasse GPT-4o sur GPQA Diamond."},
        {"de", "Polaris Chat überholte GPT-4o bei den Downloads im App Store.",
            "Polaris-2 übertrifft GPT-4o bei GPQA Diamond."},
        {"es", "Polaris Chat superó a GPT-4o en descargas en la App Store.",
            "Polaris-2 supera a GPT-4o en GPQA Diamond."}};
    for (String[] c : cases) {
      List<Claim> found = claims(c[0], "Polaris-2\n\n" + c[1] + " " + c[2] + "\n");
      assertTrue(found.stream().noneMatch(x -> x.sentence().text().startsWith("Polaris Chat")),
          c[0] + ": " + describe(found));
      assertEquals(1, found.stream()
          .filter(x -> x.sentence().text().startsWith("Polaris-2")).count(), c[0]);
    }
  }

  @Test
  void aBenchmarkThatOpensItsClauseIsTheNumbersAfterAnAside_inEveryLanguage() {
    assertClaims(claims("en", """
        Quill-12B

        On GPQA Diamond, the graduate-level science quiz, it scored 84 per cent; on AIME 2025, \
        a qualifying paper for the US maths olympiad, it notched 86.7 per cent.
        """),
        "On GPQA", "score Quill-12B on [GPQA Diamond] = 84.0",
        "score Quill-12B on [AIME 2025] = 86.7");
    assertClaims(claims("fr", """
        Quill-12B

        Sur GPQA Diamond, un questionnaire scientifique de niveau doctorat, il obtient 84 % ; \
        sur AIME 2025, une épreuve de qualification, il atteint 86,7 %.
        """),
        "Sur GPQA", "score Quill-12B on [GPQA Diamond] = 84.0",
        "score Quill-12B on [AIME 2025] = 86.7");
    assertClaims(claims("es", """
        Quill-12B

        En GPQA Diamond, una prueba de ciencia de posgrado, obtiene un 84 %; en AIME 2025, \
        la olimpiada estadounidense, logra un 86,7 %.
        """),
        "En GPQA", "score Quill-12B on [GPQA Diamond] = 84.0",
        "score Quill-12B on [AIME 2025] = 86.7");
    // A number of another clause, or after another number, is not the fronted benchmark's.
    assertClaims(claims("en", """
        Quill-12B

        On GPQA Diamond, a science quiz, it scored 84 per cent. The API costs 2.5 dollars.
        """),
        "On GPQA", "score Quill-12B on [GPQA Diamond] = 84.0");
  }

  @Test
  void aCompetitorsNumberAfterTheElidedDe_isTheCompetitors() {
    assertClaims(claims("fr", """
        Quill-12B

        Sur AIME 2024, Quill-12B obtient 79,8 %, un cheveu au-dessus des 79,2 % d’o1.
        """),
        "Sur AIME", "compare Quill-12B vs [o1] on [AIME 2024]",
        "score Quill-12B on [AIME 2024] = 79.8", "score o1 on [AIME 2024] = 79.2");
    assertClaims(claims("fr", """
        Quill-12B

        Sur AIME 2024, Quill-12B obtient 79,8 %, loin devant les 70,2 % d'o1.
        """),
        "Sur AIME", "compare Quill-12B vs [o1] on [AIME 2024]",
        "score Quill-12B on [AIME 2024] = 79.8", "score o1 on [AIME 2024] = 70.2");
  }

  @Test
  void aPlaceWithItsScoreThenTheModelsAhead_isOneRankWithThem() {
    assertClaims(claims("es", """
        Quill-12B

        En LMArena, Quill-12B se ubicó en el tercer lugar con 1433 puntos, detrás de \
        Gemini 2.5 Pro y de GPT-4.5.
        """),
        "En LMArena", "rank Quill-12B vs [Gemini 2.5 Pro, GPT-4.5] on [LMArena]",
        "score Quill-12B on [LMArena] = 1433.0");
    assertClaims(claims("en", """
        Quill-12B

        On LMArena, Quill-12B placed third with 1,433 points, behind Gemini 2.5 Pro and GPT-4.5.
        """),
        "On LMArena", "rank Quill-12B vs [Gemini 2.5 Pro, GPT-4.5] on [LMArena]",
        "score Quill-12B on [LMArena] = 1433.0");
  }

  @Test
  void aFocusWordAfterTheListWordGoesOnWithTheList_inEveryLanguage() {
    assertClaims(claims("en", """
        Quill-12B

        On LMArena, Quill-12B sits in 32nd place, below DeepSeek-V3, Claude 3.5 Sonnet and even \
        GPT-4o from last May.
        """),
        "On LMArena", "rank Quill-12B vs [DeepSeek-V3, Claude 3.5 Sonnet, GPT-4o] on [LMArena]");
    assertClaims(claims("fr", """
        Quill-12B

        Sur LMArena, Quill-12B est devancé par DeepSeek V3 et même par Claude 3.5 Sonnet.
        """),
        "Sur LMArena",
        "compare Quill-12B vs [DeepSeek V3, Claude 3.5 Sonnet] on [LMArena] NOT");
    assertClaims(claims("de", """
        Quill-12B

        In der LMArena landete Quill-12B auf Platz 32 – hinter DeepSeek-V3, Claude 3.5 Sonnet \
        und sogar dem älteren Gemini 1.5 Pro.
        """),
        "In der LMArena",
        "rank Quill-12B vs [DeepSeek-V3, Claude 3.5 Sonnet, Gemini 1.5 Pro] on [LMArena]");
    assertClaims(claims("es", """
        Quill-12B

        En Aider polyglot, Quill-12B queda por detrás de DeepSeek V3, Qwen2.5-Coder-32B e \
        incluso de Gemma 3 27B.
        """),
        "En Aider", "compare Quill-12B vs [DeepSeek V3, Qwen2.5-Coder-32B, Gemma 3 27B] on "
            + "[Aider polyglot] NOT");
  }

  @Test
  void anAbbreviatedMonthAndADayIsNoModel() {
    assertClaims(claims("en", """
        Quill-12B

        Posted Jul 10: Quill-12B beats o3 on GPQA Diamond.
        """),
        "Posted Jul 10", "compare Quill-12B vs [o3] on [GPQA Diamond]");
  }

  @Test
  void twoNumbersSetAgainstEachOther_goToTheSubjectAndTheOtherModelInTheOrderNamed() {
    assertClaims(claims("fr", """
        Quill-12B

        Il reste nettement en deçà de DeepSeek V3 sur LiveCodeBench, à 43,4 % contre 49,2 %.
        """),
        "Il reste", "compare Quill-12B vs [DeepSeek V3] on [LiveCodeBench] NOT",
        "score Quill-12B on [LiveCodeBench] = 43.4",
        "score DeepSeek V3 on [LiveCodeBench] = 49.2");
    assertClaims(claims("en", """
        Quill-12B

        OpenAI says Quill-12B hallucinates far less than GPT-4o on SimpleQA: 37.1% vs. 61.8%.
        """),
        "OpenAI says", "compare Quill-12B vs [GPT-4o] on [SimpleQA]",
        "score Quill-12B on [SimpleQA] = 37.1", "score GPT-4o on [SimpleQA] = 61.8");
    // Numbers right after two competitors in brackets are theirs, in order.
    assertClaims(claims("en", """
        Quill-12B

        On SWE-bench Verified, Quill-12B resolves 67.8% of issues, behind both Claude Opus 4.1 \
        and GPT-5 (74.5% vs. 72.8%).
        """),
        "On SWE-bench", "compare Quill-12B vs [Claude Opus 4.1, GPT-5] on [SWE-bench Verified] NOT",
        "score Quill-12B on [SWE-bench Verified] = 67.8",
        "score Claude Opus 4.1 on [SWE-bench Verified] = 74.5",
        "score GPT-5 on [SWE-bench Verified] = 72.8");
    // A competitor named first, after "against", is no order to go by.
    List<Claim> de = claims("de", """
        Quill-12B

        Gegen Gemini 2.5 Pro zieht Quill-12B in Mathematik klar den Kürzeren – 81,5 gegenüber \
        86,7 Prozent auf AIME 2025.
        """);
    assertTrue(of(de, "Gegen", ClaimKind.SCORE).stream()
        .noneMatch(c -> c.subject().text().equals("Gemini 2.5 Pro") && c.value() == 81.5),
        describe(de));
  }

  @Test
  void aLeadInPointsOverANamedModelIsAComparison_inEveryLanguage() {
    String[][] cases = {
        {"en", "On LiveCodeBench, Quill-12B scores 70.7, about five points more than R1."},
        {"fr", "Sur LiveCodeBench, Quill-12B obtient 70,7 %, trois points de plus que R1."},
        {"de", "Auf LiveCodeBench erreicht Quill-12B 70,7 Prozent, rund fünf Punkte mehr als R1."},
        {"es", "En LiveCodeBench, Quill-12B alcanza el 70,7 %, casi tres puntos más que R1."}};
    for (String[] c : cases) {
      List<Claim> found = claims(c[0], "Quill-12B\n\n" + c[1] + "\n");
      Claim compare = only(found, c[1].substring(0, 6), ClaimKind.COMPARE);
      assertEquals("compare Quill-12B vs [R1] on [LiveCodeBench]", describe(compare), c[0]);
    }
    assertClaims(claims("en", """
        Quill-12B

        On GPQA Diamond, Quill-12B scores ten points lower than o3.
        """),
        "On GPQA", "compare Quill-12B vs [o3] on [GPQA Diamond] NOT");
  }

  @Test
  void aMakersPossessiveBeforeTheOwnerOfANumber_leavesTheNumberTheOwners() {
    assertClaims(claims("en", """
        Quill-12B

        Quill-12B scored 65.8% on SWE-bench Verified, compared with 54.6% for OpenAI's GPT-4.1.
        """),
        "Quill-12B scored", "score Quill-12B on [SWE-bench Verified] = 65.8",
        "score GPT-4.1 on [SWE-bench Verified] = 54.6");
    assertClaims(claims("de", """
        Quill-12B

        Quill-12B erreicht 65,8 Prozent auf SWE-bench Verified, gegenüber 54,6 Prozent für \
        OpenAIs GPT-4.1.
        """),
        "Quill-12B erreicht", "score Quill-12B on [SWE-bench Verified] = 65.8",
        "score GPT-4.1 on [SWE-bench Verified] = 54.6");
  }

  @Test
  void secondOnlyToTheModelsNamed_isARankWithThem_inEveryLanguage() {
    String[][] cases = {
        {"en", "On LMArena, Quill-12B is behind only DeepSeek-R1."},
        {"fr", "Sur LMArena, Quill-12B n'est devancé que par DeepSeek-R1."},
        {"de", "In der LMArena liegt Quill-12B nur hinter DeepSeek-R1."},
        {"es", "En LMArena, entre los modelos abiertos Quill-12B solo queda por detrás de DeepSeek-R1."}};
    for (String[] c : cases) {
      List<Claim> found = claims(c[0], "Quill-12B\n\n" + c[1] + "\n");
      assertEquals(List.of("rank Quill-12B vs [DeepSeek-R1] on [LMArena]"),
          found.stream().map(ClauseClaimsTest::describe).toList(), c[0]);
    }
  }

  @Test
  void aPassiveParticipleWithItsAgentPutsTheAgentAhead_neverTheSubject() {
    String[][] behind = {
        {"en", "Beaten by o3 on GPQA Diamond, Quill-12B still impresses."},
        {"en", "Quill-12B, outperformed by o3 on GPQA Diamond, still impresses."},
        {"fr", "Devancé par o3 sur GPQA Diamond, Quill-12B reste compétitif."},
        {"fr", "Quill-12B, battu par o3 sur GPQA Diamond, reste compétitif."},
        {"es", "Quill-12B, superado por o3 en GPQA Diamond, sigue siendo competitivo."}};
    for (String[] c : behind) {
      List<Claim> found = claims(c[0], "Quill-12B\n\n" + c[1] + "\n");
      assertEquals(List.of("compare Quill-12B vs [o3] on [GPQA Diamond] NOT"),
          found.stream().map(ClauseClaimsTest::describe).toList(), c[1]);
    }
    String[][] secondOnly = {
        {"en", "On GPQA Diamond, Quill-12B is beaten only by o3."},
        {"es", "En GPQA Diamond, Quill-12B solo es superado por o3."},
        {"de", "Auf GPQA Diamond wird Quill-12B nur von o3 übertroffen."}};
    for (String[] c : secondOnly) {
      List<Claim> found = claims(c[0], "Quill-12B\n\n" + c[1] + "\n");
      assertEquals(List.of("rank Quill-12B vs [o3] on [GPQA Diamond]"),
          found.stream().map(ClauseClaimsTest::describe).toList(), c[1]);
    }
  }

  @Test
  void theBenchmarkASentenceOpensWithIsEveryLaterPhrasesPastTheClausesBetween() {
    assertClaims(claims("en", """
        Quill-12B

        On SWE-bench Verified, the maintainers' own harness gives Quill-12B 65.0% — nearly ten \
        points below the vendor figure, though still ahead of Claude Opus 4.1 at 63.0%.
        """),
        "On SWE-bench", "compare Quill-12B vs [Claude Opus 4.1] on [SWE-bench Verified]",
        "score Quill-12B on [SWE-bench Verified] = 65.0",
        "score Claude Opus 4.1 on [SWE-bench Verified] = 63.0");
    List<Claim> v6 = claims("en", """
        Quill-12B

        On LiveCodeBench v6, the model tops the open-weights field with 53.7%, pulling ahead of \
        DeepSeek-V3's 46.9%.
        """);
    assertEquals("compare Quill-12B vs [DeepSeek-V3] on [LiveCodeBench v6]",
        describe(only(v6, "On LiveCodeBench", ClaimKind.COMPARE)));
  }

  @Test
  void itsModelIsTheMainSubjectOnlyWhenItsMakerSaysSo() {
    assertClaims(claims("fr", """
        Mistral Medium 3

        Sur Arena-Hard, l'entreprise affirme que son modèle devance Llama 4 Maverick et DeepSeek V3, \
        avec 97,1 points contre respectivement 91,0 et 95,1.
        """),
        "Sur Arena-Hard", "compare Mistral Medium 3 vs [Llama 4 Maverick, DeepSeek V3] on [Arena-Hard]",
        "score Mistral Medium 3 on [Arena-Hard] = 97.1", "score Llama 4 Maverick on [Arena-Hard] = 91.0",
        "score DeepSeek V3 on [Arena-Hard] = 95.1");
    // Another maker's model, or any vendor's, is not the article's.
    assertTrue(claims("en", """
        Gemini 2.5 Pro

        OpenAI says its model beats Llama 4 Maverick on GPQA Diamond. But when a vendor says its \
        model is better on almost every front, I want to know which fronts.
        """).stream().noneMatch(c -> c.subject() != null
            && c.subject().text().equals("Gemini 2.5 Pro")));
  }

  @Test
  void numbersSetAgainstOthersRespectivelyWithNothingToGoBy_areNobodys() {
    List<Claim> found = claims("fr", """
        Quill-12B

        Sur Arena-Hard, on lit 97,1 points pour Sable 24B contre respectivement 91,0 et 95,1.
        """);
    assertTrue(of(found, "Sur Arena-Hard", ClaimKind.SCORE).stream()
        .noneMatch(c -> c.value() == 91.0 || c.value() == 95.1), describe(found));
  }

  @Test
  void aPlaceAndTheModelsAheadReadByTwoPhrasesAreOneRank() {
    assertClaims(claims("de", """
        Quill-12B

        In der Chatbot Arena liegt Quill-12B auf Platz zwei, nur hinter DeepSeek-R1.
        """),
        "In der Chatbot Arena", "rank Quill-12B vs [DeepSeek-R1] on [Chatbot Arena]");
    // Two places said apart are two ranks.
    List<Claim> two = claims("en", """
        Quill-12B

        It's #1 among open models on LMArena right now and ranks fifth overall, behind Gemini \
        2.5 Pro and o3.
        """);
    assertEquals(2, of(two, "It's #1", ClaimKind.RANK).size(), describe(two));
  }

  @Test
  void aRankAfterAParticipleThatSaysWhatBefellTheCompetitorIsTheCompetitors() {
    assertClaims(claims("fr", """
        Quill-12B

        Sur LMArena, Quill-12B dépasse Grok 3, désormais relégué à la deuxième place.
        """),
        "Sur LMArena", "compare Quill-12B vs [Grok 3] on [LMArena]", "rank Grok 3 on [LMArena]");
    // A present participle goes on with the subject.
    assertClaims(claims("en", """
        Quill-12B

        On MMLU, Quill-12B beats GPT-4o, ranking first overall.
        """),
        "On MMLU", "compare Quill-12B vs [GPT-4o] on [MMLU]", "rank Quill-12B on [MMLU]");
  }

  @Test
  void aFigureTheTextTakesBackIsNoClaim_inEveryLanguage() {
    String[][] cases = {
        {"en", "Last week we wrongly gave Sable 24B 86.8% on GPQA Diamond."},
        {"fr", "La semaine dernière, nous avions attribué par erreur 86,8 % à Sable 24B sur GPQA Diamond."},
        {"de", "In der letzten Ausgabe haben wir Sable 24B fälschlicherweise 86,8 Prozent auf GPQA Diamond zugeschrieben."},
        {"es", "En la edición anterior atribuimos por error a Sable 24B un 86,8 % en GPQA Diamond."}};
    for (String[] c : cases) {
      List<Claim> found = claims(c[0], "Quill-12B\n\n" + c[1] + "\n");
      assertTrue(found.isEmpty(), c[0] + ": " + describe(found));
    }
    // The figure given right after it, in a clause of its own, stays.
    List<Claim> corrected = claims("en", """
        Quill-12B

        We wrongly gave Sable 24B 86.8% on GPQA Diamond; Sable 24B scores 66.7% on GPQA Diamond.
        """);
    assertTrue(corrected.stream().anyMatch(c -> c.value() != null && c.value() == 66.7),
        describe(corrected));
  }

  @Test
  void aMakersFigureAndAPronounForTheModelItselfAreNoCompetitors() {
    List<Claim> figure = claims("en", """
        Quill-12B

        On AIME 2025 our number for Quill-12B, 84.9%, lands two points below DeepSeek's 87.5%.
        """);
    assertTrue(figure.stream().noneMatch(c -> c.subject().text().equals("DeepSeek")
        || c.objects().stream().anyMatch(o -> o.text().equals("DeepSeek"))), describe(figure));
    // A model's possessive figure stays that model's.
    assertClaims(claims("en", """
        Quill-12B

        On GPQA Diamond, Quill-12B lands at 71.1%, a hair behind R1's 71.5%.
        """),
        "On GPQA", "compare Quill-12B vs [R1] on [GPQA Diamond] NOT",
        "score Quill-12B on [GPQA Diamond] = 71.1", "score R1 on [GPQA Diamond] = 71.5");
    List<Claim> against = claims("en", """
        DeepSeek-R1-0528

        Against Gemini 2.5 Pro the picture is mixed: R1-0528 edges it out on LiveCodeBench.
        """);
    assertEquals("compare R1-0528 vs [Gemini 2.5 Pro] on [LiveCodeBench]",
        describe(only(against, "Against", ClaimKind.COMPARE)));
  }

  @Test
  void secondBestIsARankNeverTheBest_inEveryLanguage() {
    String[][] cases = {
        {"en", "On LMArena, Quill-12B is now the second-best model, behind o3."},
        {"fr", "Sur LMArena, Quill-12B est désormais le deuxième meilleur modèle, derrière o3."},
        {"de", "In der LMArena ist Quill-12B jetzt das zweitbeste Modell, hinter o3."},
        {"es", "En LMArena, Quill-12B es ahora el segundo mejor modelo, por detrás de o3."}};
    for (String[] c : cases) {
      List<Claim> found = claims(c[0], "Quill-12B\n\n" + c[1] + "\n");
      assertTrue(found.stream().noneMatch(x -> x.kind() == ClaimKind.SUPERLATIVE), describe(found));
      assertEquals(1, of(found, c[1].substring(0, 6), ClaimKind.RANK).size(), c[0] + ": "
          + describe(found));
    }
  }

  @Test
  void theFigureOfAModelNamedAfterOfIsThatModels() {
    assertClaims(claims("en", """
        Quill-12B

        On ARC-AGI-2, Quill-12B scored 15.9%, nearly double the 8.6% of Anthropic's Claude Opus 4.
        """),
        "On ARC-AGI-2", "score Quill-12B on [ARC-AGI-2] = 15.9",
        "score Claude Opus 4 on [ARC-AGI-2] = 8.6");
  }

  @Test
  void aMakersNameBeforeItsModelInAListIsNoCompetitor() {
    assertClaims(claims("en", """
        Quill-12B

        On MMLU, Quill-12B beats OpenAI o3 and Anthropic Claude Opus 4.
        """),
        "On MMLU", "compare Quill-12B vs [o3, Claude Opus 4] on [MMLU]");
  }

  @Test
  void aBoardLedByAModelRanksThatModelFirst() {
    String[][] cases = {
        {"en", "The LMArena leaderboard is still led by Gemini 2.5 Pro."},
        {"fr", "Le classement LMArena est toujours mené par Gemini 2.5 Pro."},
        {"es", "La clasificación de LMArena sigue encabezada por Gemini 2.5 Pro."}};
    for (String[] c : cases) {
      List<Claim> found = claims(c[0], "Quill-12B\n\n" + c[1] + "\n");
      assertEquals(List.of("rank Gemini 2.5 Pro on [LMArena]"),
          found.stream().map(ClauseClaimsTest::describe).toList(), c[0]);
    }
  }

  @Test
  void aMoveOnABoardIsARankForThePlaceReached_inEveryLanguage() {
    assertClaims(claims("en", """
        Leaderboard watch

        On LiveBench, Quill-12B jumps from 14th to 9th, and Grok 4 drops two places to 11th.
        Mistral Medium 3.1 drops out of the top 20 on LMArena.
        """),
        "On LiveBench", "rank Quill-12B on [LiveBench]", "rank Grok 4 on [LiveBench]");
    assertClaims(claims("en", "Leaderboard watch\n\n"
        + "Mistral Medium 3.1 drops out of the top 20 on LMArena.\n"),
        "Mistral Medium 3.1", "rank Mistral Medium 3.1 on [LMArena] NOT");
    assertClaims(claims("fr", """
        Classements

        Sur LiveBench, Quill-12B gagne trois places et se hisse au septième rang, et Grok 4 sort du top 20.
        """),
        "Sur LiveBench", "rank Quill-12B on [LiveBench]", "rank Grok 4 on [LiveBench] NOT");
    assertClaims(claims("es", """
        Clasificaciones

        En LiveBench, Quill-12B cae dos puestos hasta el cuarto.
        """),
        "En LiveBench", "rank Quill-12B on [LiveBench]");
  }

  @Test
  void places_givenInOrderToModelsNamedTogether_areNoMoveOfTheLastModel() {
    assertClaims(claims("en", """
        Leaderboard watch

        In the WebDev Arena, Claude Opus 4.1 and GPT-5 hold first and second with 1,510 and 1,477 respectively.
        """),
        "In the WebDev Arena", "score Claude Opus 4.1 on [WebDev Arena] = 1510.0",
        "score GPT-5 on [WebDev Arena] = 1477.0");
  }

  @Test
  void aClauseOpenedByWhileWithASubjectOfItsOwnDoesNotShareTheSubjectBefore() {
    assertClaims(claims("fr", """
        Grok 4 face à Gemini 2.5 Pro

        Mais sur LMArena, c'est l'inverse : Gemini 2.5 Pro garde la tête du classement texte, tandis que le modèle de xAI n'arrive qu'en troisième position.
        """),
        "Mais sur LMArena", "rank Gemini 2.5 Pro on [LMArena]", "rank Grok 4 on [LMArena]");
    // Without a subject of its own, the clause after "while" still shares it.
    assertClaims(claims("en", """
        DeepSeek V3.2

        DeepSeek V3.2 outscores GPT-5 mini on LiveCodeBench while landing just shy of Claude Opus 4.1.
        """),
        "DeepSeek V3.2 outscores", "compare DeepSeek V3.2 vs [GPT-5 mini] on [LiveCodeBench]",
        "compare DeepSeek V3.2 vs [Claude Opus 4.1] on [LiveCodeBench] NOT");
  }

  @Test
  void aRelativeClauseWithSeveralVerbsKeepsItsAntecedentAsSubject() {
    assertClaims(claims("fr", """
        Classements

        Sur LMArena, Claude Sonnet 4.5 dépasse Claude Opus 4.1, qui perd deux places et glisse au cinquième rang.
        """),
        "Sur LMArena", "compare Claude Sonnet 4.5 vs [Claude Opus 4.1] on [LMArena]",
        "rank Claude Opus 4.1 on [LMArena]");
  }

  @Test
  void aNumberGivenForAShortNameNothingRecognisedIsNotTheSubjects() {
    assertClaims(claims("en", """
        Quill-12B

        Quill-12B scores 66.0 on SWE-bench Verified, compared with 44.6 for the old V4.
        """),
        "Quill-12B scores", "score Quill-12B on [SWE-bench Verified] = 66.0");
    assertClaims(claims("en", """
        Quill-12B

        Quill-12B scores 66.0 on SWE-bench Verified, vs. 44.6 for the old V3-0324.
        """),
        "Quill-12B scores", "score Quill-12B on [SWE-bench Verified] = 66.0",
        "score V3-0324 on [SWE-bench Verified] = 44.6");
  }

  @Test
  void aBenchmarkAfterACompoundModifierIsStillABenchmark() {
    assertClaims(claims("en", """
        Quill-12B

        Quill-12B scores 26.3% on the no-tools HLE.
        """),
        "Quill-12B scores", "score Quill-12B on [HLE] = 26.3");
  }

  @Test
  void aChangeGivesTheEarlierAndTheLaterFigure_inEveryLanguage() {
    assertClaims(claims("en", """
        Leaderboard watch

        On LiveBench, Quill-12B climbs to 9th, overtaking Qwen3-Max, and its global average rises from 61.8 to 66.4.
        """),
        "On LiveBench", "rank Quill-12B on [LiveBench]",
        "compare Quill-12B vs [Qwen3-Max] on [LiveBench]",
        "score Quill-12B on [LiveBench] = 61.8", "score Quill-12B on [LiveBench] = 66.4");
    assertClaims(claims("en", """
        Leaderboard watch

        At the top of LiveBench, Quill-12B keeps first place with a global average of 78.6, up from 77.9 in September.
        """),
        "At the top", "rank Quill-12B on [LiveBench]", "score Quill-12B on [LiveBench] = 78.6",
        "score Quill-12B on [LiveBench] = 77.9");
    assertClaims(claims("fr", """
        Classements

        Sur LMArena, Quill-12B passe de 1 422 à 1 448 points Elo.
        """),
        "Sur LMArena", "score Quill-12B on [LMArena] = 1422.0",
        "score Quill-12B on [LMArena] = 1448.0");
    // Set against another model, the earlier figure may be that model's: it is nobody's.
    assertClaims(claims("es", """
        Quill-12B

        En Arena-Hard v2, Quill-12B sube de 19,6 a 43,1 puntos respecto a Mistral Small 3.1.
        """),
        "En Arena-Hard v2", "score Quill-12B on [Arena-Hard v2] = 43.1");
  }

  @Test
  void aNumberInBracketsAfterAPlaceIsTheRankedModelsScore() {
    assertClaims(claims("en", """
        Leaderboard watch

        On LiveBench, Quill-12B climbs two places to second (76.1), and Grok 4 debuts at 12th (63.0).
        """),
        "On LiveBench", "rank Quill-12B on [LiveBench]", "score Quill-12B on [LiveBench] = 76.1",
        "rank Grok 4 on [LiveBench]", "score Grok 4 on [LiveBench] = 63.0");
  }

  @Test
  void anUnknownBenchmarkOpeningTheSentenceAsItsTopicIsABenchmark() {
    assertClaims(claims("en", """
        Quill-12B

        For BrowseComp, the agentic web-search test, the report lists 60.2% for Quill-12B versus 54.9% for GPT-5.
        """),
        "For BrowseComp", "score Quill-12B on [BrowseComp] = 60.2",
        "score GPT-5 on [BrowseComp] = 54.9");
  }

  @Test
  void modelsNamedTogetherAfterWhileTakeTheirNumbersInOrder() {
    assertClaims(claims("en", """
        Quill-12B

        On Terminal-Bench, Quill-12B leads with 50.0%, while GPT-5 and Grok 4 post 43.8% and 38.5%, respectively.
        """),
        "On Terminal-Bench", "rank Quill-12B on [Terminal-Bench]",
        "score Quill-12B on [Terminal-Bench] = 50.0", "score GPT-5 on [Terminal-Bench] = 43.8",
        "score Grok 4 on [Terminal-Bench] = 38.5");
  }

  @Test
  void aNumberedPlaceOfANamedModelIsARankThoughNoBoardIsNamed() {
    assertClaims(claims("en", """
        Movers of the week

        GLM-4.6 stays at 17th.
        Claude Opus 4.1 drops two places to fifth, even though its reasoning average improved.
        """),
        "GLM-4.6", "rank GLM-4.6");
    assertClaims(claims("en", """
        Movers of the week

        Claude Opus 4.1 drops two places to fifth, even though its reasoning average improved.
        """),
        "Claude Opus 4.1", "rank Claude Opus 4.1");
    // A place without a move, or on an app chart, is no rank on a board.
    assertClaims(claims("en", """
        Movers of the week

        Gemini 2.5 Pro takes 3rd place.
        """),
        "Gemini 2.5 Pro");
    assertClaims(claims("en", """
        DeepSeek tops the charts

        DeepSeek's assistant climbed to first place among free iPhone apps. Google's Gemini app ranked 52nd on the same chart.
        """),
        "Google's Gemini app");
  }

  @Test
  void aModelNamedInBracketsOwnsNoNumberAfterThem() {
    assertClaims(claims("fr", """
        Quill-12B : le test

        Quill-12B obtient 68,0 % sur SWE-bench Verified (contre 64,2 % pour GLM-4.5) et 40,5 % sur Terminal-Bench.
        """),
        "Quill-12B obtient", "score Quill-12B on [SWE-bench Verified] = 68.0",
        "score GLM-4.5 on [SWE-bench Verified] = 64.2", "score Quill-12B on [Terminal-Bench] = 40.5");
  }

  @Test
  void aBenchmarkGivenAsAnExampleOfAFieldIsTheClaimsBenchmark() {
    assertClaims(claims("de", """
        Quill-12B im Test

        Bei Mathe dagegen, etwa AIME 2025, ist GPT-5 klar stärker als Quill-12B.
        """),
        "Bei Mathe", "compare GPT-5 vs [Quill-12B] on [AIME 2025]");
    assertClaims(claims("en", """
        Quill-12B

        In maths, e.g. AIME 2025, GPT-5 is clearly stronger than Quill-12B.
        """),
        "In maths", "compare GPT-5 vs [Quill-12B] on [AIME 2025]");
  }

  @Test
  void aBoardJoinedToTheWordForItsRankingIsThatBoard() {
    assertClaims(claims("de", """
        Quill-12B im Test

        Im LiveBench-Gesamtranking klettert Quill-12B von Platz neun auf Platz drei.
        """),
        "Im LiveBench-Gesamtranking", "rank Quill-12B on [LiveBench]");
  }

  @Test
  void aVerbJoinedToTheMainClauseAfterASubordinateOneKeepsTheMainSubject() {
    assertClaims(claims("es", """
        Quill-12B

        Quill-12B marca un 50 % en Terminal-Bench, cuando Claude Sonnet 4 se quedaba en el 36,4 %, y supera a GPT-5.
        """),
        "Quill-12B marca", "score Quill-12B on [Terminal-Bench] = 50.0",
        "score Claude Sonnet 4 on [Terminal-Bench] = 36.4",
        "compare Quill-12B vs [GPT-5] on [Terminal-Bench]");
  }

  @Test
  void aThresholdFirstPassedIsNoScore() {
    List<Claim> found = claims("es", """
        Quill-12B

        Quill-12B es, según la compañía, «el primer modelo en superar el 40 % en HLE».
        """);
    assertTrue(found.stream().noneMatch(c -> c.kind() == ClaimKind.SCORE), describe(found));
  }

  @Test
  void aRateGivenAfterAParityIsTheSubjectsNotTheCompetitors() {
    assertClaims(claims("en", """
        Quill-12B

        In CC-Bench, Quill-12B reaches near parity with Claude Sonnet 4, with a 48.6% win rate, and clearly outperforms other open-source baselines.
        """),
        "In CC-Bench", "parity Quill-12B vs [Claude Sonnet 4] on [CC-Bench]",
        "score Quill-12B on [CC-Bench] = 48.6", "vague Quill-12B on [CC-Bench]");
    assertClaims(claims("fr", """
        Quill-12B

        Quill-12B fait jeu égal avec Claude Sonnet 4 sur CC-Bench, leur banc d'essai maison de tâches réelles, avec un taux de victoire de 48,6 %.
        """),
        "Quill-12B fait", "parity Quill-12B vs [Claude Sonnet 4] on [CC-Bench]",
        "score Quill-12B on [CC-Bench] = 48.6");
  }

  @Test
  void aJumpInPointsIsNoScore_inEveryLanguage() {
    String[][] cases = {
        {"en", "On OSWorld, Quill-12B climbs to 61.4%, a jump of 19 points."},
        {"fr", "Sur OSWorld, Quill-12B grimpe à 61,4 %, un bond de 19 points."},
        {"de", "Auf OSWorld erreicht Quill-12B 61,4 Prozent, ein Plus von 19 Punkten."},
        {"es", "En OSWorld, Quill-12B llega al 61,4 %, un salto de 19 puntos."}};
    for (String[] c : cases) {
      List<Claim> found = claims(c[0], "Quill-12B\n\n" + c[1] + "\n");
      assertEquals(List.of("score Quill-12B on [OSWorld] = 61.4"), found.stream()
          .filter(x -> x.kind() == ClaimKind.SCORE).map(ClauseClaimsTest::describe).toList(), c[0]);
    }
  }

  @Test
  void aMoveJoinedByAndToAComparisonIsARankOfItsOwn() {
    assertClaims(claims("en", """
        Leaderboard watch

        On LiveBench, o3 is outscored by Grok 4 and drops to fourth.
        """),
        "On LiveBench", "compare o3 vs [Grok 4] on [LiveBench] NOT", "rank o3 on [LiveBench]");
  }

  @Test
  void aComparisonDeniedByButNotOnABenchmarkIsDeniedThere_inEveryLanguage() {
    String[][] cases = {
        {"en", "Quill-12B beats GPT-5 on BrowseComp but not on SWE-bench Verified."},
        {"fr", "Quill-12B bat GPT-5 sur BrowseComp, mais pas sur SWE-bench Verified."},
        {"de", "Quill-12B schlägt GPT-5 bei BrowseComp, aber nicht bei SWE-bench Verified."},
        {"es", "Quill-12B supera a GPT-5 en BrowseComp, pero no en SWE-bench Verified."}};
    for (String[] c : cases) {
      assertClaims(claims(c[0], "Quill-12B\n\n" + c[1] + "\n"), "Quill-12B",
          "compare Quill-12B vs [GPT-5] on [BrowseComp]",
          "compare Quill-12B vs [GPT-5] on [SWE-bench Verified] NOT");
    }
    // "but not by much" takes no benchmark out.
    assertClaims(claims("en", "Quill-12B\n\nQuill-12B edges out GPT-5 on SWE-bench Verified, but not by much.\n"),
        "Quill-12B", "compare Quill-12B vs [GPT-5] on [SWE-bench Verified]");
  }

  @Test
  void aBenchmarkOfAnotherVerbIsNotTheComparisons() {
    // Whatever "loses" says, SWE-bench Verified is no benchmark Quill-12B beats GPT-5 on.
    assertClaims(claims("en", "Quill-12B\n\nQuill-12B beats GPT-5 on BrowseComp and loses on SWE-bench Verified.\n"),
        "Quill-12B", "compare Quill-12B vs [GPT-5] on [BrowseComp]");
    assertClaims(claims("en", "Quill-12B\n\nQuill-12B beats GPT-5 on BrowseComp and even on SWE-bench Verified.\n"),
        "Quill-12B", "compare Quill-12B vs [GPT-5] on [BrowseComp, SWE-bench Verified]");
    assertClaims(claims("fr", "Quill-12B\n\nQuill-12B bat GPT-5 sur BrowseComp, pas sur SWE-bench Verified.\n"),
        "Quill-12B", "compare Quill-12B vs [GPT-5] on [BrowseComp]",
        "compare Quill-12B vs [GPT-5] on [SWE-bench Verified] NOT");
  }

  @Test
  void aBenchmarkInAClauseOfItsOwnIsNotTheComparisons() {
    assertClaims(claims("en", "Quill-12B\n\nQuill-12B beats GPT-5 on BrowseComp, while GPT-5 wins on SWE-bench Verified.\n"),
        "Quill-12B", "compare Quill-12B vs [GPT-5] on [BrowseComp]");
    assertClaims(claims("en", "Quill-12B\n\nQuill-12B beats GPT-5 on BrowseComp; on SWE-bench Verified, GPT-5 wins.\n"),
        "Quill-12B", "compare Quill-12B vs [GPT-5] on [BrowseComp]");
  }

  @Test
  void aPlaceAfterAScoreInPointsKeepsTheBoardOfTheSentence() {
    // "mit 1.478 Punkten auf Rang zwei": the place is no benchmark the registry does not know.
    assertClaims(claims("de", "Rangliste\n\nIn der LMArena steht Gemini 3 Pro mit 1.501 Punkten auf Platz eins; "
            + "GPT-5 fällt mit 1.478 Punkten auf Rang zwei zurück.\n"),
        "In der LMArena", "rank Gemini 3 Pro on [LMArena]", "rank GPT-5 on [LMArena]",
        "score Gemini 3 Pro on [LMArena] = 1501.0", "score GPT-5 on [LMArena] = 1478.0");
  }

  @Test
  void aPlaceWithItsVerbAtTheEndOrAfterEnteringTheBoardIsARank() {
    assertClaims(claims("de", "Rangliste\n\nMistral Medium 3.1 taucht erstmals in der LMArena auf – auf Rang 14.\n"),
        "Mistral Medium 3.1", "rank Mistral Medium 3.1 on [LMArena]");
    assertClaims(claims("de", "Rangliste\n\nEs ändert nichts daran, dass Grok 4 auf LiveBench nur auf Rang 14 steht.\n"),
        "Es ändert", "rank Grok 4 on [LiveBench]");
    assertClaims(claims("de", "Rangliste\n\nIn der LMArena hat Gemini 3 Pro die Spitze übernommen.\n"),
        "In der LMArena", "rank Gemini 3 Pro on [LMArena]");
  }

  @Test
  void aLowerCaseNameEndingInBenchIsABenchmark_butNotALowerCaseWord() {
    assertClaims(claims("en", "Qwen3-Max\n\nAlibaba puts Qwen3-Max at 69.6 on SWE-bench Verified and 74.8 on tau2-bench.\n"),
        "Alibaba puts", "score Qwen3-Max on [SWE-bench Verified] = 69.6", "score Qwen3-Max on [tau2-bench] = 74.8");
    assertClaims(claims("fr", "Kimi K2\n\nSur tau2-bench, Kimi K2 fait jeu égal avec GPT-5.\n"),
        "Sur tau2-bench", "parity Kimi K2 vs [GPT-5] on [tau2-bench]");
    assertClaims(claims("en", "Qwen3-Max\n\nQwen3-Max scores 44.1 on the bench press.\n"), "Qwen3-Max scores");
  }

  @Test
  void aTimeAfterAPrepositionIsNoTopicOfTheClause() {
    assertClaims(claims("en", "Gemini 3 Pro\n\nGemini 3 Pro has held the top spot on LMArena for six straight weeks, "
            + "though its lead over GPT-5.1 has shrunk.\n"),
        "Gemini 3 Pro has", "rank Gemini 3 Pro on [LMArena]", "compare Gemini 3 Pro vs [GPT-5.1] on [LMArena]");
    // A field still is one: "in math" keeps the comparison off the board.
    assertClaims(claims("en", "Gemini 3 Pro\n\nGemini 3 Pro has held the top spot on LMArena, "
            + "though it trails GPT-5.1 in math.\n"),
        "Gemini 3 Pro has", "rank Gemini 3 Pro on [LMArena]", "compare Gemini 3 Pro vs [GPT-5.1] NOT");
  }

  @Test
  void aModelThatLeadsBeforeTheRestOfTheBoardRanksFirst() {
    assertClaims(claims("en", "Board\n\nOn the WebDev board the order flips: Claude Sonnet 4.5 leads, with Gemini 3 Pro in third.\n"),
        "On the WebDev", "rank Claude Sonnet 4.5 on [WebDev]", "rank Gemini 3 Pro on [WebDev]");
  }

  @Test
  void aChangeInPointsIsNoScore_inEveryLanguage() {
    assertClaims(claims("en", "LiveBench\n\nGPT-5.1 holds first place on LiveBench with a global average of 79.3, up 0.4 points.\n"),
        "GPT-5.1 holds", "rank GPT-5.1 on [LiveBench]", "score GPT-5.1 on [LiveBench] = 79.3");
    assertClaims(claims("es", "LiveBench\n\nQwen3-Max sube 2,1 puntos hasta 71,2 en LiveBench.\n"),
        "Qwen3-Max sube", "score Qwen3-Max on [LiveBench] = 71.2");
  }

  @Test
  void aComparisonJoinedByAndAfterAPlaceIsAClaimOfItsOwn() {
    assertClaims(claims("en", "LiveBench\n\nOn LiveBench, Grok 4 falls two places to fifth and now trails Claude Sonnet 4.5.\n"),
        "On LiveBench", "rank Grok 4 on [LiveBench]", "compare Grok 4 vs [Claude Sonnet 4.5] on [LiveBench] NOT");
    assertClaims(claims("en", "LiveBench\n\nOn LiveBench, Grok 4 falls to fifth, now behind Claude Sonnet 4.5.\n"),
        "On LiveBench", "rank Grok 4 vs [Claude Sonnet 4.5] on [LiveBench]");
  }

  @Test
  void aBoardNamedWithItsGroupIsThatBoardAlone() {
    // Checked against the group, a place on one of its boards would be checked on another board.
    assertClaims(claims("fr", "Rectificatif\n\nGPT-5.1 occupe la première place du classement WebDev de LMArena.\n"),
        "GPT-5.1 occupe", "rank GPT-5.1 on [WebDev]");
    assertClaims(claims("en", "Arena\n\nGemini 3 Pro debuts in first place in the Search Arena on LMArena.\n"),
        "Gemini 3 Pro debuts", "rank Gemini 3 Pro on [Search Arena]");
    assertClaims(claims("fr", "Classement\n\nGemini 3 Pro prend la tête du classement texte de LMArena.\n"),
        "Gemini 3 Pro prend", "rank Gemini 3 Pro on [LMArena]");
  }

  @Test
  void aMeasurementReportedByWeInAReviewIsTheReviewedModels_inEveryLanguage() {
    assertClaims(claims("en", "gpt-oss-120b, tested\n\nIn our runs on GPQA Diamond, we got 78.4, within the noise.\n"),
        "In our runs", "score gpt-oss-120b on [GPQA Diamond] = 78.4");
    assertClaims(claims("fr", "Corvid-14B à l'essai\n\nSur GPQA Diamond, nous n'obtenons que 54 %.\n"),
        "Sur GPQA Diamond", "score Corvid-14B on [GPQA Diamond] = 54.0");
    assertClaims(claims("de", "gpt-oss-120b im Praxistest\n\nAuf GPQA Diamond messen wir 78,4 Prozent.\n"),
        "Auf GPQA Diamond", "score gpt-oss-120b on [GPQA Diamond] = 78.4");
    // Where the sentence names another model, "we" measured that one.
    assertClaims(claims("en", "Kimi K2, tested\n\nxAI reports 88.9% for Grok 4 on GPQA Diamond, where we got 87.5%.\n"),
        "xAI reports", "score Grok 4 on [GPQA Diamond] = 87.5", "score Grok 4 on [GPQA Diamond] = 88.9");
  }

  @Test
  void aNameFromItsVersionOnIsAShortFormButASettingAloneIsNot() {
    assertClaims(claims("de", "Kimi K2 Thinking im Forum\n\nIm Intelligence Index landet K2 Thinking bei 67, also vor Sonnet 4.5.\n"),
        "Im Intelligence Index", "compare K2 Thinking vs [Sonnet 4.5] on [Intelligence Index]",
        "score K2 Thinking on [Intelligence Index] = 67.0");
    assertClaims(claims("de", "DeepSeek-V3.2-Exp halbiert die Preise\n\nDeepSeek nennt für V3.2-Exp 85,0 Prozent auf MMLU-Pro.\n"),
        "DeepSeek nennt", "score V3.2-Exp on [MMLU-Pro] = 85.0");
    assertClaims(claims("en", "Gemini 3 Pro\n\nGemini 3 Deep Think scores 45.1% on ARC-AGI-2.\n"),
        "Gemini 3 Deep Think", "score Gemini 3 Deep Think on [ARC-AGI-2] = 45.1");
  }

  @Test
  void aScoreJoinedToAPlaceIsTheRankedModels_onABoardLeftUnnamedToo() {
    assertClaims(claims("en", "Top ten\n\nGrok 4 falls two places to fifth at 72.9.\n"),
        "Grok 4 falls", "rank Grok 4", "score Grok 4 = 72.9");
    assertClaims(claims("en", "Top ten\n\nOn LiveBench, Grok 4 falls two places to fifth at 72.9.\n"),
        "On LiveBench", "rank Grok 4 on [LiveBench]", "score Grok 4 on [LiveBench] = 72.9");
    assertClaims(claims("fr", "Classement\n\nSur LiveBench, Claude Sonnet 4.5 grimpe à la troisième place avec 73,9.\n"),
        "Sur LiveBench", "rank Claude Sonnet 4.5 on [LiveBench]", "score Claude Sonnet 4.5 on [LiveBench] = 73.9");
    // Any other number still needs its benchmark.
    assertClaims(claims("en", "Top ten\n\nGrok 4 costs 72.9 dollars a month.\n"), "Grok 4 costs");
  }

  @Test
  void aBenchmarkOfAVerbOfItsOwnWithAnAdverbIsNotTheComparisons_inEveryLanguage() {
    String[][] cases = {
      {"en", "Rankings\n\nQuill-12B narrowly beats GPT-5 on Aider Polyglot and Terminal-Bench, "
          + "but clearly loses on SWE-bench Verified.\n"},
      {"fr", "Classements\n\nQuill-12B bat de peu GPT-5 sur Aider Polyglot et sur Terminal-Bench, "
          + "mais perd nettement sur SWE-bench Verified.\n"},
      {"de", "Ranglisten\n\nQuill-12B schlägt GPT-5 knapp bei Aider Polyglot und Terminal-Bench, "
          + "verliert aber deutlich bei SWE-bench Verified.\n"},
      {"es", "Clasificaciones\n\nQuill-12B supera por poco a GPT-5 en Aider Polyglot y en Terminal-Bench, "
          + "pero pierde con claridad en SWE-bench Verified.\n"},
    };
    for (String[] c : cases) {
      assertClaims(claims(c[0], c[1]), "Quill-12B",
          "compare Quill-12B vs [GPT-5] on [Aider Polyglot, Terminal-Bench]");
    }
    // A focus word keeps the list going.
    assertClaims(claims("en", "Rankings\n\nQuill-12B beats GPT-5 on Aider Polyglot, and even on SWE-bench Verified.\n"),
        "Quill-12B", "compare Quill-12B vs [GPT-5] on [Aider Polyglot, SWE-bench Verified]");
  }

  @Test
  void aSuperlativeDeniedOnABenchmarkDoesNotHoldThere() {
    assertClaims(claims("en", "Claude Sonnet 4.5, tested\n\nIt is the best one we have measured, by a few points "
            + "on SWE-bench Verified and Terminal-Bench, though not on OSWorld.\n"),
        "It is the best", "superlative Claude Sonnet 4.5 on [SWE-bench Verified, Terminal-Bench]");
  }

  @Test
  void aBenchmarkAfterAVerbOfItsOwnRightAfterThePhraseIsNotThePhrases() {
    assertClaims(claims("fr", "Classement\n\nSur LMArena, Grok 4 conserve la deuxième place, mais n'y figure pas en WebDev.\n"),
        "Sur LMArena", "rank Grok 4 on [LMArena]");
    assertClaims(claims("en", "Rankings\n\nQuill-12B trails GPT-5 by 1.8 points on GPQA Diamond and by a wide margin on AIME 2025.\n"),
        "Quill-12B", "compare Quill-12B vs [GPT-5] on [GPQA Diamond, AIME 2025] NOT");
  }

  @Test
  void aPublishersIndexIsABenchmarkOfItsOwn_noBenchmarkOfTheSentenceBeforeIsBorrowed() {
    assertClaims(claims("fr", "Note\n\nSur LiveBench, GPT-5 mène.\n"
            + "Sur l'indice d'Artificial Analysis, MiniMax-M2 se classe premier des modèles ouverts.\n"),
        "Sur l'indice", "rank MiniMax-M2 on [Artificial Analysis]");
    assertClaims(claims("en", "Note\n\nOn LiveBench, GPT-5 leads.\n"
            + "MiniMax-M2 ranks first on the index from Artificial Analysis.\n"),
        "MiniMax-M2 ranks", "rank MiniMax-M2 on [Artificial Analysis]");
  }

  @Test
  void theKingOfABoardRanksFirstOnIt_andAPlaceHeldEarlierIsARank() {
    assertClaims(claims("en", "Roundup\n\nGPT-5.1 is still the king of Aider Polyglot at 88%.\n"),
        "GPT-5.1", "rank GPT-5.1 on [Aider Polyglot]", "score GPT-5.1 on [Aider Polyglot] = 88.0");
    assertClaims(claims("es", "Boletín\n\nGPT-5.1 sigue siendo el rey de Aider Polyglot, con un 88 %.\n"),
        "GPT-5.1", "rank GPT-5.1 on [Aider Polyglot]", "score GPT-5.1 on [Aider Polyglot] = 88.0");
    assertClaims(claims("es", "Boletín\n\nHace tres meses, Qwen3-Max ocupaba el puesto 14 en LMArena.\n"),
        "Hace tres meses", "rank Qwen3-Max on [LMArena]");
    assertClaims(claims("en", "Roundup\n\nThe king of the App Store is a chatbot app.\n"), "The king");
  }

  @Test
  void anOrganisationAfterAPrepositionAndItsSourceIsNoSubject() {
    assertClaims(claims("fr", "Mistral : Magistral Medium 1.2\n\nSur GPQA Diamond, Magistral Medium 1.2 y obtient 76,1 % "
            + "selon les tableaux de Mistral, un score inférieur à celui de GPT-5 (85,7 %).\n"),
        "Sur GPQA Diamond", "compare Magistral Medium 1.2 vs [GPT-5] on [GPQA Diamond] NOT",
        "score Magistral Medium 1.2 on [GPQA Diamond] = 76.1", "score GPT-5 on [GPQA Diamond] = 85.7");
  }

  @Test
  void aModelNamedFromItsVersionOnIsTheRegistrysModel_andIdenticalToIsParity() {
    List<Claim> cs = claims("en", "DeepSeek update\n\nAccording to the post, V3.2-Exp scores 85.0 on "
        + "MMLU-Pro, identical to V3.1-Terminus, and 79.9 on GPQA Diamond, against 80.7 for "
        + "V3.1-Terminus.\n");
    assertClaims(cs, "According", "parity V3.2-Exp vs [V3.1-Terminus] on [MMLU-Pro]",
        "score V3.2-Exp on [MMLU-Pro] = 85.0", "score V3.2-Exp on [GPQA Diamond] = 79.9",
        "score V3.1-Terminus on [GPQA Diamond] = 80.7");
    Claim parity = only(cs, "According", ClaimKind.PARITY);
    assertEquals("deepseek-v3.1-terminus", parity.objects().get(0).targets().get(0).id());
    // "V3.1" alone is many series' version: no model of its own.
    assertClaims(claims("en", "Update\n\nV3.1 beats GPT-4o on LiveBench.\n"), "V3.1");
  }

  @Test
  void whoSaysItIsNoCompetitor() {
    assertClaims(claims("en", "DeepSeek-V3.2-Exp halves API prices while matching V3.1-Terminus, DeepSeek says\n\nBody.\n"),
        "DeepSeek-V3.2-Exp", "parity DeepSeek-V3.2-Exp vs [V3.1-Terminus]");
  }

  @Test
  void aNumberTheVendorGaveAModelIsThatModels() {
    assertClaims(claims("en", "Gemini 3 Pro\n\nOn ARC-AGI-2 the model reached 31.1%, Google said, nearly "
            + "double the 17.6% it reports for GPT-5.1.\n"),
        "On ARC-AGI-2", "score Gemini 3 Pro on [ARC-AGI-2] = 31.1", "score GPT-5.1 on [ARC-AGI-2] = 17.6");
    assertClaims(claims("en", "DeepSeek-V3.2-Exp\n\nThe company reports 67.8 on SWE-bench Verified for "
            + "V3.2-Exp, a hair under the 68.4 it gave V3.1-Terminus, and 40.1 on BrowseComp, where "
            + "V3.1-Terminus managed 38.5.\n"),
        "The company", "score V3.2-Exp on [SWE-bench Verified] = 67.8",
        "score V3.1-Terminus on [SWE-bench Verified] = 68.4", "score V3.2-Exp on [BrowseComp] = 40.1",
        "score V3.1-Terminus on [BrowseComp] = 38.5");
  }

  @Test
  void howAScoreWasRunMayStandBetweenItsBenchmarkAndItsModel_andTheListGoesOnWithThatModel() {
    List<Claim> cs = claims("en", "MiniMax-M2 arrives\n\nMoonshot reports 44.9 on Humanity's Last Exam "
        + "with tools for Kimi K2 Thinking, above GPT-5's 41.7, and 60.2 on BrowseComp.\n");
    assertEquals(List.of("score GPT-5 on [Humanity's Last Exam] = 41.7",
            "score Kimi K2 Thinking on [BrowseComp] = 60.2",
            "score Kimi K2 Thinking on [Humanity's Last Exam] = 44.9"),
        of(cs, "Moonshot", ClaimKind.SCORE).stream().map(ClauseClaimsTest::describe).sorted().toList());
    assertClaims(claims("en", "Kimi K2 Thinking\n\nMath is solid: 99.1% on AIME 2025 with Python, 89.4% on HMMT.\n"),
        "Math", "score Kimi K2 Thinking on [AIME 2025] = 99.1", "score Kimi K2 Thinking on [HMMT] = 89.4");
  }

  @Test
  void aBenchmarkOpeningASentenceWithACommaOrAColonLabelsTheScoreAfterIt() {
    List<Claim> cs = claims("fr", "Kimi K2 Thinking : le fil\n\nSur SWE-bench Verified : 71,3 %.\n\n"
        + "Et sur Terminal-Bench, 47,1 %, loin derrière GPT-5.1.\n\nLiveCodeBench, 60,2 %.\n\n"
        + "Sur ce test, 40 % des tâches viennent de Django.\n");
    assertClaims(cs, "Sur SWE", "score Kimi K2 Thinking on [SWE-bench Verified] = 71.3");
    assertClaims(cs, "Et sur", "score Kimi K2 Thinking on [Terminal-Bench] = 47.1");
    assertClaims(cs, "LiveCodeBench", "score Kimi K2 Thinking on [LiveCodeBench] = 60.2");
    assertClaims(cs, "Sur ce test");
    // Not after words of another kind: the benchmark does not open the sentence.
    assertClaims(claims("en", "Kimi K2 Thinking\n\nThe share of Django tasks in SWE-bench Verified, 40%, is high.\n"),
        "The share");
  }

  @Test
  void aFootnoteMarkIsNoPartOfAName() {
    assertClaims(claims("fr", "Tessera-2-Pro : lancement\n\nTerminal-Bench : 51,3 %, soit près de six points de plus que GPT-5.1²\n"),
        "Terminal-Bench", "compare Tessera-2-Pro vs [GPT-5.1] on [Terminal-Bench]",
        "score Tessera-2-Pro on [Terminal-Bench] = 51.3");
  }

  @Test
  void scoresOfOtherModelsInBracketsAfterAResultAreTheirs() {
    List<Claim> cs = claims("en", "Tessera-2-Pro: press release\n\nToday we release Tessera-2-Pro. Results:\n\n"
        + "HLE (no tools): 31.2% (Gemini 3 Pro: 37.5%)\n\n"
        + "SWE-bench Verified: 74.8% (Claude Sonnet 4.5: 72.1%; GPT-5.1: 70.4%)\n");
    assertClaims(cs, "HLE", "score Tessera-2-Pro on [HLE] = 31.2", "score Gemini 3 Pro on [HLE] = 37.5");
    assertClaims(cs, "SWE-bench", "score Tessera-2-Pro on [SWE-bench Verified] = 74.8",
        "score Claude Sonnet 4.5 on [SWE-bench Verified] = 72.1",
        "score GPT-5.1 on [SWE-bench Verified] = 70.4");
  }

  @Test
  void aBenchmarksNameWithItsVersionIsNoModel_evenFirstInItsSentence() {
    List<Claim> cs = claims("en", "Tessera-3-Pro launch\n\nOn Terminal-Bench 2.0 the model outperforms GPT-5.1 "
        + "by more than six points.\n\nIt tops our Terminal-Bench 2.0 runs at 54 and change.\n");
    assertClaims(cs, "On Terminal", "compare Tessera-3-Pro vs [GPT-5.1] on [Terminal-Bench 2.0]");
    assertClaims(cs, "It tops", "rank Tessera-3-Pro on [Terminal-Bench 2.0]",
        "score Tessera-3-Pro on [Terminal-Bench 2.0] = 54.0");
  }

  @Test
  void anotherSizeOfALowerCaseFamilyIsAModelTheRegistryDoesNotKnow() {
    List<Claim> cs = claims("en", "Report\n\nGPT-4o trails gpt-oss-20b on AIME 2025 (41.2% vs 44.8%).\n\n"
        + "See gpt-oss-docs for AIME 2025.\n");
    assertClaims(cs, "GPT-4o", "compare GPT-4o vs [gpt-oss-20b] on [AIME 2025] NOT",
        "score GPT-4o on [AIME 2025] = 41.2", "score gpt-oss-20b on [AIME 2025] = 44.8");
    Claim compare = only(cs, "GPT-4o", ClaimKind.COMPARE);
    assertTrue(compare.objects().get(0).targets().isEmpty(), "not gpt-oss-120b");
    assertClaims(cs, "See");
  }

  @Test
  void howAScoreWasRunMayStandBeforeAResultsLinesColonOrComma() {
    List<Claim> cs = claims("es", "Gemini 3 Pro: el vídeo\n\nHumanity's Last Exam, sin herramientas: 24,7 %\n\n"
        + "En AIME 2025 con Python, 99,1 %.\n");
    assertClaims(cs, "Humanity's", "score Gemini 3 Pro on [Humanity's Last Exam] = 24.7");
    assertClaims(cs, "En AIME", "score Gemini 3 Pro on [AIME 2025] = 99.1");
  }

  @Test
  void aNameAfterACommaWithAClaimPhraseOfItsOwnOpensTheNextClause() {
    assertClaims(claims("en", "OpenAI gpt-oss\n\nPer OpenAI, gpt-oss-120b nearly matches o4-mini, "
            + "gpt-oss-20b performs similarly to o3-mini.\n"),
        "Per OpenAI", "parity gpt-oss-120b vs [o4-mini]", "parity gpt-oss-20b vs [o3-mini]");
    assertClaims(claims("de", "OpenAI gpt-oss\n\nLaut OpenAI erreicht gpt-oss-120b annähernd das Niveau "
            + "von o4-mini, gpt-oss-20b schneidet ähnlich ab wie o3-mini.\n"),
        "Laut OpenAI", "parity gpt-oss-120b vs [o4-mini]", "parity gpt-oss-20b vs [o3-mini]");
    // A list goes on over commas and a list word.
    assertClaims(claims("en", "Grok 3\n\nThe slides showed Grok 3 beating GPT-4o, Gemini 2.0 Pro, "
            + "Claude 3.5 Sonnet and DeepSeek-V3 on math.\n"),
        "The slides", "compare Grok 3 vs [GPT-4o, Gemini 2.0 Pro, Claude 3.5 Sonnet, DeepSeek-V3]");
  }

  @Test
  void aBoardNamedAfterItsGroupIsThatBoard_notTheGroupsMainBoard() {
    List<Claim> cs = claims("en", "Gemini 3 Pro review\n\nGemini 3 Pro tops the LMArena WebDev leaderboard.\n\n"
        + "It is number one on LMArena Vision too.\n\nGemini 3 Pro tops the WebDev leaderboard on LMArena.\n\n"
        + "Gemini 3 Pro tops LMArena Text.\n");
    assertClaims(cs, "Gemini 3 Pro tops the LMArena", "rank Gemini 3 Pro on [LMArena WebDev]");
    assertClaims(cs, "It is", "rank Gemini 3 Pro on [LMArena Vision]");
    assertClaims(cs, "Gemini 3 Pro tops the WebDev", "rank Gemini 3 Pro on [WebDev]");
    assertTrue(only(cs, "It is", ClaimKind.RANK).benchmarks().get(0).targets().isEmpty(),
        "no board the registry has");
    assertEquals("lmarena", only(cs, "Gemini 3 Pro tops LMArena", ClaimKind.RANK).benchmarks()
        .get(0).targets().get(0).id());
  }

  @Test
  void numbersSetAgainstEachOtherAfterASecondVerbAreItsSubjectsAndItsCompetitors() {
    assertClaims(claims("en", "GLM-4.6 notes\n\nGLM-4.6 matches Claude Sonnet 4 on agentic coding, but trails "
            + "Claude Sonnet 4.5 on SWE-bench Verified, 68.0% against 77.2%.\n"),
        "GLM-4.6", "parity GLM-4.6 vs [Claude Sonnet 4]",
        "compare GLM-4.6 vs [Claude Sonnet 4.5] on [SWE-bench Verified] NOT",
        "score GLM-4.6 on [SWE-bench Verified] = 68.0",
        "score Claude Sonnet 4.5 on [SWE-bench Verified] = 77.2");
  }

  @Test
  void aScoreSetOffAfterAComparisonWithItsSubjectLeftOutIsTheArticlesModels() {
    assertClaims(claims("es", "Tessera-2-Pro: lanzamiento\n\nIguala a Gemini 2.5 Pro en GPQA Diamond, con un 86,4 %.\n"),
        "Iguala", "parity Tessera-2-Pro vs [Gemini 2.5 Pro] on [GPQA Diamond]",
        "score Tessera-2-Pro on [GPQA Diamond] = 86.4");
  }

  @Test
  void placesWrittenAsEntriesAndAbbreviatedOrdinalsAreRanks() {
    assertClaims(claims("en", "Changelog\n\nMiniMax-M2 enters the Yardstick Index at #9 with 61.2.\n\n"
            + "Kimi K2 enters the App Store at #3.\n"),
        "MiniMax-M2", "rank MiniMax-M2 on [Yardstick Index]", "score MiniMax-M2 on [Yardstick Index] = 61.2");
    assertClaims(claims("en", "Gemini 3 Pro\n\nGoogle says it hit 1501 Elo on LMArena Text, which puts it at "
            + "number one, above Grok 4.1.\n"),
        "Google", "rank Gemini 3 Pro on [LMArena Text]", "compare Gemini 3 Pro vs [Grok 4.1] on [LMArena Text]",
        "score Gemini 3 Pro on [LMArena Text] = 1501.0");
    assertClaims(claims("fr", "Entretien\n\nMagistral Medium 1.3 est 14e sur LMArena Text, et ça nous va.\n\n"
            + "Le modèle est 2e sur l'App Store.\n"),
        "Magistral", "rank Magistral Medium 1.3 on [LMArena Text]");
  }

  @Test
  void leadingABoardInGermanAndSpanish() {
    List<Claim> de = claims("de", "Gemini 3 Pro im Test\n\nGemini 3 Pro führt LMArena an.\n\n"
        + "Als Grund führt OpenAI an, dass die Kosten sinken.\n");
    assertClaims(de, "Gemini 3 Pro führt", "rank Gemini 3 Pro on [LMArena]");
    assertClaims(de, "Als Grund");
    List<Claim> es = claims("es", "Gemini 3 Pro: análisis\n\nGemini 3 Pro encabeza desde su lanzamiento el "
        + "ranking de LMArena WebDev, con 1.487 puntos.\n\nEn LiveBench, GPT-5.1 aparece en cabeza, con 154 "
        + "puntos.\n");
    assertClaims(es, "Gemini 3 Pro encabeza", "rank Gemini 3 Pro on [LMArena WebDev]",
        "score Gemini 3 Pro on [LMArena WebDev] = 1487.0");
    assertClaims(es, "En LiveBench", "rank GPT-5.1 on [LiveBench]", "score GPT-5.1 on [LiveBench] = 154.0");
  }

  @Test
  void aBenchmarkOpeningTheNextClauseEndsThisOne_andTheComparisonThereKeepsItsOwn() {
    assertClaims(claims("fr", "GPT-5.1 : le test\n\nSur AIME 2025, GPT-5.1 plafonne à 94,0 %, le même niveau que "
            + "GPT-5, et sur GPQA Diamond, il recule même légèrement par rapport à GPT-5, à 85,2 % contre "
            + "85,7 %.\n"),
        "Sur AIME", "parity GPT-5.1 vs [GPT-5] on [AIME 2025]", "score GPT-5.1 on [AIME 2025] = 94.0",
        "compare GPT-5.1 vs [GPT-5] on [GPQA Diamond] NOT", "score GPT-5.1 on [GPQA Diamond] = 85.2",
        "score GPT-5 on [GPQA Diamond] = 85.7");
    assertClaims(claims("en", "GPT-5.1 review\n\nOn AIME 2025 GPT-5.1 scores 94.0%, and on GPQA Diamond, it "
            + "trails GPT-5 slightly, 85.2% against 85.7%.\n"),
        "On AIME", "score GPT-5.1 on [AIME 2025] = 94.0", "compare GPT-5.1 vs [GPT-5] on [GPQA Diamond] NOT",
        "score GPT-5.1 on [GPQA Diamond] = 85.2", "score GPT-5 on [GPQA Diamond] = 85.7");
    // Unless the phrase speaks of every benchmark named.
    assertClaims(claims("en", "Tern-Coder-7B\n\nOn HumanEval it gets 88.4, and on LiveCodeBench v5 it gets 31.2, "
            + "which is better than Qwen2.5-Coder-7B on both.\n"),
        "On HumanEval", "compare Tern-Coder-7B vs [Qwen2.5-Coder-7B] on [HumanEval, LiveCodeBench v5]",
        "score Tern-Coder-7B on [HumanEval] = 88.4", "score Tern-Coder-7B on [LiveCodeBench v5] = 31.2");
  }

  @Test
  void frenchLevelsAndComparisonsAfterAScore() {
    List<Claim> cs = claims("fr", "Tests\n\nSur GPQA Diamond, Magistral Medium 1.3 obtient 76,1 %, à peu près le "
        + "niveau de Gemini 2.5 Pro.\n\nSelon Google, Gemini 3 Pro fait 72,1 % sur SimpleQA Verified, nettement "
        + "plus que GPT-5.1.\n\nIl coûte 2 $, plus que GPT-5.1 en prix.\n");
    assertClaims(cs, "Sur GPQA", "parity Magistral Medium 1.3 vs [Gemini 2.5 Pro] on [GPQA Diamond]",
        "score Magistral Medium 1.3 on [GPQA Diamond] = 76.1");
    assertClaims(cs, "Selon Google", "compare Gemini 3 Pro vs [GPT-5.1] on [SimpleQA Verified]",
        "score Gemini 3 Pro on [SimpleQA Verified] = 72.1");
    assertClaims(cs, "Il coûte");
  }

  @Test
  void aNumberGivenForAModelIsAScoreHoweverFarItsPhraseIs() {
    assertClaims(claims("en", "Kimi K2 Thinking\n\nMoonshot reports an HLE score of 44.9 for Kimi K2 Thinking against "
            + "41.7 for GPT-5 and 32.0 for Claude Sonnet 4.5.\n"),
        "Moonshot", "score Kimi K2 Thinking on [HLE] = 44.9", "score GPT-5 on [HLE] = 41.7",
        "score Claude Sonnet 4.5 on [HLE] = 32.0");
  }

  @Test
  void aReviewersFirstPersonScoreAndAResultsLineWithAModelAfterIt() {
    List<Claim> cs = claims("en", "MiniMax-M2 review\n\nOn Aider Polyglot I got 61.3 percent, lower than I expected.\n\n"
        + "On GPQA Diamond we measured 78.2.\n\n88.1% on MMLU-Pro, level with Gemini 3 Pro.\n");
    assertClaims(cs, "On Aider", "score MiniMax-M2 on [Aider Polyglot] = 61.3");
    assertClaims(cs, "On GPQA", "score MiniMax-M2 on [GPQA Diamond] = 78.2");
    assertEquals(List.of("score MiniMax-M2 on [MMLU-Pro] = 88.1"),
        of(cs, "88.1%", ClaimKind.SCORE).stream().map(ClauseClaimsTest::describe).toList());
  }

  @Test
  void aDayOfTheMonthAndAMemorySizeAreNoScores() {
    List<Claim> de = claims("de", "Tessera-2-Pro im Test\n\nIm Text-Ranking von LMArena steht Tessera-2-Pro seit dem "
        + "10. November mit 1.452 Punkten auf Platz 3.\n\nCorvid-14B läuft auf einem MacBook mit 32 GB "
        + "Arbeitsspeicher und erreicht auf LiveCodeBench 61,5 Prozent.\n");
    assertClaims(de, "Im Text", "rank Tessera-2-Pro on [LMArena]", "score Tessera-2-Pro on [LMArena] = 1452.0");
    assertClaims(de, "Corvid", "score Corvid-14B on [LiveCodeBench] = 61.5");
    assertClaims(claims("en", "Corvid-14B review\n\nCorvid-14B runs on a MacBook with 32 GB of memory and reaches "
            + "61.5% on LiveCodeBench.\n"),
        "Corvid", "score Corvid-14B on [LiveCodeBench] = 61.5");
  }

  @Test
  void aGermanPronounGoesBackToTheSubjectAfterTheOpeningVerb() {
    List<Claim> cs = claims("de", "Kimi K2 Thinking steigt auf\n\nDen größten Sprung macht GPT-5.1 auf LiveBench, "
        + "wo es jetzt 79,6 Punkte erreicht.\n\nAuf der schwersten Stufe 4 von FrontierMath sind es 19 Prozent.\n");
    assertClaims(cs, "Den größten", "score GPT-5.1 on [LiveBench] = 79.6");
    assertTrue(of(cs, "Auf der", ClaimKind.SCORE).stream().noneMatch(c -> c.subject().text().equals("Stufe 4")),
        describe(cs));
  }

  @Test
  void aCorrectionTakesBackThePartBeforeItsSemicolon() {
    assertClaims(claims("en", "Correction\n\nAn earlier version wrongly said Qwen3-Max scored 71.9 on LiveCodeBench; "
            + "it scored 69.1.\n"),
        "An earlier", "score Qwen3-Max on [LiveCodeBench] = 69.1");
    assertClaims(claims("fr", "Rectificatif\n\nUne version précédente attribuait par erreur à Mistral Medium 3 un "
            + "score de 72,7 % sur MMLU-Pro ; le chiffre communiqué par l'entreprise est de 77,2 %.\n"),
        "Une version", "score Mistral Medium 3 on [MMLU-Pro] = 77.2");
  }

  @Test
  void aNumberFollowedByAWordPointingBackToTheBenchmarkIsAScore() {
    assertClaims(claims("en", "Qwen3-Max thread\n\nAlibaba says it beats Claude Opus 4.1 on SWE-bench Verified and "
            + "scores 69.6 there.\n"),
        "Alibaba", "compare Qwen3-Max vs [Claude Opus 4.1] on [SWE-bench Verified]",
        "score Qwen3-Max on [SWE-bench Verified] = 69.6");
  }

  @Test
  void theEarlierFigureOfAChangeWithoutAVerbIsNobodysScore() {
    assertClaims(claims("es", "Kimi K2 Thinking: el hilo\n\nFrente a Kimi K2, Kimi K2 Thinking mejora mucho en "
            + "LiveCodeBench: del 53,7 % al 83,1 %.\n"),
        "Frente", "compare Kimi K2 Thinking vs [Kimi K2] on [LiveCodeBench]",
        // The later figure is the subject's, on the benchmark before the change.
        "score Kimi K2 Thinking on [LiveCodeBench] = 83.1");
    // With a verb of change the earlier figure is the subject's earlier score.
    assertClaims(claims("en", "GPT-5 review\n\nGPT-5 rises from 61.8 to 66.4 on LiveBench.\n"),
        "GPT-5 rises", "score GPT-5 on [LiveBench] = 61.8", "score GPT-5 on [LiveBench] = 66.4");
  }

  @Test
  void dominatingABoardIsLeadingIt() {
    assertClaims(claims("fr", "Gemini 3 Pro\n\nGemini 3 Pro domine LMArena avec un Elo de 1 487.\n"),
        "Gemini 3 Pro domine", "rank Gemini 3 Pro on [LMArena]", "score Gemini 3 Pro on [LMArena] = 1487.0");
    assertClaims(claims("es", "Gemini 3 Pro\n\nGemini 3 Pro domina LMArena con un Elo de 1487.\n"),
        "Gemini 3 Pro domina", "rank Gemini 3 Pro on [LMArena]", "score Gemini 3 Pro on [LMArena] = 1487.0");
    assertClaims(claims("de", "Gemini 3 Pro\n\nGemini 3 Pro dominiert LMArena mit einem Elo von 1.487.\n"),
        "Gemini 3 Pro dominiert", "rank Gemini 3 Pro on [LMArena]",
        "score Gemini 3 Pro on [LMArena] = 1487.0");
    // With a model after it, the verb compares.
    assertClaims(claims("de", "Gemini 3 Pro\n\nGemini 3 Pro dominiert GPT-5 auf LiveBench.\n"),
        "Gemini 3 Pro dominiert", "compare Gemini 3 Pro vs [GPT-5] on [LiveBench]");
    assertClaims(claims("es", "Gemini 3 Pro\n\nGemini 3 Pro domina a GPT-5 en LiveBench.\n"),
        "Gemini 3 Pro domina", "compare Gemini 3 Pro vs [GPT-5] on [LiveBench]");
  }

  @Test
  void aBuyersGuideHeadingNamesTheBestOfItsKind() {
    List<Claim> en = claims("en", "Which coding model in 2026?\n\nBest overall: Claude Sonnet 4.5\n\n"
        + "GPT-5.1: best for large refactors\n\nBest of all, the price dropped: $3 per million tokens.\n");
    assertEquals("Claude Sonnet 4.5", only(en, "Best overall", ClaimKind.SUPERLATIVE).subject().text());
    assertEquals("GPT-5.1", only(en, "GPT-5.1:", ClaimKind.SUPERLATIVE).subject().text());
    assertTrue(of(en, "Best of all", ClaimKind.SUPERLATIVE).isEmpty(), describe(en));
    List<Claim> es = claims("es", "Guía de modelos\n\nQwen3-Coder, la mejor opción abierta\n");
    assertEquals("Qwen3-Coder", only(es, "Qwen3-Coder", ClaimKind.SUPERLATIVE).subject().text());
  }

  @Test
  void rivalsWithAnAdjectiveAreStillVague() {
    assertEquals(ClaimKind.VAGUE, claims("es", "Foo-2\n\nFoo-2 supera a sus principales competidores en 11 "
        + "de las 14 pruebas.\n").get(0).kind());
    assertEquals(ClaimKind.VAGUE, claims("de", "Foo-2\n\nFoo-2 übertrifft seine wichtigsten Konkurrenten "
        + "in 11 von 14 Benchmarks.\n").get(0).kind());
  }

  @Test
  void aGermanRankVerbWithItsSubjectAfterIt() {
    assertClaims(claims("de", "Neue Rangliste\n\nHeute führt Gemini 3 Pro Wortwerk-Bench mit 84,2 Prozent an.\n"),
        "Heute", "rank Gemini 3 Pro on [Wortwerk-Bench]", "score Gemini 3 Pro on [Wortwerk-Bench] = 84.2");
    // "por detrás de" is no verb: the model after it is the one ahead.
    assertClaims(claims("es", "Kimi K2 Thinking\n\nEn LMArena Text aparece con 1.425 puntos: segundo entre los "
            + "modelos abiertos, solo por detrás de GLM-4.6.\n"),
        "En LMArena", "rank Kimi K2 Thinking vs [GLM-4.6] on [LMArena Text]",
        "score Kimi K2 Thinking on [LMArena Text] = 1425.0");
  }

  @Test
  void aheadOfEveryOtherModelOnABenchmarkIsTheBestThere() {
    List<Claim> cs = claims("en", "Gemini 3 Pro\n\nGemini 3 Pro scores 31.1% on ARC-AGI-2, which put it ahead of "
        + "every other model at launch.\n\nClaude Sonnet 4.5 still leads every open model on SWE-bench Verified.\n\n"
        + "Kimi K2 scores 75.1% on GPQA Diamond, behind all closed models.\n");
    assertEquals(List.of("ARC-AGI-2"),
        texts(only(cs, "Gemini 3 Pro scores", ClaimKind.SUPERLATIVE).benchmarks()));
    // Without "other" the subject may not be of the class; behind all of them is no superlative.
    assertTrue(of(cs, "Claude Sonnet", ClaimKind.SUPERLATIVE).isEmpty(), describe(cs));
    only(cs, "Claude Sonnet", ClaimKind.VAGUE);
    assertTrue(only(cs, "Kimi K2", ClaimKind.VAGUE).negated(), describe(cs));
  }

  @Test
  void aCamelCaseNameAfterOnIsABenchmarkButNotAProduct() {
    assertClaims(claims("en", "ClauseTrace results\n\nOn ClauseTrace, Gemini 3 Pro scores 71.8%.\n"),
        "On ClauseTrace", "score Gemini 3 Pro on [ClauseTrace] = 71.8");
    assertClaims(claims("en", "RepoPulse, November\n\nClaude Opus 4.5 leads the November 2026 round of RepoPulse "
            + "with a resolve rate of 58.3%.\n"),
        "Claude Opus", "rank Claude Opus 4.5 on [RepoPulse]", "score Claude Opus 4.5 on [RepoPulse] = 58.3");
    List<Claim> cs = claims("en", "Kimi K2\n\nKimi K2 scores 71% on GitHub issues we collected.\n");
    assertTrue(cs.stream().flatMap(c -> c.benchmarks().stream()).noneMatch(b -> b.text().equals("GitHub")),
        describe(cs));
  }

  @Test
  void aVendorDescribingItsModelAsTheBestIsASuperlativeOfThatModel() {
    assertEquals("Grok 4", only(claims("fr", "Grok 4 : la FAQ\n\nxAI le décrit comme « le modèle le plus "
        + "intelligent du monde ».\n"), "xAI", ClaimKind.SUPERLATIVE).subject().text());
    assertEquals("Grok 4", only(claims("es", "Grok 4\n\nAnthropic lo vende como el mejor modelo pequeño del "
        + "mercado.\n"), "Anthropic", ClaimKind.SUPERLATIVE).subject().text());
  }

  @Test
  void aFigureHeadingItsLineIsTheModelsNamedAfterTheColonOrNobodys() {
    List<Claim> cs = claims("es", "Gemini 3 Pro: el boletín\n\n61,4 %: lo que marca Claude Sonnet 4.5 en OSWorld.\n\n"
        + "7: el puesto que ocupa ya GLM-4.6 en LMArena WebDev.\n\n"
        + "0: los modelos que han superado el 30 % en FrontierMath Tier 4.\n");
    assertEquals("Claude Sonnet 4.5", only(cs, "61,4", ClaimKind.SCORE).subject().text());
    assertTrue(of(cs, "7:", ClaimKind.SCORE).isEmpty(), describe(cs));
    assertTrue(of(cs, "0:", ClaimKind.SCORE).isEmpty(), describe(cs));
  }

  @Test
  void aFigureTakenBackIsNoScoreAndAClauseOpenedBetweenKeepsItsBenchmark() {
    assertClaims(claims("en", "GLM-5, corrected\n\nOn SWE-bench Verified GLM-5 scores 71.4 percent, not 77.4 percent.\n"),
        "On SWE-bench", "score GLM-5 on [SWE-bench Verified] = 71.4");
    assertClaims(claims("fr", "GLM-5, rectificatif\n\nSur SWE-bench Verified, GLM-5 obtient 71,4 %, et non 77,4 %.\n"),
        "Sur SWE-bench", "score GLM-5 on [SWE-bench Verified] = 71.4");
    List<Claim> cs = claims("en", "LedgerBench results\n\nGrok 4 ranks fifth on GPQA Diamond with 87.5% but only "
        + "eleventh on LedgerBench, at 25.3%.\n");
    assertEquals(List.of("GPQA Diamond"), of(cs, "Grok 4", ClaimKind.SCORE).stream()
        .filter(c -> c.value() == 87.5).map(c -> c.benchmarks().get(0).text()).toList(), describe(cs));
  }

  @Test
  void aBenchmarkGivenWithItsScoreIsReadWhereverItStands() {
    assertClaims(claims("de", "GPT-5.1 im Test\n\nGPT-5.1 ist da. Konkret nennt sie HLE mit 26,5 Prozent und "
            + "ARC-AGI-2 mit 17,6 Prozent.\n"),
        "Konkret", "score GPT-5.1 on [HLE] = 26.5", "score GPT-5.1 on [ARC-AGI-2] = 17.6");
    // A sentence adverb opening the sentence is nobody's name.
    assertTrue(of(claims("de", "GPT-5.1 im Test\n\nGPT-5.1 ist da. Konkret nennt sie HLE mit 26,5 Prozent.\n"),
        "Konkret", ClaimKind.SCORE).stream().noneMatch(c -> "Konkret".equals(c.attribution().claimant())));
    // A description of a model is no benchmark.
    List<Claim> described = claims("de", "Qwen3-30B-A3B\n\nAuf GPQA Diamond liegt Qwen3-30B-A3B vorn. Auch Phi-4 "
        + "muss sich dem MoE-Modell mit 56,0 Prozent geschlagen geben.\n");
    assertTrue(described.stream().flatMap(c -> c.benchmarks().stream())
        .noneMatch(b -> b.text().equals("MoE-Modell")), describe(described));
    // A size given with a noun is no score, and the noun no benchmark.
    List<Claim> cs = claims("de", "GLM-4.6\n\nGLM-4.6 ist ein MoE-Modell mit 355 Milliarden Parametern.\n");
    assertTrue(of(cs, "GLM-4.6 ist", ClaimKind.SCORE).isEmpty(), describe(cs));
  }

  @Test
  void placesReadInEveryLanguage() {
    assertClaims(claims("en", "November recap\n\nGrok 4 Fast fell five places on LiveBench, to 14th.\n"),
        "Grok 4 Fast", "rank Grok 4 Fast on [LiveBench]");
    assertClaims(claims("en", "November recap\n\nOn LMArena WebDev the order is the same, with Gemini 3 Pro first "
            + "and GPT-5.1 fourth.\n"),
        "On LMArena", "rank Gemini 3 Pro on [LMArena WebDev]", "rank GPT-5.1 on [LMArena WebDev]");
    assertClaims(claims("en", "November recap\n\nOn LiveBench, GPT-5.1 leads with a global average of 79.3.\n"),
        "On LiveBench", "rank GPT-5.1 on [LiveBench]", "score GPT-5.1 on [LiveBench] = 79.3");
    assertClaims(claims("fr", "Palmarès\n\nLe classement LiveBench place Gemini 3 Pro en tête avec 79,7 points.\n"),
        "Le classement", "rank Gemini 3 Pro on [LiveBench]", "score Gemini 3 Pro on [LiveBench] = 79.7");
    assertClaims(claims("fr", "Palmarès\n\nSur LMArena, Claude Sonnet 4.5 n'y apparaît qu'au septième rang.\n"),
        "Sur LMArena", "rank Claude Sonnet 4.5 on [LMArena]");
    assertClaims(claims("de", "Rückblick\n\nIn der LMArena übernimmt Gemini 3 Pro die Führung.\n"),
        "In der", "rank Gemini 3 Pro on [LMArena]");
    assertClaims(claims("es", "Clasificaciones\n\nEn LMArena, GLM-4.6 lidera entre los abiertos.\n"),
        "En LMArena", "rank GLM-4.6 on [LMArena]");
    // "ahead of" with no verb after a comma compares; the place a sentence fronts is left alone.
    assertClaims(claims("de", "LiveBench\n\nBei LiveBench führt GPT-5.1 weiterhin mit 79,8 Punkten, knapp vor "
            + "Gemini 3 Pro.\n"),
        "Bei LiveBench", "rank GPT-5.1 on [LiveBench]", "compare GPT-5.1 vs [Gemini 3 Pro] on [LiveBench]",
        "score GPT-5.1 on [LiveBench] = 79.8");
    List<Claim> cs = claims("de", "GPT-5.1\n\nIn der LMArena taucht GPT-5.1 noch nicht auf; dort führt weiterhin "
        + "Gemini 3 Pro.\n");
    assertTrue(of(cs, "In der", ClaimKind.RANK).stream().noneMatch(c -> c.subject().text().equals("GPT-5.1")),
        describe(cs));
  }

  @Test
  void aModelIsNeverComparedWithItselfNorTheOneItWasComparedWith() {
    // "it" is the article's model; "Claude" is its own family name.
    List<Claim> cs = claims("en", "Claude Sonnet 4.5 explained\n\nClaude Sonnet 4.5 is out. DeepSeek is free and its "
        + "model is open, but it is noticeably weaker than Claude for coding.\n");
    assertTrue(of(cs, "DeepSeek is", ClaimKind.COMPARE).isEmpty(), describe(cs));
    // Nothing recognised "the Scottish model": the phrase after "but" is not Qwen3-14B's.
    cs = claims("en", "Corvid-14B\n\nCorvid-14B is out. That puts the Scottish model behind Qwen3-14B but ahead "
        + "of Phi-4 on LiveBench.\n");
    assertTrue(of(cs, "That puts", ClaimKind.COMPARE).stream()
        .noneMatch(c -> c.subject().text().equals("Qwen3-14B")), describe(cs));
    // A score given with a benchmark after the competitor is the subject's.
    cs = claims("en", "Foo-2\n\nFoo-2-Speciale outperformed GPT-5 on the AIME 2025 contest with a score of "
        + "99.2%.\n");
    assertEquals("Foo-2-Speciale", only(cs, "Foo-2-Speciale", ClaimKind.SCORE).subject().text());
    assertClaims(claims("en", "GPT-4.5\n\nOn SimpleQA, GPT-4.5 reaches 62.5% accuracy, well ahead of GPT-4o at "
            + "38.2%.\n"),
        "On SimpleQA", "compare GPT-4.5 vs [GPT-4o] on [SimpleQA]", "score GPT-4.5 on [SimpleQA] = 62.5",
        "score GPT-4o on [SimpleQA] = 38.2");
  }

  @Test
  void aPlaceJoinedToItsScoreGivesTheRankedModelTheScore() {
    assertClaims(claims("en", "LiveBench\n\nOn LiveBench, GPT-5.1 leads with 79.3. Claude Sonnet 4.5 is third at 75.3 "
            + "and Grok 4 fifth at 72.1.\n"),
        "Claude Sonnet 4.5 is", "rank Claude Sonnet 4.5 on [LiveBench]", "rank Grok 4 on [LiveBench]",
        "score Claude Sonnet 4.5 on [LiveBench] = 75.3", "score Grok 4 on [LiveBench] = 72.1");
    // Numbers listed after the places are read in order, not given to the nearest name.
    List<Claim> cs = claims("en", "LiveBench\n\nOn LiveBench, Claude Sonnet 4.5 climbs two places to second (76.1), "
        + "overtaking Gemini 2.5 Pro and o3, which now sit third and fourth at 74.8 and 74.2 respectively.\n");
    assertTrue(of(cs, "On LiveBench", ClaimKind.SCORE).stream()
        .noneMatch(c -> c.subject().text().equals("o3") && c.value() == 74.8), describe(cs));
    assertClaims(claims("en", "LMArena\n\nOn LMArena, Qwen3-235B-A22B at 1,422 is statistically tied with "
            + "DeepSeek-V3.2-Exp at 1,421.\n"),
        "On LMArena", "parity Qwen3-235B-A22B vs [DeepSeek-V3.2-Exp] on [LMArena]",
        "score Qwen3-235B-A22B on [LMArena] = 1422.0", "score DeepSeek-V3.2-Exp on [LMArena] = 1421.0");
    assertClaims(claims("fr", "LiveBench\n\nSur LiveBench, Gemini 3 Pro obtient 79,7 de moyenne, GPT-5.1 78,3.\n"),
        "Sur LiveBench", "score Gemini 3 Pro on [LiveBench] = 79.7", "score GPT-5.1 on [LiveBench] = 78.3");
  }

  @Test
  void aNameWhoseNumberIsAPercentageIsANameAndAScore() {
    assertClaims(claims("de", "Gemini 3 Pro im Test\n\nGemini 3 Pro ist da. Bei MMMU-Pro nennt Google 81 Prozent, "
            + "bei Video-MMMU 87,6 Prozent.\n"),
        "Bei MMMU-Pro", "score Gemini 3 Pro on [MMMU-Pro] = 81.0", "score Gemini 3 Pro on [Video-MMMU] = 87.6");
    List<Claim> cs = claims("de", "MiniMax-M2\n\nBeim MRCR-Test kam MiniMax-M2 nur auf 29 Prozent, während "
        + "Gemini 2.5 Flash im selben Setup 54 Prozent schaffte.\n");
    assertTrue(cs.stream().noneMatch(c -> c.subject().text().startsWith("Setup")), describe(cs));
    assertClaims(claims("en", "Grok 4 review\n\nGrok 4 is here. On MMMU-Pro, xAI reports 81 percent, and on "
            + "Video-MMMU 87.6 percent.\n"),
        "On MMMU-Pro", "score Grok 4 on [MMMU-Pro] = 81.0", "score Grok 4 on [Video-MMMU] = 87.6");
  }

  @Test
  void aFigureThenTheSameAsIsParityInEveryLanguage() {
    assertEquals(List.of("GPT-5"), texts(only(claims("en", "Grok 4\n\nOn GPQA Diamond Grok 4 scores 87.5%, "
        + "practically the same as GPT-5's 87.3%.\n"), "On GPQA", ClaimKind.PARITY).objects()));
    assertEquals(List.of("GPT-5"), texts(only(claims("fr", "Grok 4\n\nSur GPQA Diamond, Grok 4 obtient 87,5 %, "
        + "pratiquement autant que les 87,3 % de GPT-5.\n"), "Sur GPQA", ClaimKind.PARITY).objects()));
    assertEquals(List.of("GPT-5"), texts(only(claims("de", "Grok 4\n\nBei GPQA Diamond erreicht Grok 4 87,5 "
        + "Prozent, praktisch genauso viel wie GPT-5.\n"), "Bei GPQA", ClaimKind.PARITY).objects()));
    assertEquals(List.of("Claude Sonnet 4"), texts(only(claims("es", "Claude Haiku 4.5\n\nEl nuevo modelo "
        + "obtiene un 73,3 % en SWE-bench Verified, prácticamente lo mismo que Claude Sonnet 4.\n"), "El nuevo",
        ClaimKind.PARITY).objects()));
    // A price is no result.
    assertTrue(of(claims("en", "Grok 4\n\nGrok 4 costs $3, the same as GPT-5.\n"), "Grok 4 costs",
        ClaimKind.PARITY).isEmpty());
  }

  @Test
  void aClaimAskedOrSupposedIsNoClaim() {
    assertTrue(of(claims("en", "Corvid-14B\n\nAsked whether Corvid-14B could compete with ChatGPT, Raghavan "
        + "said that was not the point.\n"), "Asked", ClaimKind.PARITY).isEmpty());
    assertTrue(of(claims("es", "Grok 4\n\nQué es Grok 4, la IA de Elon Musk, y si de verdad es mejor que "
        + "ChatGPT.\n"), "Qué es", ClaimKind.COMPARE).isEmpty());
    assertTrue(of(claims("de", "Gemini 2.5 Flash\n\nNächste Woche reden wir über Gemini 2.5 Flash und ob das "
        + "wirklich das beste Preis-Leistungs-Modell ist.\n"), "Nächste", ClaimKind.SUPERLATIVE).isEmpty());
    // The claim after the clause of the question stands.
    assertEquals(1, of(claims("en", "Grok 4\n\nWhatever one thinks of whether it matters, Grok 4 beats GPT-5 on "
        + "HLE.\n"), "Whatever", ClaimKind.COMPARE).size());
  }

  @Test
  void aClauseWithAVagueScopeOfItsOwnBorrowsNoBenchmark() {
    assertClaims(claims("en", "Tessera\n\nTessera-2-Flash matches Qwen3-32B on MMLU-Pro and beats gpt-oss-20b on "
            + "every coding benchmark we ran.\n"),
        "Tessera-2-Flash", "parity Tessera-2-Flash vs [Qwen3-32B] on [MMLU-Pro]",
        "vague Tessera-2-Flash vs [gpt-oss-20b]");
    assertClaims(claims("en", "Gemini 3 Pro\n\nGoogle said Gemini 3 Pro outperforms GPT-5.1 on \"nearly every major "
            + "benchmark\".\n"),
        "Google said", "vague Gemini 3 Pro vs [GPT-5.1]");
  }

  @Test
  void theBestNamedAfterTheVerbIsThatModelsNotTheArticles() {
    List<Claim> cs = claims("en", "Grok 4 review\n\nGrok 4 is out. The best open model on LMArena is Kimi K2 "
        + "Thinking, in 19th.\n\nIt is the best model on HLE.\n");
    assertEquals("Kimi K2 Thinking", only(cs, "The best", ClaimKind.SUPERLATIVE).subject().text());
    assertEquals("Grok 4", only(cs, "It is", ClaimKind.SUPERLATIVE).subject().text());
    assertEquals("Kimi K2 Thinking", only(claims("fr", "Grok 4\n\nGrok 4 est sorti. Le meilleur modèle ouvert "
        + "sur LMArena est Kimi K2 Thinking.\n"), "Le meilleur", ClaimKind.SUPERLATIVE).subject().text());
    // "is not X" says nothing of X's being the best.
    assertTrue(of(claims("en", "Grok 4 review\n\nGrok 4 is out. The best open model on LMArena is not Kimi K2 "
        + "Thinking.\n"), "The best", ClaimKind.SUPERLATIVE).stream()
        .noneMatch(c -> c.subject().text().equals("Kimi K2 Thinking") && !c.negated()));
  }

  @Test
  void aBenchmarkBeforeALongScorePhraseIsItsNumbers() {
    assertClaims(claims("de", "Qwen3-Max im Test\n\nQwen3-Max ist da. Bei AIME 2025 erreicht das Modell laut "
            + "Alibaba 91 Prozent, bei LiveCodeBench 73,2 Prozent.\n"),
        "Bei AIME", "score Qwen3-Max on [AIME 2025] = 91.0", "score Qwen3-Max on [LiveCodeBench] = 73.2");
    // A comma between the benchmark and the phrase leaves the number to its own benchmark.
    assertTrue(of(claims("de", "Qwen3-Max im Test\n\nQwen3-Max ist da. Bei AIME 2025, so heißt es, erreicht "
            + "das Modell nach Angaben des Herstellers aus Hangzhou 91 Prozent, bei LiveCodeBench 73,2 Prozent.\n"),
        "Bei AIME", ClaimKind.SCORE).stream().noneMatch(c -> c.value() == 73.2
            && c.benchmarks().get(0).text().equals("AIME 2025")));
  }

  @Test
  void aFigureSomeoneGivesForTheModelIsItsScore() {
    assertClaims(claims("de", "Grok 4 im Test\n\nGrok 4 ist da. Auf SWE-bench Verified geben sie 68 Prozent an.\n"),
        "Auf SWE-bench", "score Grok 4 on [SWE-bench Verified] = 68.0");
    assertClaims(claims("de", "Grok 4 im Test\n\nGrok 4 ist da. Bei SimpleQA nennt xAI 52 Prozent.\n"),
        "Bei SimpleQA", "score Grok 4 on [SimpleQA] = 52.0");
    // A count of models and a rise in requests are no scores.
    assertTrue(of(claims("de", "Grok 4 im Test\n\nGrok 4 ist da. Auf SimpleQA nennt xAI 52 Modelle.\n"),
        "Auf SimpleQA", ClaimKind.SCORE).isEmpty());
  }

  @Test
  void aFigureAPersonGivesIsTheArticlesModels() {
    assertClaims(claims("en", "GPT-5.1 tested\n\nGPT-5.1 is out. On SimpleQA he cites 52 percent.\n"),
        "On SimpleQA", "score GPT-5.1 on [SimpleQA] = 52.0");
    assertClaims(claims("de", "GPT-5.1 im Test\n\nGPT-5.1 ist da. Bei SimpleQA nennt er 52 Prozent.\n"),
        "Bei SimpleQA", "score GPT-5.1 on [SimpleQA] = 52.0");
    // A model named before the figure owns it.
    assertClaims(claims("en", "GPT-5.1 tested\n\nGPT-5.1 is out. She says Grok 4 scores 52 percent on "
        + "SimpleQA.\n"), "She says", "score Grok 4 on [SimpleQA] = 52.0");
  }

  @Test
  void aPlaceBelowOrAboveAnotherModelIsAComparison() {
    assertClaims(claims("fr", "gpt-oss-120b\n\ngpt-oss-120b est sorti. Chez moi, gpt-oss-120b fait 48 % sur "
            + "Aider Polyglot, ce qui reste sous Qwen3-Coder.\n"),
        "Chez moi", "compare gpt-oss-120b vs [Qwen3-Coder] on [Aider Polyglot] NOT",
        "score gpt-oss-120b on [Aider Polyglot] = 48.0");
    assertClaims(claims("fr", "gpt-oss-120b\n\ngpt-oss-120b est sorti. Sur AIME 2025, j'ai 93 % sur mes "
            + "propres runs, ce qui le met au-dessus de DeepSeek-R1-0528.\n"),
        "Sur AIME", "compare gpt-oss-120b vs [DeepSeek-R1-0528] on [AIME 2025]",
        "score gpt-oss-120b on [AIME 2025] = 93.0");
    // A licence is no model.
    assertTrue(of(claims("fr", "gpt-oss-120b\n\ngpt-oss-120b est sous Apache 2.0 et reste sous licence "
        + "MIT.\n"), "gpt-oss-120b est", ClaimKind.COMPARE).isEmpty());
  }

  @Test
  void germanPlacesAndScoresWithTheFigureOrTheFieldFirst() {
    assertClaims(claims("de", "GPT-5 im Test\n\nGPT-5 ist da. Aider Polyglot: GPT-5 hält mit 88,0 Prozent "
            + "weiterhin die Spitze.\n"),
        "Aider Polyglot", "rank GPT-5 on [Aider Polyglot]", "score GPT-5 on [Aider Polyglot] = 88.0");
    assertClaims(claims("de", "Gemini 3 Pro im Test\n\nGemini 3 Pro ist da. 1.501 Elo-Punkte hat Gemini 3 Pro "
            + "derzeit in der Textwertung von LMArena.\n"),
        "1.501", "score Gemini 3 Pro on [LMArena] = 1501.0");
    // Holding the top of a company is no place on a board.
    assertTrue(of(claims("de", "GPT-5 im Test\n\nGPT-5 ist da. Er hält die Spitze des Konzerns für zu "
        + "vorsichtig.\n"), "Er hält", ClaimKind.RANK).isEmpty());
  }

  @Test
  void aBenchmarkTheDocumentNamesOnceIsOneWhereverItStands() {
    assertClaims(claims("en", "ARC-AGI-2 results\n\nGemini 3 Pro scores 31.1% on ARC-AGI-2. ARC-AGI-2 tasks are "
            + "hard. GPT-5.1 scores 17.6%.\n"),
        "GPT-5.1 scores", "score GPT-5.1 on [ARC-AGI-2] = 17.6");
    assertClaims(claims("fr", "Palmarès\n\nGemini 3 Pro entre directement en tête d’Évalu-FR avec 78,4 "
            + "points.\n"),
        "Gemini 3 Pro", "rank Gemini 3 Pro on [Évalu-FR]", "score Gemini 3 Pro on [Évalu-FR] = 78.4");
  }

  @Test
  void aNumberGoesToTheModelItsOwnWordsNameNotToTheNearest() {
    // A possessive after the competitor hands it the number after.
    assertClaims(claims("fr", "GPT-5.1\n\nGPT-5.1 est sorti. Sur LMArena WebDev, GPT-5.1 est deuxième, avec 1 476 "
            + "points, derrière Claude Opus 4.1 et ses 1 493 points.\n"),
        "Sur LMArena", "rank GPT-5.1 vs [Claude Opus 4.1] on [LMArena WebDev]",
        "score GPT-5.1 on [LMArena WebDev] = 1476.0", "score Claude Opus 4.1 on [LMArena WebDev] = 1493.0");
    // "that we had measured for": the number is the model's named after.
    List<Claim> cs = claims("fr", "Tessera-2-Pro\n\nTessera-2-Pro est sorti. Sur LiveCodeBench, il a obtenu 71 %, "
        + "inférieur aux 79 % que nous avions relevés pour GPT-5.1.\n");
    assertEquals("GPT-5.1", of(cs, "Sur LiveCodeBench", ClaimKind.SCORE).stream()
        .filter(c -> c.value() == 79.0).findFirst().orElseThrow().subject().text(), describe(cs));
    // A tie said with the test between the verb and its competitor: the figure is the subject's.
    cs = claims("es", "Qwen3.5-Max\n\nQwen3.5-Max ya está disponible. Según Aider, Qwen3.5-Max empata en esa "
        + "prueba con Claude Sonnet 4.5, con un 78,0 %.\n");
    assertEquals("Qwen3.5-Max", only(cs, "Según Aider", ClaimKind.SCORE).subject().text(), describe(cs));
    assertEquals(1, of(cs, "Según Aider", ClaimKind.PARITY).size(), describe(cs));
  }

  @Test
  void aNumberWithABenchmarkPhraseOfItsOwnTakesNoOtherBenchmark() {
    List<Claim> cs = claims("es", "DeepSeek-V4\n\nDeepSeek-V4 ya está disponible. Según el informe, DeepSeek-V4 "
        + "obtuvo un 96,2 % en la olimpiada de mates de la casa y un 74,8 % en SWE-bench Verified.\n");
    assertTrue(of(cs, "Según el informe", ClaimKind.SCORE).stream().noneMatch(c -> c.value() == 96.2),
        describe(cs));
    assertEquals(1, of(cs, "Según el informe", ClaimKind.SCORE).size(), describe(cs));
    // A place number before the benchmark is no score of its own.
    assertClaims(claims("de", "Gemini 3 Pro im Test\n\nGemini 3 Pro ist da. Gemini 3 Pro steht mit 1.501 Punkten "
            + "auf Platz 1 der LMArena.\n"),
        "Gemini 3 Pro steht", "rank Gemini 3 Pro on [LMArena]", "score Gemini 3 Pro on [LMArena] = 1501.0");
  }

  @Test
  void aMarginOrAShareOfAPriceIsNoResult() {
    assertTrue(of(claims("en", "Gemini 3 Pro pricing\n\nGemini 3 Pro is out. It lists at $2 per million input "
        + "tokens, roughly 40% below Claude Opus 4.1 on a blended basis.\n"), "It lists", ClaimKind.COMPARE)
        .isEmpty());
    assertClaims(claims("en", "Gemini 3 Pro\n\nGemini 3 Pro is out. On SWE-bench Verified Gemini 3 Pro scores "
            + "76.2%, 2% below Claude Sonnet 4.5.\n"),
        "On SWE-bench", "compare Gemini 3 Pro vs [Claude Sonnet 4.5] on [SWE-bench Verified] NOT",
        "score Gemini 3 Pro on [SWE-bench Verified] = 76.2");
  }

  @Test
  void aDayToComeOrAConditionNeededIsNoClaim() {
    assertTrue(of(claims("fr", "Gemini 3 Pro\n\nGemini 3 Pro est sorti. Le jour où il battra GPT-5.1 sur "
        + "Terminal-Bench, je serai ravie.\n"), "Le jour", ClaimKind.COMPARE).isEmpty());
    assertTrue(of(claims("es", "Qwen3-Max\n\nQwen3-Max ya está aquí. Para nuestra tesis no hace falta que Qwen3-Max "
        + "sea el mejor modelo del mercado.\n"), "Para nuestra", ClaimKind.SUPERLATIVE).isEmpty());
  }

  @Test
  void aNameAfterACommaAndAListWordWithAClaimOfItsOwnOpensAClause() {
    assertClaims(claims("en", "LMArena\n\nOn LMArena, Claude Opus 4.5 is second with 1,497, statistically tied "
            + "with Gemini 3 Pro, and GPT-5.1 is third with 1,486.\n"),
        "On LMArena", "rank Claude Opus 4.5 on [LMArena]", "parity Claude Opus 4.5 vs [Gemini 3 Pro] on [LMArena]",
        "rank GPT-5.1 on [LMArena]", "score Claude Opus 4.5 on [LMArena] = 1497.0",
        "score GPT-5.1 on [LMArena] = 1486.0");
  }

  @Test
  void aNameJoinedToAGermanWordForABoardIsABenchmark() {
    assertClaims(claims("de", "Sprachwerk-Update\n\nNeu im November. Claude Haiku 4.5 landet im Sprachwerk-Ranking "
            + "mit 76,3 Punkten auf Platz neun und damit vor dem deutlich größeren Llama 4 Maverick.\n"),
        "Claude Haiku", "rank Claude Haiku 4.5 on [Sprachwerk]",
        "compare Claude Haiku 4.5 vs [Llama 4 Maverick] on [Sprachwerk]",
        "score Claude Haiku 4.5 on [Sprachwerk] = 76.3");
    // A compound that describes the benchmark named after it, or a general word, is none.
    assertClaims(claims("de", "Qwen3-Max im Test\n\nQwen3-Max ist da. Im Chatbot-Ranking LMArena steht Qwen3-Max "
            + "mit 1.441 Punkten auf dem vierten Rang.\n"),
        "Im Chatbot", "rank Qwen3-Max on [LMArena]", "score Qwen3-Max on [LMArena] = 1441.0");
    // A threshold is no score.
    assertTrue(of(claims("de", "Kimi K2 Thinking\n\nKimi K2 Thinking ist da. Es überschreitet in der "
        + "Sprachwerk-Gesamtwertung die Marke von 80 Punkten.\n"), "Es überschreitet", ClaimKind.SCORE).isEmpty());
  }

  @Test
  void whereWeAreIsTheModelsFigure() {
    assertClaims(claims("en", "Tessera-2-Pro\n\nTessera-2-Pro is out. On ARC-AGI-2: \"We're at 24% on the "
            + "semi-private set.\"\n"),
        "On ARC-AGI-2", "score Tessera-2-Pro on [ARC-AGI-2] = 24.0");
  }

  @Test
  void aPlaceThenTheScoreItStandsOn() {
    assertClaims(claims("en", "WebDev Arena recap\n\nA quiet month. That leaves Opus 4.1 third in the WebDev Arena on "
            + "1,471, with Claude Sonnet 4.5 fourth on 1,469.\n"),
        "That leaves", "rank Opus 4.1 on [WebDev Arena]", "rank Claude Sonnet 4.5 on [WebDev Arena]",
        "score Opus 4.1 on [WebDev Arena] = 1471.0", "score Claude Sonnet 4.5 on [WebDev Arena] = 1469.0");
    // A day is no score.
    assertTrue(of(claims("en", "LMArena recap\n\nA quiet month. Grok 4 came second on LMArena on Monday.\n"),
        "Grok 4 came", ClaimKind.SCORE).isEmpty());
  }

  @Test
  void frenchBeingAtAFigureIsAScore() {
    assertClaims(claims("fr", "Qwen3-Max\n\nQwen3-Max est sorti. Sur LiveBench, Qwen3-Max est à 76,2 de moyenne "
            + "globale.\n"),
        "Sur LiveBench", "score Qwen3-Max on [LiveBench] = 76.2");
    // A share of a price is none.
    assertTrue(of(claims("fr", "Qwen3-Max\n\nQwen3-Max est sorti. Sur LiveBench, le modèle est à 30 % moins cher "
        + "que GPT-5.\n"), "Sur LiveBench", ClaimKind.SCORE).isEmpty());
  }

  @Test
  void germanKeepingUpWithAFieldBeforeTheCompetitor() {
    List<Claim> cs = claims("de", "GLM-4.6\n\nZhipu hat GLM-4.6 vorgestellt. Das Modell GLM-4.6 könne beim "
        + "Programmieren mit führenden US-Modellen wie GPT-5 mithalten, teilte das Unternehmen mit.\n");
    assertEquals(List.of("GPT-5"), texts(only(cs, "Das Modell", ClaimKind.PARITY).objects()), describe(cs));
    // Not keeping up is no parity read as one.
    assertTrue(of(claims("de", "GLM-4.6\n\nZhipu hat GLM-4.6 vorgestellt. GLM-4.6 kann nicht mit GPT-5 "
        + "mithalten.\n"), "GLM-4.6 kann", ClaimKind.PARITY).stream().allMatch(Claim::negated));
  }

  @Test
  void aPronounAfterTheOneModelASentenceNamesInAParagraphAboutItIsThatModel() {
    String column = "Llama 4 Maverick and the vendor charts\n\n"
        + "Take Llama 4 Maverick. Meta said it ranked second on LMArena.\n\n"
        + "Coding is where the gap is widest. According to Tallyhouse, DeepSeek-V3.1 resolves 54.8% of "
        + "SWE-bench Verified issues, which puts it behind Kimi K2 on that setup.\n\n"
        + "Alibaba's chart for Qwen3-235B-A22B showed it ahead of DeepSeek-R1 on Arena-Hard-Auto.\n";
    List<Claim> cs = claims("en", column);
    assertEquals("DeepSeek-V3.1", only(cs, "According to Tallyhouse", ClaimKind.COMPARE).subject().text(),
        describe(cs));
    assertEquals("Qwen3-235B-A22B", only(cs, "Alibaba's chart", ClaimKind.COMPARE).subject().text(),
        describe(cs));
    // The pronoun a named model's verb takes is another model; "the model" is the article's.
    List<Claim> other = claims("en", "Llama 4 Maverick and the vendor charts\n\nTake Llama 4 Maverick. Meta said it ranked second "
        + "on LMArena.\n\nDeepSeek's V3.2-Exp, released in September, undercuts it on price, and "
        + "Qwen3-Max outscores it on LiveCodeBench.\n\nOn Arena-Hard, a test judged by GPT-4-Turbo, the "
        + "model clocks in at 97.1.\n");
    assertEquals(List.of("Llama 4 Maverick"),
        texts(only(other, "DeepSeek's V3.2-Exp", ClaimKind.COMPARE).objects()), describe(other));
    assertEquals("Llama 4 Maverick", only(other, "On Arena-Hard", ClaimKind.SCORE).subject().text(),
        describe(other));
  }

  @Test
  void theMakerNamedAfterAModelIsNotTheSubject() {
    assertClaims(claims("en", "Magistral review\n\nA new reasoning model. Magistral Medium from Mistral beats "
            + "GPT-5 on AIME 2025.\n"),
        "Magistral Medium from", "compare Magistral Medium vs [GPT-5] on [AIME 2025]");
    assertClaims(claims("fr", "Magistral à l'essai\n\nUn nouveau modèle. Magistral Medium de Mistral dépasse "
            + "GPT-5 sur AIME 2025.\n"),
        "Magistral Medium de", "compare Magistral Medium vs [GPT-5] on [AIME 2025]");
    assertClaims(claims("de", "Magistral im Test\n\nEin neues Modell. DeepSeek-V3.1 von DeepSeek schlägt "
            + "GPT-5 auf AIME 2025.\n"),
        "DeepSeek-V3.1 von", "compare DeepSeek-V3.1 vs [GPT-5] on [AIME 2025]");
  }

  @Test
  void aCountOfABenchmarksTasksIsNoScore() {
    assertClaims(claims("en", "gpt-oss-120b on one GPU\n\nMy run. For comparison, Qwen3-Coder-30B-A3B landed "
            + "at 47.0% on the same 500 SWE-bench Verified tasks.\n"),
        "For comparison", "score Qwen3-Coder-30B-A3B on [SWE-bench Verified] = 47.0");
    assertClaims(claims("en", "Gemini 3 Pro\n\nGemini 3 Pro is out. Epoch AI said a run put Gemini 3 Pro "
            + "at 38 percent on FrontierMath tiers 1 to 3.\n"),
        "Epoch AI said", "score Gemini 3 Pro on [FrontierMath] = 38.0");
  }

  @Test
  void aPlanAndAPriceAreNoClaims() {
    List<Claim> cs = claims("en", "Mistral Medium 3.1\n\nMistral Medium 3.1 is out. The company has said it "
        + "aims to retake the top spot on LMArena. It is priced at $0.40 per million input tokens, far "
        + "below what Anthropic charges for Claude Sonnet 4.5.\n");
    assertTrue(of(cs, "The company", ClaimKind.RANK).isEmpty(), describe(cs));
    assertTrue(of(cs, "It is priced", ClaimKind.COMPARE).isEmpty(), describe(cs));
  }

  @Test
  void aClauseJoinedByButSharesItsSubject() {
    assertClaims(claims("fr", "GLM-4.6 à l'essai\n\nLe modèle de Z.ai face à Claude. Sur Terminal-Bench, il "
            + "obtient 40,5 %, en dessous des 50 % de Claude Sonnet 4.5, mais au niveau de GPT-5.\n"),
        "Sur Terminal-Bench", "compare GLM-4.6 vs [Claude Sonnet 4.5] on [Terminal-Bench] NOT",
        "parity GLM-4.6 vs [GPT-5] on [Terminal-Bench]", "score GLM-4.6 on [Terminal-Bench] = 40.5",
        "score Claude Sonnet 4.5 on [Terminal-Bench] = 50.0");
    assertClaims(claims("fr", "GLM-4.6 à l'essai\n\nLe modèle de Z.ai face à Claude. C'est mieux que GPT-5 "
            + "mini, mais loin derrière GPT-5.\n"),
        "C'est mieux", "compare GLM-4.6 vs [GPT-5 mini]", "compare GLM-4.6 vs [GPT-5] NOT");
    assertClaims(claims("es", "GPT-5.1\n\nGPT-5.1 ya está aquí. En LMArena, GPT-5.1 está hoy tercero, "
            + "prácticamente empatado con Grok 4 y por detrás de Gemini 3 Pro.\n"),
        "En LMArena", "parity GPT-5.1 vs [Grok 4] on [LMArena]",
        "compare GPT-5.1 vs [Gemini 3 Pro] on [LMArena] NOT");
    // A relative clause after the conjunction is another model's.
    List<Claim> cs = claims("en", "gpt-oss-120b\n\ngpt-oss-120b tested. It does not beat o4-mini, though, "
        + "which resolved 58.2% of SWE-bench Verified.\n");
    assertEquals("o4-mini", only(cs, "It does not", ClaimKind.SCORE).subject().text(), describe(cs));
  }

  @Test
  void aProductIsASubjectButNoFactsOwner() {
    assertClaims(claims("fr", "Le Chat contre ChatGPT\n\nUn comparatif. Le Chat ne dépasse pas ChatGPT sur "
            + "GPQA Diamond.\n"),
        "Le Chat ne", "compare Le Chat vs [ChatGPT] on [GPQA Diamond] NOT");
  }

  @Test
  void theModelBehindAProductIsNoComparison() {
    assertClaims(claims("en", "Gemini 3 Pro review\n\nGemini 3 Pro is out. Gemini 3 Pro is ahead of GPT-5, the "
            + "model behind ChatGPT, on LMArena.\n"),
        "Gemini 3 Pro is ahead", "compare Gemini 3 Pro vs [GPT-5] on [LMArena]");
    // „bleibt das Modell hinter X zurück" is one.
    assertClaims(claims("de", "Gemini 3 Pro im Test\n\nGemini 3 Pro ist da. Bei HumanEval bleibt das Modell "
            + "hinter Phi-4 zurück.\n"),
        "Bei HumanEval", "compare Gemini 3 Pro vs [Phi-4] on [HumanEval] NOT");
  }

  @Test
  void aGermanRelativeClauseAfterTheSubjectKeepsItsModelOut() {
    assertClaims(claims("de", "Gemini 3 Pro im Test\n\nGemini 3 Pro ist da. GPT-5, das in ChatGPT zum Einsatz "
            + "kommt, liegt mit 74,9 Prozent knapp hinter Gemini 3 Pro.\n"),
        "GPT-5, das", "compare GPT-5 vs [Gemini 3 Pro] NOT");
  }

  @Test
  void aShortFormIsNoPartOfALongerName() {
    List<Claim> cs = claims("en", "Mistral Medium 3.1 review\n\nMistral Medium 3.1 is the flagship. On "
        + "LiveBench, Medium beats GPT-4o. The bigger sibling Magistral Medium beats GPT-4o on AIME 2025.\n");
    assertEquals("Medium", only(cs, "On LiveBench", ClaimKind.COMPARE).subject().text(), describe(cs));
    assertEquals("Magistral Medium", only(cs, "The bigger", ClaimKind.COMPARE).subject().text(),
        describe(cs));
    assertTrue(claims("de", "Mistral Medium 3.1 im Porträt\n\nMistral Medium 3.1 ist das Flaggschiff. Die "
            + "größere Schwester Magistral Medium erreicht auf AIME 2025 laut Mistral 73,6 Prozent.\n").stream()
        .noneMatch(c -> c.subject().text().equals("Medium")));
  }

  @Test
  void votesAndThresholdsAreNoScores() {
    assertClaims(claims("de", "Kimi K2 Thinking\n\nKimi K2 Thinking ist da. Auf LMArena kommt das Modell nach "
            + "rund 4.000 Stimmen auf 1.421 Punkte.\n"),
        "Auf LMArena", "score Kimi K2 Thinking on [LMArena] = 1421.0");
    assertTrue(of(claims("es", "Gemini 3 Pro\n\nGemini 3 Pro ya está aquí. Según Google, Gemini 3 Pro es el "
        + "primer modelo que supera los 1.500 puntos en LMArena.\n"), "Según Google", ClaimKind.SCORE).isEmpty());
    // The subject exceeding a figure is a score of it.
    assertClaims(claims("es", "Mistral Small 3\n\nMistral Small 3 ya está aquí. En MMLU supera el 81 % de "
            + "aciertos.\n"),
        "En MMLU", "score Mistral Small 3 on [MMLU] = 81.0");
  }

  @Test
  void theMakersShortNameReportsItsModelsScore() {
    List<Claim> cs = Bundled.claims("en", "Tessera-2-Pro\n\nQuarry Labs released Tessera-2-Pro. On SWE-bench "
        + "Verified, Quarry reports 69.8 percent.\n", VENDORS, "Quarry Labs");
    Claim score = only(cs, "On SWE-bench", ClaimKind.SCORE);
    assertEquals("Tessera-2-Pro", score.subject().text(), describe(cs));
    assertEquals("Quarry Labs", score.attribution().claimant());
  }

  @Test
  void whatAMakerNeedNotHaveIsNoClaim() {
    assertTrue(claims("fr", "Mistral Medium 3.1 en test\n\nUn modèle européen. « Mistral n'a pas besoin d'avoir le "
        + "meilleur modèle du monde », dit-elle.\n").stream()
        .noneMatch(c -> c.kind() == ClaimKind.SUPERLATIVE));
    assertTrue(claims("de", "Mistral Medium 3.1 im Test\n\nEin europäisches Modell. „Mistral muss nicht das "
        + "beste Modell der Welt bauen“, sagt sie.\n").stream()
        .noneMatch(c -> c.kind() == ClaimKind.SUPERLATIVE));
  }

  @Test
  void moreThanAFigureIsAScoreOfIt() {
    assertClaims(claims("en", "Claude review\n\nClaude Sonnet 4.5 is out. Claude Sonnet 4.5 scores more than 75 "
            + "percent on Aider Polyglot.\n"),
        "Claude Sonnet 4.5 scores", "score Claude Sonnet 4.5 on [Aider Polyglot] = 75.0");
    assertClaims(claims("de", "gpt-oss-120b im Test\n\nEin offenes Modell. Claude Sonnet 4.5 schafft auf Aider "
            + "Polyglot mehr als 75 Prozent.\n"),
        "Claude Sonnet 4.5 schafft", "score Claude Sonnet 4.5 on [Aider Polyglot] = 75.0");
    // Being the first, or no model having done it, is a threshold.
    assertTrue(of(claims("en", "GPT-5.1 review\n\nGPT-5.1 is out. GPT-5.1 solves 31% of FrontierMath, while no "
        + "model has cracked more than 20% of Tier 4.\n"), "GPT-5.1 solves", ClaimKind.SCORE).stream()
        .noneMatch(c -> c.value() == 20.0));
    assertTrue(of(claims("de", "Grok 3 im Test\n\nGrok 3 ist da. Grok 3 erreichte in der Chatbot Arena 1.402 "
        + "Punkte und damit als erstes mehr als 1.400.\n"), "Grok 3 erreichte", ClaimKind.SCORE).stream()
        .noneMatch(c -> c.value() == 1400.0));
  }

  @Test
  void theFigureAModelFallsToIsItsScore() {
    assertClaims(claims("fr", "Grok 4 Heavy\n\nUn modèle multi-agents. Quand Scale AI a réévalué Grok 4 Heavy "
            + "sur Humanity's Last Exam, le score est tombé à 25,4 %.\n"),
        "Quand Scale AI", "score Grok 4 Heavy on [Humanity's Last Exam] = 25.4");
    assertClaims(claims("es", "Kimi K2 Thinking\n\nKimi K2 Thinking llega. En SWE-bench Verified se queda por "
            + "detrás de Claude Sonnet 4.5, que ronda el 77 %.\n"),
        "En SWE-bench", "compare Kimi K2 Thinking vs [Claude Sonnet 4.5] on [SWE-bench Verified] NOT",
        "score Claude Sonnet 4.5 on [SWE-bench Verified] = 77.0");
  }

  @Test
  void placesWithoutAVerbOfRanking() {
    assertClaims(claims("en", "LMArena recap\n\nA busy week. That pushes Grok 4 from first to third on LMArena.\n"),
        "That pushes", "rank Grok 4 on [LMArena]");
    assertClaims(claims("en", "LMArena recap\n\nA busy week. On LMArena, Claude Sonnet 4.5 is now tied with Claude "
            + "Opus 4.1 for fourth.\n"),
        "On LMArena", "rank Claude Sonnet 4.5 on [LMArena]",
        "parity Claude Sonnet 4.5 vs [Claude Opus 4.1] on [LMArena]");
    assertClaims(claims("fr", "Classements\n\nUn mois chargé. Sur LiveBench, Grok 4 glisse de la troisième à la "
            + "sixième place.\n"),
        "Sur LiveBench", "rank Grok 4 on [LiveBench]");
    assertClaims(claims("es", "Clasificaciones\n\nUn mes movido. Entre los modelos abiertos de LiveBench, Kimi K2 "
            + "Thinking lidera con 68,3 puntos.\n"),
        "Entre los", "rank Kimi K2 Thinking on [LiveBench]", "score Kimi K2 Thinking on [LiveBench] = 68.3");
  }

  @Test
  void moreThanAModelAndDistancesAheadCompare() {
    assertClaims(claims("de", "gpt-oss-120b im Test\n\nEin offenes Modell. Auf Terminal-Bench schaffte GLM-4.6 "
            + "40,0 Prozent und damit etwas mehr als Qwen3-Coder.\n"),
        "Auf Terminal-Bench", "compare GLM-4.6 vs [Qwen3-Coder] on [Terminal-Bench]",
        "score GLM-4.6 on [Terminal-Bench] = 40.0");
    assertClaims(claims("en", "LiveCodeBench\n\nA quiet week. On LiveCodeBench, gpt-oss-120b scored 69.4 percent, "
            + "more than Qwen3-235B-A22B but less than DeepSeek-R1-0528.\n"),
        "On LiveCodeBench", "compare gpt-oss-120b vs [Qwen3-235B-A22B] on [LiveCodeBench]",
        "compare gpt-oss-120b vs [DeepSeek-R1-0528] on [LiveCodeBench] NOT",
        "score gpt-oss-120b on [LiveCodeBench] = 69.4");
    assertClaims(claims("fr", "Classements\n\nUn mois chargé. Côté chinois, Qwen3-Max entre à la 11e place sur "
            + "LiveBench, deux rangs devant DeepSeek-V3.2-Exp.\n"),
        "Côté chinois", "rank Qwen3-Max on [LiveBench]",
        "compare Qwen3-Max vs [DeepSeek-V3.2-Exp] on [LiveBench]");
  }

  @Test
  void aGermanVerbOfGivingBeforeTheModelAndItsFigure() {
    List<Claim> claims = claims("de", "Gemini 3 Pro im Test\n\nEin neues Modell. Auf HLE mit "
        + "Werkzeugnutzung meldet Google für Gemini 3 Pro 45,8 Prozent, auf BrowseComp 60,2 "
        + "Prozent. Auf OSWorld gibt Anthropic für Claude Sonnet 4.5 61,4 Prozent an.\n");
    assertClaims(claims, "Auf HLE", "score Gemini 3 Pro on [BrowseComp] = 60.2",
        "score Gemini 3 Pro on [HLE] = 45.8");
    assertClaims(claims, "Auf OSWorld", "score Claude Sonnet 4.5 on [OSWorld] = 61.4");
    // The organisation after the verb of the inverted clause speaks, not the noun before it.
    assertEquals(List.of("Google", "Google"), of(claims, "Auf HLE", ClaimKind.SCORE).stream()
        .map(c -> c.attribution().claimant()).toList());
    assertEquals("Anthropic", only(claims, "Auf OSWorld", ClaimKind.SCORE).attribution().claimant());
  }

  @Test
  void aComparisonAfterTheMakersFigureInAnInvertedClause() {
    assertClaims(claims("de", "Googles Gemini 3 Pro im Test\n\nGoogle hat Gemini 3 Pro vorgestellt. Im Test "
            + "OSWorld nennt Google 61,4 Prozent, eine deutliche Steigerung gegenüber Gemini 2.5 Pro.\n"),
        "Im Test", "compare Gemini 3 Pro vs [Gemini 2.5 Pro] on [OSWorld]",
        "score Gemini 3 Pro on [OSWorld] = 61.4");
    assertClaims(claims("en", "Google's Gemini 3 Pro tested\n\nGoogle has shipped Gemini 3 Pro. On OSWorld, "
            + "Google cites 61.4%, a marked improvement over Gemini 2.5 Pro.\n"),
        "On OSWorld", "compare Gemini 3 Pro vs [Gemini 2.5 Pro] on [OSWorld]",
        "score Gemini 3 Pro on [OSWorld] = 61.4");
  }

  @Test
  void aBenchmarkLaunchedWithItsDescriptionIsNoModel() {
    assertClaims(claims("es", "Nace ÁGORA-ES, la tabla que mide a la IA en español\n\nUn consorcio lanza "
            + "ÁGORA-ES, un banco de pruebas con 4.800 preguntas. En la primera edición de ÁGORA-ES, "
            + "Gemini 3 Pro obtiene 78,4 puntos sobre 100.\n"),
        "En la primera", "score Gemini 3 Pro on [ÁGORA-ES] = 78.4");
    assertClaims(claims("fr", "Gemini 3 Pro\n\nUn nouveau test. Gemini 3 Pro obtient 78,4 points sur 100 "
            + "sur FrancoBench.\n"),
        "Gemini 3 Pro obtient", "score Gemini 3 Pro on [FrancoBench] = 78.4");
  }

  @Test
  void whatAnEarlierVersionSaidIsTakenBack() {
    List<Claim> claims = claims("en", "Qwen3-Max\n\nCorrection, 3 November: An earlier version of this "
        + "story said that Qwen3-Max scored 74.8% on SWE-bench Verified. Qwen3-Max scores 69.6% on "
        + "SWE-bench Verified.\n");
    assertClaims(claims, "Correction");
    assertClaims(claims, "Qwen3-Max scores", "score Qwen3-Max on [SWE-bench Verified] = 69.6");
    // "contrary to what we wrote in an earlier version": the rest of the sentence stands.
    assertClaims(claims("fr", "Qwen3-Max\n\nRectificatif. Contrairement à ce que nous avions écrit dans "
            + "une première version de cet article, Qwen3-Max est premier sur LiveCodeBench.\n"),
        "Contrairement", "rank Qwen3-Max on [LiveCodeBench]");
  }

  @Test
  void aSentenceAdverbIsNoTopic() {
    assertClaims(claims("es", "Gemini 3 Pro\n\nGemini 3 Pro marca un 76,2 % en SWE-bench Verified. En "
            + "rigor, Gemini 3 Pro queda un punto por detrás de Claude Sonnet 4.5 en esa prueba.\n"),
        "En rigor", "compare Gemini 3 Pro vs [Claude Sonnet 4.5] on [SWE-bench Verified] NOT");
  }

  @Test
  void aVersionAfterAKnownBenchmarkNamesAnotherBenchmark() {
    assertClaims(claims("de", "Arena-Hard-Auto\n\nDer Richter wurde gewechselt. Kimi K2 Thinking kommt "
            + "in Arena-Hard-Auto 2.1 auf 74,8 Prozent.\n"),
        "Kimi K2", "score Kimi K2 Thinking on [Arena-Hard-Auto 2.1] = 74.8");
    // Scores right after their benchmarks stay scores.
    assertClaims(claims("en", "Kimi K2 Thinking\n\nOur numbers: MMLU-Pro 8.5, GPQA Diamond 6.1.\n"),
        "Our numbers", "score Kimi K2 Thinking on [GPQA Diamond] = 6.1",
        "score Kimi K2 Thinking on [MMLU-Pro] = 8.5");
  }

  @Test
  void aTitleBeforeAPersonsNameIsNoPartOfIt() {
    List<Claim> claims = claims("de", "Gemini 3 Pro\n\nGoogle hat Gemini 3 Pro vorgestellt. Der "
        + "Entwickler Tobias Wendt schreibt, Gemini 3 Pro komme auf ARC-AGI-2 auf 45,1 Prozent. Der "
        + "Entwickler schreibt, Gemini 3 Pro komme auf HLE auf 37,5 Prozent.\n");
    assertEquals("Tobias Wendt", only(claims, "Der Entwickler Tobias", ClaimKind.SCORE)
        .attribution().claimant());
    // The maker's descriptor alone is the maker.
    assertEquals("Google", only(claims, "Der Entwickler schreibt", ClaimKind.SCORE)
        .attribution().claimant());
  }

  @Test
  void aGermanClauseOpenedByItsBenchmarkWithoutAComma() {
    assertClaims(claims("de", "Gemini 3 Pro im Test\n\nGoogle hat Gemini 3 Pro vorgestellt. Bei SimpleQA "
            + "kam Gemini 3 Pro in unserem Lauf sogar auf 73,4 Prozent.\n"),
        "Bei SimpleQA", "score Gemini 3 Pro on [SimpleQA] = 73.4");
  }

  @Test
  void aFigureAfterTheCompetitorIsTheSubjectsUntilTheSubjectHasOne() {
    assertClaims(claims("fr", "Kimi K2\n\nUn mois chargé. Kimi K2 gagne quatre places sur Arena-Hard-Auto "
            + "et passe devant Grok 4, à 79,2 %.\n"),
        "Kimi K2 gagne", "compare Kimi K2 vs [Grok 4] on [Arena-Hard-Auto]",
        "score Kimi K2 on [Arena-Hard-Auto] = 79.2");
    assertClaims(claims("fr", "Kimi K2\n\nUn mois chargé. Sur BrowseComp, Kimi K2 obtient 60,2 %, "
            + "devant GPT-5, à 54,9 %.\n"),
        "Sur BrowseComp", "compare Kimi K2 vs [GPT-5] on [BrowseComp]",
        "score GPT-5 on [BrowseComp] = 54.9", "score Kimi K2 on [BrowseComp] = 60.2");
    // An Elo after the subject's Elo: a figure of the same kind.
    List<Claim> elo = of(claims("en", "LMArena\n\nA new leader. Gemini 2.5 Pro is back on top of LMArena "
        + "with an Elo of 1,446, a 40-point lead over the runner-up, GPT-4o, at 1,406.\n"),
        "Gemini 2.5 Pro is", ClaimKind.SCORE);
    assertEquals(List.of("score GPT-4o on [LMArena] = 1406.0"), elo.stream()
        .filter(c -> c.value() == 1406.0).map(ClauseClaimsTest::describe).toList());
  }

  @Test
  void aModelDescribedBetweenCommasKeepsItsClaimsAfterThePhrase() {
    assertClaims(claims("en", "Which assistant?\n\nWe tested them. Claude Sonnet 4.5, the model behind "
            + "Claude's default setting, tops SWE-bench Verified at 77.2%, just ahead of GPT-5.1 at "
            + "76.3%.\n"),
        "Claude Sonnet 4.5", "compare Claude Sonnet 4.5 vs [GPT-5.1] on [SWE-bench Verified]",
        "rank Claude Sonnet 4.5 on [SWE-bench Verified]",
        "score Claude Sonnet 4.5 on [SWE-bench Verified] = 77.2",
        "score GPT-5.1 on [SWE-bench Verified] = 76.3");
    assertClaims(claims("en", "Which assistant?\n\nWe tested them. Google says Gemini 3 Pro, which "
            + "reached the Gemini app in November, scores 95% on AIME 2025 and 91.9% on GPQA "
            + "Diamond.\n"),
        "Google says", "score Gemini 3 Pro on [AIME 2025] = 95.0",
        "score Gemini 3 Pro on [GPQA Diamond] = 91.9");
  }

  @Test
  void theOwnerAfterListedBenchmarks() {
    List<Claim> scores = of(claims("en", "Qwen3-Max\n\nQwen3-Max is out. In maths, Alibaba reports "
        + "100% on AIME 2025 and HMMT for the Qwen3-Max-Thinking variant.\n"), "In maths",
        ClaimKind.SCORE);
    assertFalse(scores.isEmpty());
    assertTrue(scores.stream().allMatch(c -> c.subject().text().equals("Qwen3-Max-Thinking")),
        describe(scores));
  }

  @Test
  void aGermanBenchmarkAfterFuerAndCompetitorsListedWithTheirPreposition() {
    assertClaims(claims("de", "Gemini 3 Pro im Test\n\nGoogle hat Gemini 3 Pro vorgestellt. Zum Vergleich "
            + "blendet Google für Humanity's Last Exam GPT-5.1 mit 26,5 Prozent ein.\n"),
        "Zum Vergleich", "score GPT-5.1 on [Humanity's Last Exam] = 26.5");
    assertClaims(claims("es", "Tessera-2-Mini\n\nUn modelo pequeño. En tareas en español, Tessera-2-Mini es "
            + "competitivo con Gemma 3 27B y con gpt-oss-20b.\n"),
        "En tareas", "parity Tessera-2-Mini vs [Gemma 3 27B, gpt-oss-20b]");
  }

  @Test
  void aGenericSubjectInQuotesAndTheFirstModelPastAThreshold() {
    List<Claim> claims = claims("es", "Gemini 3 Pro, a prueba\n\nGoogle presentó Gemini 3 Pro. «Un modelo "
        + "puede sacar un 90 % en MMLU-Pro y no saber qué significa ahorita», resume la coordinadora. "
        + "Gemini 3 Pro encabeza LMArena con 1.501 puntos. Es, presumen desde el escenario, el primer "
        + "modelo que rebasa los 1.500 puntos en esa tabla.\n");
    assertClaims(claims, "«Un modelo");
    assertClaims(claims, "Es, presumen", "superlative Gemini 3 Pro on [LMArena]");
  }

  @Test
  void aCompetitorsFigureIsOnTheBenchmarkOfTheScoreBeforeIt() {
    assertClaims(claims("en", "Qwen3-Max\n\nAlibaba launched Qwen3-Max. On GPQA Diamond the model "
            + "scored 79.9, just behind GPT-5 at 80.7, and on HLE it recorded 19.8.\n"),
        "On GPQA Diamond",
        "compare Qwen3-Max vs [GPT-5] on [GPQA Diamond] NOT",
        "score Qwen3-Max on [GPQA Diamond] = 79.9",
        "score GPT-5 on [GPQA Diamond] = 80.7",
        "score Qwen3-Max on [HLE] = 19.8");
  }

  @Test
  void aComparisonSetOffAfterAScoreIsSaidOfThatScoresModelAndBenchmark() {
    List<Claim> claims = claims("en", "Qwen3-Max\n\nAlibaba launched Qwen3-Max. The company "
        + "reported an MMLU-Pro score of 85.0, identical to V3.1-Terminus, and a GPQA Diamond score "
        + "of 79.9, slightly below the 80.7 of V3.1-Terminus. On ARC-AGI-2, Qwen3-Max reaches "
        + "31.1 percent, according to Alibaba, nearly double GPT-5.1's 17.6 percent.\n");
    assertClaims(claims, "The company",
        "parity Qwen3-Max vs [V3.1-Terminus] on [MMLU-Pro]",
        "compare Qwen3-Max vs [V3.1-Terminus] on [GPQA Diamond] NOT",
        "score Qwen3-Max on [MMLU-Pro] = 85.0",
        "score Qwen3-Max on [GPQA Diamond] = 79.9",
        "score V3.1-Terminus on [GPQA Diamond] = 80.7");
    assertClaims(claims, "On ARC-AGI-2",
        "compare Qwen3-Max vs [GPT-5.1] on [ARC-AGI-2]",
        "score Qwen3-Max on [ARC-AGI-2] = 31.1",
        "score GPT-5.1 on [ARC-AGI-2] = 17.6");
    // A speed is no score to compare: "roughly twice Sonnet 4.5's rate".
    assertTrue(of(claims("en", "Claude Haiku 4.5\n\nAnthropic shipped Claude Haiku 4.5. It "
            + "produced around 140 output tokens per second in our tests, roughly twice Sonnet 4.5's "
            + "rate, and a full Aider Polyglot pass cost us $4.10.\n"), "It produced",
        ClaimKind.COMPARE).isEmpty());
  }

  @Test
  void aScoreNamedInTheSubjectOfItsClause() {
    List<Claim> claims = claims("en", "Qwen3-Max\n\nAlibaba launched Qwen3-Max. Its ARC-AGI-2 score "
        + "of 31.1 is the highest. Its tau2-bench score of 74.8 beats Claude Opus 4.1. Its "
        + "LiveBench score of 71.1 beats that of GPT-5.\n");
    assertClaims(claims, "Its ARC-AGI-2", "score Qwen3-Max on [ARC-AGI-2] = 31.1");
    assertClaims(claims, "Its tau2-bench",
        "compare Qwen3-Max vs [Claude Opus 4.1] on [tau2-bench]",
        "score Qwen3-Max on [tau2-bench] = 74.8");
    // The competitor of the sentence before is no topic of this one.
    assertClaims(claims, "Its LiveBench",
        "compare Qwen3-Max vs [GPT-5] on [LiveBench]",
        "score Qwen3-Max on [LiveBench] = 71.1");
  }

  @Test
  void settingsAndLicenceVersionsAreNoScores() {
    assertTrue(of(claims("en", "Qwen3-Coder rebuttal\n\nQwen3-Coder is popular. When I ran "
            + "Qwen3-Coder with a 100-turn cap and temperature 0.7, I got 61.8 per cent on SWE-bench "
            + "Verified.\n"), "When I ran", ClaimKind.SCORE).stream()
        .allMatch(c -> c.value() == 61.8));
    assertTrue(of(claims("es", "Corvid-14B\n\nCorvid-14B es un modelo denso. Notas: AIME 2025 se "
            + "evalúa como media de 16 muestras por problema, con temperatura 0,6 y sin "
            + "herramientas.\n"), "Notas", ClaimKind.SCORE).isEmpty());
    assertClaims(claims("en", "Qwen3-Max\n\nAlibaba reported results. For coding, Qwen3-Coder, whose "
            + "weights are available on Hugging Face under Apache 2.0, scores 69.6 % on SWE-bench "
            + "Verified.\n"), "For coding",
        "score Qwen3-Coder on [SWE-bench Verified] = 69.6");
  }

  @Test
  void aBenchmarkInAnAsideDescribingTheOneTheClauseOpensWith() {
    assertClaims(claims("es", "Tessera-2-Pro\n\nNubentia presentó Tessera-2-Pro. En MMLU-ProX, la "
            + "versión multilingüe de MMLU-Pro, Tessera-2-Pro obtiene 78.4% en español, frente a "
            + "76.9% de GPT-4.1.\n"), "En MMLU-ProX",
        "score Tessera-2-Pro on [MMLU-ProX] = 78.4",
        "score GPT-4.1 on [MMLU-ProX] = 76.9");
  }

  @Test
  void aFigureSetAgainstACompetitorsFigure() {
    List<Claim> fr = claims("fr", "Gemini 3 Pro, une semaine après\n\nGoogle a lancé Gemini 3 Pro. "
        + "Sur SWE-bench Verified, Google annonce 76,2 %. C'est un peu moins que les 77,2 % "
        + "revendiqués par Anthropic pour Claude Sonnet 4.5.\n");
    assertClaims(fr, "C'est",
        "compare Gemini 3 Pro vs [Claude Sonnet 4.5] on [SWE-bench Verified] NOT",
        "score Claude Sonnet 4.5 on [SWE-bench Verified] = 77.2");
    List<Claim> en = claims("en", "Gemini 3 Pro review\n\nGoogle launched Gemini 3 Pro. Gemini 3 Pro "
        + "accepts up to one million tokens of input, and Google quotes 77 per cent on the 128k "
        + "setting of MRCR v2, well ahead of the 61.6 per cent it lists for GPT-5.1.\n");
    assertTrue(of(en, "Gemini 3 Pro accepts", ClaimKind.COMPARE).stream()
        .anyMatch(c -> describe(c).equals("compare Gemini 3 Pro vs [GPT-5.1] on [MRCR v2]")),
        describe(en));
    assertTrue(of(en, "Gemini 3 Pro accepts", ClaimKind.SCORE).stream()
        .anyMatch(c -> describe(c).equals("score GPT-5.1 on [MRCR v2] = 61.6")), describe(en));
    assertClaims(claims("en", "Kimi K2 Thinking column\n\nMoonshot AI released Kimi K2 Thinking. "
            + "But the 60.2 % on BrowseComp that Moonshot AI reports was produced with its own "
            + "agent harness.\n"), "But the",
        "score Kimi K2 Thinking on [BrowseComp] = 60.2");
  }

  @Test
  void germanLeadsAheadOfAndAHigherValueThanOurModel() {
    List<Claim> de = claims("de", "Wochenrückblick\n\nGPT-5.1 ist vorn.\n\nAuf LiveBench führt "
        + "GPT-5.1 High mit 79,3 Punkten vor Gemini 3 Pro mit 79,1.\n\nIn der WebDev Arena bleibt "
        + "Claude Opus 4.1 Thinking mit 1.512 Punkten vorn.\n");
    assertTrue(of(de, "Auf LiveBench", ClaimKind.COMPARE).stream().anyMatch(c -> describe(c)
        .equals("compare GPT-5.1 High vs [Gemini 3 Pro] on [LiveBench]")), describe(de));
    assertTrue(of(de, "In der WebDev", ClaimKind.RANK).stream().anyMatch(c -> describe(c)
        .equals("rank Claude Opus 4.1 Thinking on [WebDev Arena]")), describe(de));
    assertClaims(claims("de", "Corvid-14B Modellkarte\n\nCorvid-14B ist ein Modell. Wir haben es "
            + "trainiert.\n\nAuf GPQA Diamond erreicht Phi-4-reasoning-plus mit 69,3 Prozent einen "
            + "höheren Wert als unser Modell.\n"), "Auf GPQA",
        "compare Phi-4-reasoning-plus vs [Corvid-14B] on [GPQA Diamond]",
        "score Phi-4-reasoning-plus on [GPQA Diamond] = 69.3");
  }

  @Test
  void theCompanyTheArticleIsAboutReportsItsModelsFigure() {
    assertTrue(of(claims("fr", "Gemini 3 Pro, une semaine après\n\nGoogle a lancé Gemini 3 Pro. Sur "
            + "MRCR, l'entreprise revendique 77 % à 128 000 jetons, loin devant GPT-5.1.\n"),
        "Sur MRCR", ClaimKind.COMPARE).stream().anyMatch(c -> describe(c)
            .equals("compare Gemini 3 Pro vs [GPT-5.1] on [MRCR]")));
  }

  @Test
  void placesOnABoardWithTheirScores() {
    assertClaims(claims("fr", "Classements de la semaine\n\nGemini 3 Pro tient bon. Voici les "
            + "classements.\n\nMiniMax-M2 fait son entrée sur LiveBench à la quatorzième place, avec "
            + "66,8.\n"), "MiniMax-M2",
        "rank MiniMax-M2 on [LiveBench]",
        "score MiniMax-M2 on [LiveBench] = 66.8");
    assertClaims(claims("en", "GPT-5.1 episode\n\nOpenAI shipped GPT-5.1. It is fast.\n\nSo on "
            + "LMArena, in the text arena, it went in at number two, just behind Gemini 3 Pro.\n"),
        "So on", "rank GPT-5.1 vs [Gemini 3 Pro] on [LMArena]");
    List<Claim> es = claims("es", "Tablas de la semana\n\nGPT-5 sigue arriba. Estas son las "
        + "tablas.\n\nEn Aider Polyglot, GPT-5 sigue en lo más alto con 88 %, y Gemini 3 Pro se "
        + "instala segundo con 85,3 %.\n");
    assertTrue(of(es, "En Aider", ClaimKind.RANK).stream()
        .anyMatch(c -> describe(c).equals("rank Gemini 3 Pro on [Aider Polyglot]")), describe(es));
    assertClaims(claims("de", "Wochenrückblick\n\nGPT-5.1 ist vorn. Das ist neu.\n\n"
            + "DeepSeek-V3.2-Exp verliert im LiveBench-Ranking zwei Plätze, bleibt aber in den Top "
            + "15.\n"), "DeepSeek-V3.2-Exp", "rank DeepSeek-V3.2-Exp on [LiveBench]");
  }

  @Test
  void aFigureGivenWithACompetitorNoListKnowsIsNotTheSubjects() {
    assertClaims(claims("en", "DeepSeek-V3.2-Exp hands-on\n\nDeepSeek released DeepSeek-V3.2-Exp. "
            + "It is cheaper. DeepSeek's table lists the new model at 89.3 on AIME 2025, slightly "
            + "ahead of Terminus at 88.4.\n"), "DeepSeek's table",
        "score DeepSeek-V3.2-Exp on [AIME 2025] = 89.3");
  }

  @Test
  void theSameFigureAsACompetitorsIsParity() {
    assertClaims(claims("fr", "DeepSeek-V3.2-Exp\n\nDeepSeek a publié DeepSeek-V3.2-Exp. Sur MMLU-Pro, "
            + "DeepSeek-V3.2-Exp affiche 85,0 %, soit exactement le score de "
            + "DeepSeek-V3.1-Terminus.\n"), "Sur MMLU-Pro",
        "parity DeepSeek-V3.2-Exp vs [DeepSeek-V3.1-Terminus] on [MMLU-Pro]",
        "score DeepSeek-V3.2-Exp on [MMLU-Pro] = 85.0");
    assertClaims(claims("es", "Tablas\n\nGemini 3 Pro debutó. En Terminal-Bench 2.0, Gemini 3 Pro "
            + "debutó con 54,2 %, exactamente la misma cifra que tenía Claude Sonnet 4.5 con el "
            + "agente Terminus 2.\n"), "En Terminal-Bench",
        "parity Gemini 3 Pro vs [Claude Sonnet 4.5] on [Terminal-Bench 2.0]",
        "score Gemini 3 Pro on [Terminal-Bench 2.0] = 54.2");
  }

  @Test
  void superlativesWhoseModelStandsInsideTheirPhrase() {
    assertClaims(claims("de", "Evaluation\n\nClaude Sonnet 4.5 ist gut. Auf SWE-bench Verified "
            + "schneidet Claude Sonnet 4.5 von allen Kandidaten am besten ab.\n"), "Auf SWE-bench",
        "superlative Claude Sonnet 4.5 on [SWE-bench Verified]");
    assertClaims(claims("es", "Análisis\n\nTessera-2-Pro es nuevo. Tessera-2-Pro es hoy el modelo "
            + "en español más capaz del mercado latinoamericano.\n"), "Tessera-2-Pro es hoy",
        "superlative Tessera-2-Pro");
  }

  @Test
  void aFigureInARelativeClauseAfterACompetitorIsTheCompetitors() {
    assertClaims(claims("de", "Gemini 3 Pro im Praxistest\n\nGoogle hat Gemini 3 Pro vorgestellt. Auf "
            + "SWE-bench Verified erreicht Gemini 3 Pro 76,2 Prozent. Damit bleibt Gemini 3 Pro knapp "
            + "hinter Claude Sonnet 4.5, für das Anthropic 77,2 Prozent angibt.\n"), "Damit bleibt",
        "compare Gemini 3 Pro vs [Claude Sonnet 4.5] on [SWE-bench Verified] NOT",
        "score Claude Sonnet 4.5 on [SWE-bench Verified] = 77.2");
    assertClaims(claims("en", "Gemini 3 Pro review\n\nGoogle launched Gemini 3 Pro. On SWE-bench "
            + "Verified Gemini 3 Pro reaches 76.2%, just behind Claude Sonnet 4.5, for which "
            + "Anthropic reports 77.2%.\n"), "On SWE-bench",
        "compare Gemini 3 Pro vs [Claude Sonnet 4.5] on [SWE-bench Verified] NOT",
        "score Gemini 3 Pro on [SWE-bench Verified] = 76.2",
        "score Claude Sonnet 4.5 on [SWE-bench Verified] = 77.2");
  }

  @Test
  void aPlacesScoreAfterACommaButNotAGap() {
    List<Claim> fr = claims("fr", "LMArena\n\nGemini 3 Pro arrive premier. Sur LMArena, Grok 4 arrive "
        + "deuxième, à 1 483 points. Sur LMArena, GPT-5 arrive troisième, à 38 points de Grok 4.\n");
    assertTrue(of(fr, "Sur LMArena, Grok 4", ClaimKind.SCORE).stream()
        .anyMatch(c -> c.value() == 1483), describe(fr));
    assertTrue(of(fr, "Sur LMArena, GPT-5", ClaimKind.SCORE).isEmpty(), describe(fr));
    List<Claim> en = claims("en", "OpenForge\n\nOpenForge is a new leaderboard. On OpenForge-Hard, "
        + "Claude Opus 4.5 again holds the best result, at 38.9%, while no rival clears 25%.\n");
    assertTrue(of(en, "On OpenForge-Hard", ClaimKind.SCORE).stream()
        .anyMatch(c -> describe(c).equals("score Claude Opus 4.5 on [OpenForge-Hard] = 38.9")),
        describe(en));
  }

  @Test
  void aSemicolonEndsTheCompetitorsClause() {
    List<Claim> de = claims("de", "Qwen3-Max im Test\n\nAlibaba hat Qwen3-Max vorgestellt. Das "
        + "Modell ist neu.\n\nAuf MMLU-Pro erreicht es 84,1 Prozent und liegt damit auf Augenhöhe "
        + "mit Mistral Medium 3.1; auf GPQA Diamond kommen wir auf 78,6 Prozent.\n");
    assertTrue(of(de, "Auf MMLU-Pro", ClaimKind.PARITY).stream().anyMatch(c -> describe(c)
        .equals("parity Qwen3-Max vs [Mistral Medium 3.1] on [MMLU-Pro]")), describe(de));
    assertTrue(of(de, "Auf MMLU-Pro", ClaimKind.SCORE).stream()
        .noneMatch(c -> c.subject().text().equals("Mistral Medium 3.1")), describe(de));
  }

  @Test
  void theTotalOfAMarkIsNoScore() {
    assertClaims(claims("de", "Evaluation\n\nDer Kanton hat Modelle getestet. Im TG-Verwaltung-240 "
            + "erreichte Qwen3-235B-A22B im Mittel 3,9 von 5 Punkten, Mistral Medium 3.1 kam auf "
            + "4,0 und gpt-oss-120b auf 3,4 Punkte.\n"), "Im TG-Verwaltung-240",
        "score Qwen3-235B-A22B on [TG-Verwaltung-240] = 3.9",
        "score Mistral Medium 3.1 on [TG-Verwaltung-240] = 4.0",
        "score gpt-oss-120b on [TG-Verwaltung-240] = 3.4");
  }

  @Test
  void aFiguresOwnerInTheSentenceBeforeIsNoTopic() {
    List<Claim> claims = claims("en", "Haiku 4.5 reactions\n\nAnthropic shipped Claude Haiku 4.5 on "
        + "Wednesday.\n\nOn our BugBash set, 61% resolved vs 58% for Sonnet 4. It beats GPT-5 mini "
        + "on LiveCodeBench.\n");
    assertClaims(claims, "It beats", "compare Haiku 4.5 vs [GPT-5 mini] on [LiveCodeBench]");
  }

  @Test
  void frenchScoresCreditedOrStoodAtAndPassingAhead() {
    List<Claim> fr = claims("fr", "DeepSeek-V3.2-Exp\n\nDeepSeek a publié DeepSeek-V3.2-Exp. Il est moins "
        + "cher.\n\nSur SWE-bench Verified, Claude Sonnet 4.5 est crédité de 77,2 %.\n\nMais sur "
        + "LiveCodeBench, il est à 74,1, ce qui le met dans le même peloton que Gemini 2.5 Pro.\n\n"
        + "Sur LiveBench, DeepSeek-V3.2-Exp passe pour la première fois devant GPT-5.1.\n\nLe prix "
        + "est à 10 dollars.\n");
    assertClaims(fr, "Sur SWE-bench", "score Claude Sonnet 4.5 on [SWE-bench Verified] = 77.2");
    assertClaims(fr, "Mais sur",
        "parity DeepSeek-V3.2-Exp vs [Gemini 2.5 Pro] on [LiveCodeBench]",
        "score DeepSeek-V3.2-Exp on [LiveCodeBench] = 74.1");
    assertClaims(fr, "Sur LiveBench", "compare DeepSeek-V3.2-Exp vs [GPT-5.1] on [LiveBench]");
    assertClaims(fr, "Le prix");
  }

  @Test
  void aMakersPossessiveModelIsTheArticlesWhenThatMakerMadeIt() {
    List<Claim> de = Bundled.claims("de", "Gemini 3 Pro im Praxistest\n\nWir haben getestet. Im "
        + "Terminal-Bench 2.0 setzt sich Googles Modell mit 54,2 Prozent an die Spitze. Metas "
        + "Modell liegt dahinter.\n", VENDORS, "Google");
    assertClaims(de, "Im Terminal-Bench", "rank Gemini 3 Pro on [Terminal-Bench 2.0]",
        "score Gemini 3 Pro on [Terminal-Bench 2.0] = 54.2");
    assertClaims(de, "Metas");
    List<Claim> en = Bundled.claims("en", "Grok 4 review\n\nVals AI ran the tests. Claude Opus 4 "
        + "beats xAI's model on SWE-bench Verified.\n", VENDORS, "xAI");
    assertClaims(en, "Claude Opus 4", "compare Claude Opus 4 vs [Grok 4] on [SWE-bench Verified]");
    // The maker's model described in apposition to another is that other model.
    List<Claim> fr = Bundled.claims("fr", "Qwen3 : Alibaba frappe fort\n\nAlibaba a présenté Qwen3 "
        + "mardi. Alibaba affirme que Qwen3-30B-A3B surpasse QwQ-32B, son propre modèle de "
        + "raisonnement.\n", VENDORS, "Alibaba");
    assertClaims(fr, "Alibaba affirme", "compare Qwen3-30B-A3B vs [QwQ-32B]");
  }

  @Test
  void aPronounCompetitorIsTheSubjectOfTheClauseBefore() {
    List<Claim> claims = claims("en", "Gemini 3 Pro review\n\nGemini 3 Pro is out. Open weights: "
        + "gpt-oss-120b remains the strongest open model on our composite, but Kimi K2 Thinking now "
        + "sits above it. DeepSeek's V3.2-Exp undercuts it on price, and Alibaba's Qwen3-Max "
        + "outscores it on LiveCodeBench.\n");
    assertTrue(of(claims, "Open weights", ClaimKind.COMPARE).stream().anyMatch(c -> describe(c)
        .equals("compare Kimi K2 Thinking vs [gpt-oss-120b]")), describe(claims));
    // Where the clause before has the pronoun too, both stand for the article's subject.
    assertClaims(claims, "DeepSeek's",
        "compare Qwen3-Max vs [Gemini 3 Pro] on [LiveCodeBench]");
  }

  @Test
  void figuresSetAgainstEachOtherFollowTheClausesOwnSubject() {
    // "GLM-4.6 came out ahead" opens a clause of its own: the first figure is not K2's.
    List<Claim> claims = claims("en", "GLM-4.6 review\n\nI ran GLM-4.6 and K2 Thinking through "
        + "Aider Polyglot at home, and GLM-4.6 came out ahead, 64.0 against 61.3.\n");
    assertTrue(of(claims, "I ran", ClaimKind.SCORE).stream()
        .noneMatch(c -> c.subject().text().equals("K2 Thinking") && c.value() == 64.0),
        describe(claims));
  }

  @Test
  void aFigureGivenWithTheParityIsTheSubjects() {
    assertClaims(claims("en", "Qwen3-Max upgrade\n\nAlibaba released Qwen3-Max. Alibaba also said "
            + "the model matched Claude Opus 4.1 on Arena-Hard-Auto with a win rate of 86.1%.\n"),
        "Alibaba also",
        "parity Qwen3-Max vs [Claude Opus 4.1] on [Arena-Hard-Auto]",
        "score Qwen3-Max on [Arena-Hard-Auto] = 86.1");
  }

  @Test
  void aThresholdOrADeniedFigureIsNoScore() {
    List<Claim> en = claims("en", "Claude Opus 4.5\n\nAnthropic says Claude Opus 4.5 scores 80.9% "
        + "on SWE-bench Verified, which would make it the first model to clear 80 on the "
        + "benchmark.\n");
    assertEquals(List.of(80.9), of(en, "Anthropic says", ClaimKind.SCORE).stream()
        .map(Claim::value).toList(), describe(en));
    List<Claim> es = claims("es", "Charla sobre agentes\n\nLa investigadora habló de SWE-bench "
        + "Verified. Claude Sonnet 4.5 obtiene un 77,2 % en SWE-bench Verified, y su objetivo es "
        + "que ningún modelo supere el 60 % en la versión limpia.\n");
    assertEquals(List.of(77.2), of(es, "Claude Sonnet 4.5", ClaimKind.SCORE).stream()
        .map(Claim::value).toList(), describe(es));
    List<Claim> fr = claims("fr", "Rectificatif : Grok 4.1\n\nNous avons commis des erreurs. Sur "
        + "LiveBench, Grok 4.1 se classe troisième, derrière Gemini 3 Pro et GPT-5.1, avec un score "
        + "global de 74,9, et non de 79,4.\n");
    assertEquals(List.of("score Grok 4.1 on [LiveBench] = 74.9"), of(fr, "Sur LiveBench",
        ClaimKind.SCORE).stream().map(ClauseClaimsTest::describe).toList());
    List<Claim> retracted = claims("es", "Directo: Grok 4.1\n\nxAI presenta hoy Grok 4.1. "
        + "Corrección: en la entrada de las 18:12 habíamos atribuido a Grok 4 un 86,4 % en GPQA "
        + "Diamond; según xAI, la cifra correcta es 87,5 %.\n");
    assertTrue(of(retracted, "Corrección", ClaimKind.SCORE).stream()
        .noneMatch(c -> c.value() == 86.4), describe(retracted));
  }

  @Test
  void aFigureAVendorAttributesToACompetitorIsThatCompetitors() {
    assertClaims(claims("es", "Kimi K2 Thinking llega con fuerza\n\nLa empresa china ha presentado "
            + "su nuevo modelo. Según la compañía, Kimi K2 Thinking obtiene un 44,9 % en HLE, por "
            + "encima del 41,7 % que atribuye a GPT-5.\n"), "Según la compañía",
        "compare Kimi K2 Thinking vs [GPT-5] on [HLE]",
        "score Kimi K2 Thinking on [HLE] = 44.9", "score GPT-5 on [HLE] = 41.7");
    assertClaims(claims("en", "Kimi K2 Thinking\n\nKimi K2 Thinking scores 44.9% on HLE, above the "
            + "41.7% it attributes to GPT-5.\n"), "Kimi K2 Thinking scores",
        "compare Kimi K2 Thinking vs [GPT-5] on [HLE]",
        "score Kimi K2 Thinking on [HLE] = 44.9", "score GPT-5 on [HLE] = 41.7");
  }

  @Test
  void aRelativeClauseWithNoSubjectOfItsOwnGoesOnWithTheSentences() {
    assertClaims(claims("es", "Kimi K2 Thinking llega con fuerza\n\nLa empresa china ha presentado "
            + "su nuevo modelo. La compañía reconoce que Kimi K2 Thinking queda por detrás de GPT-5 "
            + "y de Claude Sonnet 4.5 en SWE-bench Verified, donde obtiene un 71,3 %.\n"),
        "La compañía reconoce",
        "compare Kimi K2 Thinking vs [GPT-5, Claude Sonnet 4.5] on [SWE-bench Verified] NOT",
        "score Kimi K2 Thinking on [SWE-bench Verified] = 71.3");
  }

  @Test
  void aPlaceWithTheGapToTheLeaderHasThatLeaderAsObject() {
    List<Claim> es = claims("es", "Claude Opus 4.5 en HispaEval\n\nLa empresa ha presentado su "
        + "modelo. En HispaEval, Claude Opus 4.5 se coloca segundo, a 1,2 puntos de Gemini 3 Pro, y "
        + "es el mejor de todos en la categoría de programación.\n");
    assertClaims(es, "En HispaEval", "rank Claude Opus 4.5 vs [Gemini 3 Pro] on [HispaEval]",
        "superlative Claude Opus 4.5 on [HispaEval]");
    List<Claim> fr = claims("fr", "Claude Opus 4.5 sur HispaEval\n\nL'entreprise a présenté son "
        + "modèle. Sur HispaEval, Claude Opus 4.5 se classe deuxième, à 1,2 point de Gemini 3 "
        + "Pro.\n");
    assertClaims(fr, "Sur HispaEval", "rank Claude Opus 4.5 vs [Gemini 3 Pro] on [HispaEval]");
  }

  @Test
  void itsFigureOpensASentenceAboutTheArticlesModel() {
    assertClaims(claims("en", "Grok 4.1 correction\n\nWe misreported Grok 4.1's GPQA Diamond "
            + "score. Its reported 87.5 is below Gemini 3 Pro's 91.9 and only level with GPT-5.1's "
            + "88.1.\n"), "Its reported",
        "compare Grok 4.1 vs [Gemini 3 Pro] on [GPQA Diamond] NOT",
        "parity Grok 4.1 vs [GPT-5.1] on [GPQA Diamond]",
        "score Grok 4.1 on [GPQA Diamond] = 87.5",
        "score Gemini 3 Pro on [GPQA Diamond] = 91.9",
        "score GPT-5.1 on [GPQA Diamond] = 88.1");
  }

  @Test
  void theLaterFigureOfAChangeTakesTheBenchmarkBeforeTheChange() {
    assertClaims(claims("de", "OffenEval: Änderungen\n\nWir haben nachgemessen. Auf AIME 2025 steigt "
            + "DeepSeek-V3.2 dadurch von 81,0 auf 89,3 Prozent, auf tau2-bench von 66,2 auf 72,5 "
            + "Prozent.\n"), "Auf AIME 2025",
        "score DeepSeek-V3.2 on [AIME 2025] = 89.3", "score DeepSeek-V3.2 on [tau2-bench] = 72.5");
  }

  @Test
  void germanPhrasesWithLowerCaseNamesAndCompoundBoards() {
    List<Claim> de = claims("de", "OffenEval: Änderungen\n\nWir haben nachgemessen. Auf GPQA "
        + "Diamond liegt gpt-oss-120b jetzt gleichauf mit Qwen3-235B-A22B. Qwen3-VL landet in der "
        + "OffenEval-Gesamtwertung auf Platz 7. Laut Google führt Gemini 3 Pro die Textwertung von "
        + "LMArena mit 1.501 Punkten an.\n");
    assertClaims(de, "Auf GPQA", "parity gpt-oss-120b vs [Qwen3-235B-A22B] on [GPQA Diamond]");
    assertClaims(de, "Qwen3-VL", "rank Qwen3-VL on [OffenEval]");
    assertTrue(of(de, "Laut Google", ClaimKind.RANK).size() == 1, describe(de));
  }

  @Test
  void aBoardThatIsAnAppChartIsNoBenchmarkAndRoughlyWhereIsParity() {
    List<Claim> en = claims("en", "Kimi K2 Thinking interview\n\nKimi K2 Thinking is out. Without "
        + "tools, on HLE it sits around 23, which is roughly where GPT-5 and Claude Sonnet 4.5 are. "
        + "Apple's US App Store chart had ChatGPT back at number one this week, ahead of "
        + "Gemini.\n");
    assertTrue(of(en, "Without tools", ClaimKind.PARITY).stream().anyMatch(c -> describe(c)
        .equals("parity Kimi K2 Thinking vs [GPT-5, Claude Sonnet 4.5] on [HLE]")), describe(en));
    assertClaims(en, "Apple's");
  }

  @Test
  void aBenchmarkOpeningAClauseSetAgainstTheOneBeforeIsThatClauses() {
    assertClaims(claims("es", "Entrevista: Magistral Medium\n\nMistral ha publicado Magistral "
            + "Medium. En nuestras evaluaciones, el modelo supera a DeepSeek-R1-0528 en "
            + "LiveCodeBench, con un 68,5 %, pero en AIME 2025 sigue por detrás de "
            + "Qwen3-235B-A22B.\n"), "En nuestras",
        "compare Magistral Medium vs [DeepSeek-R1-0528] on [LiveCodeBench]",
        "compare Magistral Medium vs [Qwen3-235B-A22B] on [AIME 2025] NOT",
        "score Magistral Medium on [LiveCodeBench] = 68.5");
    // A list of benchmarks after commas, with no word of contrast, stays one comparison's.
    assertClaims(claims("en", "Magistral Medium\n\nMistral released Magistral Medium. It beats "
            + "DeepSeek-R1-0528 on LiveCodeBench, on AIME 2025 and on HMMT.\n"), "It beats",
        "compare Magistral Medium vs [DeepSeek-R1-0528] on [LiveCodeBench, AIME 2025, HMMT]");
  }

  @Test
  void aGainOverAnEarlierFigureIsNoScore() {
    assertClaims(claims("fr", "Lutèce-Eval 3.2\n\nVoici la mise à jour. Après correction, "
            + "Qwen3-235B-A22B atteint 69,8 sur Lutèce-Eval, soit 3,7 points de mieux qu'annoncé en "
            + "octobre.\n"), "Après correction",
        "score Qwen3-235B-A22B on [Lutèce-Eval] = 69.8");
  }

  @Test
  void aFigureReachedByAMoveIsAScoreButAPlaceIsNot() {
    List<Claim> en = claims("en", "LiveBench weekly\n\nThis week's table brings big changes. On "
        + "LiveBench, GPT-5.1 moves to 76.8, DeepSeek-V3.2 to 70.5 and Qwen3-Max to 71.2. Grok 4 "
        + "falls to 5th on LiveBench.\n");
    assertClaims(en, "On LiveBench", "score GPT-5.1 on [LiveBench] = 76.8",
        "score DeepSeek-V3.2 on [LiveBench] = 70.5", "score Qwen3-Max on [LiveBench] = 71.2");
    assertTrue(of(en, "Grok 4 falls", ClaimKind.SCORE).isEmpty(), describe(en));
    assertClaims(claims("fr", "Lutèce-Eval : mise à jour\n\nNous avons corrigé une erreur dans le "
            + "tableau. Sur Lutèce-Eval, GPT-5.1 passe à 76,8 points, DeepSeek-V3.2 à 70,5 et "
            + "Qwen3-Max à 71,2.\n"), "Sur Lutèce-Eval",
        "score GPT-5.1 on [Lutèce-Eval] = 76.8", "score DeepSeek-V3.2 on [Lutèce-Eval] = 70.5",
        "score Qwen3-Max on [Lutèce-Eval] = 71.2");
    assertClaims(claims("de", "OffenEval: Änderungen\n\nWir haben nachgemessen. Auf OffenEval "
            + "steigt GPT-5.1 auf 76,8 Punkte, DeepSeek-V3.2 auf 70,5 und Qwen3-Max auf 71,2.\n"),
        "Auf OffenEval", "score GPT-5.1 on [OffenEval] = 76.8",
        "score DeepSeek-V3.2 on [OffenEval] = 70.5", "score Qwen3-Max on [OffenEval] = 71.2");
    List<Claim> es = claims("es", "LiveBench: novedades de la semana\n\nLa tabla de esta semana "
        + "trae cambios importantes para los modelos que ya estaban en la clasificación. En "
        + "LiveBench, GPT-5.1 pasa a 76,8 puntos.\n");
    assertClaims(es, "En LiveBench", "score GPT-5.1 on [LiveBench] = 76.8");
  }

  @Test
  void aCrownWithAHyphenatedBoardAndAPluralSuperlative() {
    assertClaims(claims("en", "Claude Opus 4.5 takes the SWE-bench crown back\n\nAnthropic shipped "
            + "Claude Opus 4.5.\n"), "Claude Opus 4.5 takes",
        "rank Claude Opus 4.5 on [SWE-bench]");
    // "Die besten offenen Modelle" names no one model.
    List<Claim> de = claims("de", "Die besten offenen Modelle fürs Programmieren\n\nGLM-4.6 ist "
        + "unser Favorit. Die besten offenen Modelle kommen aus China. GLM-4.6 ist das beste offene "
        + "Modell.\n");
    assertTrue(of(de, "Die besten", ClaimKind.SUPERLATIVE).isEmpty(), describe(de));
    assertEquals(1, of(de, "GLM-4.6 ist das", ClaimKind.SUPERLATIVE).size(), describe(de));
  }

  @Test
  void germanVagueClaimsOverCoordinatedCompounds() {
    assertClaims(claims("de", "Tessera-2-Pro: Häufige Fragen\n\nTessera Labs beantwortet Fragen. "
            + "Tessera-2-Pro liegt bei den meisten Wissens- und Reasoning-Tests hinter "
            + "GPT-5.1.\n"), "Tessera-2-Pro liegt",
        "vague Tessera-2-Pro vs [GPT-5.1] NOT");
  }

  @Test
  void figuresGivenForAModelPassedOrSetOffAfterASuperlative() {
    List<Claim> en = claims("en", "Tessera-2-Pro FAQ\n\nTessera Labs answers questions. On "
        + "LiveCodeBench, Tessera-2-Pro is the strongest model we have tested, at 79.6%. On TS-Bench "
        + "gpt-oss-120b passed 72.5% and GLM-4.5-Air passed 60%. On Aider Polyglot the official "
        + "number for gpt-oss-120b is around 44%. Its self-reported SWE-bench Verified figure of "
        + "78.0 is not listed.\n");
    assertTrue(of(en, "On LiveCodeBench", ClaimKind.SCORE).stream().anyMatch(c -> describe(c)
        .equals("score Tessera-2-Pro on [LiveCodeBench] = 79.6")), describe(en));
    assertClaims(en, "On TS-Bench", "score gpt-oss-120b on [TS-Bench] = 72.5",
        "score GLM-4.5-Air on [TS-Bench] = 60.0");
    assertClaims(en, "On Aider", "score gpt-oss-120b on [Aider Polyglot] = 44.0");
    assertClaims(en, "Its self-reported", "score Tessera-2-Pro on [SWE-bench Verified] = 78.0");
    // With no benchmark of its own, a superlative's figure is no score.
    List<Claim> none = claims("en", "Tessera-2-Pro FAQ\n\nTessera Labs answers questions. On "
        + "LiveCodeBench it is the strongest model we have tested, at 79.6%, but on Terminal-Bench "
        + "it is roughly on par with GPT-5.\n");
    assertTrue(of(none, "On LiveCodeBench", ClaimKind.SCORE).isEmpty(), describe(none));
  }

  @Test
  void aNotchBelowAndAFigureStoodAtWithoutAUnit() {
    assertClaims(claims("fr", "Gemini 3 Pro en direct\n\nGoogle présente Gemini 3 Pro. Sur SWE-bench "
            + "Verified, Gemini 3 Pro obtient 76,2 %. C'est un cran sous Claude Sonnet 4.5 (77,2 %), "
            + "ce que la présentation tait.\n"), "C'est un cran",
        "compare Gemini 3 Pro vs [Claude Sonnet 4.5] on [SWE-bench Verified] NOT",
        "score Claude Sonnet 4.5 on [SWE-bench Verified] = 77.2");
    List<Claim> de = claims("de", "GLM-4.6 im Forum\n\nIch habe GLM-4.6 getestet. Auf SWE-bench "
        + "Verified hat Zhipu selbst 68,0 Prozent gemeldet, Sonnet 4.5 steht bei 77,2.\n");
    assertTrue(of(de, "Auf SWE-bench", ClaimKind.SCORE).stream().anyMatch(c -> describe(c)
        .equals("score Sonnet 4.5 on [SWE-bench Verified] = 77.2")), describe(de));
  }

  @Test
  void aSentenceOpeningOnABoardNotReadTakesNoBenchmarkFromTheOneBefore() {
    List<Claim> en = claims("en", "GLM vs gpt-oss thread\n\nHere are my numbers from this week. On "
        + "LiveCodeBench, gpt-oss-120b scores 69.1. On tsbench gpt-oss-120b passed 72.5% and "
        + "GLM-4.5-Air passed 60%.\n");
    assertClaims(en, "On LiveCodeBench", "score gpt-oss-120b on [LiveCodeBench] = 69.1");
    assertClaims(en, "On tsbench");
  }

  @Test
  void aFigureAboutTheSameAsACompetitorsIsParityButAPriceIsNot() {
    assertClaims(claims("es", "Los mejores modelos abiertos para programar\n\nHemos probado siete "
            + "modelos abiertos durante tres semanas en proyectos reales. En nuestras pruebas con "
            + "Aider Polyglot, DeepSeek-V3.2 resolvió el 70,2 % de los ejercicios, casi lo mismo "
            + "que Qwen3-Coder.\n"), "En nuestras pruebas",
        "parity DeepSeek-V3.2 vs [Qwen3-Coder] on [Aider Polyglot]",
        "score DeepSeek-V3.2 on [Aider Polyglot] = 70.2");
    assertClaims(claims("fr", "La lettre du vendredi\n\nCette semaine, plusieurs modèles ouverts. "
            + "Sur LiveBench, Corvid-14B fait mieux que Gemma 3 27B et à peu près jeu égal avec "
            + "gpt-oss-20b.\n"), "Sur LiveBench",
        "compare Corvid-14B vs [Gemma 3 27B] on [LiveBench]",
        "parity Corvid-14B vs [gpt-oss-20b] on [LiveBench]");
    assertClaims(claims("en", "Claude in India\n\nAnthropic launched its plans in India. Claude Pro "
        + "costs $23 per month, roughly the same as ChatGPT Plus at $24.\n"), "Claude Pro");
  }

  @Test
  void hallucinatingLessOftenIsAComparisonAndItsFigureTheSubjects() {
    assertClaims(claims("de", "gpt-oss-120b im Test\n\nWir haben gpt-oss-120b getestet. Auf SimpleQA "
            + "halluzinierte DeepSeek-V3.1 seltener als Qwen3-Max und kam auf 24,3 Prozent.\n"),
        "Auf SimpleQA", "compare DeepSeek-V3.1 vs [Qwen3-Max] on [SimpleQA]",
        "score DeepSeek-V3.1 on [SimpleQA] = 24.3");
    assertClaims(claims("en", "Digest\n\nxAI shipped Grok 4.1. xAI also claims Grok 4.1 "
            + "hallucinates about a third less than Grok 4 Fast on its internal factuality set.\n"),
        "xAI also", "compare Grok 4.1 vs [Grok 4 Fast]");
  }

  @Test
  void aModelDescribedAfterAClauseOfSayingStaysTheSubject() {
    assertClaims(claims("fr", "Les chatbots au quotidien\n\nNous avons testé plusieurs assistants "
            + "pendant deux semaines. OpenAI affirme que GPT-5.1, le moteur de ChatGPT, obtient 94 % "
            + "à AIME 2025.\n"), "OpenAI affirme",
        "score GPT-5.1 on [AIME 2025] = 94.0");
  }

  @Test
  void aBenchmarkOpeningAClauseBeforeAScoreVerbEndsTheClauseBefore() {
    assertClaims(claims("es", "Power rankings de la IA\n\nEsta semana volvemos a ordenar los "
            + "grandes modelos tras un mes de lanzamientos y actualizaciones en todo el sector. "
            + "Gemini 3 Pro sigue primero en LMArena Text, con 1.492 puntos, y en HLE marca un "
            + "37,5 % sin herramientas.\n"), "Gemini 3 Pro sigue",
        "rank Gemini 3 Pro on [LMArena Text]",
        "score Gemini 3 Pro on [LMArena Text] = 1492.0",
        "score Gemini 3 Pro on [HLE] = 37.5");
  }

  @Test
  void whoSaysSoBetweenTheVerbAndItsCompetitorsIsSkipped() {
    assertClaims(claims("de", "Das KI-Jahr im Überblick\n\nWir blicken auf zwölf Monate mit vielen "
            + "neuen Modellen zurück. Kimi K2 Thinking übertraf laut Moonshot AI bei BrowseComp "
            + "GPT-5 und Claude Sonnet 4.5.\n"), "Kimi K2 Thinking",
        "compare Kimi K2 Thinking vs [GPT-5, Claude Sonnet 4.5] on [BrowseComp]");
  }

  @Test
  void aFrontedFigureBelongsToTheModelAfterTheVerb() {
    assertClaims(claims("de", "Das KI-Jahr im Überblick\n\nWir blicken auf zwölf Monate mit vielen "
            + "neuen Modellen zurück. Mit 77,2 Prozent übernahm Claude Sonnet 4.5 die Spitze bei "
            + "SWE-bench Verified.\n"), "Mit 77,2",
        "rank Claude Sonnet 4.5 on [SWE-bench Verified]",
        "score Claude Sonnet 4.5 on [SWE-bench Verified] = 77.2");
  }

  @Test
  void aMarginOfPointsIsNoScore() {
    List<Claim> es = claims("es", "Cóndor-27B: así lo hicimos\n\nHemos afinado un modelo abierto "
        + "para el derecho colombiano durante ocho meses. Cóndor-27B mejora a Gemma 3 27B en más de "
        + "16 puntos en JurisCO-MC.\n");
    assertTrue(of(es, "Cóndor-27B mejora", ClaimKind.SCORE).isEmpty(), describe(es));
  }

  @Test
  void aBenchmarkAfterAJoinedVerbIsThatVerbsClauses() {
    List<Claim> de = claims("de", "KI-Power-Ranking, KW 49\n\nWir ordnen die großen Modelle wieder "
        + "nach ihrer Leistung. Gemini 3 Pro führt LMArena an und hat bei HLE den besten Wert aller "
        + "getesteten Modelle.\n");
    assertClaims(de, "Gemini 3 Pro", "rank Gemini 3 Pro on [LMArena]",
        "superlative Gemini 3 Pro on [HLE]");
  }

  @Test
  void aQuotedQuestionWithItsAskerIsNoClaim() {
    List<Claim> de = claims("de", "Sie fragen, wir antworten\n\nUnsere Leser schreiben uns jede "
        + "Woche. „Ist Claude Opus 4.5 dafür besser als GPT-5.1, oder ist das Geschmackssache?“, "
        + "fragt Tobias M. aus Graz.\n");
    assertClaims(de, "„Ist Claude");
    List<Claim> fr = claims("fr", "Le courrier des lecteurs\n\nVous nous écrivez chaque semaine. "
        + "« GPT-5.1 est-il meilleur que Claude Opus 4.5 ? », demande Paul, de Lyon.\n");
    assertClaims(fr, "« GPT-5.1");
  }

  @Test
  void aLeadInPointsIsNoScore() {
    List<Claim> de = claims("de", "Das KI-Jahr im Überblick\n\nWir blicken zurück auf zwölf Monate. "
        + "Auf LMArena führte Gemini 2.5 Pro mit rund 40 Punkten Vorsprung.\n");
    assertClaims(de, "Auf LMArena", "rank Gemini 2.5 Pro on [LMArena]");
  }

  @Test
  void aFewWordsMayStandBetweenAVerbOfSayingAndWhatItSays() {
    assertClaims(claims("fr", "Les chatbots au quotidien\n\nNous avons testé plusieurs assistants "
            + "pendant deux semaines. OpenAI affirme de son côté que GPT-5.1, le moteur de ChatGPT, "
            + "obtient 94 % à AIME 2025.\n"), "OpenAI affirme",
        "score GPT-5.1 on [AIME 2025] = 94.0");
  }

  @Test
  void aPhraseInARelativeClauseOfPlaceIsOnTheBenchmarkBeforeIt() {
    List<Claim> en = claims("en", "ledger-eval results\n\nWe ran every model three times. In our "
        + "runs, DeepSeek-V3.2 leads on GPQA Diamond and MMLU-Pro, but not on AIME 2025, where "
        + "Qwen3-235B-A22B is ahead of DeepSeek-V3.2.\n");
    assertTrue(of(en, "In our runs", ClaimKind.COMPARE).stream().map(ClauseClaimsTest::describe)
        .toList().equals(List.of("compare Qwen3-235B-A22B vs [DeepSeek-V3.2] on [AIME 2025]")),
        describe(en));
  }

  @Test
  void aRelativeClauseOfPlaceAfterAListIsOnTheWholeList() {
    assertClaims(claims("fr", "Alibaba dévoile Qwen 2.5\n\nAlibaba présente son nouveau modèle. La firme "
            + "s'appuie sur plusieurs benchmarks, notamment Arena-Hard, LiveBench et GPQA-Diamond, où "
            + "le modèle dépasserait DeepSeek V3 et GPT-4o.\n"), "La firme",
        "compare Qwen 2.5 vs [DeepSeek V3, GPT-4o] on [Arena-Hard, LiveBench, GPQA-Diamond]");
  }

  @Test
  void aVerbOfBeingMayStandBetweenAComparativeAndAls() {
    List<Claim> de = claims("de", "Sie fragen, wir antworten\n\nUnsere Leser schreiben uns jede "
        + "Woche. Ich habe gelesen, dass Gemini 3 Pro in Mathematik besser sei als GPT-5.1. Kogni AI "
        + "sagt, dass Kogni-3 auf Deutsch besser ist als jedes andere offene Modell.\n");
    assertClaims(de, "Ich habe", "compare Gemini 3 Pro vs [GPT-5.1]");
    assertClaims(de, "Kogni AI", "superlative Kogni-3");
  }

  @Test
  void parityMayBeSaidWithANounOrAnInterval() {
    List<Claim> de = claims("de", "Neue Modelle bei Alpencloud\n\nWir bieten ab heute drei neue "
        + "Modelle an. Laut Alibaba kommt Qwen3-Coder bei SWE-bench Verified auf 69,6 Prozent, was "
        + "ungefähr dem Niveau von Claude Sonnet 4 entspricht. Laut OpenAI schneidet gpt-oss-20b "
        + "bei AIME 2025 ähnlich ab wie o3-mini.\n");
    assertClaims(de, "Laut Alibaba", "parity Qwen3-Coder vs [Claude Sonnet 4] on [SWE-bench Verified]",
        "score Qwen3-Coder on [SWE-bench Verified] = 69.6");
    assertClaims(de, "Laut OpenAI", "parity gpt-oss-20b vs [o3-mini] on [AIME 2025]");
    List<Claim> en = claims("en", "Corvid-14B is here\n\nWe trained a small model for one GPU. On "
        + "LMArena, Corvid-14B sits within the confidence interval of Gemma 3 27B.\n");
    assertClaims(en, "On LMArena", "parity Corvid-14B vs [Gemma 3 27B] on [LMArena]");
  }

  @Test
  void aRelativeClauseAfterANamedProjectDoesNotTakeItsSubject() {
    List<Claim> en = claims("en", "LexGemma-27B: what we learned\n\nWe fine-tuned a model for "
        + "consumer law. The Vienna project JurLLaMA-70B, which builds on Llama 4 Scout, reports "
        + "70.2% on GerLayQA.\n");
    assertClaims(en, "The Vienna", "score JurLLaMA-70B on [GerLayQA] = 70.2");
    List<Claim> de = claims("de", "LexGemma-27B: was wir gelernt haben\n\nWir haben ein Modell für "
        + "Verbraucherrecht trainiert. Das Wiener Projekt JurLLaMA-70B, das auf Llama 4 Scout "
        + "aufsetzt, meldet für GerLayQA 70,2 Prozent.\n");
    assertClaims(de, "Das Wiener", "score JurLLaMA-70B on [GerLayQA] = 70.2");
  }

  @Test
  void germanVerbFinalBestAndLosingGround() {
    List<Claim> de = claims("de", "LexGemma-27B: was wir gelernt haben\n\nWir haben ein Modell für "
        + "Verbraucherrecht trainiert. Gemma 3 27B war der Ausgangspunkt, weil es bei "
        + "deutschsprachigen Aufgaben am besten abschnitt. Bei MMLU-ProX-de verliert LexGemma-27B "
        + "gegenüber Gemma 3 27B gut einen Punkt.\n");
    assertClaims(de, "Gemma 3 27B war", "superlative Gemma 3 27B");
    assertClaims(de, "Bei MMLU-ProX-de",
        "compare LexGemma-27B vs [Gemma 3 27B] on [MMLU-ProX-de] NOT");
  }

  @Test
  void aTestSetNamedByItsCountIsABenchmark() {
    List<Claim> en = claims("en", "Parcelwise moves to Claude Opus 4.5\n\nWe tested four models on "
        + "our own tickets. Claude Opus 4.5 had the best result on ParcelDesk-300. Qwen3-235B-A22B "
        + "trailed GPT-5.1 by only three points on CreditMemo-150, our credit-memo drafting task.\n");
    assertClaims(en, "Claude Opus 4.5 had", "rank Claude Opus 4.5 on [ParcelDesk-300]");
    assertClaims(en, "Qwen3-235B-A22B trailed",
        "compare Qwen3-235B-A22B vs [GPT-5.1] on [CreditMemo-150] NOT");
    // The count repeated after the name is the size of the set, not a score.
    List<Claim> de = claims("de", "dachbench: ein Benchmark für Behördendeutsch\n\nGPT-5.1 führt "
        + "bei DACH-QA. Amtsdeutsch-500 – 500 Behördenschreiben, die in verständliche Sprache "
        + "übertragen werden müssen. GPT-5.1 erreicht 71 Prozent bei Amtsdeutsch-500.\n");
    assertClaims(de, "Amtsdeutsch-500 –");
    assertClaims(de, "GPT-5.1 erreicht", "score GPT-5.1 on [Amtsdeutsch-500] = 71.0");
  }

  @Test
  void aSuperscriptInsideANameIsPartOfIt() {
    assertClaims(claims("en", "Parcelwise moves to Claude Opus 4.5\n\nWe tested four models on our "
            + "own tickets. Claude Opus 4.5 scores 88.9 on τ²-bench.\n"), "Claude Opus 4.5 scores",
        "score Claude Opus 4.5 on [τ²-bench] = 88.9");
  }

  @Test
  void aMetricIsNoBenchmark() {
    List<Claim> en = claims("en", "Verbana picks Mistral Medium 3.1\n\nVerbana translates drug "
        + "labels. On PharmaMT-2k, Mistral Medium 3.1 reached a COMET score of 88.7.\n");
    assertTrue(en.stream().noneMatch(c -> texts(c.benchmarks()).contains("COMET")), describe(en));
  }

  @Test
  void aPrepositionOpeningTheSentenceIsNoPartOfTheClaimant() {
    List<Claim> en = claims("en", "GLM-4.6 explained\n\nZhipu AI released GLM-4.6 in September. By "
        + "Zhipu AI's count, GLM-4.6 beats Claude Sonnet 4.\n");
    assertEquals("Zhipu AI", only(en, "By Zhipu", ClaimKind.COMPARE).attribution().claimant());
  }

  @Test
  void placesOfAnyModelAndErringMoreOften() {
    List<Claim> en = claims("en", "DeepSeek-V3.2 fact check\n\nWe looked at the leaderboards. On "
        + "LiveBench, DeepSeek-V3.2 ranks seventh overall and is the highest-placed open-weights "
        + "model. On LiveBench, GLM-4.6 placed 14th, the highest position of any open-weights model "
        + "at the time.\n\nOpenAI says gpt-oss-120b hallucinates more often than o4-mini.\n");
    assertEquals(1, of(en, "On LiveBench, DeepSeek", ClaimKind.SUPERLATIVE).size(), describe(en));
    assertEquals(1, of(en, "On LiveBench, GLM-4.6", ClaimKind.SUPERLATIVE).size(), describe(en));
    assertClaims(en, "OpenAI says", "compare gpt-oss-120b vs [o4-mini] NOT");
  }

  @Test
  void aSourceCitedInSquareBracketsIsNoScore() {
    List<Claim> en = claims("en", "LoomQA: related work\n\nLong inputs remain hard. Moonshot AI "
        + "reports that Kimi K2 Thinking resolves 71.3% of SWE-bench Verified issues [7]. Kim et al. "
        + "[14] note that Gemini 3 Pro keeps over 80% accuracy on MRCR v2, while most open models fall "
        + "below 40%.\n");
    assertClaims(en, "Moonshot AI", "score Kimi K2 Thinking on [SWE-bench Verified] = 71.3");
    assertClaims(en, "Kim et al.", "score Gemini 3 Pro on [MRCR v2] = 80.0");
  }

  @Test
  void aCompetitorMayBeNamedAfterADescription() {
    assertClaims(claims("en", "Ardente-S1: a case study\n\nOn ArdBench, Ardente-S1 sorts 94.1% of "
            + "claims correctly. It clearly beats its base model, Qwen3-14B, which tops out at 79.5% "
            + "on the same test.\n"), "It clearly",
        "compare Ardente-S1 vs [Qwen3-14B] on [ArdBench]", "score Qwen3-14B on [ArdBench] = 79.5");
    assertClaims(claims("fr", "Ardente-S1 : étude de cas\n\nSur ArdBench, Ardente-S1 classe "
            + "correctement 94,1 % des dossiers. Il dépasse ainsi nettement son modèle de base, "
            + "Qwen3-14B, qui plafonne à 79,5 % sur le même test.\n"), "Il dépasse",
        "compare Ardente-S1 vs [Qwen3-14B] on [ArdBench]", "score Qwen3-14B on [ArdBench] = 79.5");
  }

  @Test
  void frenchSolvedCountsNarrowMarginsAndTakingTheLead() {
    List<Claim> fr = claims("fr", "DeepSeek-V3.2 : vrai ou faux ?\n\nNous avons vérifié. Sur "
        + "LiveCodeBench, DeepSeek-V3.2 obtient 83,3 %, à peine moins que GPT-5, crédité de 84,5 %. "
        + "Sur cinquante exercices de LiveCodeBench, gpt-oss-20b en a résolu 29.\n\nEn "
        + "programmation, Claude Opus 4.5 reprend l'avantage sur Gemini 3 Pro. En mathématiques, "
        + "DeepSeek-V3.2 fait effectivement jeu égal avec GPT-5.\n");
    assertClaims(fr, "Sur LiveCodeBench", "compare DeepSeek-V3.2 vs [GPT-5] on [LiveCodeBench] NOT",
        "score DeepSeek-V3.2 on [LiveCodeBench] = 83.3", "score GPT-5 on [LiveCodeBench] = 84.5");
    assertClaims(fr, "Sur cinquante", "score gpt-oss-20b on [LiveCodeBench] = 29.0");
    assertClaims(fr, "En programmation", "compare Claude Opus 4.5 vs [Gemini 3 Pro]");
    assertClaims(fr, "En mathématiques", "parity DeepSeek-V3.2 vs [GPT-5]");
  }

  @Test
  void aNewMemberOfAKnownSeriesIsNeverABenchmark() {
    List<Claim> es = claims("es", "Crónica del HackIA Valencia en la ciudad\n\nLos equipos trabajaron "
        + "durante dos días. Como referencia, con un agente sencillo GPT-5.1 resolvía el 58 % de las "
        + "tareas de ReTurIA y Claude Opus 4.5, el 63 %.\n");
    assertTrue(es.stream().noneMatch(c -> texts(c.benchmarks()).contains("Claude Opus 4.5")),
        describe(es));
  }

  @Test
  void theOnlyModelOfAComparisonPastAMarkIsASuperlativeWithNoScore() {
    List<Claim> en = claims("en", "Local models compared\n\nWe ran five models at home. On Aider "
        + "Polyglot, gpt-oss-120b is the only model in our comparison that scores above 40%. Google "
        + "says Gemini 3 Pro is the first model ever to pass 1,500 on LMArena.\n");
    assertClaims(en, "On Aider", "superlative gpt-oss-120b on [Aider Polyglot]");
    assertClaims(en, "Google says", "superlative Gemini 3 Pro on [LMArena]");
  }

  @Test
  void germanCompetitorsScoreAndLongPerfectTense() {
    List<Claim> de = claims("de", "Kimi K2 Thinking im Faktencheck\n\nWir haben nachgerechnet. Auf "
        + "LiveBench liegt Kimi K2 Thinking hinter GPT-5.1, das auf 75,1 kommt. In unserem Benchmark "
        + "TicketBench-DE hat Claude Opus 4.5 sowohl GPT-5.1 als auch Gemini 3 Pro klar geschlagen. "
        + "Gemma 3 27B wird auch in den Größen 1B, 4B und 12B angeboten.\n");
    assertClaims(de, "Auf LiveBench", "compare Kimi K2 Thinking vs [GPT-5.1] on [LiveBench] NOT",
        "score GPT-5.1 on [LiveBench] = 75.1");
    assertClaims(de, "In unserem",
        "compare Claude Opus 4.5 vs [GPT-5.1, Gemini 3 Pro] on [TicketBench-DE]");
    assertTrue(de.stream().noneMatch(c -> c.subject() != null
        && c.subject().text().startsWith("Größen")), describe(de));
  }

  @Test
  void spanishPointsAheadAndLastPlaceOnTheTestBefore() {
    List<Claim> es = claims("es", "Cóndor-14B ya está aquí para todos\n\nHemos trabajado un año en "
        + "este modelo. En HispaEval, Cóndor-14B le saca casi diez puntos a su modelo base, Qwen3-14B. "
        + "En PartesBench, Claude Opus 4.5 acertó en el 94,2 % de los campos. Mistral Medium 3.1 quedó "
        + "último en esa prueba.\n");
    assertClaims(es, "En HispaEval", "compare Cóndor-14B vs [Qwen3-14B] on [HispaEval]");
    assertClaims(es, "Mistral Medium 3.1 quedó", "rank Mistral Medium 3.1 on [PartesBench]");
  }

  @Test
  void aRelativeClauseAfterADescriptionIsAboutTheModelDescribed() {
    List<Claim> en = claims("en", "Keynote recap\n\nSix models were compared. The surprise of the "
        + "session was gpt-oss-120b, OpenAI’s first open-weight release since GPT-2, which trails "
        + "Kimi K2 Thinking across the board.\n");
    assertClaims(en, "The surprise", "vague gpt-oss-120b vs [Kimi K2 Thinking] NOT");
    List<Claim> fr = claims("fr", "Étude\n\nSix modèles ont été comparés. Surprise de l’étude : "
        + "Esculape-70B, un modèle spécialisé issu de Llama 3.3 70B et affiné sur 2 milliards de "
        + "tokens de littérature médicale, fait jeu égal avec Gemini 3 Pro.\n");
    assertEquals("Esculape-70B", only(fr, "Surprise", ClaimKind.PARITY).subject().text());
  }

  @Test
  void aBenchmarkOpeningTheNextClauseIsNotThePhrasesWhenItHasItsOwn() {
    List<Claim> de = claims("de", "Teuto-2 ist da\n\nHeute veröffentlichen wir Teuto-2. Auf "
        + "Arena-Hard-Auto übertrifft Teuto-2 Mistral Medium 3.1 und Llama 4 Maverick, auf MMLU-Pro "
        + "erreicht es 74,8 Prozent.\n");
    assertClaims(de, "Auf Arena-Hard-Auto",
        "compare Teuto-2 vs [Mistral Medium 3.1, Llama 4 Maverick] on [Arena-Hard-Auto]",
        "score Teuto-2 on [MMLU-Pro] = 74.8");
  }

  @Test
  void germanLeadsWithTheTableAndVerbFinal() {
    List<Claim> de = claims("de", "Memo\n\nDie zweite Runde lief auf JurBench-DE. Hier führt "
        + "Claude Opus 4.5 die Rangliste mit 71,4 Punkten an, vor GPT-5.1 mit 69,8 Punkten. Auf "
        + "Terminal-Bench 2.0 dagegen führt Gemini 3 Pro mit 54,2 Prozent. Dass Gemini 3 Pro derzeit "
        + "die LMArena-Rangliste anführt, sagt wenig.\n");
    assertFalse(of(de, "Hier führt", ClaimKind.RANK).isEmpty(), describe(de));
    assertFalse(of(de, "Auf Terminal-Bench", ClaimKind.RANK).isEmpty(), describe(de));
    assertFalse(of(de, "Dass Gemini", ClaimKind.RANK).isEmpty(), describe(de));
  }

  @Test
  void frenchAndSpanishObjectPronounsBeforeTheVerbAreTheArticlesModel() {
    List<Claim> fr = claims("fr", "Grok 4 en test\n\nGrok 4 obtient 25 % sur HLE. Depuis, Gemini 3 "
        + "Pro l'a dépassé sur HLE. Kimi K2 Thinking le devance aussi sur ce test.\n");
    assertClaims(fr, "Depuis", "compare Gemini 3 Pro vs [Grok 4] on [HLE]");
    assertClaims(fr, "Kimi", "compare Kimi K2 Thinking vs [Grok 4] on [HLE]");
    List<Claim> es = claims("es", "Grok 4 a prueba en nuestro laboratorio\n\nGrok 4 obtiene un 25 % "
        + "en HLE. Desde entonces, Gemini 3 Pro lo ha superado en HLE.\n");
    assertClaims(es, "Desde entonces", "compare Gemini 3 Pro vs [Grok 4] on [HLE]");
  }

  @Test
  void aMarkNoModelPassedIsNoScore() {
    List<Claim> es = claims("es", "Crónica del congreso de Málaga sobre modelos\n\nLa charla fue "
        + "larga. Según sus diapositivas, Claude Opus 4.5 alcanza un 80,9 % en SWE-bench Verified, "
        + "la primera vez que un modelo supera el 80 % en esa prueba. En su tabla, ningún modelo "
        + "abierto pasó del 70 %, y DeepSeek-V3.2 fue el mejor de ellos.\n");
    assertClaims(es, "Según sus", "superlative Claude Opus 4.5 on [SWE-bench Verified]",
        "score Claude Opus 4.5 on [SWE-bench Verified] = 80.9");
    assertTrue(of(es, "En su tabla", ClaimKind.SCORE).isEmpty(), describe(es));
  }

  @Test
  void aFigureJustGivenComparedWithAnotherModels() {
    List<Claim> en = claims("en", "Legal test\n\nOn LegalBench, Claude Opus 4.5 reaches 87.9%. "
        + "That is more than GPT-5.1 and Gemini 3 Pro.\n");
    assertClaims(en, "That is", "compare Claude Opus 4.5 vs [GPT-5.1, Gemini 3 Pro] on [LegalBench]");
    List<Claim> de = claims("de", "Kanzleitest: Claude Opus 4.5\n\nWir testen Claude Opus 4.5. Das "
        + "Modell erfindet deutlich seltener Fundstellen als Gemini 3 Pro.\n");
    assertClaims(de, "Das Modell", "compare Claude Opus 4.5 vs [Gemini 3 Pro]");
    List<Claim> fr = claims("fr", "Note : Mistral Medium 3.1 pour les conseillers\n\nNous avons "
        + "testé Mistral Medium 3.1 sur BanqRéf. Sur ce test, le modèle fait donc quasiment jeu égal "
        + "avec GPT-5.1.\n");
    assertClaims(fr, "Sur ce test", "parity Mistral Medium 3.1 vs [GPT-5.1] on [BanqRéf]");
  }

  @Test
  void fileFormatsAreNoBenchmarks() {
    List<Claim> es = claims("es", "Un fin de semana con Gemini 3 Pro\n\nLo probé a fondo. Le pasé "
        + "tres mockups en PNG y me devolvió componentes de React, mejor que lo que me daba GPT-5.1 "
        + "hace un mes.\n");
    assertTrue(es.stream().noneMatch(c -> texts(c.benchmarks()).contains("PNG")), describe(es));
  }

  @Test
  void aFoundationNamedInFullIsTheClaimant() {
    List<Claim> en = claims("en", "Essay on benchmarks\n\nBenchmarks are not intelligence. The ARC "
        + "Prize Foundation reports that Gemini 3 Pro solved 31.1 per cent of the ARC-AGI-2 tasks.\n");
    assertEquals("ARC Prize Foundation",
        only(en, "The ARC", ClaimKind.SCORE).attribution().claimant());
  }

  @Test
  void theBestOfWhatTheWriterTestedAndOfACountedFew() {
    List<Claim> es = claims("es", "Un fin de semana con Gemini 3 Pro\n\nLo probé a fondo. Resumen: en "
        + "razonamiento puro es el mejor que he probado.\n");
    assertClaims(es, "Resumen", "superlative Gemini 3 Pro");
    List<Claim> fr = claims("fr", "Forum : Grok 4 en pratique\n\nJ'ai testé trois modèles. Claude "
        + "Opus 4.5 est de loin le meilleur des trois sur Rust.\n");
    assertClaims(fr, "Claude", "superlative Claude Opus 4.5");
    List<Claim> de = claims("de", "Forum: Grok 4\n\nGrok 4 ist gut. Aber ja, für ernsthafte "
        + "Agent-Sachen ist Claude Opus 4.5 gerade das Maß der Dinge.\n");
    assertClaims(de, "Aber ja", "superlative Claude Opus 4.5");
    List<Claim> en = claims("en", "DeepSeek-V3.2 is out\n\nDeepSeek released DeepSeek-V3.2 today. "
        + "LMArena has it at #9 overall on text.\n");
    assertClaims(en, "LMArena has", "rank DeepSeek-V3.2 on [LMArena]");
  }

  @Test
  void aLabelBeforeAColonNamesTheBenchmarkOfItsSentence() {
    List<Claim> en = claims("en", "Who is on top in July\n\nArtificial Analysis Intelligence Index: "
        + "Grok 4 leads with 73, ahead of o3 (70).\n\nFAQ: Grok 4 leads with 73, ahead of o3 (70).\n");
    assertClaims(en, "Artificial", "rank Grok 4 on [Artificial Analysis Intelligence Index]",
        "compare Grok 4 vs [o3] on [Artificial Analysis Intelligence Index]",
        "score Grok 4 on [Artificial Analysis Intelligence Index] = 73.0",
        "score o3 on [Artificial Analysis Intelligence Index] = 70.0");
    assertTrue(en.stream().noneMatch(c -> texts(c.benchmarks()).contains("FAQ")), describe(en));
  }

  @Test
  void aNameDescribedAsATestIsABenchmark() {
    List<Claim> fr = claims("fr", "Lumière AI lance Tessera-2-Pro\n\nLumière AI met aussi en avant "
        + "EuroEval-FR, un test maison qui mesure huit langues. Selon l'entreprise, Tessera-2-Pro y "
        + "obtient 88,2 points, devant GPT-5 (86,9).\n");
    assertClaims(fr, "Selon", "compare Tessera-2-Pro vs [GPT-5] on [EuroEval-FR]",
        "score Tessera-2-Pro on [EuroEval-FR] = 88.2", "score GPT-5 on [EuroEval-FR] = 86.9");
    List<Claim> en = claims("en", "Tallyhouse results\n\nAccording to Tallyhouse, an independent "
        + "evaluation lab, DeepSeek-V3.1 trails Kimi K2 on SWE-bench Verified.\n");
    assertClaims(en, "According", "compare DeepSeek-V3.1 vs [Kimi K2] on [SWE-bench Verified] NOT");
  }

  @Test
  void aMakersFigureIsItsOwnModels() {
    List<Claim> en = claims("en", "Guide\n\nDeepSeek-V3.2 does not beat Claude Opus 4.5 on "
        + "SWE-bench Verified, where DeepSeek lists 73.1%, but it costs a fraction as much.\n");
    assertClaims(en, "DeepSeek-V3.2 does", "compare DeepSeek-V3.2 vs [Claude Opus 4.5] on "
        + "[SWE-bench Verified] NOT", "score DeepSeek-V3.2 on [SWE-bench Verified] = 73.1");
  }

  @Test
  void aFigureOfAModelDescribedIsNoneOfTheSubjects() {
    List<Claim> es = claims("es", "Candela 2 32B\n\nCandela 2 32B Code obtiene un 61,4 % en Aider "
        + "Polyglot, frente al 48,9 % del modelo general.\n");
    assertClaims(es, "Candela", "score Candela 2 32B Code on [Aider Polyglot] = 61.4");
  }

  @Test
  void rankingsByUseOrPriceAreNoClaims() {
    List<Claim> en = claims("en", "Relaylane weekly\n\nKimi K2 Thinking is now the most-requested "
        + "open model on Relaylane, overtaking DeepSeek-V3.2 last Thursday.\n\nBest value: "
        + "DeepSeek-V3.2\n\nGPT-5.1 is weaker than Gemini 3 Pro on most reasoning benchmarks, but "
        + "remains the most-used model.\n");
    assertTrue(of(en, "Kimi", ClaimKind.COMPARE).isEmpty(), describe(en));
    assertTrue(of(en, "Best value", ClaimKind.SUPERLATIVE).isEmpty(), describe(en));
    assertClaims(en, "GPT-5.1 is", "vague GPT-5.1 vs [Gemini 3 Pro] NOT");
  }

  @Test
  void aPronounForTheSubjectsOwnModelIsTheEarlierCompetitor() {
    List<Claim> en = claims("en", "GPT-5.1 review\n\nGPT-5.1 is a fine model. GPT-5.1 trails "
        + "Claude Opus 4.5 on SWE-bench Verified but matches it on GPQA Diamond.\n");
    assertClaims(en, "GPT-5.1 trails", "compare GPT-5.1 vs [Claude Opus 4.5] on [SWE-bench Verified] NOT",
        "parity GPT-5.1 vs [Claude Opus 4.5] on [GPQA Diamond]");
    List<Claim> fr = claims("fr", "GPT-5.1\n\nGPT-5.1 ne dépasse pas Claude Opus 4.5 sur SWE-bench "
        + "Verified, mais fait jeu égal avec lui sur GPQA Diamond.\n");
    assertClaims(fr, "GPT-5.1 ne", "compare GPT-5.1 vs [Claude Opus 4.5] on [SWE-bench Verified] NOT",
        "parity GPT-5.1 vs [Claude Opus 4.5] on [GPQA Diamond]");
    List<Claim> es = claims("es", "Guía GPT-5.1\n\nGPT-5.1, el modelo que usa ChatGPT, no supera a "
        + "Claude Opus 4.5 en programación, pero compite con él en casi todo lo demás.\n");
    assertClaims(es, "GPT-5.1,", "compare GPT-5.1 vs [Claude Opus 4.5] NOT",
        "parity GPT-5.1 vs [Claude Opus 4.5]");
  }

  @Test
  void newPhrasesOfRankParityAndComparison() {
    List<Claim> en = claims("en", "Larkspur AMA\n\nLarkspur-32B holds the top spot on LiveCodeBench. "
        + "Larkspur gets 54.1% on SWE-bench Verified, which is respectable but nowhere near Claude "
        + "Sonnet 4.5.\n");
    assertClaims(en, "Larkspur-32B holds", "rank Larkspur-32B on [LiveCodeBench]");
    assertClaims(en, "Larkspur gets", "score Larkspur on [SWE-bench Verified] = 54.1",
        "parity Larkspur vs [Claude Sonnet 4.5] on [SWE-bench Verified] NOT");
    List<Claim> de = claims("de", "Vergleichstest\n\nBeim Programmieren dreht sich das Bild: Auf "
        + "SWE-bench Verified löst Claude Opus 4.5 die meisten Aufgaben.\n");
    assertClaims(de, "Beim", "rank Claude Opus 4.5 on [SWE-bench Verified]");
    List<Claim> fr = claims("fr", "Notes de cours\n\nSur LiveCodeBench, gpt-oss-120b obtient 69,2 ; "
        + "c'est plus que DeepSeek-V3.2 (66,5), mais moins que Kimi K2 Thinking.\n");
    assertTrue(describe(fr).contains("compare gpt-oss-120b vs [Kimi K2 Thinking] on [LiveCodeBench] NOT"),
        describe(fr));
  }

  @Test
  void anArticlesModelKeepsAShortFormItsSuccessorShares() {
    List<Claim> en = claims("en", "AMA: Brackwater Labs on Osprey-120B\n\nWe released Osprey-120B, "
        + "a fine-tune of gpt-oss-120b. gpt-oss-120b sits around 19% on BrowseComp; Osprey gets "
        + "41.7% in the same harness. We'll be back when Osprey 2 is out.\n");
    assertEquals(41.7, scoreOf(en, "gpt-oss-120b sits", "Osprey").value(), 1e-9);
    assertTrue(en.stream().noneMatch(c -> c.kind() == ClaimKind.SCORE
        && c.subject().text().equals("gpt-oss-120b") && c.value() == 41.7), describe(en));
  }

  @Test
  void aNameTheTextSaysMeasuresSomethingIsABenchmarkWhereverItStands() {
    List<Claim> de = claims("de", "Änderungsprotokoll\n\nDie Werkbank misst, wie gut Coding-Agenten "
        + "echte Wartungsaufgaben erledigen.\n\nGrok 4 ist damit auf der Werkbank offiziell "
        + "gleichauf mit GPT-5.1.\n");
    assertClaims(de, "Grok 4", "parity Grok 4 vs [GPT-5.1] on [Werkbank]");
  }

  @Test
  void notBehindOnABenchmarkIsNoLead() {
    List<Claim> en = claims("en", "Open models\n\nQwen3-235B-A22B trails DeepSeek-V3.2 on LiveBench "
        + "and GPQA Diamond, though not on AIME 2025.\n");
    assertClaims(en, "Qwen3", "compare Qwen3-235B-A22B vs [DeepSeek-V3.2] on [LiveBench, GPQA Diamond] NOT");
  }

  @Test
  void theFirstScoreAboveAMarkIsASuperlativeAndTheMarkNoScore() {
    List<Claim> en = claims("en", "Switchyard weekly\n\nOn SWE-bench Verified Opus 4.5 posts 80.9%, "
        + "the first score above 80% we have seen on that benchmark.\n");
    assertClaims(en, "On SWE", "superlative Opus 4.5 on [SWE-bench Verified]",
        "score Opus 4.5 on [SWE-bench Verified] = 80.9");
  }

  @Test
  void moreHallucinationsAndEqualResultsAndAPlaceInWords() {
    List<Claim> es = claims("es", "Foro: DeepSeek-V3.2\n\nLo probamos dos semanas y el modelo alucina "
        + "más que GPT-4o con números de seguimiento. Para atención al cliente, DeepSeek-V3.2 rinde "
        + "igual que GPT-4o en nuestras métricas internas.\n");
    assertClaims(es, "Lo probamos", "compare DeepSeek-V3.2 vs [GPT-4o] NOT");
    assertClaims(es, "Para", "parity DeepSeek-V3.2 vs [GPT-4o]");
    List<Claim> fr = claims("fr", "Courrier\n\nGrok 4 n'y figure qu'en neuvième position sur LMArena, "
        + "derrière Gemini 3 Pro et GPT-5.1.\n");
    assertClaims(fr, "Grok", "rank Grok 4 vs [Gemini 3 Pro, GPT-5.1] on [LMArena]");
  }

  @Test
  void headingsAndWorkflowWordsAreNoClaims() {
    List<Claim> de = claims("de", "Förderantrag: Amtsklar-7B\n\nStand der Technik und eigene "
        + "Vorarbeiten\n\nAmtsklar-7B ist ein dichtes Modell.\n");
    assertTrue(of(de, "Stand", ClaimKind.SUPERLATIVE).isEmpty(), describe(de));
    List<Claim> en = claims("en", "Code review\n\nOn Terminal-Bench the picture is different: "
        + "GPT-5.1 is roughly level with Claude Opus 4.5 there, and in our CI it also finished reviews "
        + "about 30% faster.\n");
    assertTrue(en.stream().noneMatch(c -> texts(c.benchmarks()).contains("CI")), describe(en));
  }

  @Test
  void aLearnedBenchmarkIsNoPartOfALongerNameNorAHandle() {
    List<Claim> en = claims("en", "ARC-AGI-2 results\n\nThe ARC Prize leaderboard lists Gemini 3 Pro "
        + "at 31.1 percent. The test comes from the ARC Prize Foundation. Quarry says Tessera-2-Pro "
        + "beats Gemini 3 Pro.\n");
    assertTrue(en.stream().noneMatch(c -> c.sentence().text().startsWith("Quarry")
        && texts(c.benchmarks()).contains("ARC Prize")), describe(en));
  }

  @Test
  void aSizeAfterBelowIsNoCompetitor() {
    List<Claim> en = claims("en", "Larkspur AMA\n\nLarkspur-32B holds the top spot among open models "
        + "below 70B on LiveCodeBench v6 and Aider Polyglot.\n");
    assertClaims(en, "Larkspur", "rank Larkspur-32B on [LiveCodeBench v6, Aider Polyglot]");
  }

  @Test
  void aPronounForAnotherModelIsNoArticlesModel() {
    List<Claim> es = claims("es", "Informe LexIbérica\n\nSección 5 repasa los modelos. gpt-oss-120b "
        + "genera cadenas más largas que o4-mini y, aun así, queda por detrás de él.\n");
    assertTrue(es.stream().noneMatch(c -> texts(c.objects()).contains("Sección 5")), describe(es));
  }
}
