package dev.claimcheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.check.CheckOptions;
import dev.claimcheck.check.DocumentChecker;
import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.eval.CorpusEvaluation;
import dev.claimcheck.input.DocumentFormat;
import dev.claimcheck.input.DocumentReader;
import dev.claimcheck.input.SourceDocument;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.lexicon.LexiconLoader;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.report.DocumentReport;
import dev.claimcheck.report.SentenceReport;
import dev.claimcheck.segment.Segmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Score claims read from tables and "Benchmark: value" lines. */
class TableClaimsTest {
  private static Registry registry;
  private static Map<String, Lexicon> lexicons;
  private static EntityRecognizer recognizer;
  private final DocumentReader reader = new DocumentReader();

  @BeforeAll
  static void load() throws Exception {
    registry = CorpusEvaluation.bundledRegistry();
    lexicons = new LexiconLoader().loadAll();
    recognizer = new EntityRecognizer(registry);
  }

  private static byte[] fixture(String name) {
    try (InputStream in = TableClaimsTest.class.getResourceAsStream("/tables/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static DocumentFormat format(String name) {
    return name.endsWith(".html") ? DocumentFormat.HTML
        : name.endsWith(".md") ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT;
  }

  private SourceDocument read(String name) {
    return reader.read(name, fixture(name), format(name));
  }

  private static List<Claim> claims(SourceDocument doc, String language) {
    return claims(doc, language, List.of("Alibaba", "DeepSeek"));
  }

  /** The table and score-line claims of {@code doc}, with {@code vendors} as organisations. */
  private static List<Claim> claims(SourceDocument doc, String language, List<String> vendors) {
    Lexicon lexicon = lexicons.get(language);
    TableClaims tables = new TableClaims(lexicon, recognizer, vendors);
    return tables.extract(doc.text(), doc.tables(),
        new Segmenter(lexicon.abbreviations()).segment(doc.text()), null);
  }

  /** A Markdown document of {@code text}. */
  private SourceDocument markdown(String text) {
    return reader.read("t.md", text.getBytes(StandardCharsets.UTF_8), DocumentFormat.MARKDOWN);
  }

  /** "subject | benchmark | value" for each claim, in order. */
  private static List<String> summary(List<Claim> claims) {
    return claims.stream().map(c -> {
      assertEquals(ClaimKind.SCORE, c.kind());
      assertEquals(1, c.benchmarks().size());
      return c.subject().text() + " | " + c.benchmarks().get(0).text() + " | " + c.value();
    }).toList();
  }

  @Test
  void aHeaderTheTextNamesAsABenchmarkIsOne() {
    SourceDocument doc = markdown("# Sprachwaage\n\n| Modell | Sprachwaage | Preis |\n|---|---|---|\n"
        + "| Gemini 3 Pro | 84,7 | 12 |\n| GPT-5.1 | 84,1 | 10 |\n");
    Lexicon lexicon = lexicons.get("de");
    List<Claim> read = new TableClaims(lexicon, recognizer, List.of("Google")).extract(doc.text(),
        doc.tables(), new Segmenter(lexicon.abbreviations()).segment(doc.text()), null,
        java.util.Set.of("Sprachwaage"));
    assertEquals(List.of("Gemini 3 Pro | Sprachwaage | 84.7", "GPT-5.1 | Sprachwaage | 84.1"),
        summary(read));
    assertTrue(claims(doc, "de").isEmpty(), "without the name learned, no benchmark header");
  }

  @Test
  void aHeaderOfCapitalisedWordsEndingLikeABenchmarkNameIsABenchmark() {
    List<Claim> claims = claims(read("headed-names.md"), "fr");
    assertEquals(List.of(
        "Gemini 2.5 Pro | GPQA Diamond | 84.0",
        "Gemini 2.5 Pro | Humanity's Last Exam | 18.8",
        "Gemini 2.5 Pro | Vals Legal Index | 71.2",
        "o3-mini | GPQA Diamond | 79.7",
        "o3-mini | Humanity's Last Exam | 14.0"), summary(claims));
  }

  @Test
  void aHeaderOfTheSameSeriesAsABenchmarksIsABenchmark() {
    // "Quill-Maths" and "Quill-Code" beside "Quill-Eval"; "Prix" is no name, "n/d" no value.
    List<Claim> claims = claims(read("series-heads.html"), "fr");
    assertEquals(List.of(
        "Gemini 3 Pro | Quill-Eval | 81.7",
        "Gemini 3 Pro | Quill-Maths | 88.2",
        "Gemini 3 Pro | Quill-Code | 79.5",
        "GPT-5.1 | Quill-Eval | 79.2",
        "GPT-5.1 | Quill-Maths | 86.9"), summary(claims));
  }

  @Test
  void aHeaderGluedToAWordThatEndsBenchmarkNamesIsABenchmarkBesideOthers() {
    // "Terminal-bench" beside known benchmarks; "Multi-turn" and "Average" are no names.
    List<Claim> claims = claims(read("glued-heads.md"), "en");
    assertEquals(List.of(
        "Gemini 2.5 Pro | GPQA Diamond | 84.0",
        "Gemini 2.5 Pro | Terminal-bench | 25.3",
        "o3-mini | GPQA Diamond | 79.7",
        "o3-mini | Terminal-bench | 30.2"), summary(claims));
  }

  @Test
  void aHeaderOpeningWithAnAcronymOrInLowerCaseWithAWordThatEndsNamesIsABenchmark() {
    // "OSWorld", "tau2-bench" beside a known benchmark; "Notes" is no name.
    List<Claim> claims = claims(read("lower-case-and-acronym-heads.html"), "en");
    assertEquals(List.of(
        "Claude Sonnet 4.5 | SWE-bench Verified | 74.6",
        "Claude Sonnet 4.5 | OSWorld | 52.5",
        "Claude Sonnet 4.5 | tau2-bench | 84.1",
        "GPT-5 | SWE-bench Verified | 70.8",
        "GPT-5 | OSWorld | 53.9",
        "GPT-5 | tau2-bench | 80.3"), summary(claims));
  }

  @Test
  void aHeaderNamingABenchmarkAndItsVariantIsOneBenchmark_besideAColumnOfVendors() {
    // "TAU-bench Retail" is one name in a cell; the vendor and price columns give nothing, and
    // neither does the "Human expert" row.
    List<Claim> claims = claims(read("variant-headers.html"), "en");
    assertEquals(List.of(
        "Corvid-4 | Terminal-Bench | 37.5",
        "Corvid-4 | TAU-bench Retail | 77.5",
        "Kimi K2 | Terminal-Bench | 30.0",
        "Kimi K2 | TAU-bench Retail | 70.6",
        "Nova Premier | TAU-bench Retail | 61.2"), summary(claims));
  }

  @Test
  void aHeaderCellSpanningColumnsNamesEachOfThem_withTheEditionBelowIt() {
    // "no tools" / "with tools" are settings of the benchmark above them; "2024" / "2025" are its
    // editions; "Reasoning" is a group of benchmarks that the row below names itself.
    List<Claim> claims = claims(read("two-row-header.html"), "en");
    assertEquals(List.of(
        "Corvid-4 | Humanity's Last Exam | 21.0",
        "Corvid-4 | Humanity's Last Exam | 30.2",
        "Corvid-4 | AIME 2024 | 88.0",
        "Corvid-4 | AIME 2025 | 81.3",
        "Corvid-4 | GPQA Diamond | 80.1",
        "Corvid-4 | MMLU-Pro | 79.9",
        "Corvid-4 | ZebraLogic | 90.2",
        "Kimi K2 | Humanity's Last Exam | 4.7",
        "Kimi K2 | AIME 2024 | 69.6",
        "Kimi K2 | AIME 2025 | 49.5",
        "Kimi K2 | GPQA Diamond | 75.1",
        "Kimi K2 | MMLU-Pro | 81.1",
        "Kimi K2 | ZebraLogic | 89.0"), summary(claims));
    // A mark of signs stays in the row as written; a mark of digits is dropped, not read as a
    // digit of the number before it.
    assertEquals("Corvid-4 | 21.0 | 30.2† | 88.0 | 81.3 | 80.1 | 79.9 | 90.2",
        claims.get(0).sentence().text());
  }

  @Test
  void aBenchmarkWithALanguageCodeIsABenchmarkOfItsOwn_andTheTextArenaIsLMArena() {
    // "Arena-Hard-DE" is no Arena-Hard score; a year of release is no benchmark.
    List<Claim> claims = claims(read("language-versions.md"), "de");
    assertEquals(List.of(
        "Lindwurm-14B-Instruct | MMLU-Pro | 63.1",
        "Lindwurm-14B-Instruct | Arena-Hard-DE | 61.7",
        "Lindwurm-14B-Instruct | LMArena text (Elo) | 1301.0",
        "Qwen2.5-14B-Instruct | MMLU-Pro | 62.4",
        "Qwen2.5-14B-Instruct | Arena-Hard-DE | 48.0",
        "Qwen2.5-14B-Instruct | LMArena text (Elo) | 1285.0"), summary(claims));
    assertTrue(claims.get(1).benchmarks().get(0).targets().isEmpty());
    assertFalse(claims.get(2).benchmarks().get(0).targets().isEmpty());
  }

  @Test
  void aRowNamedByANameAndATierWordIsAModel() {
    // "Sable Medium" stands where a sentence would start, yet in a cell it is a name.
    List<Claim> claims = claims(read("tier-names.html"), "es");
    assertEquals(List.of(
        "Sable Medium | MMLU-Pro | 70.8",
        "Sable Medium | GPQA Diamond | 68.1",
        "Corvid Small | MMLU-Pro | 60.1",
        "Corvid Small | GPQA Diamond | 45.2",
        "GPT-4o | MMLU-Pro | 72.6",
        "GPT-4o | GPQA Diamond | 53.6"), summary(claims));
  }

  @Test
  void underAModelHeaderCapitalisedNamesAreModels_andAVendorColumnIsNoModelColumn() {
    // "Command A" and "Devstral" have no digit; "OpenAI" and "Cohere" are who made the models;
    // the average and the human experts are no models.
    List<Claim> claims = claims(read("model-column.html"), "de");
    assertEquals(List.of(
        "GPT-4.1 | GPQA Diamond | 66.3",
        "GPT-4.1 | LMArena (Elo) | 1366.0",
        "Command A | GPQA Diamond | 50.8",
        "Command A | LMArena (Elo) | 1300.0",
        "Devstral | GPQA Diamond | 40.1"), summary(claims));
    assertTrue(claims.get(1).benchmarks().get(0).isKnown(), "LMArena is known with its note");
  }

  @Test
  void aHeaderJoiningAWordToAKnownBenchmarkIsAnotherBenchmark() {
    String text = "Notes\n\n| Model | Global-MMLU (dt.) | MMLU-Pro |\n|---|---|---|\n"
        + "| Quill-12B | 71.4 | 58.2 |\n| GPT-4o | 68.9 | 72.6 |\n";
    SourceDocument doc = markdown(text);
    List<Claim> claims = claims(doc, "en");
    assertEquals(List.of("Quill-12B | Global-MMLU | 71.4", "Quill-12B | MMLU-Pro | 58.2",
        "GPT-4o | Global-MMLU | 68.9", "GPT-4o | MMLU-Pro | 72.6"), summary(claims));
    assertFalse(claims.get(0).benchmarks().get(0).isKnown(), "Global-MMLU is not MMLU");
  }

  @Test
  void aHeaderGivingAVersionAfterABenchmarkIsThatVersionOnly() {
    String text = "Notes\n\n| Model | Arena-Hard-Auto 2.0 | Arena-Hard-Auto 2.1 | Terminal-Bench 2.0 |\n"
        + "|---|---|---|---|\n| Claude Opus 4.1 | 85.1 | 87.9 | 43.2 |\n";
    List<Claim> claims = claims(markdown(text), "en");
    assertEquals(List.of("Claude Opus 4.1 | Arena-Hard-Auto 2.0 | 85.1",
        "Claude Opus 4.1 | Arena-Hard-Auto 2.1 | 87.9",
        "Claude Opus 4.1 | Terminal-Bench 2.0 | 43.2"), summary(claims));
    assertFalse(claims.get(1).benchmarks().get(0).isKnown(),
        "a version the registry does not list is not the benchmark it knows");
  }

  @Test
  void htmlTableWithModelsAsRows() {
    SourceDocument doc = read("launch.html");
    List<Claim> claims = claims(doc, "en");
    assertEquals(List.of(
        "Qwen2.5-Max | MMLU-Pro (EM) | 76.1",
        "Qwen2.5-Max | GPQA Diamond | 60.1",
        "Qwen2.5-Max | LMArena | 1332.0",
        // "–" and an empty cell are no claims
        "DeepSeek-V3 | MMLU-Pro (EM) | 75.9",
        // "n/a" neither; Nimbus-9B is model-shaped, not known
        "Nimbus-9B | LMArena | 1201.0"), summary(claims));
    // the "Average" row is not a model

    Claim first = claims.get(0);
    assertEquals("Qwen2.5-Max | 76.1 | 60.1% | 1,332", first.sentence().text());
    assertEquals(first.sentence().text(), first.sentence().span().of(doc.text()));
    assertEquals(TableClaims.CUE, first.cue());
    assertNull(first.attribution().claimant());
    assertFalse(first.negated());
    // the benchmark keeps its written metric but is matched without it
    Mention mmlu = first.benchmarks().get(0);
    assertEquals(Mention.Kind.BENCHMARK, mmlu.kind());
    assertTrue(mmlu.isKnown());
    assertEquals("mmlu-pro", mmlu.targets().get(0).id());
    assertEquals("MMLU-Pro (EM)", mmlu.span().of(doc.text()));
    assertEquals("Qwen2.5-Max", first.subject().span().of(doc.text()));
    assertTrue(first.subject().isKnown());
    assertFalse(claims.get(4).subject().isKnown());
    assertEquals(Mention.Kind.MODEL, claims.get(4).subject().kind());
  }

  @Test
  void aScoreColumnTakesTheOneBenchmarkNamedAroundItsTable_andCellsKeepTheirFirstLine() {
    SourceDocument doc = read("leaderboard.html");
    List<Claim> claims = claims(doc, "en");
    assertEquals(List.of(
        // "Elo" under a caption naming LMArena; the rank and the votes are no scores
        "Gemini 2.5 Pro | LMArena text | 1470.0",
        "GPT-4.5 | LMArena text | 1441.0",
        // "Score" under a line naming Arena-Hard-Auto; the interval is no score
        "o3 | Arena-Hard-Auto | 85.9",
        "Claude Opus 4 | Arena-Hard-Auto | 76.3",
        // a header's second line is a note; a metric after a name is no part of it; a
        // footnote mark is no digit of its number; "~55" and "53.6 pts" are scores
        "Talon-2 | HumanEval pass@1 | 88.0",
        "GPT-4o | HumanEval pass@1 | 90.2",
        "Talon-2 | GPQA Diamond | 55.0",
        "GPT-4o | GPQA Diamond | 53.6"), summary(claims));
    // "Prices for the same models:" names no benchmark: its "Score" column gives nothing.
    assertTrue(claims.stream().noneMatch(c -> c.sentence().text().equals("o3 | 85.9")));
    // The row is reported as written, the footnote mark left out as in running text.
    assertEquals("HumanEval pass@1 | 88.0 | 90.2", claims.get(4).sentence().text());
    assertEquals("humaneval", claims.get(4).benchmarks().get(0).targets().get(0).id());
    assertEquals("Talon-2", claims.get(4).subject().span().of(doc.text()));
  }

  @Test
  void transposedMarkdownTableWithBenchmarksAsRows() {
    SourceDocument doc = read("transposed.md");
    List<Claim> claims = claims(doc, "en");
    assertEquals(List.of(
        "Qwen2.5 72B | MMLU-Pro (EM) | 58.3",
        "LLaMA3.1 405B | MMLU-Pro (EM) | 52.8",
        "DeepSeek-V3 | MMLU-Pro (EM) | 64.4",
        "Qwen2.5 72B | GPQA-Diamond (Pass@1) | 45.9",
        "LLaMA3.1 405B | GPQA-Diamond (Pass@1) | 42.0",
        "DeepSeek-V3 | GPQA-Diamond (Pass@1) | 59.1",
        "Qwen2.5 72B | LiveCodeBench (Pass@1) | 31.1",
        "LLaMA3.1 405B | LiveCodeBench (Pass@1) | 28.4",
        "DeepSeek-V3 | LiveCodeBench (Pass@1) | 40.5"), summary(claims));
    // bold values are read without their markers; the row is the sentence
    Claim bold = claims.get(2);
    assertEquals("English | MMLU-Pro (EM) | 5-shot | 58.3 | 52.8 | 64.4", bold.sentence().text());
    assertTrue(bold.subject().isKnown());
    assertTrue(bold.benchmarks().get(0).isKnown());
    assertEquals("| GPQA-Diamond (Pass@1) | 0-shot | 45.9 | 42.0 | 59.1",
        claims.get(3).sentence().text());
  }

  @Test
  void aTableOfPricesGivesNoClaim() {
    SourceDocument doc = read("prices.md");
    assertEquals(1, doc.tables().size());
    assertEquals(List.of(), claims(doc, "en"));
  }

  @Test
  void plainTextTableWithBoldValuesAndDashes() {
    List<Claim> claims = claims(read("scores.txt"), "en");
    assertEquals(List.of(
        "Kestrel-70B-Instruct | Arena-Hard | 71.8",
        "Kestrel-70B-Instruct | MMLU-Pro | 63.5",
        "Llama 3.1 70B Instruct | Arena-Hard | 55.7"), summary(claims));
    assertEquals("Kestrel-70B-Instruct | **71.8** | 63.5", claims.get(0).sentence().text());
  }

  @Test
  void benchmarkValueListsBelongToTheModelNamedBeforeThem() {
    SourceDocument doc = read("score-list.md");
    List<Claim> claims = claims(doc, "en");
    assertEquals(List.of(
        "Qwen2.5-Max | Arena-Hard | 89.4",
        "Qwen2.5-Max | GPQA Diamond | 60.1",
        "Qwen2.5-Max | LiveBench | 62.2",
        // after "Context length: 32K tokens", which is no score, the headline's model
        "Qwen2.5-Max | MMLU-Pro | 76.1"), summary(claims));
    // the lead-in names two models: the last list is nobody's in particular
    assertEquals("Arena-Hard: 89.4", claims.get(0).sentence().text());
    assertEquals("GPQA Diamond — 60.1 %", claims.get(1).sentence().text());
    assertEquals(ScoreLines.CUE, claims.get(0).cue());
    // the subject is the mention in the lead-in line
    int leadIn = doc.text().indexOf("Qwen2.5-Max results:");
    assertEquals(leadIn, claims.get(0).subject().span().start());
  }

  @Test
  void aListUnderALeadInNamingAFlagshipIsTheFlagships_withVersionsAndShortYears() {
    String text = "# Qwen3: think deeper\n\nWe release Qwen3 today.\n\n"
        + "Headline numbers for Qwen3-235B-A22B in thinking mode:\n\n"
        + "- ArenaHard: 95.6\n- AIME'24: 85.7\n- LiveCodeBench v5: 70.7\n- BFCL v3: 70.8\n";
    SourceDocument doc = markdown(text);
    assertEquals(List.of(
        "Qwen3-235B-A22B | ArenaHard | 95.6",
        "Qwen3-235B-A22B | AIME'24 | 85.7",
        "Qwen3-235B-A22B | LiveCodeBench v5 | 70.7",
        "Qwen3-235B-A22B | BFCL v3 | 70.8"), summary(claims(doc, "en")));
  }

  @Test
  void benchmarkValueLinesInPlainTextAndSeveralOnALine() {
    String text = "QwQ-32B scores\n\n- LiveBench: 73.1; IFEval: 83.9\n- BFCL: 66.4\n\n"
        + "Price: 2.19\nMMLU-Pro: 128K tokens\n";
    SourceDocument doc = reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.TEXT);
    assertEquals(List.of(
        "QwQ-32B | LiveBench | 73.1",
        "QwQ-32B | IFEval | 83.9",
        "QwQ-32B | BFCL | 66.4"), summary(claims(doc, "en")));
  }

  @Test
  void aBenchmarkLineOfModelsAndScoresGivesEachModelItsScore() {
    String text = "Thread title\n\nMMLU-Pro (1k-question subset): Qwen3-30B-A3B 69.8, "
        + "Gemma 3 27B 66.1, Mistral Small 3.1 65.4\n\nGPQA Diamond: DeepSeek-V3 59.1%; o3 83.3%\n\n"
        + "Prices: GPT-4o 2.50, o3 10\nMMLU-Pro: DeepSeek-V3 81.2 with thinking, o3 85.6\n"
        + "LiveBench: GPT-4o 52.3\n";
    SourceDocument doc = reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.TEXT);
    assertEquals(List.of(
        "Qwen3-30B-A3B | MMLU-Pro | 69.8",
        "Gemma 3 27B | MMLU-Pro | 66.1",
        "Mistral Small 3.1 | MMLU-Pro | 65.4",
        "DeepSeek-V3 | GPQA Diamond | 59.1",
        "o3 | GPQA Diamond | 83.3"), summary(claims(doc, "en")));
  }

  @Test
  void aBenchmarkLineWrittenAsASentenceWithDecimalCommasAndPerCentWords() {
    // A final full stop, decimal commas ("68,3, GPT-5"), and the language's per-cent word.
    String text = "Überblick\n\nAider Polyglot (diff-Format): Claude Opus 4 68,3 Prozent, GPT-5 "
        + "81,7 Prozent.\n\nGPQA Diamond: Sable-2 71,5, GPT-4o 67,9.\n";
    SourceDocument doc = reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.TEXT);
    assertEquals(List.of(
        "Claude Opus 4 | Aider Polyglot | 68.3",
        "GPT-5 | Aider Polyglot | 81.7",
        "Sable-2 | GPQA Diamond | 71.5",
        "GPT-4o | GPQA Diamond | 67.9"), summary(claims(doc, "de")));
  }

  @Test
  void aLineOfModelScoresReplacesWhatTheExtractorReadInIt() {
    // The extractor reads one of the two per-cent scores of the line; the line's own claims
    // replace it, and none of them is lost because the extractor had read the same number.
    String text = "Notes on the new release\n\nGPQA Diamond: Sable-2 71.5 %, GPT-4o 67.9 %.\n";
    SourceDocument doc = reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.TEXT);
    List<Claim> fromTables = claims(doc, "en");
    List<Claim> extracted = Bundled.claims("en", doc.text(), List.of());
    assertEquals(1, extracted.stream().filter(c -> c.kind() == ClaimKind.SCORE).count());
    assertEquals(List.of("Sable-2 | GPQA Diamond | 71.5", "GPT-4o | GPQA Diamond | 67.9"),
        summary(TableClaims.merge(extracted, fromTables)));
  }

  @Test
  void benchmarkValueLinesUnderALeadInNamingAModelAreThatModelsNotTheArticleSubjects() {
    String text = "Qwen3 arrive, Gemini 2.5 Pro aussi\n\nLes autres chiffres mis en avant par "
        + "Google pour Gemini 2.5 Pro :\n\n- GPQA Diamond : 84,0 %\n- AIME 2025 : 86,7 %\n";
    SourceDocument doc = markdown(text);
    List<Claim> extracted = Bundled.claims("fr", doc.text(), List.of());
    // The extractor alone gives the lines to the title's model.
    assertEquals(List.of("Qwen3", "Qwen3"), extracted.stream()
        .filter(c -> c.kind() == ClaimKind.SCORE).map(c -> c.subject().text()).toList());
    assertEquals(List.of("Gemini 2.5 Pro | GPQA Diamond | 84.0",
        "Gemini 2.5 Pro | AIME 2025 | 86.7"),
        summary(TableClaims.merge(extracted, claims(doc, "fr"))));
  }

  @Test
  void anOrganisationInALeadInGivesTheFiguresItIsNoModelOfTheList() {
    String text = "DeepSeek-R1-0528 : mes premiers tests\n\nChiffres annoncés par DeepSeek sur la "
        + "fiche du modèle :\n\n- AIME 2025 : 87,5 %\n- GPQA Diamond : 81,0 %\n";
    SourceDocument doc = markdown(text);
    List<Claim> extracted = Bundled.claims("fr", doc.text(), List.of("DeepSeek"));
    assertEquals(List.of("DeepSeek-R1-0528 | AIME 2025 | 87.5",
        "DeepSeek-R1-0528 | GPQA Diamond | 81.0"),
        summary(TableClaims.merge(extracted, claims(doc, "fr"))));
  }

  @Test
  void aLeadInNamingTheHeadlinesModelByItsShortFormGivesTheListToThatModel() {
    String text = "Mistral Medium 3 im Test\n\nLaut Mistral erreicht Medium 3 unter anderem diese "
        + "Werte:\n\n- HumanEval: 92,1 Prozent\n- MMLU-Pro: 77,2 Prozent\n";
    SourceDocument doc = markdown(text);
    List<Claim> lines = claims(doc, "de", List.of("Mistral"));
    assertEquals(List.of("Mistral Medium 3 | HumanEval | 92.1",
        "Mistral Medium 3 | MMLU-Pro | 77.2"), summary(lines));
    assertEquals(doc.text().indexOf("Medium 3 unter"), lines.get(0).subject().span().start());
  }

  @Test
  void aResultsLineThatSaysMoreIsNoLeadIn_evenWithALooselyReadBenchmark() {
    // "Tau2-bench : 66,1, au niveau de Claude Sonnet 4" is a line of the same results list: the
    // model it names is a competitor, and "MMLU : 89,5 %" stays the article's model's.
    String text = "Quill-12B débarque\n\n- Tau2-bench : 66,1, au niveau de Claude Sonnet 4\n"
        + "- MMLU : 89,5 %\n";
    SourceDocument doc = markdown(text);
    List<Claim> merged = TableClaims.merge(Bundled.claims("fr", doc.text(), List.of()),
        claims(doc, "fr"));
    assertEquals(List.of("Quill-12B"), merged.stream()
        .filter(c -> c.kind() == ClaimKind.SCORE && c.value() == 89.5)
        .map(c -> c.subject().text()).toList());
  }

  @Test
  void anUnknownBenchmarkLabelLeavesOutItsNote() {
    String text = "Quill-12B evaluation\n\n- GPQA Diamond (pass@1): 41.2\n"
        + "- PaperTrail (an in-house retrieval test): 57.5\n";
    SourceDocument doc = reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.TEXT);
    assertEquals(List.of(
        "Quill-12B | GPQA Diamond (pass@1) | 41.2",
        "Quill-12B | PaperTrail | 57.5"), summary(claims(doc, "en")));
  }

  @Test
  void aListWithoutAClearModelGivesNothing() {
    String text = "Weekly digest\n\nGPT-4o and DeepSeek-V3 on reasoning:\n\n- GPQA Diamond: 59.1\n";
    SourceDocument doc = reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.TEXT);
    assertEquals(List.of(), claims(doc, "en"));
    // no headline model either
    text = "Weekly digest\n\nOn reasoning:\n\n- GPQA Diamond: 59.1\n";
    doc = reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT);
    assertEquals(List.of(), claims(doc, "en"));
    // right under a table
    text = "DeepSeek-V3 notes\n\n| Model | Price |\n|---|---|\n| GPT-4o | 2.50 |\n"
        + "- GPQA Diamond: 59.1\n";
    doc = reader.read("t.txt", text.getBytes(StandardCharsets.UTF_8), DocumentFormat.TEXT);
    assertEquals(1, doc.tables().size());
    assertEquals(List.of(), claims(doc, "en"));
  }

  @Test
  void theTableShowsItsDecimalSeparator() {
    // Read with English numbers, "1.439" would be 1.439; the table's "86,0" shows the comma
    // is the decimal point, so the dot groups thousands.
    String html = "<table><thead><tr><th>Modell</th><th>MMLU-Pro</th><th>LMArena</th></tr></thead>"
        + "<tbody><tr><th>Gemini 2.5 Pro</th><td>86,0</td><td>1.439</td></tr></tbody></table>";
    SourceDocument doc = reader.read("t.html", html.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.HTML);
    assertEquals(List.of("Gemini 2.5 Pro | MMLU-Pro | 86.0", "Gemini 2.5 Pro | LMArena | 1439.0"),
        summary(claims(doc, "en")));
    // French numbers: "89,4 %" with a space before the sign
    String fr = "<table><tr><th>Modèle</th><th>GPQA Diamond</th></tr>"
        + "<tr><td>DeepSeek-V3</td><td>59,1 %</td></tr></table>";
    doc = reader.read("t.html", fr.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML);
    assertEquals(List.of("DeepSeek-V3 | GPQA Diamond | 59.1"), summary(claims(doc, "fr")));
  }

  @Test
  void aBenchmarkShapedHeaderWithAPartNamesThatPart() {
    String html = "<table><thead><tr><th>Model</th><th>LongHaul overall</th><th>LongHaul 128K</th></tr>"
        + "</thead><tbody><tr><th>GLM-4.6</th><td>52.3</td><td>66.1</td></tr></tbody></table>";
    SourceDocument doc = reader.read("t.html", html.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.HTML);
    assertEquals(List.of("GLM-4.6 | LongHaul overall | 52.3", "GLM-4.6 | LongHaul 128K | 66.1"),
        summary(claims(doc, "en")));
    // A known benchmark with a lower-case word after it is no name the table can check.
    html = "<table><tr><th>Model</th><th>LiveBench overall</th></tr>"
        + "<tr><td>GLM-4.6</td><td>52.3</td></tr></table>";
    doc = reader.read("t.html", html.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML);
    assertTrue(claims(doc, "en").isEmpty());
  }

  @Test
  void aCaptionNamingTheSourceAttributesTheScores() {
    String html = "<table><caption>Scores according to Alibaba</caption>"
        + "<tr><th>Model</th><th>Arena-Hard</th></tr>"
        + "<tr><td>Qwen2.5-Max</td><td>89.4</td></tr></table>";
    SourceDocument doc = reader.read("t.html", html.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.HTML);
    List<Claim> claims = claims(doc, "en");
    assertEquals(1, claims.size());
    assertEquals("Alibaba", claims.get(0).attribution().claimant());
  }

  @Test
  void cellValues() {
    NumberReader en = new NumberReader(lexicons.get("en").number());
    assertEquals(89.4, TableClaims.value(en, "89.4"));
    assertEquals(85.5, TableClaims.value(en, "**85.5**"));
    assertEquals(60.1, TableClaims.value(en, "60.1%"));
    assertEquals(71.8, TableClaims.value(en, "71.8 (±0.4)"));
    assertEquals(71.8, TableClaims.value(en, "71.8 ± 0.4"));
    assertEquals(48.3, TableClaims.value(en, "48.3†"));
    assertEquals(1365.0, TableClaims.value(en, "1,365"));
    for (String none : List.of("-", "–", "—", "", "n/a", "37B", "128K", "$2.19", "5-shot",
        "Dense", "89.4 vs 85.5")) {
      assertNull(TableClaims.value(en, none), none);
    }
    NumberReader fr = new NumberReader(lexicons.get("fr").number());
    assertEquals(89.4, TableClaims.value(fr, "89,4 %"));
  }

  @Test
  void documentCheckerReportsTableClaimsUnderTheirRowAtTheRowsSourceLine() {
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    DocumentChecker checker = new DocumentChecker(registry,
        new CheckOptions(Optional.empty(), Optional.of("en"), clock), lexicons);
    for (String name : List.of("launch.html", "transposed.md")) {
      DocumentReport report = checker.check(read(name));
      String source = new String(fixture(name), StandardCharsets.UTF_8);
      List<String> lines = List.of(source.split("\n", -1));
      int rows = 0;
      for (SentenceReport s : report.sentences()) {
        if (s.claims().stream().noneMatch(c -> TableClaims.CUE.equals(c.claim().cue()))) {
          continue;
        }
        rows++;
        String line = lines.get(s.position().line() - 1);
        String subject = s.claims().get(0).claim().subject().text();
        String label = name.endsWith(".md")
            ? s.claims().get(0).claim().benchmarks().get(0).text() : subject;
        assertTrue(line.contains(label), () -> name + ": " + s.sentence().text() + " at " + line);
        assertTrue(s.claims().stream().allMatch(c -> !c.checks().isEmpty()));
      }
      assertEquals(3, rows, name);
    }
  }
}
