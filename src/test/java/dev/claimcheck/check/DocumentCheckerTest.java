package dev.claimcheck.check;

import static dev.claimcheck.check.Articles.article;
import static dev.claimcheck.check.Articles.check;
import static dev.claimcheck.check.Articles.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
  void theMakerNamedWithAnUnknownModelIsWhomTheCompanyStandsFor() throws Exception {
    // The registry knows no "Claude Quill 2": its maker is read from "Anthropic on Monday
    // released Claude Quill 2", and "the company" is Anthropic where the sentence is about it.
    DocumentReport r = run("en/maker-named-in-news.txt", null);
    assertEquals("Claude Quill 2", r.mainSubject());
    assertEquals("Anthropic", claimIn(r, "The company says").claim().attribution().claimant());
    assertNull(claimIn(r, "Separately").claim().attribution().claimant(),
        "a sentence about another model: \"the company\" is that model's maker");
    // Where someone writes in the first person ("our own runs"), the text-read maker is not
    // used: the first person would otherwise become the maker speaking. "The company" is still
    // the organisation its paragraph named last.
    DocumentReport own = run("en/maker-named-in-text.txt", null);
    assertNull(claimIn(own, "In our own runs").claim().attribution().claimant());
    assertEquals("Anthropic", claimIn(own, "The company says").claim().attribution().claimant());
    assertNull(claimIn(own, "Quill-Mini-1 scores").claim().attribution().claimant(),
        "no organisation named before it in its paragraph");
  }

  @Test
  void whatASpeakerOfATranscriptSaysIsTheirs() throws Exception {
    DocumentReport r = run("en/podcast-transcript.txt", null);
    Claim beats = claimIn(r, "It beats GPT-4o").claim();
    assertEquals("Ana Patel", beats.attribution().claimant());
    // A claimant the line names itself stays the claimant.
    assertEquals("Google", claimIn(r, "Google says").claim().attribution().claimant());
  }

  @Test
  void aSpeakerLabelledBySurnameIsThePersonTheTextNamesInFull() throws Exception {
    DocumentReport r = run("en/interview-surname-turns.txt", null);
    assertEquals("Lena Voigt", claimIn(r, "Larch-20B beats").claim().attribution().claimant());
    // A surname the line names itself in running text is the full name the text gives it, or
    // stays as written when the text gives none.
    assertEquals("Whitfield", claimIn(r, "Whitfield says").claim().attribution().claimant());
  }

  @Test
  void aPersonQuotedOrNamedWithAVerbOfSayingIsTheClaimant() throws Exception {
    DocumentReport r = run("en/quoted-executive.txt", null);
    assertEquals("Dana Whitfield", claimIn(r, "“Larch-20B beats").claim().attribution()
        .claimant());
    assertEquals("Dana Whitfield", claimIn(r, "Whitfield says").claim().attribution()
        .claimant());
    // A capitalised plural opening a sentence is a noun, not a name.
    assertNull(claimIn(r, "Researchers said").claim().attribution().claimant());
    DocumentReport fr = run("fr/citation-dirigeante.txt", null);
    assertEquals("Claire Vasseur", claimIn(fr, "« Larch-20B").claim().attribution().claimant());
    assertEquals("Claire Vasseur", claimIn(fr, "Larch-20B surpasse").claim().attribution()
        .claimant());
  }

  @Test
  void aTextInItsMakersVoiceGivesTheMakerEveryUnattributedClaim() throws Exception {
    // "Harrow Labs today announced": a press release, so its claims are Harrow Labs', an
    // organisation no list knows but whose name is shaped like one.
    DocumentReport release = run("en/press-release-unknown-maker.txt", null);
    assertEquals("Larch-20B", release.mainSubject());
    assertEquals("Harrow Labs", claimIn(release, "Larch-20B beats").claim().attribution()
        .claimant());
    // The same claims in a review that speaks for itself ("We tested it") are the writer's.
    DocumentReport review = run("en/review-we-tested.txt", null);
    assertNull(claimIn(review, "Larch-20B beats").claim().attribution().claimant());
  }

  @Test
  void aTextInItsMakersVoiceIsTheOrganisationItsOpeningNames() throws Exception {
    // A launch page whose title names the maker only after the model ("Introducing Larch-20B |
    // Harrow Labs"), and a preprint whose affiliation line names it: "our most capable model",
    // "We introduce" are Harrow Labs speaking.
    DocumentReport page = run("en/launch-page-maker-after-name.txt", null);
    assertEquals("Harrow Labs", claimIn(page, "Larch-20B beats").claim().attribution()
        .claimant());
    DocumentReport preprint = run("en/preprint-affiliation.txt", null);
    assertEquals("Harrow Labs", claimIn(preprint, "Larch-20B beats").claim().attribution()
        .claimant());
    // A model card's "Developed by:" field: the card is its maker's.
    DocumentReport card = run("en/model-card-developed-by.md", null);
    assertEquals("Harrow Labs", claimIn(card, "Larch-20B beats").claim().attribution()
        .claimant());
  }

  @Test
  void aPressReleaseIsTheOrganisationItsAboutLineNames() throws Exception {
    // No "we", and a maker no list knows: the label, the "About X" boilerplate and the press
    // contact make the text the issuer's, in every language.
    DocumentReport de = runText("Falkenstein KI stellt Mauersegler-7B vor\n\nPRESSEMITTEILUNG\n\n"
        + "MÜNCHEN, 4. Februar 2026 – Die Falkenstein KI GmbH hat heute Mauersegler-7B "
        + "veröffentlicht, ein offenes Sprachmodell.\n\n"
        + "Mauersegler-7B übertrifft Llama 3.1 8B auf MMLU-Pro.\n\n"
        + "Über Falkenstein KI\nDie Falkenstein KI GmbH wurde 2024 in München gegründet.\n");
    assertEquals("Falkenstein KI", claimIn(de, "Mauersegler-7B übertrifft").claim().attribution()
        .claimant());
    DocumentReport fr = runText("Héron IA dévoile Aigrette-12B\n\nCOMMUNIQUÉ DE PRESSE\n\n"
        + "Nantes, le 2 mars 2026 – Héron IA présente Aigrette-12B, un modèle ouvert.\n\n"
        + "Aigrette-12B surpasse Llama 3.1 8B sur MMLU-Pro.\n\n"
        + "À propos d’Héron IA\nFondée en 2024 à Nantes, Héron IA conçoit des modèles.\n");
    assertEquals("Héron IA", claimIn(fr, "Aigrette-12B surpasse").claim().attribution()
        .claimant());
    DocumentReport es = runText("Garza Labs presenta Alcaraván-12B\n\n"
        + "SEVILLA, 2 de marzo de 2026 – Garza Labs ha anunciado el lanzamiento de "
        + "Alcaraván-12B, un modelo abierto.\n\n"
        + "Alcaraván-12B supera a Llama 3.1 8B en MMLU-Pro.\n\n"
        + "Acerca de Garza Labs\nGarza Labs desarrolla modelos de lenguaje.\n\n"
        + "Contacto de prensa: prensa@garza.ai\n");
    assertEquals("Garza Labs", claimIn(es, "Alcaraván-12B supera").claim().attribution()
        .claimant());
    // An explainer closing on a section about the maker is no press release: nobody speaks.
    DocumentReport explainer = runText("Zorblat-9 explained: what the benchmarks say\n\n"
        + "Zorblat-9 beats GPT-4.1 on SWE-bench Verified.\n\n"
        + "About Zorblat AI\nZorblat AI is a Beijing startup.\n");
    assertNull(claimIn(explainer, "Zorblat-9 beats").claim().attribution().claimant());
    // Nor is a review's closing section on the model.
    DocumentReport review = runText("Mauersegler-7B im Test\n\nPRESSEMITTEILUNG\n\n"
        + "Mauersegler-7B übertrifft Llama 3.1 8B auf MMLU-Pro.\n\n"
        + "Über Mauersegler-7B\nDas Modell ist bei Hugging Face erhältlich.\n");
    assertNull(claimIn(review, "Mauersegler-7B übertrifft").claim().attribution().claimant());
  }

  @Test
  void aModelCardIsTheOrganisationItsDevelopedByFieldNames() throws Exception {
    DocumentReport de = runText("# Mauersegler-7B\n\n"
        + "Mauersegler-7B ist ein Chat-Modell der Falkenstein Labs aus München.\n\n"
        + "- Entwickelt von: Falkenstein Labs GmbH\n- Lizenz: Apache 2.0\n\n"
        + "Mauersegler-7B übertrifft Llama 3.1 8B auf MMLU-Pro.\n");
    assertEquals("Falkenstein Labs", claimIn(de, "Mauersegler-7B übertrifft").claim()
        .attribution().claimant());
    DocumentReport es = runText("# Alcaraván-12B\n\n"
        + "Alcaraván-12B es un modelo publicado por el colectivo Garzal.\n\n"
        + "- **Desarrollado por:** Garzal (Sevilla)\n\n"
        + "Alcaraván-12B supera a Llama 3.1 8B en MMLU-Pro.\n");
    assertEquals("Garzal", claimIn(es, "Alcaraván-12B supera").claim().attribution()
        .claimant());
  }

  @Test
  void anInterviewsAnswersOpenedByInitialsAreThePersonsWithThoseInitials() throws Exception {
    DocumentReport r = run("fr/entretien-initiales.txt", null);
    assertEquals("Mara Ellison", claimIn(r, "Larch-20B dépasse").claim().attribution()
        .claimant());
  }

  @Test
  void anInterviewsAnswersMarkedByTheirRoleAreThePersonTheIntroductionNames() throws Exception {
    DocumentReport en = runText("Larkspur's research chief on Tamarack 3\n\n"
        + "Larkspur released Tamarack 3 last week. Ines Okafor, Larkspur's head of research, "
        + "spoke to us about the numbers.\n\n"
        + "Q: How does it do on coding?\n\n"
        + "A: Tamarack 3 scores 71.2% on SWE-bench Verified, ahead of GPT-4.1.\n\n"
        + "Q: Larkspur says it beats o3 on AIME 2025. Is that fair?\n\n"
        + "A: On AIME 2025 it gets 88.1%.\n");
    assertEquals("Ines Okafor", claimIn(en, "Tamarack 3 scores").claim().attribution().claimant());
    // A dialogue written with dashes: the turn after a question answers it.
    DocumentReport fr = runText("Moonshot AI : « Nous publions tout »\n\n"
        + "Liang Wen, responsable de la recherche chez Moonshot AI, a répondu à nos questions."
        + "\n\n\u2014 Pourquoi publier les poids ?\n\n"
        + "\u2014 Tamarack 3 obtient 65,8 % sur SWE-bench Verified, devant GPT-4.1.\n");
    assertEquals("Liang Wen", claimIn(fr, "Tamarack 3 obtient").claim().attribution()
        .claimant());
    DocumentReport es = runText("\"Tamarack 3 cambió todo\"\n\n"
        + "Hablamos con Martín Herrera, profesor de la Universidad de Chile.\n\n"
        + "P: ¿Qué tan bueno es?\n\nR: Mucho. Tamarack 3 obtiene un 79,8 % en AIME 2024.\n\n"
        + "P: ¿Y en código?\n\nR: Tamarack 3 saca un 53,7 % en LiveCodeBench.\n");
    assertEquals("Martín Herrera", claimIn(es, "Tamarack 3 obtiene").claim().attribution()
        .claimant());
    // Two people interviewed: the answers name neither.
    DocumentReport two = runText("Inside Tamarack 3\n\n"
        + "We spoke with Daniel Ortiz, an independent evaluator, and with Sara Kim of Stanford."
        + "\n\nQ: How strong is it?\n\n"
        + "A: Tamarack 3 scores 25.4% on Humanity's Last Exam.\n\n"
        + "Q: Any surprises?\n\nA: Tamarack 3 is behind o3 on SWE-bench Verified.\n");
    assertNull(claimIn(two, "Tamarack 3 scores").claim().attribution().claimant());
  }

  @Test
  void theInterviewersLinesAreTheTextsOwnAndTheAnswerersTheirs() throws Exception {
    DocumentReport de = runText("„Offene Modelle holen auf“\n\n"
        + "Jonas Brenner testet an der ETH Zürich Sprachmodelle.\n\n"
        + "STANDARD: Tamarack 3 hat 70 Milliarden Parameter. Ist das viel?\n\n"
        + "Brenner: Tamarack 3 erreicht in unseren Tests 81,5 Prozent auf AIME 2024.\n\n"
        + "STANDARD: Wie sieht es beim Programmieren aus? Das Modell wurde im April vorgestellt."
        + "\n\nBrenner: Auf LiveCodeBench kommt Tamarack 3 auf 70,7 Prozent.\n\n"
        + "STANDARD: Und der Preis?\n\nBrenner: Der ist niedrig.\n");
    assertEquals("Jonas Brenner", claimIn(de, "Tamarack 3 erreicht").claim().attribution()
        .claimant());
    assertNull(claimIn(de, "Tamarack 3 hat").claim().attribution().claimant(),
        "the interviewer's statement is the text's own");
    // In a conversation where both ask, each speaker keeps their lines.
    DocumentReport talk = runText("Podcast transcript\n\n"
        + "Maya Chen: Tamarack 3 scores 63.8% on SWE-bench Verified. Did you see that?\n\n"
        + "Tom Ruiz: I did. Isn't o3 ahead of it?\n\n"
        + "Maya Chen: Yes. Right?\n\nTom Ruiz: Right, o3 is first on AIME 2025.\n");
    assertEquals("Maya Chen", claimIn(talk, "Tamarack 3 scores").claim().attribution()
        .claimant());
  }

  @Test
  void aGermanClauseOfSayingWithItsParticleLastNamesWhoSaysIt() throws Exception {
    DocumentReport de = runText("Tamarack 3 vorgestellt\n\n"
        + "Auf SWE-bench Verified erreiche Tamarack 3 74,9 Prozent, teilte OpenAI am Donnerstag mit."
        + "\n\nTamarack 3 teilt Platz eins mit Gemini 2.5 Pro und erreicht 80,1 Prozent auf "
        + "AIME 2025.\n");
    assertEquals("OpenAI", claimIn(de, "Auf SWE-bench Verified").claim().attribution()
        .claimant());
    assertNull(claimIn(de, "Tamarack 3 teilt").claim().attribution().claimant());
  }

  @Test
  void aSourceOfTheMakersBeforeTheClaimantNamesItsPublisher() throws Exception {
    DocumentReport r = run("fr/sources-du-fabricant.txt", null);
    assertEquals("Pampa Labs", claimIn(r, "D'après leur blog").claim().attribution().claimant());
    assertEquals("Pampa Labs", claimIn(r, "Selon les chiffres").claim().attribution().claimant());
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

  @Test
  void numbersAreReadWithTheDecimalMarkTheTextWritesItsPerCentFiguresWith() throws Exception {
    // A Mexican release writes "84.7%" and "1,302 puntos"; Spain writes "84,7 %" and "1.302".
    DocumentReport mx = runText("Tlali Labs presenta Cenzontle-32B\n\n"
        + "Cenzontle-32B alcanza 84.7% en MMLU-Pro y obtiene 1,302 puntos en LMArena.\n");
    DocumentReport es = runText("Tlali Labs presenta Cenzontle-32B\n\n"
        + "Cenzontle-32B alcanza 84,7 % en MMLU-Pro y obtiene 1.302 puntos en LMArena.\n");
    for (DocumentReport r : List.of(mx, es)) {
      assertEquals(List.of(84.7, 1302.0), claims(r).stream().map(ClaimReport::claim)
          .filter(c -> c.kind() == ClaimKind.SCORE).map(Claim::value).toList());
    }
    // Without a per-cent figure to tell, the language's own mark reads the number.
    DocumentReport plain = runText("Tlali Labs presenta Cenzontle-32B\n\n"
        + "Cenzontle-32B obtiene 1,302 puntos en LMArena.\n");
    assertFalse(claims(plain).stream().map(ClaimReport::claim)
        .anyMatch(c -> c.value() != null && c.value() == 1302.0));
  }

  @Test
  void aDayAMonthAndAYearAfterAWordAreNoModel() throws Exception {
    DocumentReport de = runText("Förderantrag Amtsklar-7B\n\nFörderlinie: „KI für das Gemeinwohl“, "
        + "Einreichungsfrist 15. Januar 2026\n\nAmtsklar-7B ist ein dichtes Modell.\n");
    assertEquals("Amtsklar-7B", de.mainSubject());
  }

  private static DocumentReport runText(String text) throws Exception {
    CheckOptions options = new CheckOptions(Optional.empty(), Optional.empty(), TODAY);
    return new DocumentChecker(MINI, options).check(new dev.claimcheck.input.DocumentReader()
        .read("story.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            dev.claimcheck.input.DocumentFormat.TEXT));
  }

  private static List<String> subjects(DocumentReport r, String sentenceStart) {
    return r.sentences().stream()
        .filter(s -> s.sentence().text().startsWith(sentenceStart))
        .flatMap(s -> s.claims().stream())
        .map(c -> c.claim().kind().label() + " " + c.claim().subject().text())
        .toList();
  }

  @Test
  void aNameTheArticleCallsAModelIsOneInEveryLanguage() throws Exception {
    DocumentReport en = runText("Nordwind ships a chemistry model\n\n"
        + "Nordwind launched Polaris, a 32B-parameter model trained on lab notebooks. "
        + "Polaris outperforms GPT-4o on GPQA Diamond, the company says. "
        + "Its context window holds 200,000 tokens.\n");
    assertEquals("Polaris", en.mainSubject());
    assertEquals(List.of("fact Polaris"), subjects(en, "Nordwind launched"));
    assertEquals(List.of("compare Polaris"), subjects(en, "Polaris outperforms"));

    DocumentReport fr = runText("Lumen dévoile son modèle de chimie\n\n"
        + "Lumen a présenté Aster, un modèle de 12 milliards de paramètres. "
        + "Aster dépasse GPT-4o sur GPQA Diamond.\n");
    assertEquals("Aster", fr.mainSubject());
    assertEquals(List.of("fact Aster"), subjects(fr, "Lumen a présenté"));
    assertEquals(List.of("compare Aster"), subjects(fr, "Aster dépasse"));

    DocumentReport de = runText("Nordwind zeigt ein Chemie-Modell\n\n"
        + "Nordwind hat Polaris vorgestellt, ein Modell mit 32 Milliarden Parametern. "
        + "Laut Nordwind übertrifft Polaris GPT-4o bei GPQA Diamond. "
        + "Das Kontextfenster umfasst 200.000 Token.\n");
    assertEquals("Polaris", de.mainSubject());
    assertEquals(List.of("fact Polaris"), subjects(de, "Nordwind hat"));
    assertEquals(List.of("compare Polaris"), subjects(de, "Laut Nordwind"));
    assertEquals(List.of("fact Polaris"), subjects(de, "Das Kontextfenster"));

    DocumentReport es = runText("Nordwind presenta un modelo de química\n\n"
        + "Nordwind ha lanzado Polaris, un modelo de 32.000 millones de parámetros. "
        + "Polaris supera a GPT-4o en GPQA Diamond.\n");
    assertEquals("Polaris", es.mainSubject());
    assertEquals(List.of("fact Polaris"), subjects(es, "Nordwind ha lanzado"));
    assertEquals(List.of("compare Polaris"), subjects(es, "Polaris supera"));
  }

  @Test
  void modelsListedAfterTheirIntroductionAreModelsToo() throws Exception {
    DocumentReport r = runText("Two new open models from Nordwind\n\n"
        + "Nordwind released two models on Monday: Vega and Deneb. "
        + "Deneb has a context window of 1 million tokens. "
        + "Vega outperforms GPT-4o on GPQA Diamond.\n");
    assertEquals(List.of("fact Deneb"), subjects(r, "Deneb has"));
    assertEquals(List.of("compare Vega"), subjects(r, "Vega outperforms"));
  }

  @Test
  void ordinaryCapitalisedWordsAndClaimantsAreNotIntroduced() throws Exception {
    DocumentReport r = runText("A quiet week\n\n"
        + "Yesterday, a small model from a startup beat GPT-4o on GPQA Diamond. "
        + "According to Nordwind, a model of its own will follow. "
        + "Nonetheless, a model from a lab outperforms GPT-4o on GPQA Diamond. "
        + "At Nordwind, a model team says it outperforms GPT-4o on GPQA Diamond.\n");
    assertTrue(subjects(r, "Yesterday").stream().noneMatch(s -> s.contains("Yesterday")),
        subjects(r, "Yesterday").toString());
    assertTrue(subjects(r, "Nonetheless").stream().noneMatch(s -> s.contains("Nonetheless")),
        subjects(r, "Nonetheless").toString());
    assertTrue(subjects(r, "At Nordwind").stream().noneMatch(s -> s.contains("Nordwind")),
        subjects(r, "At Nordwind").toString());
    assertTrue(r.mainSubject() == null || !r.mainSubject().equals("Nordwind"));
  }

  @Test
  void anArticleAboutAFamilysFlagshipIsAboutTheFlagship() throws Exception {
    DocumentReport en = runText("Nordwind releases Aurora, a family of open models\n\n"
        + "The flagship, Aurora-70B, has a context window of 128,000 tokens. "
        + "The models are released under Apache 2.0. "
        + "It outperforms GPT-4o on GPQA Diamond.\n");
    assertEquals("Aurora-70B", en.mainSubject());
    assertEquals(List.of("compare Aurora-70B"), subjects(en, "It outperforms"));
    assertEquals(List.of("fact Aurora"), subjects(en, "The models are"));

    DocumentReport fr = runText("Aurora : Nordwind publie une famille de modèles ouverts\n\n"
        + "Nordwind a lancé Aurora, une famille de quatre modèles. "
        + "Le plus grand, Aurora-70B, dépasse GPT-4o sur GPQA Diamond. "
        + "Les modèles sont publiés sous licence Apache 2.0.\n");
    assertEquals("Aurora-70B", fr.mainSubject());
    assertEquals(List.of("fact Aurora"), subjects(fr, "Les modèles sont"));
  }

  @Test
  void anArticleAboutAFineTuneIsAboutItNotItsBase() throws Exception {
    DocumentReport en = runText("Fine-tuning Qwen3-32B for Welsh: what Draig-32B gained\n\n"
        + "Today we release Draig-32B. It outperforms GPT-4o on Belebele.\n");
    assertEquals("Draig-32B", en.mainSubject());
    assertEquals(List.of("compare Draig-32B"), subjects(en, "It outperforms"));
    DocumentReport de = runText("Wie wir Gemma 3 27B Juristendeutsch beigebracht haben: "
        + "LexGemma-27B ist da\n\nHeute veröffentlichen wir LexGemma-27B. Das Modell übertrifft "
        + "GPT-4o bei GerLayQA.\n");
    assertEquals("LexGemma-27B", de.mainSubject());
    // A base named alone in the title is still what the article is about.
    DocumentReport base = runText("Fine-tuning Qwen3-32B, a guide\n\n"
        + "We explain how. It outperforms GPT-4o on Belebele.\n");
    assertEquals("Qwen3-32B", base.mainSubject());
  }

  @Test
  void powerRankingsYearsInReviewAndMailbagsHaveNoMainSubject() throws Exception {
    for (String title : List.of("AI Power Rankings, Week 47: Opus climbs, Grok slips",
        "Twelve months, six leaders: how Gemini 3 Pro lost the crown in 2026",
        "You asked: is Claude Opus 4.5 better than GPT-5.1 for a thesis?")) {
      DocumentReport r = runText(title + "\n\nIt outperforms GPT-4o on GPQA Diamond.\n");
      assertNull(r.mainSubject(), title);
    }
    DocumentReport de = runText("KI-Power-Ranking, KW 49: Gemini 3 Pro verteidigt die Spitze\n\n"
        + "Das Modell übertrifft GPT-4o bei GPQA Diamond.\n");
    assertNull(de.mainSubject());
  }

  @Test
  void aPlatformTheWeightsArePutOnIsNotTheMaker() throws Exception {
    DocumentReport r = runText("Cóndor-27B: así lo hicimos\n\n"
        + "Hoy publicamos Cóndor-27B con pesos abiertos en Hugging Face, bajo licencia Apache 2.0. "
        + "En nuestras pruebas, Cóndor-27B obtiene un 71,2 % en JurisCO-MC y supera a GPT-4o en "
        + "esa prueba, algo que no esperábamos al empezar este proyecto.\n");
    var by = claimIn(r, "En nuestras pruebas").claim().attribution();
    assertTrue(by == null || !"Hugging Face".equals(by.claimant()), String.valueOf(by));
  }

  @Test
  void aFasterVariantNamedLaterLeavesTheModelTheSubject() throws Exception {
    // "Grok 4.1 Fast" is a variant of Grok 4.1, not a member the article singles out.
    DocumentReport r = runText("Nordwind releases Aurora 4.1\n\n"
        + "Nordwind released Aurora 4.1 on Tuesday. The faster variant Aurora 4.1 Fast scores 100% "
        + "on tau2-bench. The model ranks first on EQ-Bench 3.\n");
    assertEquals("Aurora 4.1", r.mainSubject());
    assertEquals(List.of("rank Aurora 4.1"), subjects(r, "The model ranks"));
  }

  @Test
  void oneSizeOfAFamilyNamedLaterLeavesTheFamilyTheSubject() throws Exception {
    DocumentReport r = runText("Aurora 3 arrives in four sizes\n\n"
        + "Nordwind released Aurora 3 on Monday. Aurora 3 27B outperforms GPT-4o on GPQA Diamond. "
        + "It has a 128,000-token context window.\n");
    assertEquals("Aurora 3", r.mainSubject());
    assertEquals(List.of("fact Aurora 3"), subjects(r, "It has"));
  }

  @Test
  void aSpeakerGoneOnAsAPronounKeepsTheirFullName() throws Exception {
    DocumentReport en = runText("Nordwind ships Aurora-70B\n\n"
        + "Aurora-70B beats GPT-4o on GPQA Diamond, said Maren Holt, Nordwind's chief executive. "
        + "It scores 61.8% on GPQA Diamond, she says. "
        + "Aurora-70B outperforms GPT-4o on GPQA Diamond, Holt says.\n");
    assertEquals(List.of("Maren Holt"), claimants(en, "It scores"));
    assertEquals(List.of("Maren Holt"), claimants(en, "Aurora-70B outperforms"));
    DocumentReport fr = runText("Nordwind lance Aurora-70B\n\n"
        + "Aurora-70B dépasse GPT-4o sur GPQA Diamond, affirme Claire Vasseur, directrice de Nordwind. "
        + "Selon elle, Aurora-70B obtient 61,8 % sur GPQA Diamond.\n");
    assertEquals(List.of("Claire Vasseur"), claimants(fr, "Selon elle"));
    // With no person named before, a pronoun gives no claimant.
    DocumentReport none = runText("Nordwind ships Aurora-70B\n\n"
        + "It scores 61.8% on GPQA Diamond, she says.\n");
    assertEquals(java.util.Collections.singletonList(null), claimants(none, "It scores"));
  }

  private static List<String> claimants(DocumentReport r, String sentenceStart) {
    return r.sentences().stream()
        .filter(s -> s.sentence().text().startsWith(sentenceStart))
        .flatMap(s -> s.claims().stream())
        .map(c -> c.claim().attribution().claimant())
        .toList();
  }

  @Test
  void aMemberNamedOnlyLateInALongArticleLeavesTheTitlesModelTheSubject() throws Exception {
    StringBuilder text = new StringBuilder("Aurora3-Coder locally: really on par with GPT-4o?\n\n");
    for (int i = 1; i <= 10; i++) {
      text.append("Post ").append(i).append(": I tried the quantised build on my workstation.\n\n");
    }
    text.append("It scored 61.8% on GPQA Diamond in my run.\n\n"
        + "Does anyone know whether Aurora3-Coder-Next, due in December, keeps the licence?\n");
    DocumentReport r = runText(text.toString());
    assertEquals("Aurora3-Coder", r.mainSubject());
    assertEquals(List.of("score Aurora3-Coder"), subjects(r, "It scored"));
  }

  @Test
  void aPronounAfterAnOrganisationSpeakingIsTheModelTheSentenceOpensWith() throws Exception {
    DocumentReport en = runText("Weekly notes: Qwen2.5-Max and friends\n\n"
        + "Qwen2.5-Max tops LiveBench this week.\n\n"
        + "Nimbus-9B is out under Apache 2.0, and Cirrus Labs says it outperforms GPT-4o on "
        + "GPQA Diamond.\n");
    assertEquals("Qwen2.5-Max", en.mainSubject());
    assertEquals(List.of("compare Nimbus-9B"),
        subjects(en, "Nimbus-9B is out").stream().filter(s -> s.startsWith("compare")).toList());
    DocumentReport fr = runText("Notes de la semaine : Qwen2.5-Max\n\n"
        + "Qwen2.5-Max domine LiveBench cette semaine.\n\n"
        + "Nimbus-9B est disponible, et Cirrus Labs affirme qu’il dépasse GPT-4o sur GPQA "
        + "Diamond.\n");
    assertEquals(List.of("compare Nimbus-9B"),
        subjects(fr, "Nimbus-9B est").stream().filter(s -> s.startsWith("compare")).toList());
  }

  @Test
  void aVersionAndTheWordsAfterItAreAShortFormOfTheSeriesName() throws Exception {
    DocumentReport r = runText("Claude 3.5 Sonnet gets an upgrade\n\n"
        + "Anthropic says 3.5 Sonnet outperforms GPT-4o on GPQA Diamond.\n");
    Claim c = claimIn(r, "Anthropic says").claim();
    assertEquals("3.5 Sonnet", c.subject().text());
    assertEquals("claude-3.5-sonnet", c.subject().targets().get(0).id());
  }

  private static List<String> objects(DocumentReport r, String sentenceStart) {
    return r.sentences().stream()
        .filter(s -> s.sentence().text().startsWith(sentenceStart))
        .flatMap(s -> s.claims().stream())
        .flatMap(c -> c.claim().objects().stream().map(m -> m.text()))
        .toList();
  }

  @Test
  void theMainSubjectDescribedByItsVendorOrItsFamilyIsTheMainSubject() throws Exception {
    DocumentReport en = runText("Llama 3.1 405B goes open\n\n"
        + "Meta released Llama 3.1 in three sizes, and the largest model has 405 billion "
        + "parameters. Claude 3.5 Sonnet does better than the Meta model on GPQA Diamond. "
        + "GPT-4o does better than the Google model on GPQA Diamond.\n");
    assertEquals("Llama 3.1 405B", en.mainSubject());
    assertEquals(List.of("fact Llama 3.1 405B"), subjects(en, "Meta released"));
    assertEquals(List.of("Llama 3.1 405B"), objects(en, "Claude 3.5 Sonnet does"));
    assertEquals(List.of(), objects(en, "GPT-4o does"), "not Meta's: not the main subject");

    String title = "Llama 3.1 405B en accès libre\n\n";
    assertEquals(List.of("Llama 3.1 405B"), objects(runText(title
        + "Claude 3.5 Sonnet fait mieux que le modèle de Meta sur GPQA Diamond.\n"), "Claude"));
    assertEquals(List.of("Llama 3.1 405B"), objects(runText(title
        + "Bei GPQA Diamond schneidet Claude 3.5 Sonnet besser ab als das Meta-Modell.\n"),
        "Bei GPQA"));
    assertEquals(List.of("Llama 3.1 405B"), objects(runText(title
        + "Claude 3.5 Sonnet supera al modelo de Meta en GPQA Diamond.\n"), "Claude"));
  }

  @Test
  void theNewAndAWordOfTheMainSubjectsNameIsTheMainSubject() throws Exception {
    DocumentReport r = runText("Claude 3.5 Sonnet gets an upgrade\n\n"
        + "The new Sonnet scores 49.0% on GPQA Diamond, according to Anthropic.\n");
    assertEquals(List.of("score Claude 3.5 Sonnet"), subjects(r, "The new Sonnet"));
  }

  @Test
  void theModelAsACompetitorIsTheMainSubject() throws Exception {
    String[][] cases = {
        {"Qwen2.5-Max is here\n\nOn GPQA Diamond, GPT-4o outperforms the model.\n", "On GPQA"},
        {"Qwen2.5-Max est là\n\nSur GPQA Diamond, GPT-4o dépasse le modèle.\n", "Sur GPQA"},
        {"Qwen2.5-Max ist da\n\nBei GPQA Diamond hängt GPT-4o das Modell ab.\n", "Bei GPQA"},
        {"Qwen2.5-Max ya está aquí\n\nEn GPQA Diamond, GPT-4o supera al modelo.\n", "En GPQA"}};
    for (String[] c : cases) {
      DocumentReport r = runText(c[0]);
      assertEquals(List.of("compare GPT-4o"), subjects(r, c[1]), c[0]);
      assertEquals(List.of("Qwen2.5-Max"), objects(r, c[1]), c[0]);
    }
    DocumentReport self = runText("Qwen2.5-Max is here\n\nIt outperforms the model it replaces.\n");
    assertTrue(objects(self, "It outperforms").isEmpty(), "the subject is no competitor of itself");
  }

  @Test
  void aCapitalisedNameClosingAListOfCompetitorsIsOne() throws Exception {
    String[][] cases = {
        {"Qwen2.5-Max is here\n\nQwen2.5-Max beats GPT-4o and Meta's Polaris on GPQA "
            + "Diamond.\n", "Qwen2.5-Max beats"},
        {"Qwen2.5-Max est là\n\nQwen2.5-Max dépasse GPT-4o et Polaris sur GPQA Diamond.\n",
            "Qwen2.5-Max dépasse"},
        {"Qwen2.5-Max ist da\n\nQwen2.5-Max übertrifft GPT-4o und Polaris bei GPQA Diamond.\n",
            "Qwen2.5-Max übertrifft"},
        {"Qwen2.5-Max ya está aquí\n\nQwen2.5-Max supera a GPT-4o y Polaris en GPQA "
            + "Diamond.\n", "Qwen2.5-Max supera"}};
    for (String[] c : cases) {
      assertEquals(List.of("GPT-4o", "Polaris"), objects(runText(c[0]), c[1]), c[0]);
    }
    DocumentReport org = runText("Qwen2.5-Max is here\n\n"
        + "Qwen2.5-Max beats GPT-4o and Anthropic on GPQA Diamond.\n");
    assertEquals(List.of("GPT-4o"), objects(org, "Qwen2.5-Max beats"));
  }

  @Test
  void aNameLaunchedByAnOrganisationIsAModelAndOneLaunchedByAPronounIsNot() throws Exception {
    DocumentReport r = runText("Cirrus Labs unveils Polaris for edge devices\n\n"
        + "Polaris outperforms GPT-4o on GPQA Diamond.\n");
    assertEquals("Polaris", r.mainSubject());
    assertEquals(List.of("compare Polaris"), subjects(r, "Polaris outperforms"));
    DocumentReport he = runText("A side project\n\n"
        + "He released Vega on Monday. Vega outperforms GPT-4o on GPQA Diamond.\n");
    assertTrue(subjects(he, "Vega outperforms").stream().noneMatch(x -> x.contains("Vega")),
        subjects(he, "Vega outperforms").toString());
  }

  @Test
  void aNameAndATierWordIsTheSubject_andItsShortFormsToo() throws Exception {
    DocumentReport r = runText("Nordwind's Boreas Premier is its largest model yet\n\n"
        + "Nordwind made Boreas Premier available on Tuesday. "
        + "Premier accepts inputs of up to one million tokens. "
        + "The model outperforms GPT-4o on GPQA Diamond.\n");
    assertEquals("Boreas Premier", r.mainSubject());
    assertEquals(List.of("fact Premier"), subjects(r, "Premier accepts"));
    assertEquals(List.of("compare Boreas Premier"), subjects(r, "The model outperforms"));
  }

  @Test
  void aVersionAfterTheFullNameStandsForTheModel() throws Exception {
    DocumentReport r = runText("Nordwind-K7 reviewed\n\n"
        + "Nordwind released Nordwind-K7 on Monday. "
        + "K7 outperforms GPT-4o on GPQA Diamond, the company says.\n");
    assertEquals(List.of("compare K7"), subjects(r, "K7 outperforms"));
  }

  @Test
  void anOpenWeightPhraseQualifiesTheNameRightAfterIt() throws Exception {
    DocumentReport r = runText("Nordwind-9B is out\n\n"
        + "Nordwind-9B is not an open-weight model; the lab released its open-weight "
        + "Boreas-2B model a week earlier.\n");
    assertEquals(List.of("fact Nordwind-9B", "fact Boreas-2B"), subjects(r, "Nordwind-9B is not"));
  }

  @Test
  void aRoundUpOrAThreeWayComparisonHasNoMainSubject() throws Exception {
    assertNull(run("en/three-way-comparison.html", null).mainSubject());
    assertNull(runText("Three launches this week\n\n"
        + "Nordwind released Aurora-70B on Monday. Cirrus Labs shipped Nimbus-9B on Friday. "
        + "The model scores 81.2 on MMLU-Pro.\n").mainSubject());
    assertNull(runText("Trois lancements cette semaine\n\n"
        + "Nordwind a publié Aurora-70B lundi, et Cirrus Labs a lancé Nimbus-9B vendredi. "
        + "Le modèle obtient un score de 81,2 sur MMLU-Pro, selon l’entreprise.\n")
        .mainSubject());
    assertNull(runText("Drei neue Modelle in einer Woche\n\n"
        + "Nordwind hat am Montag Aurora-70B veröffentlicht, und Cirrus Labs hat Nimbus-9B "
        + "vorgestellt. Das Modell erreicht laut dem Unternehmen 81,2 Punkte bei MMLU-Pro.\n")
        .mainSubject());
    assertNull(runText("Aurora-70B vs Nimbus-9B vs GPT-4o: ¿qué modelo gana?\n\n"
        + "Según la empresa, el modelo Aurora-70B obtiene un 81,2 en MMLU-Pro y supera a "
        + "los demás modelos de la comparativa.\n").mainSubject());
    // Two names compared: the first is what the article is about.
    assertEquals("Aurora-70B", runText("Aurora-70B vs GPT-4o: where the new model wins\n\n"
        + "Nordwind released Aurora-70B on Monday.\n").mainSubject());
  }

  @Test
  void aProductNamedBesideAModelIsNotTheMainSubject() throws Exception {
    assertEquals("GPT-4.1", runText("ChatGPT gets a new brain: OpenAI ships GPT-4.1\n\n"
        + "OpenAI released GPT-4.1 on Monday. The model scores 54.6% on SWE-bench Verified.\n")
        .mainSubject());
  }

  /** "subject: kind = value" of every claim in the sentence starting with {@code start}. */
  private static List<String> subjectsIn(DocumentReport r, String start) {
    return r.sentences().stream().filter(s -> s.sentence().text().startsWith(start))
        .flatMap(s -> s.claims().stream()).map(c -> c.claim())
        .map(c -> c.subject().text() + ": " + c.kind().name().toLowerCase(java.util.Locale.ROOT)
            + (c.value() == null ? "" : " = " + c.value()))
        .sorted().toList();
  }

  @Test
  void roundUp_eachItemsReferencesAreTheModelItsHeadingNames() throws Exception {
    DocumentReport r = run("en/roundup-three-launches.txt", null);
    assertEquals(List.of("Quill-12B: compare", "Quill-12B: score = 71.2"),
        subjectsIn(r, "The company says the model beats"));
    assertEquals(List.of("Sable 24B: fact", "Sable 24B: fact = 2.4E10", "Sable 24B: score = 64.0"),
        subjectsIn(r, "The model scores 64.0"));
    assertEquals(List.of("Tern-3: score = 48.5"), subjectsIn(r, "It reaches 48.5"));
    // "Issue 41" numbers the newsletter; it names no model.
    assertNotEquals("Issue 41", r.mainSubject());

    DocumentReport fr = run("fr/tour-d-horizon.md", null);
    assertEquals(List.of("Quill-12B: score = 71.2"), subjectsIn(fr, "Le modèle obtient"));
    assertEquals(List.of("Sable 24B: compare", "Sable 24B: score = 64.0"),
        subjectsIn(fr, "Le modèle atteint"));
  }

  @Test
  void listItemsNamingAModelAreNoHeadings_theTextKeepsItsMainSubject() throws Exception {
    DocumentReport r = run("en/model-card-list.md", null);
    assertEquals("Quill-12B", r.mainSubject());
    assertEquals(List.of("Quill-12B: score = 71.2"), subjectsIn(r, "The model scores"));
  }

  @Test
  void weInTheMakersVoiceIsTheModel_notInANewsStory() throws Exception {
    DocumentReport r = run("en/maker-we-report.txt", null);
    assertEquals(List.of("Halcyon-14B: score = 91.4"), subjectsIn(r, "We get 91.4"));
    assertEquals(List.of("Halcyon-14B: compare"), subjectsIn(r, "On LiveCodeBench we trail"));
    assertEquals(List.of("Halcyon-14B: parity"), subjectsIn(r, "On Aider polyglot"));
    DocumentReport news = run("en/news-we-tested.txt", null);
    assertEquals(List.of(), subjectsIn(news, "We beat"));
    assertEquals(List.of(), subjectsIn(news, "On LiveCodeBench we trail"));
  }

  @Test
  void aProductNamedInPassingIsNotWhatAnUntitledArticleIsAbout() throws Exception {
    // "Trois ans après l'arrivée de ChatGPT": the product is named first, but the article is about
    // the model named after it, which "le modèle" then stands for.
    DocumentReport r = run("fr/tribune-chatgpt-en-passant.txt", null);
    assertEquals("Qwen2.5-Max", r.mainSubject());
    assertEquals("Qwen2.5-Max", claimIn(r, "Le modèle affichait").claim().subject().text());
  }
  @Test
  void anArticleAboutAReplacementIsAboutTheNewModel() throws Exception {
    DocumentReport fr = runText("Pourquoi nous avons remplacé GPT-5 par Claude Opus 4.5\n\n"
        + "Nous avons changé de modèle en octobre. C'est le meilleur modèle du marché.\n");
    assertEquals("Claude Opus 4.5", fr.mainSubject());
    DocumentReport en = runText("Why we moved from GPT-5.1 to Claude Opus 4.5\n\n"
        + "We switched in October. It beats GPT-5.1 on our tickets.\n");
    assertEquals("Claude Opus 4.5", en.mainSubject());
    // A title that says a model was made from its only model: the model is named further on.
    DocumentReport made = runText("Étude de cas : un modèle maison dérivé de Qwen3\n\n"
        + "Qwen3 était le bon point de départ. Ardente-S1 classe 94,1 % des dossiers sur ArdBench.\n");
    assertEquals("Ardente-S1", made.mainSubject());
  }

  @Test
  void aTranscriptsSpeakersAreNamedWithoutTitlesAndInFull() throws Exception {
    DocumentReport en = runText("Senate Select Committee hearing, Canberra, Wednesday 19 November "
        + "2025\n\nWitnesses: Dr Helen Marsh, Chief Executive Officer, Banksia Consortium; "
        + "Senators Moira Keating (Chair) and Daniel Okoro\n\n"
        + "Dr MARSH: Thank you, Chair. Banksia-72B was released in September. It is a dense model "
        + "with 72 billion parameters.\n\nSenator OKORO: Gemini 3 Pro scores above 90 per cent "
        + "on GPQA Diamond.\n\nDr MARSH: On AusLaw-QA, it scores 71 per cent.\n\n"
        + "Senator OKORO: And on coding?\n");
    assertEquals("Banksia-72B", en.mainSubject(), "a weekday and its date name no model");
    assertEquals("Helen Marsh",
        claimIn(en, "On AusLaw-QA").claim().attribution().claimant());
    assertEquals("Daniel Okoro",
        claimIn(en, "Gemini 3 Pro scores").claim().attribution().claimant());
    DocumentReport de = runText("Wortprotokoll der Anhörung\n\n"
        + "Vorsitzende Carola Brenninkmeyer: Ich eröffne die Sitzung.\n\n"
        + "Sachverständiger Dr. Emeka Okonkwo (Fraunhofer IAIS): DeepSeek-V3.2 liegt auf GPQA "
        + "Diamond bei 82,4 Prozent.\n\nVorsitzende Carola Brenninkmeyer: Danke.\n\n"
        + "Sachverständiger Dr. Emeka Okonkwo (Fraunhofer IAIS): Gern.\n\n"
        + "Sachverständiger Henrik Paulsen (Bitkom): Qwen3-235B-A22B liegt auf LiveBench bei "
        + "71,2 Prozent.\n");
    assertEquals("Emeka Okonkwo",
        claimIn(de, "DeepSeek-V3.2 liegt").claim().attribution().claimant());
    assertEquals("Henrik Paulsen", claimIn(de, "Qwen3-235B-A22B liegt").claim().attribution()
        .claimant(), "one who speaks once, with a role in brackets, speaks too");
  }

  @Test
  void aDatedDocumentNameIsNoModel() throws Exception {
    DocumentReport de = runText("Betreff: Auswahl Coding-Assistent 2026 – nur intern\n\n"
        + "Wir empfehlen Gemini 3 Pro. Bei LiveCodeBench Pro liegt das Modell ebenfalls vorn, dort "
        + "mit einem Elo-Wert von 2.439.\n");
    assertEquals("Gemini 3 Pro", claimIn(de, "Bei LiveCodeBench Pro").claim().subject().text());
    DocumentReport en = runText("Essay 2, submitted 12 November 2025\n\n"
        + "Benchmarks are not intelligence. It is the best model on HLE, says the vendor.\n");
    assertNotEquals("Essay 2", en.mainSubject());
  }
}
