package dev.claimcheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.lexicon.Lexicon;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Benchmark names read from sentences, with the bundled registry's names. */
class ClaimExtractorTest {
  private static final Map<String, Lexicon> LEXICONS = Bundled.LEXICONS;
  private static final EntityRecognizer RECOGNIZER = Bundled.RECOGNIZER;
  private static final List<String> VENDORS = List.of("Google", "OpenAI", "HuggingFace", "Meta");

  /** The claims of a text whose first line is its title, the title's first model the subject. */
  private static List<Claim> claims(String lang, String text) {
    return Bundled.claims(lang, text, VENDORS);
  }

  /** "kind [benchmark, ...] value" of each claim of the text's last sentence. */
  private static List<String> last(String lang, String title, String sentence) {
    List<Claim> all = claims(lang, title + "\n\n" + sentence);
    return all.stream().filter(c -> c.sentence().text().equals(sentence))
        .map(c -> c.kind().name().toLowerCase() + " " + c.benchmarks().stream()
            .map(b -> b.text() + (b.isKnown() ? "" : "?")).toList()
            + (c.value() == null ? "" : " " + c.value()))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | Halden releases Sable Large | Sable Large scores 68.2% on SWE-bench Verified."
        + " | Sable Large",
    "de | Mistral stellt Devstral Large vor"
        + " | Devstral Large erreicht 68,2 Prozent auf SWE-bench Verified. | Devstral Large",
    "fr | Mistral lance Devstral Large"
        + " | Devstral Large obtient 68,2 % sur SWE-bench Verified. | Devstral Large",
    "es | Mistral presenta Devstral Large"
        + " | Devstral Large obtiene un 68,2 % en SWE-bench Verified. | Devstral Large",
  })
  void aNameTheTextUsesIsThatNameWhereItOpensASentence(String lang, String title,
      String sentence, String name) {
    // Opening a sentence, a capitalised word may be any word: the name's shape alone does not
    // make "Devstral Large" one there, the title naming it does.
    List<Claim> all = claims(lang, title + "\n\n" + sentence);
    assertEquals(List.of(name), all.stream().filter(c -> c.sentence().text().equals(sentence))
        .map(c -> c.subject().text()).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | Sable Large: release notes | Sable Large scores 68.2% on SWE-bench Verified."
        + " Next to Halden Medium 3, it scores 73.6% on AIME 2024. | Sable Large, Sable Large",
    "fr | Devstral Large : notes de version | Devstral Large obtient 68,2 % sur SWE-bench"
        + " Verified. Par rapport à Mistral Medium 3, il atteint 73,6 % sur AIME 2024."
        + " | Devstral Large, Devstral Large",
    "de | Devstral Large im Überblick | Devstral Large erreicht 68,2 Prozent auf SWE-bench"
        + " Verified. | Devstral Large",
    "es | Devstral Large: notas de la versión | Devstral Large obtiene un 68,2 % en SWE-bench"
        + " Verified. | Devstral Large",
  })
  void aNameAndATierWordOpeningATitleOrASentenceIsAName(String lang, String title,
      String text, String subjects) {
    // A title or sentence not in title case that opens with a capitalised name and a tier word
    // opens with a model's name: the article is about it, and "it" is that model.
    List<Claim> all = claims(lang, title + "\n\n" + text);
    assertEquals(List.of(subjects.split(", ")),
        all.stream().map(c -> c.subject().text()).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | Both Flash and Pro score 80% on AIME 2024.",
    "en | Very Small models score 80% on AIME 2024.",
    "fr | Avec Flash, Google obtient 80 % sur AIME 2024.",
    "de | Auch Flash erreicht 80 Prozent auf AIME 2024.",
    "es | Incluso Flash obtiene un 80 % en AIME 2024.",
  })
  void aSentenceOpenerBeforeATierWordIsNoName(String lang, String sentence) {
    assertEquals(List.of(), claims(lang, "Notes\n\n" + sentence).stream()
        .map(c -> c.subject().text()).filter(t -> t.contains(" ")).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // multi-word names after a benchmark preposition, with a name's last word or an acronym
    "en | Quill-12B beats GPT-4o on the Berkeley Function Calling Leaderboard."
        + " | compare [Berkeley Function Calling Leaderboard?]",
    "en | Quill-12B scores 21.3% on Humanity's Last Exam, ahead of GPT-4o."
        + " | compare [Humanity's Last Exam?]; score [Humanity's Last Exam?] 21.3",
    "en | On the Vals Legal Index, Quill-12B scores 64. | score [Vals Legal Index?] 64.0",
    "en | Quill-12B tops the Hugging Face Open VLM Leaderboard. | rank [Open VLM Leaderboard?]",
    "en | Quill-12B beats GPT-4o on questions from the USAMO 2025. | compare [USAMO 2025?]",
    "en | Quill-12B posted a Copilot Arena score of 1,290. | score [Copilot Arena?] 1290.0",
    "en | Quill-12B posted a Copilot Arena score of 1,290 this week."
        + " | score [Copilot Arena?] 1290.0",
    "en | Quill-12B became the first model to pass 1,300 on the Copilot Arena leaderboard."
        + " | superlative [Copilot Arena?]",
    // a known name with a modifier or a version the registry lacks is another benchmark
    "en | Quill-12B scores 70.2 on Swahili MMLU. | score [Swahili MMLU?] 70.2",
    "en | Quill-12B beats GPT-4o on LiveCodeBench v6. | compare [LiveCodeBench v6?]",
    "en | Quill-12B beats GPT-4o on OpenAI's SimpleQA. | compare [SimpleQA]",
    "en | Quill-12B beats GPT-4o on Acme's LedgerQA. | compare [LedgerQA?]",
    "en | Quill-12B beats GPT-4o on Acme's Ledger Exam. | compare [Acme's Ledger Exam?]",
    // a year written short is part of the name; a metric word before "is" or a colon ends it
    "en | Quill-12B scores 77.0 on AIME'24 and 70.1 on AIME '25."
        + " | score [AIME'24?] 77.0; score [AIME '25?] 70.1",
    "en | Quill-12B's AIME 2025 accuracy is 81.2%. | score [AIME 2025?] 81.2",
    "en | AIME 2025 accuracy: 81.2 for Quill-12B. | score [AIME 2025?] 81.2",
    "en | Quill-12B has AIME 2025 accuracy of 81.2. | score [AIME 2025?] 81.2",
    "en | Quill-12B is the top-ranked open model on Vals AI's LegalBench. | rank [LegalBench?]",
    // acronyms with an edition number are a benchmark, not a model
    "en | Quill-12B leads ARC-AGI-2 with a score of 15.9%. | rank [ARC-AGI-2?]; score [ARC-AGI-2?] 15.9",
    // the last word of a benchmark the sentence names is that benchmark's short name
    "en | Quill-12B tops LMArena's text leaderboard with an Arena score of 1,443."
        + " | rank [LMArena]; score [LMArena] 1443.0",
    "en | Quill-12B is on par with GPT-4o on SimpleQA Verified. | parity [SimpleQA Verified?]",
    "en | Quill-12B beats GPT-4o on the International Math Olympiad."
        + " | compare [International Math Olympiad?]",
    "en | Quill-12B trails GPT-4o on Vending-Bench 2. | compare [Vending-Bench 2?]",
    "en | Quill-12B ranks first on the Open LLM Leaderboard v2. | rank [Open LLM Leaderboard v2?]",
    // an unknown name listed with known ones
    "en | On MMLU-Pro, GSM8K and LedgerQA-200, Quill-12B beats GPT-4o."
        + " | compare [MMLU-Pro, GSM8K, LedgerQA-200?]",
    "fr | Quill-12B devance GPT-4o sur le Berkeley Function Calling Leaderboard."
        + " | compare [Berkeley Function Calling Leaderboard?]",
    "fr | Quill-12B obtient 70,2 sur le Swahili MMLU. | score [Swahili MMLU?] 70.2",
    "fr | Quill-12B dépasse GPT-4o sur les problèmes de l’USAMO 2025. | compare [USAMO 2025?]",
    "de | Bei den Olympiadeaufgaben der USAMO 2025 liegt Quill-12B vor GPT-4o."
        + " | compare [USAMO 2025?]",
    "de | Quill-12B erreicht 40,1 Prozent bei ARC-AGI-2. | score [ARC-AGI-2?] 40.1",
    // an organisation's genitive without an apostrophe says whose the evaluation is
    "de | In OpenAIs eigenen Bewertungen liegt Quill-12B vor GPT-4o. | compare []",
    "de | Im Wissenstest MMLU liegt Quill-12B vor GPT-4o. | compare [MMLU]",
    "de | Auf der Plattform LMArena liegt Quill-12B vor GPT-4o. | compare [LMArena]",
    "de | Beim Programmierwettbewerb Codeforces liegt Quill-12B vor GPT-4o. | compare [Codeforces]",
    "es | Quill-12B supera a GPT-4o en los problemas del USAMO 2025. | compare [USAMO 2025?]",
    "es | Quill-12B obtiene 21,3 puntos en Humanity's Last Exam. | score [Humanity's Last Exam?] 21.3",
    // a known name with plus signs is another benchmark
    "en | Quill-12B scores 88.4 on HumanEval+, ahead of GPT-4o. | compare [HumanEval+?]; score [HumanEval+?] 88.4",
    // a word joined to the name of one test is no part of it; a plural names a category
    "de | Quill-12B schlägt GPT-4o im RULER-Benchmark deutlich. | compare [RULER?]",
    "de | Quill-12B erreicht 61 Prozent im NIAH-Test. | score [NIAH?] 61.0",
    "de | Quill-12B übertrifft GPT-4o in mehreren MINT-Benchmarks wie MATH-500. | compare [MATH-500]"
  })
  void benchmarkNamesTheRegistryDoesNotKnow(String lang, String sentence, String expected) {
    assertEquals(List.of(expected.split("; ")), last(lang, "Quill-12B launches", sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | Quill-12B scores 61.2 on mmlu-pro in my runs. | score [mmlu-pro] 61.2",
    "en | Quill-12B hits 71.6% on swe-bench verified. | score [swe-bench verified] 71.6",
    "en | On livecodebench, Quill-12B scores 53.7. | score [livecodebench] 53.7",
    "de | Quill-12B erreicht 61,2 Punkte bei mmlu pro. | score [mmlu pro] 61.2"
  })
  void benchmarkNamesWrittenInLowerCase(String lang, String sentence, String expected) {
    assertEquals(List.of(expected), last(lang, "Quill-12B launches", sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // "multiple" is no "MultiPL-E", "squad" no "SQuAD", "blend" no "BLEnD", "math" no "MATH"
    "en | Quill-12B beats GPT-4o in multiple tests. | multipl",
    "en | Quill-12B beats GPT-4o with a blend of data from the squad. | squad",
    "en | Quill-12B beats GPT-4o at math. | MATH"
  })
  void ordinaryLowerCaseWordsAreNoBenchmarks(String lang, String sentence, String notName) {
    List<Claim> claims = claims(lang, "Quill-12B launches\n\n" + sentence);
    assertTrue(claims.stream().flatMap(c -> c.benchmarks().stream())
        .noneMatch(b -> b.text().toLowerCase().contains(notName.toLowerCase())
            || b.text().equalsIgnoreCase("blend")), claims.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | Quill-12B beats GPT-4o on MMLU and Corvid-2 on GPQA. | Corvid-2",
    "fr | Quill-12B devance GPT-4o sur MMLU et Corvid-2 sur GPQA. | Corvid-2"
  })
  void aModelWithItsOwnBenchmarkIsACompetitorNotAListedBenchmark(
      String lang, String sentence, String model) {
    List<Claim> claims = claims(lang, "Quill-12B launches\n\n" + sentence);
    assertTrue(claims.stream().flatMap(c -> c.benchmarks().stream())
        .noneMatch(b -> b.text().equals(model)), claims.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // places, products, organisations and months are no benchmarks
    "en | Quill-12B beats GPT-4o on Hugging Face downloads.",
    "en | In New York, Quill-12B beat GPT-4o on Amazon Bedrock.",
    "en | Quill-12B beats GPT-4o in Python and JavaScript.",
    "en | Quill-12B beats GPT-4o in the EU AI Act compliance review.",
    "en | Quill-12B beats GPT-4o on Windows PCs.",
    "en | On HumanEval, CorvidLabs says Quill-12B beats GPT-4o.",
    "en | Quill-12B beats GPT-4o in FP8 on NVIDIA GPUs.",
    "en | Quill-12B runs at 87 tokens per second on an RTX 4090.",
    "de | Seit ein paar Wochen läuft Quill-12B bei mir lokal auf einer RTX 4090.",
    "en | Quill-12B Beats GPT-4o In New Tests",
    "fr | Quill-12B surpasse GPT-4o sur Hugging Face en mars.",
    "de | Auf Hugging Face übertrifft Quill-12B GPT-4o bei den Downloads.",
    "es | En Estados Unidos, Quill-12B supera a GPT-4o en Hugging Face."
  })
  void noUnknownBenchmarkFromOtherCapitalisedWords(String lang, String sentence) {
    List<String> claims = last(lang, "Quill-12B launches", sentence);
    assertTrue(claims.stream().noneMatch(c -> c.contains("?")), claims.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a rank on a benchmark the phrase leaves unnamed is still a rank
    "en | Quill-12B tops a key software benchmark. | rank []",
    "en | Quill-12B tops two coding leaderboards. | rank []",
    "en | Quill-12B tops the LMArena leaderboard. | rank [LMArena]"
  })
  void aRankOnAnUnnamedBenchmark(String lang, String sentence, String expected) {
    assertEquals(List.of(expected), last(lang, "Quill-12B launches", sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a first place on nothing the sentence names, or out of the field, is no claim
    "en | Quill-12B takes first place.",
    "en | The Quill-12B app tops two download leaderboards.",
    "en | Quill-12B comes out on top."
  })
  void noRankWithoutABenchmark(String lang, String sentence) {
    assertEquals(List.of(), last(lang, "Quill-12B launches", sentence));
  }

  @Test
  void aModelWithAPlaceOfItsOwnIsNotRankedAheadAndASemicolonEndsTheClause() {
    assertEquals(List.of("rank Quill-12B vs [Foo-2] on [Aider polyglot]",
            "rank Bar-3 vs [] on [Aider polyglot]", "rank Bar-3 vs [] on [WebDev Arena]"),
        ranked("en", "Quill-12B sits second on Aider polyglot, behind only Foo-2, and Bar-3 is"
            + " fourth; on WebDev Arena, Bar-3 holds first place."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a place in a table, among a counted set of models, or on a numbered rung is a rank
    "en | On Aider polyglot Quill-12B posts 72.9, the top score in our table. | rank Quill-12B vs [] on [Aider polyglot]",
    "en | On WebDev Arena, Quill-12B is number one by a mile. | rank Quill-12B vs [] on [WebDev Arena]",
    "es | En MMLU-Pro, Quill-12B consigue el mejor resultado de los cuatro modelos comparados. | rank Quill-12B vs [] on [MMLU-Pro]",
    "es | Quill-12B es el número 1 en LMArena. | rank Quill-12B vs [] on [LMArena]",
    "de | Auf LMArena belegt Quill-12B derzeit Platz 7 in der Gesamtwertung. | rank Quill-12B vs [] on [LMArena]",
    "de | OpenAI stellt Quill-12B vor – neuer Spitzenwert bei SWE-bench Verified | superlative Quill-12B vs [] on [SWE-bench Verified]"
  })
  void placesInTablesAndCountedSetsAndNewPeakValues(String lang, String sentence, String expected) {
    assertEquals(List.of(expected), ranked(lang, sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a place on a board the text keeps unnamed (its own, an internal one, a league table) is a
    // rank with no benchmark; a place on no board at all, or on "this ranking", gives none
    "en | On our internal rankings, Quill-12B comes third, behind GPT-4o and o3. | rank Quill-12B vs [GPT-4o, o3] on []",
    "en | Quill-12B storms to top of AI league table. | rank Quill-12B vs [] on []",
    "de | Auf unserer internen Rangliste landet Quill-12B auf Platz drei, hinter GPT-4o und o3. | rank Quill-12B vs [GPT-4o, o3] on []",
    "fr | Dans notre classement interne, Quill-12B se classe troisième, derrière GPT-4o et o3. | rank Quill-12B vs [GPT-4o, o3] on []",
    "es | En nuestra clasificación interna, Quill-12B ocupa el tercer lugar, detrás de GPT-4o y o3. | rank Quill-12B vs [GPT-4o, o3] on []",
    "en | Quill-12B comes third, behind GPT-4o and o3. | ",
    "de | Quill-12B landet auf Platz drei. | ",
    "fr | Quill-12B est aussi le premier des modèles ouverts dans ce classement. | "
  })
  void aPlaceOnABoardLeftUnnamedIsARank(String lang, String sentence, String expected) {
    assertEquals(expected == null ? List.of() : List.of(expected), ranked(lang, sentence));
  }

  @Test
  void theBestScoreOfTheModelsAListNamesIsARank() {
    assertEquals(List.of("rank Quill-12B vs [] on [Aider polyglot]"),
        ranked("en", "On Aider polyglot, Quill-12B's 72.9% is the best score of any model we"
            + " list."));
  }

  /** "kind subject vs [objects] on [benchmarks]" of each rank and superlative of the last sentence. */
  /** "subject on [benchmarks]" of each superlative of the paragraph's last sentence. */
  private static List<String> superlatives(String lang, String paragraph) {
    String[] sentences = paragraph.split("(?<=[.!?])\\s+(?=\\p{Lu}|[«„¿])");
    String sentence = sentences[sentences.length - 1];
    return claims(lang, "Quill-12B launches\n\n" + paragraph).stream()
        .filter(c -> c.sentence().text().equals(sentence) && c.kind() == ClaimKind.SUPERLATIVE)
        .map(c -> c.subject().text() + " on "
            + c.benchmarks().stream().map(Mention::text).toList())
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a superlative closed by a relative clause, the best choice, state of the art in other words
    "fr | GPT-4o est le modèle de raisonnement le plus performant que nous ayons publié à ce jour."
        + " | GPT-4o on []",
    "fr | Pour le code, GPT-4o est aujourd'hui le meilleur choix. | GPT-4o on []",
    "fr | GPT-4o offre des performances de pointe pour un coût huit fois moindre. | GPT-4o on []",
    "es | Para tareas agénticas largas, GPT-4o es hoy la mejor opción. | GPT-4o on []",
    "es | Si el presupuesto manda, GPT-4o es el modelo abierto más competitivo de la lista."
        + " | GPT-4o on []",
    "es | GPT-4o ofrece rendimiento de vanguardia a un coste ocho veces menor. | GPT-4o on []",
    "de | Für lange Agenten-Aufgaben ist GPT-4o derzeit die beste Wahl. | GPT-4o on []",
    "en | For long agentic tasks, GPT-4o is the best choice today. | GPT-4o on []",
    "en | GPT-4o delivers cutting-edge performance at a fraction of the cost. | GPT-4o on []",
    // no model called the best choice
    "en | The best choice depends on your budget. | ",
    // "it" in the sentence that a fronted benchmark opens is the sentence's subject; "on that
    // index" points back to the benchmark, past the clause of a list of competitors
    "en | On LiveBench, GPT-4o still trails o3 and Gemini 2.5 Pro, though it is the best open"
        + " model under 250 billion parameters on that index. | GPT-4o on [LiveBench]",
    "fr | Sur LiveBench, GPT-4o reste derrière o3, mais il est le meilleur modèle ouvert sur ce"
        + " benchmark. | GPT-4o on [LiveBench]",
    "de | Auf LiveBench liegt GPT-4o hinter o3, ist aber das stärkste offene Modell in diesem"
        + " Benchmark. | GPT-4o on [LiveBench]",
    "es | En LiveBench, GPT-4o queda por detrás de o3, aunque es el mejor modelo abierto en ese"
        + " benchmark. | GPT-4o on [LiveBench]",
    // the pronoun of a clause commenting on a score is the speaker: the record is the scorer's
    "en | GPT-4o scored 20.3% on LiveBench. With more compute, a variant called o3 reached 26.6%,"
        + " the company said, which it described as a record for the benchmark. | o3 on [LiveBench]",
    "fr | GPT-4o obtient 20,3 % sur LiveBench. Avec plus de calcul, la variante o3 atteint 26,6 %,"
        + " ce qu'elle présente comme un record pour ce benchmark. | o3 on [LiveBench]"
  })
  void superlativesOfTheirSubjects(String lang, String paragraph, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(";\\s*"));
    assertEquals(want, superlatives(lang, paragraph));
  }

  private static List<String> ranked(String lang, String sentence) {
    String title = "Quill-12B launches";
    return claims(lang, title + "\n\n" + sentence).stream()
        .filter(c -> c.sentence().text().equals(sentence)
            && (c.kind() == ClaimKind.RANK || c.kind() == ClaimKind.SUPERLATIVE
                || c.kind() == ClaimKind.COMPARE))
        .map(c -> c.kind().name().toLowerCase() + " " + c.subject().text()
            + " vs " + c.objects().stream().map(Mention::text).toList()
            + " on " + c.benchmarks().stream().map(Mention::text).toList())
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a model after a conjunction is the subject of its own clause, not one ranked ahead
    "en | On LMArena, Quill-12B reclaims #1 as GPT-4o slips to third."
        + " | rank Quill-12B vs [] on [LMArena]; rank GPT-4o vs [] on [LMArena]",
    // a second verb of its own is a comparison of its own, not the rank's competitors
    "de | In der LMArena landete Quill-12B auf Platz 32 und liegt damit hinter GPT-4o."
        + " | rank Quill-12B vs [] on [LMArena]; compare Quill-12B vs [GPT-4o] on [LMArena]",
    "es | En LMArena ocupa el puesto 11, justo por detrás de GPT-4o."
        + " | rank Quill-12B vs [GPT-4o] on [LMArena]",
    // a superlative commenting on a score is said on that score's benchmark
    "en | Quill-12B beats GPT-4o on LiveBench and claims 21.6% on GPQA Diamond, which it"
        + " calls a new high for the benchmark."
        + " | compare Quill-12B vs [GPT-4o] on [LiveBench];"
        + " superlative Quill-12B vs [] on [GPQA Diamond]",
    // a superlative in a clause with a subject of its own takes no benchmark from the one before
    "es | Quill-12B encabeza LMArena y Google lo llama su modelo más inteligente hasta la fecha."
        + " | rank Quill-12B vs [] on [LMArena]; superlative Quill-12B vs [] on []",
    "de | In der LMArena landet Quill-12B auf Rang sieben und ist damit das bestplatzierte"
        + " Modell mit offenen Gewichten."
        + " | rank Quill-12B vs [] on [LMArena]; superlative Quill-12B vs [] on [LMArena]",
    // one model at the head of two benchmarks in one sentence: one rank on both
    "en | Quill-12B has the top GPQA Diamond number in this group, and it also leads on"
        + " SimpleQA. | rank Quill-12B vs [] on [GPQA Diamond, SimpleQA]",
    // a place in apposition to a name is that model's
    "en | On LMArena, the runner-up, GPT-4o, trails Quill-12B by 40 points."
        + " | rank GPT-4o vs [] on [LMArena]; compare GPT-4o vs [Quill-12B] on [LMArena]",
    "fr | Quill-12B se classe premier sur LMArena, devant GPT-4o, deuxième."
        + " | rank Quill-12B vs [] on [LMArena]; compare Quill-12B vs [GPT-4o] on [LMArena];"
        + " rank GPT-4o vs [] on [LMArena]",
    // a place whose models ahead follow "behind" or "trails only" is one rank with them
    "en | Quill-12B scored 1,417 on LMArena, placing it second overall, just behind GPT-4o."
        + " | rank Quill-12B vs [GPT-4o] on [LMArena]",
    "en | On LiveBench, Quill-12B trails only GPT-4o and o3."
        + " | rank Quill-12B vs [GPT-4o, o3] on [LiveBench]",
    // "leads" a benchmark, denied or with "both", and "the top model on" a leaderboard: ranks
    "en | Quill-12B leads both GPQA Diamond and LiveBench."
        + " | rank Quill-12B vs [] on [GPQA Diamond, LiveBench]",
    "en | Quill-12B remains the top model on the LiveBench leaderboard."
        + " | rank Quill-12B vs [] on [LiveBench]",
    "en | Quill-12B holds the LiveBench lead. | rank Quill-12B vs [] on [LiveBench]",
    "en | On Aider polyglot, GPT-4o leads with 83.1 percent and Quill-12B ranks only fifth."
        + " | rank GPT-4o vs [] on [Aider polyglot]; rank Quill-12B vs [] on [Aider polyglot]",
    "fr | Sur LMArena, Quill-12B se classe également premier, avec 1 417 points."
        + " | rank Quill-12B vs [] on [LMArena]",
    "es | En LMArena, Quill-12B acabó en el puesto 32 de la clasificación."
        + " | rank Quill-12B vs [] on [LMArena]",
    // "N points clear of Y" compares; "Y, the runner-up" ranks Y
    "en | On LMArena, Quill-12B scores 1,443, roughly 40 points clear of GPT-4o, the runner-up."
        + " | compare Quill-12B vs [GPT-4o] on [LMArena]; rank GPT-4o vs [] on [LMArena]",
    "es | En LMArena, Quill-12B suma 1.443 puntos, casi 40 más que GPT-4o."
        + " | compare Quill-12B vs [GPT-4o] on [LMArena]",
    // the models ranked ahead are no subject of the comparison after them
    "en | On LiveBench, Quill-12B placed ninth, behind GPT-4o and o3-mini but ahead of Llama 3."
        + " | rank Quill-12B vs [GPT-4o, o3-mini] on [LiveBench];"
        + " compare Quill-12B vs [Llama 3] on [LiveBench]",
    "en | Quill-12B lands 3rd behind GPT-4o and o3-mini, ahead of Llama 3."
        + " | compare Quill-12B vs [Llama 3] on []",
    // a record on "the benchmark" that cannot be told is no claim
    "en | That is the highest score on the benchmark's public set so far. | ",
    // a move that ends at a place; the pronoun before "behind" is the ranked model
    "en | GPT-4o moved up two spots to fourth on the WebDev Arena, where it now sits just behind o3."
        + " | rank GPT-4o vs [o3] on [WebDev Arena]",
    "en | The slides showed GPT-4o ranking fifth overall on LMArena's text leaderboard."
        + " | rank GPT-4o vs [] on [LMArena]",
    "fr | Sur LMArena, GPT-4o a pris la tête dès vendredi. | rank GPT-4o vs [] on [LMArena]",
    "fr | Sur LMArena, Quill-12B s'y classe cinquième toutes catégories confondues, derrière"
        + " notamment GPT-4o et o3. | rank Quill-12B vs [GPT-4o, o3] on [LMArena]",
    "es | La versión descargable de GPT-4o estaba en el puesto 32 de LMArena."
        + " | rank GPT-4o vs [] on [LMArena]",
    "es | o3 sigue liderando LiveBench. | rank o3 vs [] on [LiveBench]"
  })
  void ranksAndSuperlativesInTheirClauses(String lang, String sentence, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(";\\s*"));
    assertEquals(want, ranked(lang, sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a place held jointly: a rank without competitors ahead, and a parity with the co-holder
    "en | Quill-12B scores 76.4 on LiveBench and ties for third with GPT-4o."
        + " | rank Quill-12B vs [] on [LiveBench]; parity Quill-12B vs [GPT-4o] on [LiveBench]",
    "en | LMArena (text): Quill-12B shares second place with GPT-4o."
        + " | rank Quill-12B vs [] on [LMArena]; parity Quill-12B vs [GPT-4o] on [LMArena]",
    // "with Y a close second": the place is Y's
    "en | On LiveBench, GPT-4o holds the best result, with Quill-12B a close second."
        + " | rank GPT-4o vs [] on [LiveBench]; rank Quill-12B vs [] on [LiveBench]"
  })
  void aSharedPlaceIsARankAndAParity(String lang, String sentence, String expected) {
    List<String> got = claims(lang, "Quill-12B launches\n\n" + sentence).stream()
        .filter(c -> c.sentence().text().equals(sentence)
            && (c.kind() == ClaimKind.RANK || c.kind() == ClaimKind.PARITY))
        .map(c -> c.kind().name().toLowerCase() + " " + c.subject().text()
            + " vs " + c.objects().stream().map(Mention::text).toList()
            + " on " + c.benchmarks().stream().map(Mention::text).toList())
        .toList();
    assertEquals(List.of(expected.split(";\\s*")), got);
  }

  /** "kind subject vs [objects] on [benchmarks] value" of each compare, parity and score. */
  private static List<String> owned(String lang, String sentence) {
    String title = "Quill-12B launches";
    return claims(lang, title + "\n\n" + sentence).stream()
        .filter(c -> c.sentence().text().equals(sentence)
            && (c.kind() == ClaimKind.SCORE || c.kind() == ClaimKind.PARITY
                || c.kind() == ClaimKind.COMPARE))
        .map(c -> c.kind().name().toLowerCase() + " " + c.subject().text()
            + " vs " + c.objects().stream().map(Mention::text).toList()
            + " on " + c.benchmarks().stream().map(Mention::text).toList()
            + (c.value() == null ? "" : " " + c.value()))
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // numbers given "respectively for" a model are that model's
    "en | Quill-12B scored 92.1% on HumanEval and 77.2 on Arena-Hard, compared with 85.7% and"
        + " 71.4 respectively for GPT-4o."
        + " | score Quill-12B vs [] on [HumanEval] 92.1; score Quill-12B vs [] on [Arena-Hard] 77.2;"
        + " score GPT-4o vs [] on [HumanEval] 85.7; score GPT-4o vs [] on [Arena-Hard] 71.4",
    // a score "nearly double" a model's is a comparison with it
    "en | Quill-12B scores 15.9% on ARC-AGI-2, nearly double that of GPT-4o."
        + " | compare Quill-12B vs [GPT-4o] on [ARC-AGI-2]; score Quill-12B vs [] on [ARC-AGI-2] 15.9",
    "es | Quill-12B obtiene un 15,9 % en ARC-AGI-2, casi el doble que GPT-4o."
        + " | compare Quill-12B vs [GPT-4o] on [ARC-AGI-2]; score Quill-12B vs [] on [ARC-AGI-2] 15.9",
    // a gain over a named model's score is a comparison with it, and that score is the model's
    "en | Quill-12B scores 80.1 on MMLU-Pro, up from 72.3 for GPT-4o."
        + " | compare Quill-12B vs [GPT-4o] on [MMLU-Pro]; score Quill-12B vs [] on [MMLU-Pro] 80.1;"
        + " score GPT-4o vs [] on [MMLU-Pro] 72.3",
    "en | On GPQA Diamond, Quill-12B improves by +4.2 pts over GPT-4o."
        + " | compare Quill-12B vs [GPT-4o] on [GPQA Diamond]",
    // "N to X's M": the first number is the subject's, the second the competitor's
    "en | On Humanity's Last Exam, Quill-12B scores 24.9 to GPT-4o's 24.6."
        + " | score Quill-12B vs [] on [Humanity's Last Exam] 24.9;"
        + " score GPT-4o vs [] on [Humanity's Last Exam] 24.6",
    // ... but not a count of tokens
    "es | Quill-12B se entrenó con 36 billones de tokens, el doble que GPT-4o. | ",
    // one number after a list of competitors is the subject's; each competitor's own is its own
    "en | Quill-12B trails GPT-5 and Claude Opus 4.1 on SWE-bench Verified at 59.6%."
        + " | compare Quill-12B vs [GPT-5, Claude Opus 4.1] on [SWE-bench Verified];"
        + " score Quill-12B vs [] on [SWE-bench Verified] 59.6",
    "en | On GPQA Diamond, Quill-12B scored 79.6, behind both o3 at 83.3 and Gemini 2.5 Pro at 83."
        + " | compare Quill-12B vs [o3, Gemini 2.5 Pro] on [GPQA Diamond];"
        + " score Quill-12B vs [] on [GPQA Diamond] 79.6; score o3 vs [] on [GPQA Diamond] 83.3;"
        + " score Gemini 2.5 Pro vs [] on [GPQA Diamond] 83.0",
    // a number set off by commas right after a name is that model's
    "en | On AIME 2025 GPT-5 reaches 94.6%, while Quill-12B, at 75.5%, trails GPT-5."
        + " | compare Quill-12B vs [GPT-5] on [AIME 2025]; score GPT-5 vs [] on [AIME 2025] 94.6;"
        + " score Quill-12B vs [] on [AIME 2025] 75.5",
    "fr | Sur LiveBench, GPT-4o arrive premier et Quill-12B, à 61,0, n'est que 14e."
        + " | score Quill-12B vs [] on [LiveBench] 61.0",
    // a number and its benchmark, then the model it is for
    "en | The story now adds Alibaba's figure of 65.7 on LiveCodeBench for GPT-4o."
        + " | score GPT-4o vs [] on [LiveCodeBench] 65.7",
    "fr | Alibaba annonce 85,7 sur AIME 2024 et 70,7 sur LiveCodeBench pour GPT-4o."
        + " | score GPT-4o vs [] on [AIME 2024] 85.7; score GPT-4o vs [] on [LiveCodeBench] 70.7",
    "de | Alibaba nennt 85,7 Prozent auf AIME 2024 und 70,7 Prozent auf LiveCodeBench für GPT-4o."
        + " | score GPT-4o vs [] on [AIME 2024] 85.7; score GPT-4o vs [] on [LiveCodeBench] 70.7",
    "es | Alibaba da un 85,7 % en AIME 2024 y un 70,7 % en LiveCodeBench para GPT-4o."
        + " | score GPT-4o vs [] on [AIME 2024] 85.7; score GPT-4o vs [] on [LiveCodeBench] 70.7",
    // ... not a phrase of time after the benchmark
    "en | Quill-12B scores 80.1 on MMLU-Pro for the second time."
        + " | score Quill-12B vs [] on [MMLU-Pro] 80.1",
    // a word saying what sort of test a benchmark is is no part of its name
    "de | Bei der Mathe-Olympiade AIME 2025 erreicht Quill-12B 88,9 Prozent."
        + " | score Quill-12B vs [] on [AIME 2025] 88.9",
    // a capitalised word joined by a hyphen before a known benchmark makes another benchmark
    "de | Auf dem deutschen Teil von Global-MMLU erreicht Quill-12B 71,4 Prozent."
        + " | score Quill-12B vs [] on [Global-MMLU] 71.4",
    "en | Quill-12B scores 71.4 on Global-MMLU. | score Quill-12B vs [] on [Global-MMLU] 71.4",
    // a semicolon ends a list of competitors
    "de | Quill-12B liegt mit 72,7 Prozent auf SWE-bench Verified knapp vor GPT-4o; GPT-4.1 kam"
        + " im April auf 54,6 Prozent. | compare Quill-12B vs [GPT-4o] on [SWE-bench Verified];"
        + " score Quill-12B vs [] on [SWE-bench Verified] 72.7;"
        + " score GPT-4.1 vs [] on [SWE-bench Verified] 54.6",
    // a number before a word opening a clause of its own is a score, not a count
    "en | On GPQA Diamond, Quill-12B scores 71.2 while GPT-4o scores 53.6."
        + " | score Quill-12B vs [] on [GPQA Diamond] 71.2;"
        + " score GPT-4o vs [] on [GPQA Diamond] 53.6",
    // a relative clause after a comma is about the name before the comma, on the benchmark the
    // sentence opens with
    "en | On MMLU-Pro, Quill-12B beats Phi-4, which in turn edges out GPT-4o."
        + " | compare Quill-12B vs [Phi-4] on [MMLU-Pro];"
        + " compare Phi-4 vs [GPT-4o] on [MMLU-Pro]",
    "fr | Sur MMLU-Pro, Quill-12B devance Phi-4, qui surpasse GPT-4o."
        + " | compare Quill-12B vs [Phi-4] on [MMLU-Pro];"
        + " compare Phi-4 vs [GPT-4o] on [MMLU-Pro]",
    // a number "claimed for" a model is that model's
    "en | On SWE-bench Verified, Quill-12B scored 63.8 per cent, short of the 70.3 per cent"
        + " claimed for Phi-4. | score Quill-12B vs [] on [SWE-bench Verified] 63.8;"
        + " score Phi-4 vs [] on [SWE-bench Verified] 70.3",
    "fr | Sur SWE-bench Verified, Quill-12B obtient 63,8 %, loin des 70,3 % revendiqués pour"
        + " Phi-4. | score Quill-12B vs [] on [SWE-bench Verified] 63.8;"
        + " score Phi-4 vs [] on [SWE-bench Verified] 70.3",
    "es | En SWE-bench Verified, Quill-12B logra un 63,8 %, lejos del 70,3 % atribuido a Phi-4."
        + " | score Quill-12B vs [] on [SWE-bench Verified] 63.8;"
        + " score Phi-4 vs [] on [SWE-bench Verified] 70.3",
    // a reference inside an aside after a name is no subject; an organisation's count no owner
    "en | Quill-12B scores 25.4% on GPQA Diamond; Quill-12B Heavy, which runs several copies of"
        + " the model in parallel, reaches 44.4%. | score Quill-12B vs [] on [GPQA Diamond] 25.4;"
        + " score Quill-12B Heavy vs [] on [GPQA Diamond] 44.4",
    "en | On Arena-Hard, the model clocks in at 97.1 by Mistral's count."
        + " | score Quill-12B vs [] on [Arena-Hard] 97.1",
    // pairs of a benchmark and its score, one the registry does not know or with a version
    "en | Quill-12B posts SWE-bench Verified 65.8%, LiveCodeBench (v6) 53.7% and AIME 2025 49.5%."
        + " | score Quill-12B vs [] on [SWE-bench Verified] 65.8;"
        + " score Quill-12B vs [] on [LiveCodeBench] 53.7;"
        + " score Quill-12B vs [] on [AIME 2025] 49.5",
    "es | Cifras de Quill-12B: SWE-bench Verified 65,8 %, AIME 2025 49,5 %."
        + " | score Quill-12B vs [] on [SWE-bench Verified] 65.8;"
        + " score Quill-12B vs [] on [AIME 2025] 49.5",
    "en | Quill-12B solved 50 while GPT-4o solved 33 on SWE-bench Verified."
        + " | score Quill-12B vs [] on [SWE-bench Verified] 50.0;"
        + " score GPT-4o vs [] on [SWE-bench Verified] 33.0",
  })
  void competitorScoresAndComparisons(String lang, String sentence, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(";\\s*"));
    assertEquals(want, owned(lang, sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a model named in a phrase set off by commas describes the subject before it
    "en | Claude Sonnet 4, a smaller model released alongside Claude Opus 4, scored 72.7% on"
        + " SWE-bench Verified. | score Claude Sonnet 4 vs [] on [SWE-bench Verified] 72.7",
    "en | DeepSeek R1, built on top of DeepSeek V3, scores 97.3 on MATH-500."
        + " | score DeepSeek R1 vs [] on [MATH-500] 97.3",
    // ... but not in a list, nor where the name before it is an object
    "en | GPT-4o, and also o1, scored 80 on MMLU. | score o1 vs [] on [MMLU] 80.0",
    "en | Meta compares Quill-12B only against DeepSeek V3.1, leaving out models such as"
        + " DeepSeek R1, which beats it on MMLU."
        + " | compare DeepSeek R1 vs [Quill-12B] on [MMLU]",
  })
  void aModelInAnAppositiveIsNoSubject(String lang, String sentence, String expected) {
    assertEquals(List.of(expected.split(";\\s*")), owned(lang, sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a description set off by commas right after a name is that model's, not the article's
    "es | Claude Sonnet 4, el modelo intermedio, iguala a GPT-4.1 en SWE-bench Verified."
        + " | parity Claude Sonnet 4 vs [GPT-4.1] on [SWE-bench Verified]",
    "en | Claude Sonnet 4, the mid-sized model, rivals GPT-4.1 on SWE-bench Verified."
        + " | parity Claude Sonnet 4 vs [GPT-4.1] on [SWE-bench Verified]",
    // a competitor followed by a verb joined to the first is no subject of it
    "es | En MMLU-Pro supera a Llama 3.3 70B y empata con Qwen2.5-72B."
        + " | compare Quill-12B vs [Llama 3.3 70B] on [MMLU-Pro];"
        + " parity Quill-12B vs [Qwen2.5-72B] on [MMLU-Pro]",
  })
  void aDescriptionOrCompetitorIsNoReferenceToTheMainSubject(String lang, String sentence,
      String expected) {
    assertEquals(List.of(expected.split(";\\s*")), owned(lang, sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a results line with a comment after its score; a bound is a score too
    "en | ARC-AGI-2: 15.9%, nearly double GPT-4o."
        + " | compare [ARC-AGI-2?]; score [ARC-AGI-2?] 15.9",
    "en | IFEval: >90 on strict prompt-level accuracy | score [IFEval] 90.0",
    // a tier or level range is no score
    "en | Quill-12B solved 25 percent of the problems in tiers 1–3 of FrontierMath."
        + " | score [FrontierMath] 25.0",
    "fr | Quill-12B résout 25 % des problèmes des niveaux 1 à 3 de FrontierMath."
        + " | score [FrontierMath] 25.0",
  })
  void resultsLinesAndRanges(String lang, String sentence, String expected) {
    assertEquals(List.of(expected.split("; ")), last(lang, "Quill-12B launches", sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a margin, a change, an error bar or a number of attempts is no score
    "en | Quill-12B scores 61.0 on GPQA Diamond, ahead of Phi-4 by only 0.4 points."
        + " | 61.0",
    "en | Quill-12B reaches 1,388 on LMArena, a lead of nearly 20 points over Phi-4. | 1388.0",
    "en | Quill-12B sits at 1,388 on LMArena (+7). | 1388.0",
    "en | Quill-12B scores 71.2 on AIME 2025, and 83.0 with majority voting over 32 attempts."
        + " | 71.2",
    "fr | Quill-12B gagne 15 points d'Elo sur LMArena et atteint 1 390. | 1390.0",
    "fr | Quill-12B obtient 71,2 % sur AIME 2025 (et 83 % avec vote majoritaire @32). | 71.2; 83.0",
    "fr | Quill-12B devance Phi-4 sur GPQA Diamond, de 0,8 point. | ",
    "de | Quill-12B erreicht 71,2 Prozent bei AIME 2025, mit Mehrheitsentscheid aus 32 Versuchen"
        + " sogar 83 Prozent. | 71.2; 83.0",
    "es | Quill-12B supera a Phi-4 por casi 4 puntos en GPQA Diamond y logra 61 % en MMLU-Pro."
        + " | 61.0",
    // a margin whose words overlap a shorter margin phrase ("queda a" + "a solo")
    "es | En Aider polyglot, Quill-12B queda a solo 5,5 puntos de Phi-4. | ",
    "fr | Quill-12B progresse de près de 50 points sur AIME 2024 (26,8 % pour Phi-4). | 26.8",
    // a price with its currency sign after it
    "fr | Quill-12B fait jeu égal avec o3 sur AIME 2025 : 0,55 $ par million de tokens. | ",
    "de | Quill-12B liegt bei AIME 2025 gleichauf mit o3, für 2 € je Million Token. | ",
    "es | Quill-12B empata con o3 en AIME 2025 por 0,55 US$ el millón de tokens. | ",
  })
  void marginsChangesAndAttemptsAreNoScores(String lang, String sentence, String expected) {
    List<Claim> all = claims(lang, "Quill-12B\n\n" + sentence);
    assertEquals(expected == null ? List.of() : List.of(expected.split("; ")), all.stream()
        .filter(c -> c.sentence().text().equals(sentence) && c.kind() == ClaimKind.SCORE)
        .map(c -> String.valueOf(c.value())).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | Its GPQA Diamond score stands at 48.1%. | Quill-12B 48.1",
    "en | Its Arena Elo is 1,402. | Quill-12B 1402.0",
    "fr | Son score sur GPQA Diamond atteint 48,1 %. | Quill-12B 48.1",
    "de | Sein GPQA-Diamond-Ergebnis liegt bei 48,1 Prozent. | Quill-12B 48.1",
    "es | Su puntuación en GPQA Diamond alcanza el 48,1 %. | Quill-12B 48.1",
  })
  void possessiveOpeningASentenceBeforeAScoreWordIsTheArticlesModel(String lang, String sentence,
      String expected) {
    List<Claim> all = claims(lang, "Quill-12B\n\nQuill-12B is out. " + sentence);
    assertEquals(List.of(expected), all.stream()
        .filter(c -> c.sentence().text().equals(sentence))
        .map(c -> c.subject().text() + " " + c.value()).toList());
  }

  /** "subject value" of each score claim of the text. */
  private static List<String> scoreClaims(String lang, String text) {
    return claims(lang, text).stream().filter(c -> c.kind() == ClaimKind.SCORE)
        .map(c -> c.subject().text() + " " + c.value()).toList();
  }

  @Test
  void anEarlierOrOtherFigureForAModelIsThatModelsScore() {
    assertEquals(List.of("Quill-12B 71.3", "Sable-7B 65.0"), scoreClaims("en", "Quill-12B is here"
        + "\n\nQuill-12B scores 71.3% on GPQA Diamond, up from 65.0% for Sable-7B."));
    // With no model after it, the earlier figure is the subject's own, a month ago.
    assertEquals(List.of("Quill-12B 71.3", "Quill-12B 65.0"), scoreClaims("en",
        "Quill-12B is here\n\nQuill-12B scores 71.3% on GPQA Diamond, up from 65.0% a month ago."));
  }

  @Test
  void datesCompoundsAndCitationYearsAreNoScores() {
    String[][] texts = {
      // a date or a time of day, as in a forum post's signature
      {"fr", "Quill-12B en local\n\nQuill-12B fait 71,3 sur GPQA Diamond.\n\n"
          + "benoit_42 — 12/05/2025 à 18:07"},
      {"de", "Quill-12B im Test\n\nQuill-12B erreicht 71,3 Prozent auf GPQA Diamond.\n\n"
          + "nerd77 — 12.05.2025, 18:07 Uhr"},
      // a number joined to its noun by a hyphen counts or sizes something
      {"en", "Quill-12B is here\n\nQuill-12B scores 71.3% on GPQA Diamond, well inside the"
          + " noise of a 198-question benchmark."},
      // an author-year citation
      {"en", "Quill-12B is here\n\nQuill-12B scores 71.3% on GPQA Diamond, in line with"
          + " Rein et al. (2023) and Qwen Team (2025)."},
    };
    for (String[] t : texts) {
      assertEquals(List.of("Quill-12B 71.3"), scoreClaims(t[0], t[1]), t[1]);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "es | Quill-12B llega a España | Un modelo puede sacar un 90 % en MMLU y luego no saber resumir un contrato.",
    "en | Quill-12B is here | A model can score 90% on MMLU and still fail to summarise a contract.",
    "de | Quill-12B im Test | Ein Modell kann 90 Prozent auf MMLU erreichen und trotzdem scheitern.",
    "fr | Quill-12B en local | Je parie que d'ici un an on sera au-dessus de 60 % sur Humanity's Last Exam.",
  })
  void aGenericSubjectOrABetOnTheFutureHasNoScore(String lang, String title, String sentence) {
    assertEquals(List.of(), scoreClaims(lang, title + "\n\n" + sentence));
  }

  @Test
  void aResultsLineOpeningWithItsNumberIsTheArticlesModels() {
    List<Claim> all = claims("en", "Quill-12B is here\n\nQuill-12B launched today.\n"
        + "\u2705 85.7% on AIME 2024\n- 70.7 on LiveCodeBench v5\n"
        + "Up 12% on downloads this week\n90.1% on MMLU for GPT-4o\n");
    // "Up 12% on downloads" names no benchmark, and a line naming a model is not the article's
    // model's: it is the model's it names.
    assertEquals(List.of("Quill-12B 85.7", "Quill-12B 70.7", "GPT-4o 90.1"), all.stream()
        .filter(c -> c.kind() == ClaimKind.SCORE)
        .map(c -> c.subject().text() + " " + c.value()).toList());
  }

  @Test
  void aModelNounBeforeAnIntroducedNameIsNoPartOfIt() {
    // "KI-Modell", "Sprachmodell": what the model is, written before its name.
    for (String noun : List.of("KI-Modell", "Sprachmodell")) {
      List<Claim> all = claims("de", "Moonshot stellt " + noun + " Kimi K2 vor\n\n"
          + "Im Test SWE-bench Verified komme das Modell auf 65,8 Prozent.");
      assertEquals(List.of("Kimi K2 65.8"), all.stream()
          .filter(c -> c.kind() == ClaimKind.SCORE)
          .map(c -> c.subject().text() + " " + c.value()).toList(), noun);
    }
  }

  @Test
  void scoresOutOfATotalInLabelledListsAndForAReportedModel() {
    java.util.function.Function<List<Claim>, List<String>> scores = all -> all.stream()
        .filter(c -> c.kind() == ClaimKind.SCORE)
        .map(c -> c.subject().text() + " " + c.benchmarks().get(0).text() + " " + c.value())
        .toList();
    // "solved 28 of the 40 bugs": a score out of a total, and a gapped one after it.
    assertEquals(List.of("Talon-2 SWE-bench Verified 28.0", "GPT-5 SWE-bench Verified 23.0"),
        scores.apply(claims("en", "Talon-2\n\n"
            + "On SWE-bench Verified, Talon-2 solved 28 of the 40 bugs, GPT-5 23.")));
    // Items after a label and a colon are the article's model's.
    assertEquals(List.of("Talon-2 AIME 2024 85.7", "Talon-2 LiveCodeBench 70.7",
            "Talon-2 Arena-Hard 95.6"),
        scores.apply(claims("en", "Talon-2 is out\n\nCorvane Labs released Talon-2 today.\n"
            + "Headline numbers from the blog post: 85.7 on AIME 2024, 70.7 on LiveCodeBench"
            + " and 95.6 on Arena-Hard.")));
    // "the 84.0% that Google reports for Gemini 2.5 Pro" is Gemini 2.5 Pro's.
    assertEquals(List.of("Talon-2 GPQA Diamond 71.1", "Gemini 2.5 Pro GPQA Diamond 84.0"),
        scores.apply(claims("en", "Talon-2\n\n"
            + "On GPQA Diamond Talon-2 posts 71.1%, short of the 84.0% that Google reports for"
            + " Gemini 2.5 Pro.")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // the number a relative clause naming who reports it gives to a model is that model's
    "fr | Talon-2 reste loin des 84,0 % que Google annonce pour Gemini 2.5 Pro sur GPQA Diamond. | Gemini 2.5 Pro 84.0",
    "fr | Talon-2 reste loin des 84,0 % qu'annonce Google pour Gemini 2.5 Pro sur GPQA Diamond. | Gemini 2.5 Pro 84.0",
    "de | Talon-2 bleibt unter den 84,0 Prozent, die Google für Gemini 2.5 Pro auf GPQA Diamond angibt. | Gemini 2.5 Pro 84.0",
    "es | Talon-2 queda lejos del 84,0 % que Google atribuye a Gemini 2.5 Pro en GPQA Diamond. | Gemini 2.5 Pro 84.0",
    // a relative clause with no model after it gives the number to nobody
    "es | Talon-2 queda lejos del 84,0 % que Gemini 2.5 Pro obtiene en GPQA Diamond. | ",
  })
  void aNumberAReportedClauseGivesToAModelIsThatModels(String lang, String text,
      String expected) {
    List<String> got = claims(lang, "Talon-2\n\n" + text).stream()
        .filter(c -> c.kind() == ClaimKind.SCORE)
        .map(c -> c.subject().text() + " " + c.value()).toList();
    assertEquals(expected == null ? List.of() : List.of(expected), got);
  }

  @Test
  void aScoreGivenWithTheVerbOfAComparisonIsItsSubjects() {
    // The benchmark phrase between the competitor and "with" attaches "with" to the verb.
    List<Claim> all = claims("en", "Aster-2 Pro\n\n"
        + "Corvane Labs says its new Aster-2 Pro beats GPT-5 on HLE with 27.9% without tools.");
    assertEquals(List.of("Aster-2 Pro 27.9"), all.stream()
        .filter(c -> c.kind() == ClaimKind.SCORE)
        .map(c -> c.subject().text() + " " + c.value()).toList());
    // Right after the competitor, "with" gives the competitor's own score.
    List<Claim> own = claims("en", "Quill-12B\n\n"
        + "Quill-12B beats GPT-4o with 85.5 and Claude 3.5 Sonnet with 84.1 on MMLU.");
    assertEquals(List.of("GPT-4o 85.5", "Claude 3.5 Sonnet 84.1"), own.stream()
        .filter(c -> c.kind() == ClaimKind.SCORE)
        .map(c -> c.subject().text() + " " + c.value()).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a score in a phrase opening the sentence, before its comma, is the clause subject's
    "en | With 74.9% on SWE-bench Verified, Talon-2 leads the pack. | Talon-2 SWE-bench Verified 74.9",
    "en | With 74.9% on SWE-bench Verified, Talon-2 beats GPT-5. | Talon-2 SWE-bench Verified 74.9",
    "fr | Avec 74,9 % sur SWE-bench Verified, Talon-2 prend la tête. | Talon-2 SWE-bench Verified 74.9",
    "es | Con un 74,9 % en SWE-bench Verified, Talon-2 lidera la tabla. | Talon-2 SWE-bench Verified 74.9",
    // verb-second: the phrase ends with its benchmark, then the verb, then the subject
    "de | Mit 74,9 Prozent auf SWE-bench Verified setzt sich Talon-2 an die Spitze."
        + " | Talon-2 SWE-bench Verified 74.9",
    // ... but not a model named inside the phrase, nor one after a pronoun subject
    "en | With GPT-5 at 74.9% on SWE-bench Verified, Talon-2 leads the pack. | GPT-5 SWE-bench Verified 74.9",
    "de | Mit 74,9 Prozent auf SWE-bench Verified liegt es vor Talon-2. | ",
    // a score verb
    "fr | Talon-2 cumule 1 402 points Elo sur LMArena. | Talon-2 LMArena 1402.0",
    // a dated benchmark opening the clause before a colon is what the clause after it is about
    "en | AIME 2025 is where the gap widens: GPT-5 reaches 94.6% without tools and Gemini 2.5 Pro 88%"
        + " | GPT-5 AIME 2025 94.6; Gemini 2.5 Pro AIME 2025 88.0",
    "en | AIME 2025 is where the gap widens: GPT-5 reaches 94.6% on MATH-500. | GPT-5 MATH-500 94.6",
  })
  void scoresOfTheClauseSubjectAndTheClauseTopic(String lang, String sentence, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(";\\s*"));
    List<Claim> all = claims(lang, "Title line\n\n" + sentence);
    assertEquals(want, all.stream().filter(c -> c.kind() == ClaimKind.SCORE)
        .map(c -> c.subject().text() + " " + c.benchmarks().get(0).text() + " " + c.value())
        .toList(), all.toString());
  }

  @Test
  void aNumberedBenchmarkBeforeAColonIsWhatTheClauseAfterItIsAbout() {
    String sentence = "Aussagekräftiger ist AIME 2025: Dort erreicht Gemini 2.5 Pro 83,0 Prozent.";
    List<Claim> all = claims("de", "Gemini 2.5 Pro\n\nBei GPQA Diamond liegt Gemini 2.5 Pro vorn. "
        + sentence);
    assertEquals(List.of("AIME 2025 83.0"), all.stream()
        .filter(c -> c.kind() == ClaimKind.SCORE && c.sentence().text().equals(sentence))
        .map(c -> c.benchmarks().get(0).text() + " " + c.value()).toList());
    // A colon after an ordinary capitalised word names no benchmark.
    List<Claim> plain = claims("en", "Quill-12B\n\nQuill-12B leads on GPQA Diamond. "
        + "Update: Quill-12B reaches 70.1%.");
    assertTrue(plain.stream().noneMatch(c -> c.benchmarks().stream()
        .anyMatch(b -> b.text().equals("Update"))), plain.toString());
  }

  @Test
  void theVersionOfANameWrittenInLowerCaseIsNoScore() {
    // "claude opus 4.1" is not read as a name here, but its version is no score of anybody's.
    List<Claim> all = claims("en", "Thread\n\ngpt-5 just beat claude opus 4.1 on swe-bench verified");
    assertTrue(all.stream().noneMatch(c -> c.value() != null && c.value() == 4.1), all.toString());
    // After a name that has its version, a number is a score: "gemini 2.5 pro 86.4".
    List<Claim> listed = claims("en", "Thread\n\ngemini 2.5 pro 86.4 on gpqa diamond, o3 83.3");
    assertTrue(listed.stream().anyMatch(c -> c.value() != null && c.value() == 86.4),
        listed.toString());
  }

  @Test
  void possessiveAfterASentenceAboutAnotherModelIsThatModel() {
    String sentence = "Its GPQA Diamond score stands at 48.1%.";
    List<Claim> all = claims("en", "Quill-12B\n\nQuill-12B is out. GPT-4o is older. " + sentence);
    assertEquals(List.of("GPT-4o 48.1"), all.stream()
        .filter(c -> c.sentence().text().equals(sentence))
        .map(c -> c.subject().text() + " " + c.value()).toList());
  }

  @Test
  void possessiveBeforeAnotherModelIsNoReference() {
    List<Claim> all = claims("en", "Quill-12B\n\nQuill-12B is out. Its predecessor scored 70 on MMLU.");
    assertTrue(all.stream().noneMatch(c -> c.subject() != null
        && c.subject().text().equals("Quill-12B") && c.value() != null), all.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // shots, sampling budgets (pass@k, cons@64) and a year written '24 are how a score was run
    "en | Quill-12B scored 86.1 on MMLU (5-shot). | score [MMLU] 86.1",
    "en | Quill-12B gets 72.6 on HumanEval with 0-shot prompting. | score [HumanEval] 72.6",
    "en | Quill-12B hits 96.8 on GSM8K in 8-shot CoT. | score [GSM8K] 96.8",
    "en | Quill-12B hit 95.8% on AIME 2024 at cons@64. | score [AIME 2024] 95.8",
    "en | Quill-12B reaches an 82.6 pass@1 on HumanEval. | score [HumanEval] 82.6",
    "en | Quill-12B scores 53.7 Pass@1 on LiveCodeBench. | score [LiveCodeBench] 53.7",
    "en | Quill-12B scored 99.5% pass@1 on AIME 2025 with a Python interpreter."
        + " | score [AIME 2025?] 99.5",
  })
  void evaluationSettingsAreNoScores(String lang, String sentence, String expected) {
    assertEquals(List.of(expected.split("; ")), last(lang, "Quill-12B launches", sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a clause opening with unnamed models: its number is theirs
    "en | Quill-12B solves 25.2% of FrontierMath problems, while other models manage 2%."
        + " | score [FrontierMath] 25.2",
    // a named model after them owns it; after a verb they are its object
    "en | Quill-12B solves 25.2% of FrontierMath problems, while among other models GPT-4o"
        + " manages 2%. | score [FrontierMath] 25.2; score [FrontierMath] 2.0",
    "en | Quill-12B scores 81.2 on MMLU-Pro, beating other models with 90.1 on MATH-500."
        + " | vague [MATH-500]; score [MMLU-Pro] 81.2; score [MATH-500] 90.1",
  })
  void aNumberInAClauseAboutOtherModels(String lang, String sentence, String expected) {
    assertEquals(List.of(expected.split("; ")), last(lang, "Quill-12B launches", sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | Quill-12B scores 70.1% on MMLU-Pro. | Quill-9B edges out its sibling on that test,"
        + " at 72.7 percent. | score Quill-9B [MMLU-Pro] 72.7",
    // a model in a relative clause does not own the number: the one the clause describes does
    "en | Quill-12B scores 70.1% on MMLU-Pro. | Quill-9B, which replaces Quill-3B, edges out"
        + " its sibling on that test, at 72.7 percent. | score Quill-9B [MMLU-Pro] 72.7",
    // no reference back to the benchmark: no score
    "en | Quill-12B scores 70.1% on MMLU-Pro. | Quill-9B is cheaper, at 72.7 percent"
        + " of the price. | ",
  })
  void aScoreOnTheBenchmarkTheSentenceRefersBackTo(String lang, String first, String second,
      String expected) {
    List<String> got = claims(lang, "Quill-12B launches\n\n" + first + " " + second).stream()
        .filter(c -> c.sentence().text().equals(second) && c.kind() == ClaimKind.SCORE)
        .map(c -> "score " + c.subject().text() + " " + c.benchmarks().stream()
            .map(Mention::text).toList() + " " + c.value())
        .toList();
    assertEquals(expected == null ? List.of() : List.of(expected), got);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a note in brackets between a results line's benchmark and its colon
    "en | LiveCodeBench (2408-2505): 73.3 vs 63.5 for DeepSeek-R1"
        + " | score [LiveCodeBench] 73.3; score [LiveCodeBench] 63.5",
    // how a model was run ("in thinking mode") is no field: the sentence's benchmark stays
    "en | On AIME 2025 it reaches ~61%, comparable to Qwen3-8B in thinking mode, though it"
        + " falls short of DeepSeek-R1 (70.0). | parity [AIME 2025?]; compare [AIME 2025?];"
        + " score [AIME 2025?] 61.0; score [AIME 2025?] 70.0",
  })
  void labelNotesAndRunSettings(String lang, String sentence, String expected) {
    assertEquals(List.of(expected.split("; ")), last(lang, "Quill-12B launches", sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // records and bests written as a noun phrase before the number or with "yet"
    "en | Quill-12B reached a record 1,500 Elo on LMArena. | superlative [LMArena]; score [LMArena] 1500.0",
    "en | Quill-12B posts the best score yet on ARC-AGI. | superlative [ARC-AGI?]",
    // a number-one rank within a class of models
    "en | Quill-12B is ranked number one among open models on LiveBench. | rank [LiveBench]",
    // ahead of every other model of a class on a benchmark is the best of that class there;
    // every model of a class, without "other", may not include the subject: vague
    "en | Quill-12B outperforms every other open model on Arena-Hard. | superlative [Arena-Hard]",
    "en | Quill-12B outperforms every open model on Arena-Hard. | vague [Arena-Hard]",
    // value for money is a price claim, not a superlative
    "en | Quill-12B is the best value model on the market. | ",
  })
  void ranksAndRecords(String lang, String sentence, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split("; "));
    assertEquals(want, last(lang, "Quill-12B", sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a thread's post number opening or closing a post is no score
    "en | Quill-12B scored 65.8 on SWE-bench Verified (1/3) | score [SWE-bench Verified] 65.8",
    "en | Quill-12B scored 65.8 on SWE-bench Verified \uD83E\uDDF5 2/5 | score [SWE-bench Verified] 65.8",
    "fr | Quill-12B obtient 92,1 % sur HumanEval [4/9] | score [HumanEval] 92.1",
    "de | Quill-12B erreicht 70,7 % bei LiveCodeBench (2/4) | score [LiveCodeBench] 70.7",
    "es | Quill-12B logra un 65,8 % en SWE-bench Verified (3/7) | score [SWE-bench Verified] 65.8",
  })
  void aThreadsPostNumberIsNoScore(String lang, String sentence, String expected) {
    assertEquals(List.of(expected.split("; ")), last(lang, "Quill-12B launches", sentence));
  }

  /** "subject benchmark value" of each score claim of the text's last sentence. */
  private static List<String> scoresOf(String lang, String sentence) {
    List<Claim> all = claims(lang, "Results\n\n" + sentence);
    return all.stream().filter(c -> c.sentence().text().equals(sentence)
            && c.kind() == ClaimKind.SCORE)
        .map(c -> c.subject().text() + " " + c.benchmarks().get(0).text() + " " + c.value())
        .toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // the verb left out after the first model: each number is the model's named right before it
    "en | On GPQA Diamond, GPT-5 scores 87.3, Gemini 2.5 Pro 86.4 and Claude Opus 4.1 80.9."
        + " | GPT-5 GPQA Diamond 87.3; Gemini 2.5 Pro GPQA Diamond 86.4;"
        + " Claude Opus 4.1 GPQA Diamond 80.9",
    "en | On AIME 2025, Gemini 2.5 Flash scores 72.0, o4-mini 92.7 and Grok 3 Mini 90.8."
        + " | Gemini 2.5 Flash AIME 2025 72.0; o4-mini AIME 2025 92.7; Grok 3 Mini AIME 2025 90.8",
    "de | Auf MMLU-Pro erzielt Qwen3-235B 83,0 Punkte, Llama 4 Maverick 80,5 und DeepSeek-V3 75,9."
        + " | Qwen3-235B MMLU-Pro 83.0; Llama 4 Maverick MMLU-Pro 80.5; DeepSeek-V3 MMLU-Pro 75.9",
    "fr | Sur LiveCodeBench, Kimi K2 atteint 53,7 %, o4-mini 63,8 % et Gemini 2.5 Flash 47,1 %."
        + " | Kimi K2 LiveCodeBench 53.7; o4-mini LiveCodeBench 63.8;"
        + " Gemini 2.5 Flash LiveCodeBench 47.1",
    "es | En LiveCodeBench, Kimi K2 alcanza el 53,7 %, o4-mini el 63,8 % y Gemini 2.5 Flash el"
        + " 47,1 %. | Kimi K2 LiveCodeBench 53.7; o4-mini LiveCodeBench 63.8;"
        + " Gemini 2.5 Flash LiveCodeBench 47.1",
    // a number after something other than a model's name is no score of the list
    "en | GPT-5 scores 87.3 on GPQA Diamond, Gemini 2.5 Pro costs $10 per million tokens."
        + " | GPT-5 GPQA Diamond 87.3",
    // a competitor's name and number in brackets on a results line
    "en | AIME 2025: 81.4% (Qwen3-32B: 72.9%) | Qwen3-32B AIME 2025 72.9",
    // two benchmarks and two models, each with its numbers "respectively"
    "en | On AIME 2024 and AIME 2025, Qwen3-32B reaches 81.4 and 72.9 respectively, compared"
        + " with 79.8 and 70.0 for DeepSeek-R1. | Qwen3-32B AIME 2024 81.4;"
        + " Qwen3-32B AIME 2025 72.9; DeepSeek-R1 AIME 2024 79.8; DeepSeek-R1 AIME 2025 70.0",
    "fr | Sur AIME 2024 et AIME 2025, Qwen3-32B atteint respectivement 81,4 % et 72,9 %, contre"
        + " 79,8 % et 70,0 % pour DeepSeek-R1. | Qwen3-32B AIME 2024 81.4;"
        + " Qwen3-32B AIME 2025 72.9; DeepSeek-R1 AIME 2024 79.8; DeepSeek-R1 AIME 2025 70.0",
    // models named together, their numbers "respectively"
    "en | GPT-5 and Gemini 2.5 Pro score 87.3 and 86.4 respectively on GPQA Diamond."
        + " | GPT-5 GPQA Diamond 87.3; Gemini 2.5 Pro GPQA Diamond 86.4",
    "de | Auf GPQA Diamond erreichen GPT-5 und Gemini 2.5 Pro 87,3 bzw. 86,4 Prozent."
        + " | GPT-5 GPQA Diamond 87.3; Gemini 2.5 Pro GPQA Diamond 86.4",
    "es | En GPQA Diamond, GPT-5 y Gemini 2.5 Pro obtienen un 87,3 % y un 86,4 %"
        + " respectivamente. | GPT-5 GPQA Diamond 87.3; Gemini 2.5 Pro GPQA Diamond 86.4",
  })
  void scoresInLists(String lang, String sentence, String expected) {
    assertEquals(List.of(expected.split(";\\s*")), scoresOf(lang, sentence));
  }

  @Test
  void aScoreAfterANameWithItsVersionIsNoPartOfIt() {
    String text = "GPT-5 scores 87.3, Gemini 2.5 Pro 86.4, o4-mini 92.7 and Gemini 2.0 Flash 001 80.1.";
    assertEquals(List.of("GPT-5", "Gemini 2.5 Pro", "o4-mini", "Gemini 2.0 Flash 001"),
        RECOGNIZER.known(text).stream().filter(f -> f.isModel())
            .map(f -> f.mention().text()).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // a person named with a verb of saying: before it, or after it behind a quotation or a comma
    "en | “Quill-12B beats GPT-4o on MMLU,” said Dana Whitfield, CEO of Acme. | Dana Whitfield",
    "en | Whitfield says Quill-12B beats GPT-4o on MMLU. | Whitfield",
    "en | In March Whitfield said Quill-12B beats GPT-4o on MMLU. | Whitfield",
    "en | Quill-12B beats GPT-4o on MMLU, Yang said. | Yang",
    "en | Per Whitfield, Quill-12B beats GPT-4o on MMLU. | Whitfield",
    "en | Researchers said Quill-12B beats GPT-4o on MMLU. | -",
    "en | It says Quill-12B beats GPT-4o on MMLU. | -",
    "en | Quill-12B beats GPT-4o on MMLU, says Quill. | -",
    "en | Google says Quill-12B beats GPT-4o on MMLU. | Google",
    "de | Quill-12B übertrifft GPT-4o bei MMLU, so Köhler. | Köhler",
    "de | „Quill-12B übertrifft GPT-4o bei MMLU“, sagte Jana Köhler, Chefin von Acme. | Jana Köhler",
    "fr | « Quill-12B dépasse GPT-4o sur MMLU », a déclaré Jean Dupont. | Jean Dupont",
    "es | «Quill-12B supera a GPT-4o en MMLU», dijo la directora Ana Ruiz. | Ana Ruiz",
  })
  void aPersonSpeakingIsTheClaimant(String lang, String sentence, String claimant) {
    assertClaimant(claims(lang, "Quill-12B\n\n" + sentence), sentence, claimant);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // a source named after an organisation's possessive: the organisation is the claimant
    "en | Google's table shows Quill-12B at 43.4 on LiveCodeBench. | Google",
    "en | By Google's own numbers, Quill-12B scores 65.8% on SWE-bench Verified. | Google",
    "de | Laut Googles Tabelle erreicht Quill-12B 83,3 Prozent bei MMLU. | Google",
    // the maker named before its model does not speak
    "en | The startup said Quill-12B outperforms Google's Gemma 3 27B on MMLU. | -",
  })
  void aPossessiveSourceNamesTheClaimant(String lang, String sentence, String claimant) {
    assertClaimant(claims(lang, "Quill-12B\n\n" + sentence), sentence, claimant);
  }

  @Test
  void aScoreOpeningTheSentenceAsItsSubjectIsTheScoreOfTheModelAfterItsVerb() {
    String sentence = "A 74.9% score on SWE-bench Verified puts Quill-12B narrowly ahead of"
        + " GPT-4o.";
    List<Claim> in = claims("en", "Quill-12B\n\n" + sentence).stream()
        .filter(c -> c.sentence().text().equals(sentence) && c.kind() == ClaimKind.SCORE)
        .toList();
    assertEquals(1, in.size(), in.toString());
    assertEquals("Quill-12B", in.get(0).subject().text());
    assertEquals(74.9, in.get(0).value());
    // A pronoun after the verb, or no benchmark after the number: no owner is read.
    for (String other : List.of(
        "A 74.9% score on SWE-bench Verified puts it ahead of GPT-4o.",
        "A 60% share of the market puts Google ahead.")) {
      assertTrue(claims("en", "Quill-12B\n\n" + other).stream()
          .noneMatch(c -> c.kind() == ClaimKind.SCORE), other);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // "the company" in an article with no maker of its own: the organisation the paragraph
    // named last, in a sentence before
    "en | OpenAI launched Quill-12B on Thursday. | According to the company, Quill-12B scores"
        + " 74.9% on SWE-bench Verified. | OpenAI",
    "fr | OpenAI a lancé jeudi Quill-12B. | Selon la société, Quill-12B atteint 74,9 % sur"
        + " SWE-bench Verified. | OpenAI",
    "de | Google hat Quill-12B vorgestellt. | Laut dem Unternehmen erreicht Quill-12B 74,9"
        + " Prozent bei SWE-bench Verified. | Google",
    // none named before it in its paragraph
    "en | - | According to the company, Quill-12B scores 74.9% on SWE-bench Verified. | -",
  })
  void theCompanyIsTheOrganisationItsParagraphNamedLast(String lang, String before,
      String sentence, String claimant) {
    String paragraph = before == null ? sentence : before + " " + sentence;
    assertClaimant(claims(lang, "Weekly notes\n\n" + paragraph), sentence, claimant);
  }

  /** Every claim of {@code sentence} among {@code all} has {@code claimant}; there is one. */
  private static void assertClaimant(List<Claim> all, String sentence, String claimant) {
    List<Claim> in = all.stream().filter(c -> c.sentence().text().equals(sentence)).toList();
    assertTrue(!in.isEmpty(), sentence);
    for (Claim c : in) {
      assertEquals(claimant, c.attribution().claimant(), sentence);
    }
  }
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | Mistral Medium 3 is out | Mistral Medium 3 matches or beats GPT-4o on most benchmarks. | vague []",
    "fr | Mistral Medium 3 est sorti | Mistral Medium 3 égale ou dépasse GPT-4o sur la plupart des benchmarks."
        + " | vague []",
    "en | Mistral Medium 3 is out | Mistral Medium 3 matches or beats GPT-4o on MMLU. | parity []; compare [MMLU]",
    "en | Mistral Medium 3 is out | Mistral Medium 3 matches GPT-4o on most benchmarks. | parity []",
    "en | Mistral Medium 3 is out | Mistral Medium 3 trails GPT-4o on basically everything. | vague []",
  })
  void parityJoinedToSuperiorityWithAVagueScopeIsOneVagueClaim(String lang, String title,
      String sentence, String expected) {
    // "matches or beats Y on most benchmarks" claims superiority (or at least parity) over an
    // unspecific scope: one vague claim, no separate parity.
    assertEquals(List.of(expected.split("; ")), last(lang, title, sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a vague scope closes the clause of the phrase before it; the next phrase is a plain
    // comparison
    "en | Acme says Orca-7B rivals Llama 3.1 70B on several benchmarks, and that Orca-13B"
        + " outperforms Qwen2.5-32B while using half the memory. | parity []; compare []",
    "es | En nuestras pruebas, Orca-13B rinde a la altura de GPT-4o en la mayoría de los"
        + " benchmarks y supera claramente a Llama 3.1 70B en programación. | parity []; compare []",
    "fr | Selon Acme, Orca-13B égale GPT-4o sur la plupart des benchmarks et surpasse nettement"
        + " Llama 3.1 70B en programmation. | parity []; compare []",
    "es | Orca-13B iguala a GPT-4o en la mayoría de las pruebas y supera a Llama 3.1 70B en todas"
        + " las evaluadas. | parity []; vague []",
    // a benchmark of a clause opened after a vague scope is not the comparison's
    "en | In Acme's charts Orca-13B beats GPT-4o and Claude 3.5 Sonnet on a wide range of"
        + " benchmarks, and it scores 71.2 on MMLU-Pro. | vague []; score [MMLU-Pro] 71.2",
    "fr | Orca-13B bat GPT-4o sur la plupart des benchmarks, et il obtient 71,2 sur MMLU-Pro."
        + " | vague []; score [MMLU-Pro] 71.2",
    "de | Orca-13B schlägt GPT-4o in den meisten Benchmarks, und es erreicht 71,2 Punkte auf"
        + " MMLU-Pro. | vague []; score [MMLU-Pro] 71.2",
    "es | Orca-13B supera a GPT-4o en la mayoría de los benchmarks, y obtiene 71,2 en MMLU-Pro."
        + " | vague []; score [MMLU-Pro] 71.2"
  })
  void aVagueScopeBelongsToItsOwnClause(String lang, String sentence, String expected) {
    assertEquals(List.of(expected.split("; ")), last(lang, "Orca-13B launches", sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | On SWE-bench Verified, Foo-2 solved fewer tasks than Bar-3. | compare [SWE-bench Verified]",
    "en | Compared with Bar-3, Foo-2 gains 11 points on MMLU-Pro. | compare [MMLU-Pro]",
    "fr | Par rapport à Bar-3, Foo-2 gagne 11 points sur MMLU-Pro. | compare [MMLU-Pro]",
    "es | Frente a Bar-3, Foo-2 gana 11 puntos en MMLU-Pro. | compare [MMLU-Pro]",
    "es | En Arena-Hard, Foo-2 resolvió más problemas que Bar-3 pero menos que Baz-4."
        + " | compare [Arena-Hard]; compare [Arena-Hard]",
  })
  void countComparisonsAndFrontedComparisonsAreCompareClaimsWithoutScores(String lang,
      String sentence, String expected) {
    // "solved fewer tasks than" compares counts; after "gains"/"gana" a number is a margin.
    assertEquals(List.of(expected.split("; ")), last(lang, "Foo-2 launch notes", sentence));
  }
}
