package dev.claimcheck.check;

import static dev.claimcheck.check.Articles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.claim.Claim;
import dev.claimcheck.claim.ClaimKind;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryLoader;
import dev.claimcheck.report.ClaimReport;
import dev.claimcheck.report.DocumentReport;
import dev.claimcheck.report.SentenceReport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * German and Spanish articles through the whole pipeline: language, claim kinds, subjects (named
 * and referred to), competitor lists, benchmarks from the sentence or its neighbour, values with
 * a decimal comma, attribution, hedges and reversed comparisons, model facts (German "Billion"
 * and Spanish "billón" are 10^12); and sentences that must not become claims (prices, questions,
 * app-store rankings).
 */
class GermanSpanishArticlesTest {
  private static final Registry MINI = Articles.mini();
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private static DocumentReport run(String article) throws Exception {
    CheckOptions options = new CheckOptions(Optional.empty(), Optional.empty(), TODAY);
    return new DocumentChecker(MINI, options).check(article(article));
  }

  private static List<ClaimReport> claimsIn(DocumentReport r, String sentenceStart) {
    return r.sentences().stream()
        .filter(s -> s.sentence().text().startsWith(sentenceStart))
        .flatMap(s -> s.claims().stream())
        .toList();
  }

  /** The only claim of the sentence starting with {@code sentenceStart}. */
  private static Claim claim(DocumentReport r, String sentenceStart) {
    List<ClaimReport> claims = claimsIn(r, sentenceStart);
    assertEquals(1, claims.size(), "claims in sentence starting " + sentenceStart + ": "
        + claims.stream().map(c -> c.claim().kind() + " " + c.claim().cue()).toList());
    return claims.get(0).claim();
  }

  private static List<String> texts(List<Mention> mentions) {
    return mentions.stream().map(Mention::text).toList();
  }

  private static void noClaimIn(DocumentReport r, String fragment) {
    for (SentenceReport s : r.sentences()) {
      assertFalse(s.sentence().text().contains(fragment),
          "no claim expected in: " + s.sentence().text());
    }
  }

  // --- German -------------------------------------------------------------------------------

  @Test
  void german_launch_listReferenceAndAttribution() throws Exception {
    DocumentReport r = run("de/qwen-max-vorstellung.txt");
    assertEquals("de", r.language());
    assertEquals("Qwen2.5-Max", r.mainSubject());

    Claim list = claim(r, "Das Modell übertrifft");
    assertEquals(ClaimKind.COMPARE, list.kind());
    assertEquals("Qwen2.5-Max", list.subject().text());
    assertEquals("Das Modell", list.subjectReference());
    assertEquals(List.of("GPT-4o", "DeepSeek-V3", "Llama 3.1 405B"), texts(list.objects()));
    assertTrue(list.benchmarks().isEmpty());
    assertEquals("Alibaba", list.attribution().claimant(), "laut Alibaba");
    assertTrue(list.attribution().hedged());
    assertFalse(list.negated());
  }

  @Test
  void german_launch_benchmarksFromThePreviousSentence() throws Exception {
    DocumentReport r = run("de/qwen-max-vorstellung.txt");
    Claim c = claim(r, "Das Modell soll");
    assertEquals(ClaimKind.COMPARE, c.kind());
    assertEquals("Qwen2.5-Max", c.subject().text());
    assertEquals("Das Modell", c.subjectReference());
    assertEquals(List.of("Claude 3.5 Sonnet"), texts(c.objects()));
    assertEquals(List.of("LiveBench", "GPQA Diamond"), texts(c.benchmarks()));
    assertTrue(c.benchmarksFromContext());
    assertTrue(c.attribution().hedged(), "\"soll\" reports a claim");
    assertTrue(c.attribution().cues().contains("soll"));
    assertNull(c.attribution().claimant());
    assertEquals(2, claimsIn(r, "Das Modell soll").get(0).checks().size());
  }

  @Test
  void german_launch_scoreWithDecimalCommaAndReverse() throws Exception {
    DocumentReport r = run("de/qwen-max-vorstellung.txt");
    Claim score = claim(r, "Qwen2.5-Max erreicht");
    assertEquals(ClaimKind.SCORE, score.kind());
    assertEquals("Qwen2.5-Max", score.subject().text());
    assertNull(score.subjectReference());
    assertEquals(62.3, score.value());
    assertEquals(List.of("LiveBench"), texts(score.benchmarks()));
    assertFalse(score.benchmarksFromContext());
    assertEquals("Alibaba", score.attribution().claimant(), "nach Angaben des Herstellers");
    assertTrue(score.attribution().hedged());

    Claim behind = claim(r, "Das Modell liegt bei Arena-Hard");
    assertEquals(ClaimKind.COMPARE, behind.kind());
    assertTrue(behind.negated(), "\"liegt hinter\": the subject is the loser");
    assertEquals("Qwen2.5-Max", behind.subject().text());
    assertEquals("Das Modell", behind.subjectReference());
    assertEquals(List.of("Claude 3.5 Sonnet"), texts(behind.objects()));
    assertEquals(List.of("Arena-Hard"), texts(behind.benchmarks()));
    assertFalse(behind.attribution().hedged());
  }

  @Test
  void german_launch_negativesProduceNoClaims() throws Exception {
    DocumentReport r = run("de/qwen-max-vorstellung.txt");
    noClaimIn(r, "2,19 Dollar");
    noClaimIn(r, "App Store");
    noClaimIn(r, "Kann Qwen2.5-Max");
    noClaimIn(r, "vorgestellt");
    noClaimIn(r, "Getestet wurde");
    assertEquals(4, r.sentences().size());
  }

  @Test
  void german_comparison_auxiliaryBracketsAndDative() throws Exception {
    DocumentReport r = run("de/deepseek-v3-vergleich.txt");
    assertEquals("de", r.language());
    assertEquals("DeepSeek-V3", r.mainSubject());

    Claim perfect = claim(r, "DeepSeek-V3 hat nicht nur");
    assertEquals(ClaimKind.COMPARE, perfect.kind(), "\"hat ... übertroffen\"");
    assertEquals("DeepSeek-V3", perfect.subject().text());
    assertEquals(List.of("Llama 3.1 405B", "GPT-4o"), texts(perfect.objects()),
        "\"nicht nur X, sondern auch Y\" lists both");
    assertEquals(List.of("LiveCodeBench"), texts(perfect.benchmarks()));
    assertFalse(perfect.negated(), "\"nicht nur\" is not a negation");

    Claim clauseEnd = claim(r, "DeepSeek-V3 schlägt Claude");
    assertEquals(ClaimKind.COMPARE, clauseEnd.kind());
    assertTrue(clauseEnd.negated(), "\"nicht\" at the end of the clause");
    assertEquals(List.of("Claude 3.5 Sonnet"), texts(clauseEnd.objects()));
    assertEquals(List.of("Arena-Hard"), texts(clauseEnd.benchmarks()));

    Claim dative = claim(r, "DeepSeek-V3 sei GPT-4o");
    assertEquals(ClaimKind.COMPARE, dative.kind(), "\"ist X überlegen\"");
    assertEquals("DeepSeek-V3", dative.subject().text());
    assertEquals(List.of("GPT-4o"), texts(dative.objects()));
    assertEquals(List.of("Arena-Hard"), texts(dative.benchmarks()));
    assertEquals("DeepSeek", dative.attribution().claimant(), "erklärt das Unternehmen");
    assertTrue(dative.attribution().hedged(), "Konjunktiv I \"sei\"");

    Claim context = claim(r, "Das Modell schneidet");
    assertEquals(ClaimKind.COMPARE, context.kind());
    assertEquals("Das Modell", context.subjectReference());
    assertEquals(List.of("GPT-4o", "Claude 3.5 Sonnet"), texts(context.objects()));
    assertEquals(List.of("LiveBench", "Arena-Hard", "LiveCodeBench"), texts(context.benchmarks()));
    assertTrue(context.benchmarksFromContext());

    Claim beaten = claim(r, "DeepSeek-V3 muss sich");
    assertEquals(ClaimKind.COMPARE, beaten.kind());
    assertTrue(beaten.negated(), "\"muss sich ... geschlagen geben\": the subject loses");
    assertEquals("DeepSeek-V3", beaten.subject().text());
    assertEquals(List.of("Qwen2.5-Max"), texts(beaten.objects()));
    assertEquals(List.of("LiveBench"), texts(beaten.benchmarks()));
  }

  @Test
  void german_comparison_parityScoreRankSuperlativeVague() throws Exception {
    DocumentReport r = run("de/deepseek-v3-vergleich.txt");

    Claim best = claim(r, "DeepSeek-V3 ist nach Angaben");
    assertEquals(ClaimKind.SUPERLATIVE, best.kind());
    assertEquals("DeepSeek-V3", best.subject().text());
    assertEquals("DeepSeek", best.attribution().claimant(), "nach Angaben des Unternehmens");
    assertTrue(best.attribution().hedged());

    Claim parity = claim(r, "DeepSeek-V3 liegt auf GPQA Diamond gleichauf");
    assertEquals(ClaimKind.PARITY, parity.kind());
    assertEquals(List.of("GPT-4o"), texts(parity.objects()));
    assertEquals(List.of("GPQA Diamond"), texts(parity.benchmarks()));

    Claim score = claim(r, "DeepSeek-V3 erzielt");
    assertEquals(ClaimKind.SCORE, score.kind());
    assertEquals(59.1, score.value(), "einen Wert von 59,1 Prozent");
    assertEquals(List.of("GPQA Diamond"), texts(score.benchmarks()));

    Claim rank = claim(r, "DeepSeek-V3 belegt");
    assertEquals(ClaimKind.RANK, rank.kind(), "\"Platz 1 auf LiveBench\" is a rank, not a score of 1");
    assertEquals("DeepSeek-V3", rank.subject().text());
    assertEquals(List.of("LiveBench"), texts(rank.benchmarks()));

    Claim vague = claim(r, "DeepSeek-V3 schlägt seine Konkurrenten");
    assertEquals(ClaimKind.VAGUE, vague.kind(), "auf ganzer Linie, seine Konkurrenten");
    assertTrue(vague.objects().isEmpty());
    assertTrue(vague.benchmarks().isEmpty());
    assertEquals("DeepSeek", vague.attribution().claimant(), "behauptet DeepSeek");
    assertTrue(vague.attribution().hedged());
  }

  @Test
  void german_comparison_negativesProduceNoClaims() throws Exception {
    DocumentReport r = run("de/deepseek-v3-vergleich.txt");
    noClaimIn(r, "Millionen Dollar");
    noClaimIn(r, "Ist DeepSeek-V3 damit");
    noClaimIn(r, "veröffentlicht");
    Claim open = claim(r, "DeepSeek-V3 im Vergleich");
    assertEquals(ClaimKind.FACT, open.kind(), "\"das offene Modell\" in the headline");
    assertEquals("open_weights", open.fact());
    assertTrue(claimsIn(r, "DeepSeek-V3 belegt").stream()
        .noneMatch(c -> c.claim().kind() == ClaimKind.FACT), "\"unter den offenen Modellen\": a class");
    assertEquals(11, r.sentences().size());
  }

  /** The fact claims of the sentence starting with {@code sentenceStart}, by fact type. */
  private static Claim fact(DocumentReport r, String sentenceStart, String type) {
    List<Claim> facts = claimsIn(r, sentenceStart).stream().map(ClaimReport::claim)
        .filter(c -> c.kind() == ClaimKind.FACT && type.equals(c.fact())).toList();
    assertEquals(1, facts.size(), type + " in sentence starting " + sentenceStart);
    return facts.get(0);
  }

  @Test
  void german_factSheet_everyFactType() throws Exception {
    DocumentReport r = run("de/deepseek-v3-steckbrief.txt");
    assertEquals("de", r.language());
    assertEquals("DeepSeek-V3", r.mainSubject());

    Claim moe = fact(r, "DeepSeek-V3 ist ein Mixture", "architecture");
    assertEquals("DeepSeek-V3", moe.subject().text());
    assertEquals("moe", moe.stated().get(0).value());
    Claim params = fact(r, "DeepSeek-V3 ist ein Mixture", "parameters");
    assertEquals(List.of(671e9, 37e9), params.stated().stream().map(s -> s.number()).toList(),
        "\"671 Milliarden\", \"37 Mrd.\"");
    assertEquals("parameters_active", params.stated().get(1).registryKey(),
        "\"von denen pro Token 37 Mrd. aktiv sind\"");

    Claim tokens = fact(r, "Trainiert wurde es", "training_tokens");
    assertEquals("DeepSeek-V3", tokens.subject().text());
    assertEquals(14.8e12, tokens.stated().get(0).number(), 1, "eine Billion is 10^12");

    assertEquals(128e3, fact(r, "Das Kontextfenster", "context_length").stated().get(0).number(),
        1);
    Claim weights = fact(r, "Die Gewichte", "open_weights");
    assertEquals("DeepSeek-V3", weights.subject().text());
    assertFalse(weights.negated());
    assertEquals("MIT", fact(r, "Die Gewichte", "license").stated().get(0).value());

    Claim closed = fact(r, "Qwen2.5-Max ist dagegen", "open_weights");
    assertEquals("Qwen2.5-Max", closed.subject().text());
    assertTrue(closed.negated(), "\"kein offenes Modell\"");
    Claim dense = fact(r, "Llama 3.1 405B ist", "architecture");
    assertEquals("Llama 3.1 405B", dense.subject().text());
    assertEquals("dense", dense.stated().get(0).value());

    noClaimIn(r, "Dollar pro Million Token");
  }

  @Test
  void german_factSheet_invertedSubjectsAndSeparableVerbs() throws Exception {
    DocumentReport r = run("de/deepseek-v3-steckbrief.txt");

    Claim parity = claim(r, "Bei GPQA Diamond liegt es");
    assertEquals(ClaimKind.PARITY, parity.kind(), "\"liegt es mit X gleichauf\"");
    assertEquals("DeepSeek-V3", parity.subject().text());
    assertEquals(List.of("GPT-4o"), texts(parity.objects()));
    assertEquals(List.of("GPQA Diamond"), texts(parity.benchmarks()));

    Claim ahead = claim(r, "Auf LiveBench liegt DeepSeek-V3");
    assertEquals(ClaimKind.COMPARE, ahead.kind(), "the subject after the verb");
    assertEquals("DeepSeek-V3", ahead.subject().text());
    assertEquals(List.of("Claude 3.5 Sonnet"), texts(ahead.objects()));
    assertFalse(ahead.negated());

    Claim score = claim(r, "Bei LiveCodeBench kommt das Modell");
    assertEquals(ClaimKind.SCORE, score.kind(), "\"kommt das Modell auf 40,5 Prozent\"");
    assertEquals("DeepSeek-V3", score.subject().text());
    assertEquals(40.5, score.value());

    Claim notLevel = claim(r, "Auf Arena-Hard kommt es");
    assertEquals(ClaimKind.PARITY, notLevel.kind(), "\"kommt nicht an X heran\"");
    assertTrue(notLevel.negated());
    assertEquals(List.of("Qwen2.5-Max"), texts(notLevel.objects()));
    assertEquals(List.of("Arena-Hard"), texts(notLevel.benchmarks()));
  }

  // --- Spanish ------------------------------------------------------------------------------

  @Test
  void spanish_launch_listReferenceAndAttribution() throws Exception {
    DocumentReport r = run("es/qwen-max-lanzamiento.txt");
    assertEquals("es", r.language());
    assertEquals("Qwen2.5-Max", r.mainSubject());

    Claim list = claim(r, "Según la empresa");
    assertEquals(ClaimKind.COMPARE, list.kind());
    assertEquals("Qwen2.5-Max", list.subject().text());
    assertEquals("el modelo", list.subjectReference());
    assertEquals(List.of("GPT-4o", "DeepSeek-V3", "Llama 3.1 405B"), texts(list.objects()));
    assertTrue(list.benchmarks().isEmpty());
    assertEquals("Alibaba", list.attribution().claimant(), "según la empresa");
    assertTrue(list.attribution().hedged());
    assertFalse(list.negated());
  }

  @Test
  void spanish_launch_conditionalAndBenchmarksFromThePreviousSentence() throws Exception {
    DocumentReport r = run("es/qwen-max-lanzamiento.txt");
    Claim c = claim(r, "En ambas pruebas");
    assertEquals(ClaimKind.COMPARE, c.kind());
    assertEquals("Qwen2.5-Max", c.subject().text());
    assertEquals("el modelo", c.subjectReference());
    assertEquals(List.of("Claude 3.5 Sonnet"), texts(c.objects()));
    assertEquals(List.of("LiveBench", "GPQA Diamond"), texts(c.benchmarks()));
    assertTrue(c.benchmarksFromContext());
    assertTrue(c.attribution().hedged(), "conditional mood is a hedge");
    assertTrue(c.attribution().cues().contains("superaría"));
    assertNull(c.attribution().claimant());
  }

  @Test
  void spanish_launch_scoreWithDecimalCommaAndReverse() throws Exception {
    DocumentReport r = run("es/qwen-max-lanzamiento.txt");
    Claim score = claim(r, "Qwen2.5-Max obtiene");
    assertEquals(ClaimKind.SCORE, score.kind());
    assertEquals("Qwen2.5-Max", score.subject().text());
    assertEquals(62.3, score.value());
    assertEquals(List.of("LiveBench"), texts(score.benchmarks()));
    assertEquals("Alibaba", score.attribution().claimant(), "afirma la compañía");
    assertTrue(score.attribution().hedged());

    Claim behind = claim(r, "En Arena-Hard, sin embargo");
    assertEquals(ClaimKind.COMPARE, behind.kind());
    assertTrue(behind.negated(), "\"queda por detrás de\": the subject is the loser");
    assertEquals("Qwen2.5-Max", behind.subject().text());
    assertEquals("el modelo", behind.subjectReference());
    assertEquals(List.of("Claude 3.5 Sonnet"), texts(behind.objects()));
    assertEquals(List.of("Arena-Hard"), texts(behind.benchmarks()));
    assertFalse(behind.attribution().hedged());
  }

  @Test
  void spanish_launch_negativesProduceNoClaims() throws Exception {
    DocumentReport r = run("es/qwen-max-lanzamiento.txt");
    noClaimIn(r, "2,19 dólares");
    noClaimIn(r, "App Store");
    noClaimIn(r, "¿Podrá");
    noClaimIn(r, "ha presentado");
    assertEquals(4, r.sentences().size());
  }

  @Test
  void spanish_comparison_kindsSubjectsAndBenchmarks() throws Exception {
    DocumentReport r = run("es/deepseek-v3-comparativa.txt");
    assertEquals("es", r.language());
    assertEquals("DeepSeek-V3", r.mainSubject());

    Claim best = claim(r, "La startup china");
    assertEquals(ClaimKind.SUPERLATIVE, best.kind());
    assertEquals("DeepSeek-V3", best.subject().text());
    assertEquals("DeepSeek", best.attribution().claimant(), "según la compañía");
    assertTrue(best.attribution().hedged());

    Claim context = claim(r, "En todas ellas");
    assertEquals(ClaimKind.COMPARE, context.kind());
    assertEquals("el modelo", context.subjectReference());
    assertEquals(List.of("GPT-4o", "Claude 3.5 Sonnet"), texts(context.objects()));
    assertEquals(List.of("LiveBench", "Arena-Hard", "LiveCodeBench"), texts(context.benchmarks()));
    assertTrue(context.benchmarksFromContext());

    Claim perfect = claim(r, "DeepSeek-V3 no solo");
    assertEquals(ClaimKind.COMPARE, perfect.kind());
    assertEquals("no solo ha superado", perfect.cue());
    assertFalse(perfect.negated(), "\"no solo\" is not a negation");
    assertEquals(List.of("Llama 3.1 405B", "GPT-4o"), texts(perfect.objects()),
        "\"a X, sino también a Y\" lists both");
    assertEquals(List.of("LiveCodeBench"), texts(perfect.benchmarks()));

    Claim parity = claim(r, "En GPQA Diamond, DeepSeek-V3");
    assertEquals(ClaimKind.PARITY, parity.kind());
    assertEquals("DeepSeek-V3", parity.subject().text());
    assertEquals(List.of("GPT-4o"), texts(parity.objects()));
    assertEquals(List.of("GPQA Diamond"), texts(parity.benchmarks()));

    Claim score = claim(r, "DeepSeek-V3 alcanza");
    assertEquals(ClaimKind.SCORE, score.kind());
    assertEquals(59.1, score.value(), "una puntuación de 59,1 %");

    Claim worse = claim(r, "En LiveBench, en cambio");
    assertEquals(ClaimKind.COMPARE, worse.kind());
    assertTrue(worse.negated(), "\"rinde peor que\"");
    assertEquals("DeepSeek-V3", worse.subject().text());
    assertEquals(List.of("Qwen2.5-Max"), texts(worse.objects()));
    assertEquals(List.of("LiveBench"), texts(worse.benchmarks()));

    Claim rank = claim(r, "DeepSeek-V3 ocupa");
    assertEquals(ClaimKind.RANK, rank.kind());
    assertEquals(List.of("LiveBench"), texts(rank.benchmarks()));

    Claim vague = claim(r, "Según DeepSeek");
    assertEquals(ClaimKind.VAGUE, vague.kind(), "sus rivales, en casi todos los frentes");
    assertEquals("el modelo", vague.subjectReference());
    assertEquals("DeepSeek", vague.attribution().claimant());
  }

  @Test
  void spanish_comparison_negativesProduceNoClaims() throws Exception {
    DocumentReport r = run("es/deepseek-v3-comparativa.txt");
    noClaimIn(r, "millones de dólares");
    noClaimIn(r, "¿Es DeepSeek-V3");
    noClaimIn(r, "se mide en");
    Claim open = claim(r, "DeepSeek-V3 frente a GPT-4o");
    assertEquals(ClaimKind.FACT, open.kind(), "\"el modelo abierto\" in the headline");
    assertEquals("open_weights", open.fact());
    assertTrue(claimsIn(r, "DeepSeek-V3 ocupa").stream()
        .noneMatch(c -> c.claim().kind() == ClaimKind.FACT), "\"entre los modelos abiertos\": a class");
    assertEquals(9, r.sentences().size());
  }

  @Test
  void spanish_factSheet_everyFactType() throws Exception {
    DocumentReport r = run("es/deepseek-v3-ficha.txt");
    assertEquals("es", r.language());
    assertEquals("DeepSeek-V3", r.mainSubject());

    assertEquals("moe", fact(r, "DeepSeek-V3 es un modelo", "architecture").stated().get(0).value());
    Claim params = fact(r, "DeepSeek-V3 es un modelo", "parameters");
    assertEquals(List.of(671e9, 37e9), params.stated().stream().map(s -> s.number()).toList(),
        "\"671.000 millones\", \"37.000 millones\"");
    assertEquals("parameters_active", params.stated().get(1).registryKey());

    Claim tokens = fact(r, "Fue entrenado", "training_tokens");
    assertEquals("DeepSeek-V3", tokens.subject().text(), "no subject written: the article's");
    assertEquals(14.8e12, tokens.stated().get(0).number(), 1, "un billón es 10^12");

    Claim context = fact(r, "Su ventana", "context_length");
    assertEquals("Su", context.subjectReference());
    assertEquals(128e3, context.stated().get(0).number(), 1);

    Claim weights = fact(r, "Los pesos", "open_weights");
    assertEquals("DeepSeek-V3", weights.subject().text());
    assertEquals("MIT", fact(r, "Los pesos", "license").stated().get(0).value());

    Claim closed = fact(r, "Qwen2.5-Max, en cambio", "open_weights");
    assertEquals("Qwen2.5-Max", closed.subject().text());
    assertTrue(closed.negated(), "\"no es de código abierto\"");
    assertEquals("dense", fact(r, "Llama 3.1 405B es", "architecture").stated().get(0).value());

    noClaimIn(r, "dólares por millón de tokens");
  }

  @Test
  void spanish_factSheet_parityAndNegatedParity() throws Exception {
    DocumentReport r = run("es/deepseek-v3-ficha.txt");

    Claim parity = claim(r, "En GPQA Diamond, DeepSeek-V3 compite");
    assertEquals(ClaimKind.PARITY, parity.kind(), "\"compite con\"");
    assertEquals(List.of("GPT-4o"), texts(parity.objects()));
    assertEquals(List.of("GPQA Diamond"), texts(parity.benchmarks()));

    List<ClaimReport> liveBench = claimsIn(r, "En LiveBench logra");
    Claim above = liveBench.stream().map(ClaimReport::claim)
        .filter(c -> c.kind() == ClaimKind.COMPARE).findFirst().orElseThrow();
    Claim score = liveBench.stream().map(ClaimReport::claim)
        .filter(c -> c.kind() == ClaimKind.SCORE).findFirst().orElseThrow();
    assertEquals(40.5, score.value(), "\"logra 40,5 puntos\", no subject written");
    assertEquals("DeepSeek-V3", score.subject().text());
    assertEquals("DeepSeek-V3", above.subject().text(), "no subject written: the article's");
    assertEquals(List.of("Claude 3.5 Sonnet"), texts(above.objects()));

    Claim notLevel = claim(r, "Eso sí");
    assertEquals(ClaimKind.PARITY, notLevel.kind(), "\"a X no le llega\"");
    assertTrue(notLevel.negated());
    assertEquals(List.of("Qwen2.5-Max"), texts(notLevel.objects()));
    assertEquals(List.of("Arena-Hard"), texts(notLevel.benchmarks()));
  }

  @Test
  void spanish_competitorInTheTitle_isNeverTheArticlesSubject() throws Exception {
    // The bundled registry: there "DeepSeek" alone is declared ambiguous (vendor and models).
    CheckOptions options = new CheckOptions(Optional.empty(), Optional.empty(), TODAY);
    DocumentReport r = new DocumentChecker(new RegistryLoader().loadBundled(), options)
        .check(article("es/deepseek-v3-titular-competidor.txt"));
    assertEquals("V3", r.mainSubject(), "GPT-4o is what V3 competes with");

    Claim score = claim(r, "En MMLU-Pro obtiene");
    assertEquals(ClaimKind.SCORE, score.kind());
    assertEquals("V3", score.subject().text());
    assertEquals(List.of("deepseek-v3"),
        score.subject().targets().stream().map(t -> t.id()).toList(),
        "« DeepSeek presenta V3 »: V3 read with its vendor's name");
    assertEquals(75.9, score.value());

    List<ClaimReport> behind = claimsIn(r, "No obstante");
    assertTrue(behind.stream().anyMatch(c -> c.claim().kind() == ClaimKind.COMPARE
        && c.claim().subject().text().equals("V3")
        && texts(c.claim().objects()).equals(List.of("GPT-4o")) && c.claim().negated()),
        "« el modelo queda por detrás de GPT-4o »");
  }
}
