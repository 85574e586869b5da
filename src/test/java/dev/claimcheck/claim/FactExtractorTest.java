package dev.claimcheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.segment.Paragraph;
import dev.claimcheck.segment.Segmenter;
import dev.claimcheck.segment.Sentence;
import dev.claimcheck.text.Span;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fact claims read from English, French, German and Spanish sentences, with the bundled registry's
 * names.
 */
class FactExtractorTest {
  private static final Map<String, Lexicon> LEXICONS = Bundled.LEXICONS;
  private static final EntityRecognizer RECOGNIZER = Bundled.RECOGNIZER;


  /**
   * The fact claims of a text whose first line is its title; the main subject is the first model
   * the title names.
   */
  static List<Claim> facts(String lang, String text) {
    Lexicon lexicon = LEXICONS.get(lang);
    ClaimExtractor analyser = new ClaimExtractor(lexicon, RECOGNIZER, List.of("Alibaba", "Meta"));
    FactExtractor x = new FactExtractor(lexicon, analyser, List.of("Alibaba", "Meta", "DeepSeek"));
    List<Paragraph> paragraphs = new Segmenter(lexicon.abbreviations()).segment(text);
    String title = text.lines().findFirst().orElse("");
    Mention main = analyser.analyse(text, new Sentence(-1, -1, new Span(0, title.length()), title))
        .mentions().stream().filter(Found::isModel).map(Found::mention).findFirst().orElse(null);
    return x.extract(text, paragraphs, main, "Alibaba");
  }

  /** The one claim of {@code type} in the sentence starting with {@code start}. */
  static Claim only(List<Claim> claims, String start, String type) {
    List<Claim> found = claims.stream()
        .filter(c -> c.sentence().text().startsWith(start) && c.fact().equals(type)).toList();
    assertEquals(1, found.size(), type + " in \"" + start + "\": " + describe(claims));
    return found.get(0);
  }

  static String describe(List<Claim> claims) {
    return claims.stream().map(c -> c.fact() + " " + c.subject().text() + " " + c.stated()
        + (c.negated() ? " NOT" : "")).collect(Collectors.joining("; "));
  }

  private static StatedFact value(Claim c) {
    assertEquals(1, c.stated().size(), c.stated().toString());
    return c.stated().get(0);
  }

  @Test
  void aFactPhraseListedAfterModelsIsNoFactOfTheLastOne() {
    List<Claim> claims = facts("en", """
        This week: Grok 4, Kimi K2 and a million-token context window

        Kimi K2 has a 128K context window.
        """);
    assertTrue(claims.stream().noneMatch(c -> c.sentence().text().startsWith("This week")),
        describe(claims));
    assertEquals(128_000.0, only(claims, "Kimi K2 has", "context_length").value());
  }

  @Test
  void aLaterClauseWithAModelAndItsOwnValueSharesTheFactPhrase() {
    List<Claim> claims = facts("en", """
        Long context, compared

        Gemini 2.5 Pro accepts a million tokens of context; Opus 4 tops out at 200,000, and that decided it.

        Gemma 3 27B supports a context window of 128,000 tokens, while Gemma 3 1B is limited to 32,000 tokens.

        Gemma 3 27B has a 128K context window, Gemini 2.5 Pro scores 1338.

        Gemini 2.5 Pro accepts a million tokens of context; Opus 4 does not reach 200,000.
        """);
    List<String> got = claims.stream().map(c -> c.subject().text() + "=" + c.value()).toList();
    assertTrue(got.contains("Opus 4=200000.0"), describe(claims));
    assertTrue(got.contains("Gemma 3 1B=32000.0"), describe(claims));
    assertEquals(1, claims.stream().filter(c -> c.sentence().text().startsWith("Gemma 3 27B has"))
        .count(), describe(claims));
    assertEquals(1, claims.stream().filter(c -> c.sentence().text().endsWith("reach 200,000."))
        .count(), describe(claims));
    List<Claim> german = facts("de", """
        Offene Modelle im Vergleich

        Gemma 3 hat 128k Kontext, Mistral Small 3.1 ebenfalls 128k.
        """);
    assertTrue(german.stream().anyMatch(c -> c.subject().text().equals("Mistral Small 3.1")
        && c.value() == 128_000.0), describe(german));
  }

  @Test
  void aFactTheClauseCallsAPlanIsNoFact() {
    List<Claim> claims = facts("en", """
        Kimi K2 gets an update

        Moonshot says a K2 update with a 256K context window is planned for the autumn.
        Kimi K2 has a 128K context window.
        """);
    assertTrue(claims.stream().noneMatch(c -> c.sentence().text().startsWith("Moonshot says")),
        describe(claims));
    assertEquals(128_000.0, only(claims, "Kimi K2 has", "context_length").value());
  }

  @Test
  void frenchQueAfterAVerbIsNoComparison() {
    List<Claim> claims = facts("fr", """
        Qwen3 en entreprise

        Et ne pas oublier que Qwen3 est sous Apache 2.0, ça change tout pour nous.
        """);
    assertEquals("Qwen3", only(claims, "Et ne pas", "license").subject().text());
    List<Claim> compared = facts("fr", """
        Qwen3 en entreprise

        Plus rapide que Llama 4 Maverick et sous licence Apache 2.0, il change tout.
        """);
    assertTrue(compared.stream().noneMatch(c -> c.subject().text().equals("Llama 4 Maverick")),
        describe(compared));
  }

  @Test
  void aFineTuningDataLabelGivesTheTrainingTokensOfTheMainSubject() {
    assertEquals(40e9, only(facts("de", """
        Nordwind-9B-Instruct

        Feintuning-Daten: rund 40 Mrd. Token deutschsprachiger Instruktionsdaten
        """), "Feintuning", "training_tokens").value());
    assertEquals(2.3e9, only(facts("es", """
        Nordwind-9B-Instruct

        Datos de ajuste: 2.300 millones de tokens de instrucciones en español.
        """), "Datos de ajuste", "training_tokens").value());
  }

  @Test
  void aHedgeBetweenCommasDoesNotHideATrainingTokenCount() {
    assertEquals(15.5e12, only(facts("en", """
        Nordwind-9B explained

        And it was trained on, I think, 15.5 trillion tokens, which is a lot.
        """), "And it was", "training_tokens").value());
  }

  @Test
  void everyItemOfAFactListOpeningTheSentenceIsAboutTheMainSubject() {
    List<Claim> claims = facts("en", """
        Nordwind-9B first impressions

        Basics: 671B total params, 37B active, MoE.

        Continued pretraining on an extra 840B tokens, context bumped to 128K.
        """);
    assertEquals("Nordwind-9B", only(claims, "Basics", "architecture").subject().text());
    assertEquals(128_000.0, only(claims, "Continued", "context_length").value());
  }

  @Test
  void aFactAfterAClauseWithAVerbIsNoItemOfTheOpeningList() {
    List<Claim> claims = facts("en", """
        Nordwind-9B first impressions

        Trained on 9T tokens, and frankly most labs now ship MoE.
        """);
    assertTrue(claims.stream().noneMatch(c -> c.fact().equals("architecture")), describe(claims));
  }

  @Test
  void downloadableWeightsAreOpenWeights() {
    assertEquals("DeepSeek-R1", only(facts("en", """
        DeepSeek-R1 and Qwen3

        Sure, but DeepSeek-R1 is also downloadable, and it is cheaper.
        """), "Sure, but", "open_weights").subject().text());
    assertEquals("DeepSeek R1", only(facts("fr", """
        DeepSeek R1

        DeepSeek R1 est un modèle sous licence MIT dont tout le monde peut télécharger les poids.
        """), "DeepSeek R1 est", "open_weights").subject().text());
    assertEquals("Qwen3", only(facts("es", """
        Qwen3, el modelo chino que se descarga gratis

        Qwen3 es rápido.
        """), "Qwen3, el modelo", "open_weights").subject().text());
  }

  @Test
  void aFactPhraseInQuotesIsTheTermNotAFact() {
    List<Claim> claims = facts("en", """
        Llama 4 Maverick: what "open weights" really means, and how the big releases compare

        Llama 4 Maverick is open-weight, and its weights are on Hugging Face.
        """);
    assertTrue(claims.stream().noneMatch(c -> c.sentence().text().startsWith("Llama 4 Maverick:")),
        describe(claims));
    assertEquals("open_weights", only(claims, "Llama 4 Maverick is", "open_weights").fact());
    List<Claim> german = facts("de", """
        Gemma 3 27B im Test

        Was bedeutet „offene Gewichte“ eigentlich?
        """);
    assertTrue(german.isEmpty(), describe(german));
  }

  @Test
  void aSizeBoundingAClassOfModelsIsNoParameterCount() {
    List<Claim> claims = facts("de", """
        Falkenstein-24B im Test

        Im Ranking steht Falkenstein-24B auf Platz 1 der Modelle bis 30 Milliarden Parameter.
        """);
    assertTrue(claims.isEmpty(), describe(claims));
    List<Claim> english = facts("en", """
        Qwen3-32B review

        Qwen3-32B tops the ranking of models under 40B parameters.
        """);
    assertTrue(english.isEmpty(), describe(english));
  }

  // ---------------------------------------------------------------- the seed article

  @Test
  void seed_frenchSentences() {
    String text = """
        Alibaba dévoile Qwen 2.5 : le modèle IA qui défie DeepSeek et ChatGPT

        Contrairement à certaines craintes, Qwen 2.5 est bien un modèle open source, du moins pour certaines de ses variantes. Alibaba a rendu plusieurs versions disponibles sous licence Apache 2.0. Toutefois, les modèles 3B et 72B paramètres ne sont pas ouverts au public.

        D’un point de vue technique, Qwen 2.5 utilise une architecture Mixture-of-Experts (MoE). Cette conception innovante active uniquement les parties du réseau neuronal.

        Le modèle a été pré-entraîné sur plus de 20 000 milliards de tokens, puis affiné grâce au Supervised Fine-Tuning (SFT).
        """;
    List<Claim> claims = facts("fr", text);

    Claim moe = only(claims, "D’un point de vue", "architecture");
    assertEquals("Qwen 2.5", moe.subject().text());
    assertEquals("moe", value(moe).value());
    assertFalse(moe.negated());

    Claim tokens = only(claims, "Le modèle a été", "training_tokens");
    assertEquals("Qwen 2.5", tokens.subject().text());
    assertEquals("Le modèle", tokens.subjectReference());
    assertEquals(2e13, value(tokens).number(), 1);
    assertEquals(StatedFact.Bound.MORE_THAN, value(tokens).bound());

    Claim closed = only(claims, "Toutefois", "open_weights");
    assertTrue(closed.negated(), "« ne sont pas ouverts » is a negated fact");
    assertEquals("Qwen 2.5", closed.subject().text());
    assertTrue(claims.stream().noneMatch(c -> c.sentence().text().startsWith("Toutefois")
        && c.fact().equals("parameters")), "the sizes name the models, they state no size");

    Claim apache = only(claims, "Alibaba a rendu", "license");
    assertEquals("Apache 2.0", value(apache).value());

    Claim open = only(claims, "Contrairement", "open_weights");
    assertEquals("true", value(open).value());
    assertFalse(open.negated());
    assertTrue(value(open).scope().some(), "« du moins pour certaines de ses variantes »");
  }

  // ---------------------------------------------------------------- English, per fact type

  @Test
  void english_architectureAndParameters() {
    List<Claim> claims = facts("en", """
        DeepSeek-V3 technical report

        DeepSeek released DeepSeek-V3 on December 26, a 671-billion-parameter Mixture-of-Experts model that activates 37 billion parameters per token.

        DeepSeek-V3 is a dense model.

        Llama 3.1 405B is a dense transformer with 671B total / 37B active parameters.
        """);
    Claim moe = only(claims, "DeepSeek released", "architecture");
    assertEquals("DeepSeek-V3", moe.subject().text());
    assertEquals("moe", value(moe).value());

    Claim params = only(claims, "DeepSeek released", "parameters");
    assertEquals(2, params.stated().size(), params.stated().toString());
    assertEquals("parameters_total", params.stated().get(0).registryKey());
    assertEquals(671e9, params.stated().get(0).number(), 1);
    assertEquals("parameters_active", params.stated().get(1).registryKey());
    assertEquals(37e9, params.stated().get(1).number(), 1);
    assertEquals(2, params.atoms().size(), "one atomic claim per stated value");

    assertEquals("dense", value(only(claims, "DeepSeek-V3 is a dense", "architecture")).value());

    List<Claim> but = facts("en", "DeepSeek-V3 launch\n\n"
        + "DeepSeek-V3 is not a dense model but a Mixture-of-Experts.");
    assertEquals(2, but.size(), describe(but));
    assertTrue(but.get(0).negated(), "not dense");
    assertFalse(but.get(1).negated(), "the negation does not reach past \"but\"");

    Claim split = only(claims, "Llama 3.1 405B is", "parameters");
    assertEquals(List.of("parameters_total", "parameters_active"),
        split.stated().stream().map(StatedFact::registryKey).toList());
  }

  @Test
  void english_licenceAndOpenWeights() {
    List<Claim> claims = facts("en", """
        Qwen2.5-Max launch

        DeepSeek R1 matches OpenAI's o1 on math, and it's MIT-licensed.

        QwQ-32B is open-weight on Hugging Face and ModelScope under the Apache 2.0 license.

        Unlike several smaller Qwen2.5 models, Qwen2.5-Max is not released with open weights.

        In practice, DeepSeek-V3 has a big advantage: its weights are public, while Qwen2.5-Max is API-only.

        Llama 3.1 405B is available under the Llama 3.1 Community License.
        """);
    Claim mit = only(claims, "DeepSeek R1 matches", "license");
    assertEquals("DeepSeek R1", mit.subject().text(), "“it” goes back to the sentence's subject");
    assertEquals("MIT", value(mit).value());

    assertEquals("Apache 2.0", value(only(claims, "QwQ-32B", "license")).value());
    assertEquals("QwQ-32B", only(claims, "QwQ-32B", "open_weights").subject().text());

    Claim notOpen = only(claims, "Unlike", "open_weights");
    assertEquals("Qwen2.5-Max", notOpen.subject().text());
    assertTrue(notOpen.negated());

    List<Claim> both = claims.stream()
        .filter(c -> c.sentence().text().startsWith("In practice")).toList();
    assertEquals(2, both.size(), describe(both));
    assertEquals("DeepSeek-V3", both.get(0).subject().text());
    assertEquals("true", value(both.get(0)).value());
    assertEquals("Qwen2.5-Max", both.get(1).subject().text());
    assertEquals("false", value(both.get(1)).value());

    assertEquals("Llama 3.1 Community License",
        value(only(claims, "Llama 3.1 405B is available", "license")).value());
  }

  @Test
  void theLicence_standsForTheArticlesModel_inEveryLanguage() {
    String[][] cases = {
        {"en", "QwQ-32B, reviewed\n\nWe ran it for a week.\n\nAnd yes, the license is MIT.\n",
            "And yes", "MIT"},
        {"fr", "QwQ-32B à l'essai\n\nNous l'avons testé.\n\nAu passage, la licence est Apache 2.0.\n",
            "Au passage", "Apache 2.0"},
        {"de", "QwQ-32B im Test\n\nWir haben es getestet.\n\nÜbrigens: Die Lizenz ist MIT.\n",
            "Übrigens", "MIT"},
        {"es", "QwQ-32B a prueba\n\nLo probamos.\n\nPor lo demás, la licencia es Apache 2.0.\n",
            "Por lo demás", "Apache 2.0"},
    };
    for (String[] c : cases) {
      Claim licence = only(facts(c[0], c[1]), c[2], "license");
      assertEquals("QwQ-32B", licence.subject().text(), c[0]);
      assertEquals(c[3], value(licence).value(), c[0]);
    }
    assertTrue(facts("en", "QwQ-32B, reviewed\n\nThe license of the dataset is unclear.\n")
        .stream().noneMatch(c -> c.fact().equals("license")), "no licence named, no fact");
  }

  @Test
  void english_trainingTokensAndContext() {
    List<Claim> claims = facts("en", """
        DeepSeek-V3 launch

        DeepSeek-V3 was pre-trained on 14.8 trillion tokens.

        The flagship, Qwen2.5-72B-Instruct, was pretrained on 18T tokens and supports a 128K context.

        GPT-4o has a 1M-token context window.
        """);
    Claim v3 = only(claims, "DeepSeek-V3 was", "training_tokens");
    assertEquals(14.8e12, value(v3).number(), 1);
    assertEquals(0.05e12, value(v3).rounding(), 1);

    assertEquals(18e12, value(only(claims, "The flagship", "training_tokens")).number(), 1);
    Claim context = only(claims, "The flagship", "context_length");
    assertEquals("Qwen2.5-72B-Instruct", context.subject().text());
    assertEquals(128e3, value(context).number(), 1);

    assertEquals(1e6, value(only(claims, "GPT-4o has", "context_length")).number(), 1);
  }

  // ---------------------------------------------------------------- French, per fact type

  @Test
  void french_everyFactType() {
    List<Claim> claims = facts("fr", """
        DeepSeek-V3 : le lancement

        Le laboratoire chinois DeepSeek a publié DeepSeek-V3, un modèle MoE de 671 milliards de paramètres, dont 37 milliards actifs.

        Qwen2.5-72B-Instruct est un modèle dense de 72 milliards de paramètres.

        Qwen2.5-72B-Instruct a été entraîné sur 18 000 milliards de tokens.

        Il dispose d’une fenêtre de contexte de 128 000 tokens.

        Qwen2.5-Max n’est pas open source.

        Le modèle est publié sous licence MIT.
        """);
    assertEquals("moe", value(only(claims, "Le laboratoire", "architecture")).value());
    Claim params = only(claims, "Le laboratoire", "parameters");
    assertEquals("DeepSeek-V3", params.subject().text());
    assertEquals(List.of(671e9, 37e9),
        params.stated().stream().map(StatedFact::number).toList());
    assertEquals("active", params.stated().get(1).qualifier());

    assertEquals("dense", value(only(claims, "Qwen2.5-72B-Instruct est", "architecture")).value());
    assertEquals(72e9, value(only(claims, "Qwen2.5-72B-Instruct est", "parameters")).number(), 1);
    assertEquals(18e12,
        value(only(claims, "Qwen2.5-72B-Instruct a été", "training_tokens")).number(), 1);

    Claim context = only(claims, "Il dispose", "context_length");
    assertEquals("DeepSeek-V3", context.subject().text(), "« Il » is the main subject");
    assertEquals(128e3, value(context).number(), 1);

    Claim closed = only(claims, "Qwen2.5-Max n’est pas", "open_weights");
    assertTrue(closed.negated());

    Claim mit = only(claims, "Le modèle est publié", "license");
    assertEquals("MIT", value(mit).value());
    assertEquals("Le modèle", mit.subjectReference());
  }

  // ---------------------------------------------------------------- German, per fact type

  @Test
  void german_everyFactType() {
    List<Claim> claims = facts("de", """
        DeepSeek-V3: der Start

        Das chinesische Labor DeepSeek hat DeepSeek-V3 veröffentlicht, ein MoE-Modell mit 671 Milliarden Parametern, von denen 37 Mrd. pro Token aktiv sind.

        Qwen2.5-72B-Instruct ist ein dichtes Modell mit 72 Milliarden Parametern.

        Trainiert wurde Qwen2.5-72B-Instruct auf über 18 Billionen Token.

        Sein Kontextfenster umfasst 128.000 Token.

        Qwen2.5-Max ist nicht quelloffen und nur per API nutzbar.

        Das Modell steht unter der Apache-2.0-Lizenz auf Hugging Face bereit.
        """);
    assertEquals("moe", value(only(claims, "Das chinesische Labor", "architecture")).value());
    Claim params = only(claims, "Das chinesische Labor", "parameters");
    assertEquals("DeepSeek-V3", params.subject().text(), "the vendor is not the subject");
    assertEquals(List.of(671e9, 37e9),
        params.stated().stream().map(StatedFact::number).toList());
    assertEquals("active", params.stated().get(1).qualifier());

    assertEquals("dense", value(only(claims, "Qwen2.5-72B-Instruct ist", "architecture")).value());
    assertEquals(72e9, value(only(claims, "Qwen2.5-72B-Instruct ist", "parameters")).number(), 1);

    Claim tokens = only(claims, "Trainiert wurde", "training_tokens");
    assertEquals("Qwen2.5-72B-Instruct", tokens.subject().text(),
        "the subject after the verb, before the phrase");
    assertEquals(18e12, value(tokens).number(), 1, "eine Billion is 10^12, not 10^9");
    assertEquals(StatedFact.Bound.MORE_THAN, value(tokens).bound());

    Claim context = only(claims, "Sein Kontextfenster", "context_length");
    assertEquals("DeepSeek-V3", context.subject().text(), "\"Sein\" is the main subject's");
    assertEquals(128e3, value(context).number(), 1, "128.000: a dot groups thousands");

    Claim closed = only(claims, "Qwen2.5-Max ist nicht", "open_weights");
    assertEquals("Qwen2.5-Max", closed.subject().text());
    assertTrue(closed.negated(), "\"nicht quelloffen\", \"nur per API\": one negated fact");

    Claim apache = only(claims, "Das Modell steht", "license");
    assertEquals("Apache 2.0", value(apache).value());
    assertEquals("Das Modell", apache.subjectReference());
    Claim open = only(claims, "Das Modell steht", "open_weights");
    assertEquals("DeepSeek-V3", open.subject().text(), "the licence name is not a model");
    assertFalse(open.negated());
  }

  // ---------------------------------------------------------------- Spanish, per fact type

  @Test
  void spanish_everyFactType() {
    List<Claim> claims = facts("es", """
        DeepSeek-V3: el lanzamiento

        El laboratorio chino DeepSeek ha publicado DeepSeek-V3, un modelo MoE con 671.000 millones de parámetros, de los que 37.000 millones se activan por token.

        Qwen2.5-72B-Instruct es un modelo denso de 72.000 millones de parámetros.

        Qwen2.5-72B-Instruct fue entrenado con unos 18 billones de tokens.

        Su ventana de contexto es de un millón de tokens.

        Qwen2.5-Max no es de código abierto.

        El modelo se publica bajo licencia MIT en Hugging Face.
        """);
    assertEquals("moe", value(only(claims, "El laboratorio", "architecture")).value());
    Claim params = only(claims, "El laboratorio", "parameters");
    assertEquals("DeepSeek-V3", params.subject().text());
    assertEquals(List.of(671e9, 37e9),
        params.stated().stream().map(StatedFact::number).toList(),
        "\"671.000 millones\" is 671 thousand million");
    assertEquals("active", params.stated().get(1).qualifier());

    assertEquals("dense", value(only(claims, "Qwen2.5-72B-Instruct es", "architecture")).value());
    assertEquals(72e9, value(only(claims, "Qwen2.5-72B-Instruct es", "parameters")).number(), 1);

    Claim tokens = only(claims, "Qwen2.5-72B-Instruct fue", "training_tokens");
    assertEquals(18e12, value(tokens).number(), 1, "un billón es 10^12, not 10^9");
    assertEquals(StatedFact.Bound.ABOUT, value(tokens).bound());

    Claim context = only(claims, "Su ventana", "context_length");
    assertEquals("DeepSeek-V3", context.subject().text());
    assertEquals(1e6, value(context).number(), 1, "un millón");

    Claim closed = only(claims, "Qwen2.5-Max no es", "open_weights");
    assertTrue(closed.negated());

    Claim mit = only(claims, "El modelo se publica", "license");
    assertEquals("MIT", value(mit).value());
    assertEquals("El modelo", mit.subjectReference());
    assertEquals("true", value(only(claims, "El modelo se publica", "open_weights")).value());
  }

  @Test
  void numbersWrittenWithTheOtherConvention_areReadByTheShapeOfTheirGroups() {
    List<Claim> claims = facts("es", """
        Cenzontle-32B: ficha

        Cenzontle-32B fue entrenado con 9.8 billones de tokens.

        Cenzontle-32B ofrece una ventana de contexto de 131,072 tokens.

        Cenzontle-32B ofrece una ventana de contexto de 131.072 tokens.

        Cenzontle-32B fue entrenado con 1,5 billones de tokens.
        """);
    assertEquals(9.8e12, value(only(claims, "Cenzontle-32B fue entrenado con 9", "training_tokens"))
        .number(), 1, "a point before one digit is no thousands separator");
    assertEquals(131_072.0, value(only(claims, "Cenzontle-32B ofrece una ventana de contexto de 131,",
        "context_length")).number(), 0.5, "a count of tokens has no thousandths");
    assertEquals(131_072.0, value(only(claims, "Cenzontle-32B ofrece una ventana de contexto de 131.",
        "context_length")).number(), 0.5);
    assertEquals(1.5e12, value(only(claims, "Cenzontle-32B fue entrenado con 1", "training_tokens"))
        .number(), 1);
  }

  @Test
  void spanish_labelLinesAndPostposedSuperlatives() {
    List<Claim> claims = facts("es", """
        Gemma 3 27B en local

        Contexto: 128.000 tokens.

        Entrenamiento: 14 billones de tokens.
        """);
    assertEquals(128_000.0, value(only(claims, "Contexto", "context_length")).number(), 0.5);
    assertEquals(14e12, value(only(claims, "Entrenamiento", "training_tokens")).number(), 1);
    List<Claim> classes = facts("es", """
        Kimi K2: análisis

        Kimi K2 ya aparece como el modelo abierto mejor valorado por los usuarios.

        Kimi K2 se convertiría en el modelo abierto con mejor resultado en SWE-bench Verified.
        """);
    assertTrue(classes.isEmpty(), describe(classes));
    List<Claim> german = facts("de", """
        Qwen3-30B-A3B im Test

        Qwen3-32B schneidet bei MMLU-Pro etwas besser ab als das MoE-Modell.
        """);
    assertTrue(german.isEmpty(), "the class compared with: " + describe(german));
  }

  @Test
  void aPartialReferenceCompletedByAName_isSaidOfSomeOfItsModels() {
    String[][] cases = {
        {"en", "Qwen 2.5 review\n\nSeveral versions of Qwen 2.5 are released under Apache 2.0.\n",
            "Several"},
        {"fr", "Qwen 2.5 à l'essai\n\nPlusieurs déclinaisons de Qwen 2.5 sont publiées sous licence "
            + "Apache 2.0.\n", "Plusieurs"},
    };
    for (String[] c : cases) {
      Claim licence = only(facts(c[0], c[1]), c[2], "license");
      assertEquals("Qwen 2.5", licence.subject().text(), c[0]);
      assertTrue(value(licence).scope().some(), c[0] + ": some of the family, not each model");
    }
    Claim whole = only(facts("en", "Qwen 2.5 review\n\nQwen 2.5 is released under Apache 2.0.\n"),
        "Qwen 2.5 is", "license");
    assertFalse(value(whole).scope().some());
  }

  @Test
  void wordsAfterTheFactPhraseNarrowingIt_makeItSaidOfSomeOfTheModels() {
    String[][] cases = {
        {"en", "Qwen 2.5 review\n\nQwen 2.5 is open-weights, at least for some of its sizes.\n",
            "Qwen 2.5 is"},
        {"fr", "Qwen 2.5 à l'essai\n\nQwen 2.5 est bien open source, du moins pour certaines de "
            + "ses variantes.\n", "Qwen 2.5 est"},
        {"de", "Qwen 2.5 im Test\n\nQwen 2.5 ist Open Source, zumindest für einige seiner "
            + "Varianten.\n", "Qwen 2.5 ist"},
        {"es", "Qwen 2.5 a prueba\n\nQwen 2.5 es de pesos abiertos, al menos en algunas de sus "
            + "variantes.\n", "Qwen 2.5 es"},
    };
    for (String[] c : cases) {
      Claim open = only(facts(c[0], c[1]), c[2], "open_weights");
      assertEquals("Qwen 2.5", open.subject().text(), c[0]);
      assertTrue(value(open).scope().some(), c[0] + ": some of the family, not each model");
    }
    // The narrowing words belong to the next fact phrase when one comes first.
    List<Claim> claims = facts("en", "Qwen 2.5 review\n\nQwen 2.5 is open-weights and uses a "
        + "mixture of experts in some of its models.\n");
    assertFalse(value(only(claims, "Qwen 2.5 is", "open_weights")).scope().some(), describe(claims));
  }

  @Test
  void german_negationClosingTheClause() {
    List<Claim> claims = facts("de", """
        Gemini 2.0 Flash im Test

        Die Gewichte von Gemini 2.0 Flash veröffentlicht Google nicht.

        Die Gewichte von QwQ-32B veröffentlicht Alibaba nicht nur auf Hugging Face.

        Die Gewichte von DeepSeek-V3 sind auf Hugging Face verfügbar, die Trainingsdaten nicht.
        """);
    assertTrue(only(claims, "Die Gewichte von Gemini", "open_weights").negated());
    assertFalse(only(claims, "Die Gewichte von QwQ", "open_weights").negated(), "nicht nur");
    assertFalse(only(claims, "Die Gewichte von DeepSeek", "open_weights").negated(),
        "the negation after the comma is another clause's");
  }

  @Test
  void notOnly_addsRatherThanNegates_inEveryLanguage() {
    String[][] cases = {
        {"en", "QwQ-32B is not only open-weight but also small.", "QwQ-32B is"},
        {"fr", "QwQ-32B n'est pas seulement open source, il est aussi petit.", "QwQ-32B n"},
        {"de", "QwQ-32B ist nicht nur Open Source, sondern auch klein.", "QwQ-32B ist"},
        {"es", "QwQ-32B no solo es de código abierto, también es pequeño.", "QwQ-32B no"},
    };
    for (String[] c : cases) {
      Claim open = only(facts(c[0], "QwQ-32B\n\n" + c[1] + "\n"), c[2], "open_weights");
      assertFalse(open.negated(), c[0] + ": " + c[1]);
    }
  }

  @Test
  void germanAndSpanish_negatives() {
    List<Claim> de = facts("de", """
        Der Preis von DeepSeek-V3

        Die Nutzung von DeepSeek-V3 kostet 2,19 Dollar pro Million Token.

        Falke-8B sei das beste offene Modell unter 10 Milliarden Parametern.

        DeepSeek-V3 belegt unter den offenen Modellen Platz 1.

        Kann DeepSeek-V3 ein Kontextfenster von 128.000 Token verarbeiten?

        DeepSeek-V3 wurde auf 2.048 GPUs trainiert.
        """);
    assertTrue(de.isEmpty(), describe(de));

    List<Claim> es = facts("es", """
        El precio de DeepSeek-V3

        El uso de DeepSeek-V3 cuesta 2,19 dólares por millón de tokens.

        Cóndor-13B sería el mejor modelo abierto de menos de 15.000 millones de parámetros.

        DeepSeek-V3 ocupa el primer puesto entre los modelos abiertos.

        ¿Admite DeepSeek-V3 un contexto de 128.000 tokens?

        DeepSeek-V3 fue entrenado con 2.048 GPU H800.

        OpenAI ha lanzado GPT-4o, disponible solo a través de la API de OpenAI.
        """);
    assertTrue(es.isEmpty(), describe(es));
  }

  // ---------------------------------------------------------------- what is not a fact

  @Test
  void negatives_pricesHardwareTablesAndClasses() {
    List<Claim> en = facts("en", """
        DeepSeek-V3 pricing

        DeepSeek-V3 costs $2.19 per million tokens, and the 671B model runs on eight H100 GPUs with 80GB each.

        | Model | MMLU | 128K context |

        Nimbus-9B is the best open model under 10 billion parameters on MMLU-Pro.

        DeepSeek-V3 is the best-performing open-source model.

        Can DeepSeek-V3 handle a 128K context?

        Larger models with 400B parameters are expensive to serve.
        """);
    assertTrue(en.isEmpty(), describe(en));

    List<Claim> fr = facts("fr", """
        Le prix de DeepSeek-V3

        L’abonnement à DeepSeek-V3 coûte 20 dollars par mois, soit 2,19 dollars par million de tokens.

        Albatros-12B serait le meilleur modèle ouvert de moins de 15 milliards de paramètres.
        """);
    assertTrue(fr.isEmpty(), describe(fr));
  }

  @Test
  void attribution_isKeptOnFacts() {
    List<Claim> claims = facts("en", """
        Qwen2.5-Max launch

        The model was pretrained on more than 20 trillion tokens, according to Alibaba.
        """);
    Claim c = only(claims, "The model", "training_tokens");
    assertEquals("Qwen2.5-Max", c.subject().text());
    assertEquals("Alibaba", c.attribution().claimant());
    assertNull(only(facts("fr", """
        Qwen2.5-Max

        Qwen2.5-Max est un modèle MoE.
        """), "Qwen2.5-Max est", "architecture").attribution().claimant());
  }

  @Test
  void languageWithoutFacts_statesNone() {
    Lexicon en = LEXICONS.get("en");
    Lexicon bare = en.withoutFacts();
    FactExtractor x = new FactExtractor(bare, new ClaimExtractor(bare, RECOGNIZER, List.of()),
        List.of());
    assertFalse(x.active());
    String text = "DeepSeek-V3 is a Mixture-of-Experts model.";
    assertTrue(x.extract(text, new Segmenter(List.of()).segment(text), null, null).isEmpty());
  }

  @Test
  void aSentenceWhoseOwnSubjectIsAReferenceStatesFactsAboutTheMainSubject() {
    List<Claim> de = facts("de", """
        QwQ-32B im Alltag

        Im Test ist es so gut wie DeepSeek R1, das Ding hat aber nur 32 Milliarden Parameter.
        """);
    assertEquals("QwQ-32B", only(de, "Im Test", "parameters").subject().text());
    List<Claim> en = facts("en", """
        QwQ-32B in daily use

        DeepSeek R1 matches o1, and it has 671 billion parameters.
        """);
    assertEquals("DeepSeek R1", only(en, "DeepSeek R1", "parameters").subject().text());
  }

  @Test
  void aModelNamedInsideALicenceNameIsNotTheSubject() {
    for (String[] c : new String[][] {
        {"en", "Nordwind-8B is out\n\nWeights are available under the Llama 3.1 Community License.\n",
            "Weights"},
        {"de", "Nordwind-8B ist da\n\nDie Gewichte stehen unter der Llama 3.1 Community License "
            + "zum Download bereit.\n", "Die Gewichte"},
        {"fr", "Nordwind-8B est disponible\n\nLes poids sont publiés sous licence Llama 3.1 "
            + "Community License.\n", "Les poids"},
        {"es", "Nordwind-8B ya está aquí\n\nLos pesos se publican bajo licencia Llama 3.1 "
            + "Community License.\n", "Los pesos"}}) {
      List<Claim> claims = facts(c[0], c[1]);
      assertEquals("Nordwind-8B", only(claims, c[2], "license").subject().text(), c[0]);
      assertTrue(claims.stream().noneMatch(x -> x.subject().text().startsWith("Llama")),
          c[0] + ": " + describe(claims));
    }
  }

  @Test
  void aSpanishFactWithNoModelNamedIsAboutTheMainSubject() {
    List<Claim> claims = facts("es", """
        Nordwind-8B, probado a fondo

        Funciona bien en una sola GPU. Por lo demás, la licencia es MIT.
        """);
    assertEquals("Nordwind-8B", only(claims, "Por lo demás", "license").subject().text());
  }

  @Test
  void aCompanyStatingAFactOfNoModelNamed_statesItOfTheArticlesModel() {
    List<Claim> fr = facts("fr", """
        Nordwind-8B est disponible

        Le modèle arrive en juin. DeepSeek indique avoir poursuivi l'entraînement sur 840 milliards \
        de jetons afin d'étendre la fenêtre de contexte à 128 000 jetons.

        L’entreprise n’a pas précisé le nombre de paramètres, mais indique une fenêtre de contexte de 64 000 jetons.
        """);
    assertEquals("Nordwind-8B", only(fr, "DeepSeek", "training_tokens").subject().text());
    assertEquals(840e9, value(only(fr, "DeepSeek", "training_tokens")).number().doubleValue());
    assertEquals("Nordwind-8B", only(fr, "DeepSeek", "context_length").subject().text());
    Claim context = only(fr, "L’entreprise", "context_length");
    assertEquals("Nordwind-8B", context.subject().text());
    assertFalse(context.negated());
    // Another model named before it in the paragraph: not said to be the article's.
    List<Claim> other = facts("fr", """
        Nordwind-8B est disponible

        Foo-70B est sorti hier. DeepSeek indique une fenêtre de contexte de 128 000 jetons.
        """);
    assertTrue(other.stream().noneMatch(c -> c.sentence().text().startsWith("DeepSeek")),
        describe(other));
  }

  @Test
  void bothModels_standForTheArticlesSubject_inEveryLanguage() {
    String[][] cases = {
      {"en", "Nordwind-8B and its sibling\n\nBoth models use a Mixture-of-Experts design.",
          "Both models"},
      {"fr", "Nordwind-8B et son petit frère\n\nLes deux modèles reposent sur un mélange d'experts.",
          "Les deux"},
      {"de", "Nordwind-8B und sein Geschwister\n\nBeide Modelle setzen auf eine Mixture-of-Experts-"
          + "Architektur.", "Beide"},
      {"es", "Nordwind-8B y su hermano\n\nAmbos modelos usan una mezcla de expertos.", "Ambos"},
    };
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      assertEquals("Nordwind-8B", only(claims, c[2], "architecture").subject().text(),
          c[0] + ": " + describe(claims));
    }
  }

  @Test
  void aModelNamedAfterSince_isNoSubject() {
    List<Claim> de = facts("de", "Nordwind-8B: Firma veröffentlicht erstmals seit GPT-2 wieder offene "
        + "Sprachmodelle\n\nMehr dazu unten.");
    assertEquals("Nordwind-8B", only(de, "Nordwind-8B", "open_weights").subject().text());
    List<Claim> en = facts("en", "Nordwind-8B\n\nThe lab says Nordwind-8B, its first release since "
        + "GPT-2, has open weights.");
    assertEquals("Nordwind-8B", only(en, "The lab", "open_weights").subject().text());
  }

  @Test
  void aFactInASentenceNamingNoModel_isTheArticlesUnlessTheParagraphNamedAnother() {
    List<Claim> fr = facts("fr", """
        Nordwind-8B à l'essai

        Je l'utilise depuis un mois. Pour info : licence MIT, contexte natif de 128 000 tokens.

        Avant, j'utilisais Falke-7B. Pour mémoire : licence Apache 2.0.
        """);
    assertEquals("Nordwind-8B", only(fr, "Pour info", "license").subject().text());
    assertEquals("Nordwind-8B", only(fr, "Pour info", "context_length").subject().text());
    assertTrue(fr.stream().noneMatch(c -> c.sentence().text().startsWith("Pour mémoire")),
        describe(fr));
    // "open source" also qualifies projects: no subject is guessed for it.
    List<Claim> en = facts("en", """
        Nordwind-8B reviewed

        I mostly fix bugs in open source projects with it. Most of them are small.
        """);
    assertTrue(en.stream().noneMatch(c -> c.fact().equals("open_weights")), describe(en));
  }

  @Test
  void aModelNamedInsideAContextPhrase_isItsSubject_inEveryLanguage() {
    String[][] cases = {
      {"en", "A note\n\nThe context window of Falke-7B is 64,000 tokens, like before.", "The context"},
      {"fr", "Une note\n\nLa fenêtre de contexte de Falke-7B est de 64 000 tokens.", "La fenêtre"},
      {"de", "Eine Notiz\n\nDas Kontextfenster von Falke-7B mit 64.000 Token reicht.", "Das Kontext"},
      {"es", "Una nota\n\nLa ventana de contexto de Falke-7B es de 64.000 tokens.", "La ventana"},
    };
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      Claim context = only(claims, c[2], "context_length");
      assertEquals("Falke-7B", context.subject().text(), c[0]);
      assertEquals(64000.0, value(context).number(), c[0]);
    }
  }

  @Test
  void outputLimitsSpeedsPricesAndCorpusSizesInOtherUnits_areNoFacts() {
    List<Claim> en = facts("en", """
        Falke-7B notes

        Falke-7B can output up to 32,000 tokens per response. Falke-7B can process 200 tokens per second.
        Falke-7B was trained on a corpus of 12 languages. Falke-7B has 10 million users.
        """);
    assertTrue(en.isEmpty(), describe(en));
    List<Claim> de = facts("de", """
        Falke-7B im Test

        Falke-7B wurde mit einem Korpus von 12 Sprachen trainiert. Falke-7B kostet 2 Dollar pro Million Token.
        """);
    assertTrue(de.isEmpty(), describe(de));
  }

  @Test
  void aModelNamedAfterAsDoes_hasTheFactToo_inEveryLanguage() {
    String[][] cases = {
      {"en", "A note\n\nFalke-7B has a 64,000-token context window, as does Nordwind-9B.", "Falke"},
      {"fr", "Une note\n\nFalke-7B a un contexte de 64 000 tokens, tout comme Nordwind-9B.", "Falke"},
      {"de", "Eine Notiz\n\nFalke-7B hat ein Kontextfenster von 64.000 Token, genau wie auch "
          + "Nordwind-9B.", "Falke"},
      {"es", "Una nota\n\nFalke-7B tiene un contexto de 64.000 tokens, al igual que Nordwind-9B.",
          "Falke"},
    };
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      assertEquals(List.of("Falke-7B", "Nordwind-9B"), claims.stream()
          .filter(x -> x.fact().equals("context_length")).map(x -> x.subject().text()).toList(),
          c[0] + ": " + describe(claims));
    }
    // A model compared with, not sharing the fact.
    List<Claim> en = facts("en", "A note\n\nFalke-7B has a 64,000-token context window, "
        + "more than Nordwind-9B.");
    assertEquals(List.of("Falke-7B"), en.stream().map(x -> x.subject().text()).toList());
  }

  @Test
  void modelsListedAsTheSubjectsOfOneClause_allHaveTheFact_inEveryLanguage() {
    String[][] cases = {
      {"en", "A note\n\nFalke-7B and Nordwind-9B both have a 64,000-token context window."},
      {"en", "A note\n\nBoth Falke-7B and Nordwind-9B are released under the Apache 2.0 license."},
      {"en", "A note\n\nIn practice, Falke-7B and Nordwind-9B are open-weight models."},
      {"fr", "Une note\n\nFalke-7B et Nordwind-9B sont tous deux publiés sous licence Apache 2.0."},
      {"de", "Eine Notiz\n\nFalke-7B und Nordwind-9B stehen beide unter der Apache-2.0-Lizenz."},
      {"de", "Eine Notiz\n\nSowohl Falke-7B als auch Nordwind-9B stehen unter der "
          + "Apache-2.0-Lizenz."},
      {"es", "Una nota\n\nTanto Falke-7B como Nordwind-9B tienen un contexto de 64.000 tokens."},
    };
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      assertEquals(List.of("Falke-7B", "Nordwind-9B"),
          claims.stream().map(x -> x.subject().text()).toList(), c[1] + ": " + describe(claims));
    }
    // One subject: the list does not open the clause, or its last two are not joined by "and".
    String[][] one = {
      {"en", "A note\n\nCompared with Kestrel-3, Falke-7B and Nordwind-9B are open-weight models.",
          "Nordwind-9B"},
      {"en", "A note\n\nAgainst Kestrel-3 and Falke-7B, Nordwind-9B has a 64,000-token "
          + "context window.", "Nordwind-9B"},
      {"es", "Una nota\n\nFalke-7B, como Nordwind-9B, tiene un contexto de 64.000 tokens.",
          "Falke-7B"},
    };
    for (String[] c : one) {
      List<Claim> claims = facts(c[0], c[1]);
      assertEquals(List.of(c[2]), claims.stream().map(x -> x.subject().text()).toList(),
          c[1] + ": " + describe(claims));
    }
  }

  @Test
  void openWeightsAsTheClassOfARankOrSuperlative_isNoFact_inEveryLanguage() {
    String[][] cases = {
      {"en", "A note\n\nFalke-7B is the highest-ranked open-weights model on the leaderboard."},
      {"en", "A note\n\nFalke-7B achieves state-of-the-art results among open-source models."},
      {"en", "A note\n\nWe evaluated Falke-7B against open and closed models of similar size."},
      {"fr", "Une note\n\nFalke-7B atteint 70,7 %, ce qui le place en tête du classement des "
          + "modèles ouverts."},
      {"fr", "Une note\n\nFalke-7B s'impose comme le modèle open source le plus complet."},
      {"de", "Eine Notiz\n\nDamit ist Falke-7B das beste Modell mit offenen Gewichten."},
      {"de", "Eine Notiz\n\nFalke-7B belegt Platz 1 unter allen Modellen mit offenen Gewichten."},
      {"de", "Eine Notiz\n\nFalke-7B ist das bestplatzierte Modell mit offenen Gewichten."},
      {"es", "Una nota\n\nFalke-7B sería el mejor modelo de pesos abiertos en matemáticas."},
    };
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      assertTrue(claims.isEmpty(), c[1] + ": " + describe(claims));
    }
    // Said of the model itself, it is still a fact.
    assertEquals(1, facts("de", "Eine Notiz\n\nFalke-7B ist ein Modell mit offenen Gewichten.")
        .size());
  }

  @Test
  void generalTermsAndOpenQuestions_areNoFacts() {
    String[][] cases = {
      {"en", "Falke-7B is back\n\nThe open-weights race is tighter than ever."},
      {"es", "Llega Falke-7B\n\nLa mezcla de expertos (MoE) reparte el trabajo entre subredes."},
      {"de", "Falke-7B ist da\n\nOb Alibaba auch Nordwind-9B als offenes Modell freigibt, hat "
          + "das Unternehmen nicht verraten."},
      {"en", "Falke-7B is back\n\nWhether Nordwind-9B will get open weights is unclear."},
    };
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      assertTrue(claims.isEmpty(), c[1] + ": " + describe(claims));
    }
  }

  @Test
  void aFactInAClauseSetOffAfterAContrastedModel_isThatModels() {
    String[][] cases = {
      {"fr", "Une note\n\nContrairement à Nordwind-9B, distribué sous licence Apache 2.0, "
          + "Falke-7B n'est pas un modèle à poids ouverts."},
      {"es", "Una nota\n\nA diferencia de Nordwind-9B, que se publicó con licencia Apache 2.0, "
          + "Falke-7B no tiene pesos abiertos."},
      {"en", "A note\n\nUnlike Nordwind-9B, which is released under Apache 2.0, Falke-7B is "
          + "API-only."},
    };
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      assertEquals("Nordwind-9B", only(claims, c[1].substring(c[1].indexOf("\n\n") + 2),
          "license").subject().text(), describe(claims));
      Claim open = only(claims, c[1].substring(c[1].indexOf("\n\n") + 2), "open_weights");
      assertEquals("Falke-7B", open.subject().text(), describe(claims));
    }
  }

  @Test
  void aRelativeClauseWithoutACommaAfterAContrastedModel_isAboutThatModel() {
    String[][] cases = {
      {"fr", "Une note\n\nFalke-7B n'est pas open source, contrairement à Nordwind-9B qui est "
          + "sous Apache 2.0."},
      {"en", "A note\n\nFalke-7B is API-only, unlike Nordwind-9B which ships under Apache 2.0."},
    };
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      assertEquals("Nordwind-9B", only(claims, c[1].substring(c[1].indexOf("\n\n") + 2),
          "license").subject().text(), describe(claims));
    }
  }

  @Test
  void aModelAFigureIsAMultipleOf_isNotTheSubject() {
    String[][] cases = {
      {"fr", "Une note\n\nFalke-7B a été entraîné sur 36 000 milliards de jetons, soit le double "
          + "de Nordwind-9B, et gère un contexte de 128 000 jetons."},
      {"en", "A note\n\nFalke-7B was trained on 36T tokens, twice that of Nordwind-9B, and "
          + "handles a 128K context window."},
      {"es", "Una nota\n\nFalke-7B se entrenó con 36 billones de tokens, el doble de "
          + "Nordwind-9B, y maneja un contexto de 128.000 tokens."},
    };
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      assertEquals("Falke-7B", only(claims, c[1].substring(c[1].indexOf("\n\n") + 2),
          "context_length").subject().text(), describe(claims));
    }
  }

  @Test
  void aModelWhoseArchitectureIsKept_isNotTheSubject() {
    List<Claim> claims = facts("en", """
        A note

        Falke-7B keeps the architecture of Nordwind-9B: a mixture-of-experts model with 671B total parameters.
        """);
    assertEquals(List.of("Falke-7B", "Falke-7B"),
        claims.stream().map(c -> c.subject().text()).toList(), describe(claims));
    List<Claim> checkpoint = facts("en", """
        Falke-7B tested

        The new checkpoint keeps the architecture of Nordwind-9B: a mixture-of-experts model, released under the MIT licence.
        """);
    assertEquals(List.of("Falke-7B", "Falke-7B"),
        checkpoint.stream().map(c -> c.subject().text()).toList(), describe(checkpoint));
  }

  @Test
  void theFamilyAModelBelongsTo_andTheModelItBeats_areNotSubjects() {
    List<Claim> family = facts("en", """
        A note

        Falke-7B is the small MoE in the Nordwind-9B family, with 30.5B total parameters.
        """);
    assertEquals(List.of("Falke-7B", "Falke-7B"),
        family.stream().map(c -> c.subject().text()).toList(), describe(family));
    List<Claim> beaten = facts("en", """
        A note

        Falke-7B outscores Nordwind-9B on SWE-bench Verified and brings a 1 million-token context window.
        """);
    assertEquals("Falke-7B", only(beaten, "Falke-7B", "context_length").subject().text());
    List<Claim> es = facts("es", """
        Una nota

        Falke-7B es el MoE pequeño de la familia Nordwind-9B, con 30.500 millones de parámetros.
        """);
    assertTrue(es.stream().allMatch(c -> c.subject().text().equals("Falke-7B")), describe(es));
  }

  @Test
  void factsStatedWithoutAModelName_goToTheArticlesModel() {
    List<Claim> en = facts("en", """
        Falke-7B is here

        The API version offers a 256,000-token context window. Falke-7B is free to download for research use.
        """);
    assertEquals("Falke-7B", only(en, "The API version", "context_length").subject().text());
    assertEquals("Falke-7B", only(en, "Falke-7B is free", "open_weights").subject().text());
    List<Claim> de = facts("de", """
        Falke-7B ist da

        Das Kontextfenster ist 128.000 Tokens groß.
        """);
    assertEquals(128000.0, only(de, "Das Kontextfenster", "context_length").value(), 0.5);
    List<Claim> fr = facts("fr", """
        Falke-7B est là

        Google ne précise pas l'architecture du modèle, et ses poids ne sont pas publiés.
        """);
    assertEquals("false", value(only(fr, "Google", "open_weights")).value());
    List<Claim> es = facts("es", """
        Llega Falke-7B

        La licencia es una MIT modificada: obliga a mostrar el nombre.
        """);
    assertEquals("MIT", value(only(es, "La licencia", "license")).value());
  }

  @Test
  void aFragmentOpeningWithANegatedFact_isTheArticlesModels() {
    List<Claim> de = facts("de", """
        Falke-7B ist da

        Auch keine offenen Gewichte.
        """);
    Claim c = only(de, "Auch keine", "open_weights");
    assertEquals("Falke-7B", c.subject().text());
    assertTrue(c.negated(), describe(de));
  }

  @Test
  void anAppositionAfterABeatenModel_isAboutThatModel() {
    List<Claim> claims = facts("en", """
        A note

        Falke-7B beats Nordwind-9B, a 405B-parameter dense model, on MMLU.
        """);
    assertEquals("Nordwind-9B", only(claims, "Falke-7B beats", "parameters").subject().text());
    assertEquals("Nordwind-9B", only(claims, "Falke-7B beats", "architecture").subject().text());
  }

  @Test
  void aRelativeClauseAfterABeatenModel_isAboutThatModel() {
    List<Claim> claims = facts("en", """
        A note

        Falke-7B beats Nordwind-9B, which has 70B parameters, on MMLU. Compared with Nordwind-9B, MoE models are cheaper.
        """);
    assertEquals("Nordwind-9B", only(claims, "Falke-7B beats", "parameters").subject().text());
    assertTrue(claims.stream().noneMatch(c -> c.fact().equals("architecture")), describe(claims));
  }

  @Test
  void theClassOfARankOrALeadIsNoFact() {
    List<Claim> fr = facts("fr", """
        Nordwind-9B est disponible

        Selon Nordlab, il se hisse à la première place des modèles open source sur LMArena.

        Sur HumanEval, Nordwind-9B se classe deuxième des modèles ouverts de moins de 70 milliards.

        Sur LiveBench, Nordwind-9B prend la tête des modèles à poids ouverts.
        """);
    assertTrue(fr.stream().noneMatch(c -> c.fact().equals("open_weights")), describe(fr));
    List<Claim> de = facts("de", """
        Nordwind-9B ist da

        Im Index setzt sich Nordwind-9B an die Spitze der Modelle mit offenen Gewichten.
        """);
    assertTrue(de.isEmpty(), describe(de));
    List<Claim> en = facts("en", """
        Nordwind-9B sits atop the open-weights coding charts
        """);
    assertTrue(en.isEmpty(), describe(en));
  }

  @Test
  void aClauseAfterASemicolonOpensAsASentenceDoes() {
    List<Claim> fr = facts("fr", """
        Nordwind-9B est disponible

        Nordlab ne communique pas le nombre de paramètres ; la fenêtre de contexte atteint 128 000 tokens.
        """);
    Claim c = only(fr, "Nordlab ne", "context_length");
    assertEquals("Nordwind-9B", c.subject().text());
    assertFalse(c.negated());
  }

  @Test
  void aModelAfterALeadingFactThatTheSentenceComparesWithIsNoSubject() {
    List<Claim> fr = facts("fr", """
        Nordwind-9B est disponible

        Côté entraînement, Nordlab indique avoir utilisé environ 36 000 milliards de tokens, soit deux fois plus que pour Qwen2.5.
        """);
    assertEquals("Nordwind-9B", only(fr, "Côté", "training_tokens").subject().text());
  }

  @Test
  void aReferenceInsideThePhraseStandsForTheMainSubject() {
    List<Claim> es = facts("es", """
        Nordwind-9B ya está aquí

        La compañía publicó los pesos en Hugging Face bajo una licencia MIT modificada, que exige mostrar el nombre «Nordwind-9B».
        """);
    assertEquals("Nordwind-9B", only(es, "La compañía", "open_weights").subject().text());
    List<Claim> de = facts("de", """
        Nordwind-9B ist da

        Offene Gewichte gibt es für Falke-7B nicht.
        """);
    assertEquals("Falke-7B", only(de, "Offene", "open_weights").subject().text());
  }

  @Test
  void german_weightsKeptUnderWrapsOrNotPublished() {
    List<Claim> de = facts("de", """
        Nordwind-9B ist da

        Die Gewichte veröffentlicht Nordlab wie gewohnt nicht, das Modell ist nur über die API erreichbar.
        """);
    Claim c = only(de, "Die Gewichte", "open_weights");
    assertEquals("Nordwind-9B", c.subject().text());
    assertTrue(c.negated());
  }

  @Test
  void plansAndOpenQuestions_stateNoFact() {
    List<Claim> en = facts("en", """
        Nordwind-9B launches

        Nordwind-9B is out today, and a larger model is coming, which the startup plans to release with open weights.

        There is still no word on when Nordwind-9B gets open-sourced.
        """);
    assertTrue(en.stream().noneMatch(c -> c.fact().equals("open_weights")), describe(en));
    List<Claim> es = facts("es", """
        Nordwind-9B llega

        La compañía no ha detallado el número de parámetros de Nordwind-9B ni si se trata de una arquitectura de mezcla de expertos.
        """);
    assertTrue(es.stream().noneMatch(c -> c.fact().equals("architecture")), describe(es));
    List<Claim> fr = facts("fr", """
        Nordwind-9B arrive

        La société prévoit de publier les poids de Nordwind-9B sous licence Apache 2.0.
        """);
    assertTrue(fr.stream().noneMatch(c -> c.fact().equals("open_weights")), describe(fr));
  }

  @Test
  void theClassOfASuperlative_orOfARanking_isNoFact() {
    List<Claim> en = facts("en", """
        Nordwind-9B launches

        Nordwind-9B is the strongest non-reasoning model with open weights on the index.
        """);
    assertTrue(en.stream().noneMatch(c -> c.fact().equals("open_weights")), describe(en));
    List<Claim> fr = facts("fr", """
        Nordwind-9B détrône Qwen2.5-72B chez les modèles ouverts

        Texte.
        """);
    assertTrue(fr.stream().noneMatch(c -> c.fact().equals("open_weights")), describe(fr));
  }

  @Test
  void aSuperlativesClassFollowedByARelativeClause_isNoFact() {
    String[][] cases = {
        {"en", "Nordwind-9B launches\n\nIt is the strongest model any European company has released with open weights."},
        {"fr", "Nordwind-9B est là\n\nC'est le modèle le plus puissant qu'une entreprise européenne ait publié en open weights."},
        {"de", "Nordwind-9B ist da\n\nEs ist das stärkste Modell, das je ein europäisches Unternehmen mit offenen Gewichten veröffentlicht hat."},
        {"es", "Llega Nordwind-9B\n\nEs el modelo más potente que una empresa europea ha publicado con pesos abiertos."}};
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], c[1]);
      assertTrue(claims.stream().noneMatch(x -> x.fact().equals("open_weights")), describe(claims));
    }
    // A coordinated clause states the fact.
    List<Claim> en = facts("en", """
        Nordwind-9B launches

        Nordwind-9B is the strongest model in its class and it was released with open weights.
        """);
    assertTrue(en.stream().anyMatch(x -> x.fact().equals("open_weights")), describe(en));
  }

  @Test
  void aModelTrainedFrom_orLikeEveryModelOfAFamily_isNotTheSubject() {
    List<Claim> claims = facts("en", """
        Nordwind-9B-Math paper

        We present Nordwind-9B-Math, a dense model trained from Qwen2.5-Math-7B on 40B tokens of synthetic data.

        Nordwind-9B-Math, like every Claude model, is not available as open weights.
        """);
    assertEquals("Nordwind-9B-Math",
        only(claims, "We present", "training_tokens").subject().text());
    Claim c = only(claims, "Nordwind-9B-Math, like", "open_weights");
    assertEquals("Nordwind-9B-Math", c.subject().text());
    assertTrue(c.negated());
  }

  @Test
  void aFactPhraseOpeningASentenceBeforeAPluralNoun_isGeneralTalk() {
    List<Claim> en = facts("en", """
        Nordwind-9B launches

        Mixture-of-experts models route each token to a few experts.

        MoE architectures have become popular this year.

        MoE models like Nordwind-9B are cheap to serve.
        """);
    assertTrue(en.stream().noneMatch(c -> c.sentence().text().startsWith("Mixture")
        || c.sentence().text().startsWith("MoE architectures")), describe(en));
    assertEquals("Nordwind-9B", only(en, "MoE models like", "architecture").subject().text());
  }

  @Test
  void theTermOfAComparison_isNoFactOfTheSubject() {
    // "than a dense model" is what the model is measured against: the one stated architecture
    // is MoE, so the claim can never be contradicted by the model being MoE.
    Claim en = only(facts("en", """
        Nordwind-9B explained

        Nordwind-9B uses a mixture-of-experts architecture, making it far cheaper to serve than a dense model of similar size.
        """), "Nordwind-9B uses", "architecture");
    assertEquals("moe", value(en).value());
    Claim fr = only(facts("fr", """
        Nordwind-9B expliqué

        Nordwind-9B est un MoE, bien moins cher à servir qu'un modèle dense de même taille.
        """), "Nordwind-9B est", "architecture");
    assertEquals("moe", value(fr).value());
    Claim dense = only(facts("en", """
        Nordwind-9B explained

        Nordwind-9B is a dense model, unlike a MoE of similar size.
        """), "Nordwind-9B is", "architecture");
    assertEquals("dense", value(dense).value());
  }

  @Test
  void aYesNoFactSaidTwiceOfOneModel_isOneClaim() {
    List<Claim> fr = facts("fr", """
        Nordwind-9B arrive

        Nordwind-9B n’est pas un modèle à poids ouverts : il reste accessible uniquement via l’API de la société.
        """);
    List<Claim> ow = fr.stream().filter(c -> c.fact().equals("open_weights")).toList();
    assertEquals(1, ow.size(), describe(fr));
    assertTrue(ow.get(0).negated());
  }

  @Test
  void theAppAModelIsTriedIn_isNotTheSubject() {
    List<Claim> claims = facts("en", """
        Nordwind-9B model card

        Try it in Qwen Chat or pull the weights from Hugging Face.
        """);
    assertEquals("Nordwind-9B", only(claims, "Try it", "open_weights").subject().text());
  }

  @Test
  void aModelInAnAsideBeforeTheFactIsNotItsSubject() {
    String[][] texts = {
        {"en", "GPT-4.1 scores 54.6% on SWE-bench Verified (against 33.2% for GPT-4o) and accepts up to 1 million tokens of context."},
        {"fr", "GPT-4.1 obtient 54,6 % sur SWE-bench Verified — contre 33,2 % pour GPT-4o — et accepte jusqu'à 1 million de jetons de contexte."},
        {"de", "GPT-4.1 erreicht 54,6 % in SWE-bench Verified (gegenüber 33,2 % bei GPT-4o) und verarbeitet bis zu 1 Million Tokens Kontext."},
        {"es", "GPT-4.1 logra un 54,6 % en SWE-bench Verified —frente al 33,2 % de GPT-4o— y admite hasta 1 millón de tokens de contexto."}};
    for (String[] t : texts) {
      List<Claim> claims = facts(t[0], "GPT-4.1\n\n" + t[1] + "\n");
      assertEquals("GPT-4.1", only(claims, "GPT-4.1", "context_length").subject().text(),
          t[0] + ": " + describe(claims));
    }
    // A reference before the aside owns the fact.
    List<Claim> models = facts("en", """
        GPT-4.1 arrives

        The models were trained on 36 trillion tokens — twice the data used for Qwen2.5 — and support a context window of 128K tokens.
        """);
    assertEquals("GPT-4.1", only(models, "The models", "context_length").subject().text());
    // An aside right after its owner names it.
    List<Claim> apposition = facts("en", """
        GPT-4.1 arrives

        The flagship (Qwen3-235B-A22B) supports a context window of 128K tokens.
        """);
    assertEquals("Qwen3-235B-A22B",
        only(apposition, "The flagship", "context_length").subject().text());
  }

  @Test
  void aModelAnotherIsRankedAboveIsNotTheSubjectOfALaterFact() {
    String[][] texts = {
        {"en", "Gemini 2.5 Pro sits ahead of DeepSeek-R1 on reasoning, and it has a context window of 1 million tokens."},
        {"fr", "Gemini 2.5 Pro se place au-dessus de DeepSeek-R1 en raisonnement, et sa fenêtre de contexte atteint 1 million de jetons."},
        {"de", "Gemini 2.5 Pro liegt beim Schlussfolgern vor DeepSeek-R1 und hat ein Kontextfenster von 1 Million Tokens."},
        {"es", "Gemini 2.5 Pro está por encima de DeepSeek-R1 en razonamiento, y lo ofrecemos con una ventana de contexto de 1 millón de tokens."}};
    for (String[] t : texts) {
      List<Claim> claims = facts(t[0], "Gemini 2.5 Pro\n\n" + t[1] + "\n");
      assertEquals("Gemini 2.5 Pro",
          only(claims, "Gemini 2.5 Pro", "context_length").subject().text(),
          t[0] + ": " + describe(claims));
    }
  }

  @Test
  void aSizeOrLicenceInBracketsAfterANameIsItsFact() {
    String[][] texts = {
        {"en", "Qwen3-32B (32B, also Apache 2.0) is what we would pick for coding."},
        {"fr", "Qwen3-32B (32B, également Apache 2.0) est notre choix pour le code."},
        {"de", "Qwen3-32B (32B, ebenfalls Apache 2.0) ist unsere Wahl fürs Coding."},
        {"es", "Qwen3-32B (32B, también Apache 2.0) es nuestra elección para programar."}};
    for (String[] t : texts) {
      List<Claim> claims = facts(t[0], "Qwen3-32B\n\n" + t[1] + "\n");
      assertEquals(32e9, only(claims, "Qwen3-32B", "parameters").value(), t[0]);
      assertEquals("Apache 2.0", value(only(claims, "Qwen3-32B", "license")).value(), t[0]);
    }
    List<Claim> none = facts("en", """
        Qwen3-32B

        Qwen3-32B was trained on more data (36T, up from 18T) than before.

        The web servers (Apache, Nginx) were patched last week.
        """);
    assertTrue(none.stream().noneMatch(c -> c.fact().equals("parameters")
        || c.fact().equals("license")), describe(none));
  }

  @Test
  void aListAfterALeadInLineNamingAModel_isAboutThatModel() {
    List<Claim> claims = facts("fr", """
        Qwen3 : Alibaba publie huit modèles

        Les autres chiffres annoncés par Google pour Gemini 2.5 Pro :

        - GPQA Diamond : 84,0 %
        - Contexte : 1 million de jetons, 2 millions « prochainement »

        Petit bémol : le modèle a un contexte de 128 000 jetons.
        """);
    assertEquals("Gemini 2.5 Pro", only(claims, "Contexte", "context_length").subject().text());
    assertEquals("Qwen3", only(claims, "Petit", "context_length").subject().text());
  }

  @Test
  void aVerblessLabelOrFragment_statesAFactOfTheArticlesModel() {
    List<Claim> de = facts("de", """
        Kimi K2 lokal ausprobiert

        Gewichte auf Hugging Face, modifizierte MIT-Lizenz

        Kontext: 128K Tokens.
        """);
    assertEquals("Kimi K2", only(de, "Gewichte", "open_weights").subject().text());
    assertEquals("Kimi K2", only(de, "Gewichte", "license").subject().text());
    assertEquals("Kimi K2", only(de, "Kontext", "context_length").subject().text());
    List<Claim> es = facts("es", """
        Probando Kimi K2 en casa

        Pesos en Hugging Face, licencia Apache 2.0, 128K de contexto.
        """);
    assertEquals("Kimi K2", only(es, "Pesos", "open_weights").subject().text());
    List<Claim> fr = facts("fr", """
        Kimi K2 en local

        Poids sur Hugging Face, licence MIT modifiée.

        Contexte : 128 000 jetons.
        """);
    assertEquals("Kimi K2", only(fr, "Poids", "open_weights").subject().text());
    assertEquals("Kimi K2", only(fr, "Contexte", "context_length").subject().text());
    List<Claim> en = facts("en", """
        Kimi K2 at home

        Weights on Hugging Face.

        Context: 128K tokens.
        """);
    assertEquals("Kimi K2", only(en, "Weights", "open_weights").subject().text());
    assertEquals("Kimi K2", only(en, "Context", "context_length").subject().text());
  }

  @Test
  void aModelNamedAsABaseOrAsWhatTheSubjectDiffersFrom_ownsNoFactOfTheSubject() {
    List<Claim> en = facts("en", """
        Kestrel Labs launches Talon-2

        The 24-billion-parameter model, built on top of Nordwind-9B, is the lab's first.
        """);
    assertEquals("Talon-2", only(en, "The 24", "parameters").subject().text());
    List<Claim> de = facts("de", """
        Talon-2 ist da

        Talon-2 basiert auf der Mixture-of-Experts-Architektur von Nordwind-9B und kommt auf 300 Milliarden Parameter.

        Das unterscheidet es von Nordwind-9B, dessen Gewichte unter Apache 2.0 auf Hugging Face liegen.
        """);
    assertEquals("Talon-2", only(de, "Talon-2 basiert", "parameters").subject().text());
    assertEquals("Nordwind-9B", only(de, "Das unterscheidet", "license").subject().text());
  }

  @Test
  void aModelAfterACompanysPossessiveInAComparison_isNotTheSubject() {
    List<Claim> de = facts("de", """
        Talon-2 ist da

        Die neue Version von Talon-2 liegt nur knapp hinter Metas Llama 4 Maverick – und das erneut unter MIT-Lizenz.
        """);
    assertEquals("Talon-2", only(de, "Die neue", "license").subject().text());
  }

  @Test
  void openWeightsAsTheClassOfASuperlative_isNoFact() {
    List<Claim> es = facts("es", """
        Talon-2 llega a LMArena

        En LMArena, Talon-2 ocupa la sexta posición, la mejor de un modelo de pesos abiertos.
        """);
    assertTrue(es.stream().noneMatch(c -> c.fact().equals("open_weights")), describe(es));
  }

  @Test
  void weightsThatWillNotBePublishedOrACloudOnlyModel_areNotOpenWeights() {
    List<Claim> en = facts("en", """
        Talon-2 is here

        Talon-2 is a dense transformer, and its weights will not be published.

        Talon-2 Max is available only through the company's cloud platform.
        """);
    assertEquals("false", value(only(en, "Talon-2 is a", "open_weights")).value());
    assertEquals("false", value(only(en, "Talon-2 Max", "open_weights")).value());
  }

  @Test
  void aSeriesNameBeforeItsMakersSourceOrTeamNamesTheOrganisationNotAModel() {
    List<Claim> claims = facts("en", """
        Qwen3-30B-A3B, tested

        Context is 32K native, per Qwen's model card. Alibaba's Qwen team says the model has 30B \
        parameters.
        """);
    assertEquals("Qwen3-30B-A3B", only(claims, "Context is", "context_length").subject().text());
    assertEquals("Qwen3-30B-A3B", only(claims, "Alibaba's Qwen team", "parameters").subject().text());
    List<Claim> de = facts("de", """
        Qwen3-30B-A3B im Test

        Das Qwen-Team nennt für Qwen3-30B-A3B 30 Milliarden Parameter.
        """);
    assertEquals("Qwen3-30B-A3B", only(de, "Das Qwen-Team", "parameters").subject().text());
  }

  @Test
  void aGappedClauseMayWriteTheUnitWordInThePlural() {
    List<Claim> claims = facts("en", """
        Long context, compared

        Gemini 2.5 Pro takes a one-million-token context window; Claude Opus 4 stops at 200,000 \
        tokens.
        """);
    assertEquals(List.of("Gemini 2.5 Pro = 1000000.0", "Claude Opus 4 = 200000.0"),
        claims.stream().map(c -> c.subject().text() + " = " + c.value()).toList());
  }

  @Test
  void aModelTheMakerIsStillWorkingOnHasNoFactsYet_inEveryLanguage() {
    String[][] cases = {
        {"en", "And there is more to come: we are working on a large open model."},
        {"fr", "Et ce n'est pas fini : nous travaillons sur un grand modèle ouvert."},
        {"de", "Und es kommt mehr: Wir arbeiten an einem großen offenen Modell."},
        {"es", "Y habrá más: estamos trabajando en un modelo grande abierto."}};
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], "Quill-12B\n\n" + c[1] + "\n");
      assertTrue(claims.isEmpty(), c[0] + ": " + describe(claims));
    }
  }

  @Test
  void aLicenceNamedAloneAsASentenceIsTheArticlesModels_inEveryLanguage() {
    String[][] cases = {
        {"en", "Apache 2.0, too."}, {"fr", "Apache 2.0, en plus."},
        {"de", "Apache 2.0, also kommerziell nutzbar."}, {"es", "Apache 2.0, además."}};
    for (String[] c : cases) {
      List<Claim> claims = facts(c[0], "Qwen3-30B-A3B\n\nQwen3-30B-A3B is out.\n\n" + c[1] + "\n");
      assertEquals("Qwen3-30B-A3B", only(claims, "Apache", "license").subject().text(), c[0]);
    }
    List<Claim> none = facts("en", """
        Qwen3-30B-A3B

        Apache, Nginx and IIS were patched.
        MIT researchers found the same.
        """);
    assertTrue(none.isEmpty(), describe(none));
  }

  @Test
  void aLabelLineOfFactsWithValuesGivesTheDesignToo() {
    List<Claim> claims = facts("en", """
        Qwen3-30B-A3B

        Parameters: 9.1B (dense)
        Quick facts: 117B total parameters, MoE with 128 experts.
        """);
    only(claims, "Parameters", "architecture");
    only(claims, "Quick facts", "architecture");
  }

  @Test
  void aContextWindowThatRemainsIsStated() {
    List<Claim> claims = facts("en", """
        Qwen3-30B-A3B

        Its context window remains 200,000 tokens, with a beta for some customers.
        """);
    assertEquals(200_000.0, only(claims, "Its context", "context_length").value());
  }

  @Test
  void weightsThatAreNotBeingReleasedAreClosed_aNegationIsNoFillerWord() {
    List<Claim> claims = facts("en", """
        Magistral Medium

        Medium's weights are not being released, at least not this year. The weights are not yet \
        public. Its weights are never going to be released. Its weights are not only open but \
        on Hugging Face.
        """);
    assertEquals("false", value(only(claims, "Medium's weights", "open_weights")).value());
    assertEquals("false", value(only(claims, "The weights are not yet", "open_weights")).value());
    assertEquals("false", value(only(claims, "Its weights are never", "open_weights")).value());
    assertEquals("true", value(only(claims, "Its weights are not only", "open_weights")).value());
  }

  @Test
  void anOpenWeightsPhraseWithAPluralNamesAClassOfModels() {
    List<Claim> claims = facts("en", """
        Kimi K2 Thinking

        Kimi K2 Thinking set off a long argument about how far open-weights models have come. \
        On LiveCodeBench it is ahead of every open-weights model we tested. \
        It posts 66.3, the highest placement we have recorded for an open-weights model. \
        Kimi K2 Thinking and GLM-4.6 are open-weights models. \
        Moonshot released its open-weight K2 models in July.
        """);
    for (String start : List.of("Kimi K2 Thinking set", "On LiveCodeBench", "It posts")) {
      assertTrue(claims.stream().noneMatch(c -> c.sentence().text().startsWith(start)),
          start + ": " + describe(claims));
    }
    // Said of the sentence's models, the class is their fact.
    assertEquals(2, claims.stream().filter(c -> c.sentence().text().startsWith("Kimi K2 Thinking and")
        && c.fact().equals("open_weights")).count(), describe(claims));
    only(claims, "Moonshot released", "open_weights");
  }

  @Test
  void aPluralBeforeAnOpenWeightsPhraseNamesAClassWhereTheNounComesFirst() {
    List<Claim> fr = facts("fr", """
        Kimi K2 Thinking

        Kimi K2 Thinking reste loin des modèles ouverts chinois les plus récents. \
        Sur HLE, aucun modèle ouvert ne dépasse 30 %. \
        Google a publié Gemma 3, une famille de modèles ouverts. \
        Kimi K2 Thinking est un modèle ouvert.
        """);
    for (String start : List.of("Kimi K2 Thinking reste", "Sur HLE")) {
      assertTrue(fr.stream().noneMatch(c -> c.sentence().text().startsWith(start)),
          start + ": " + describe(fr));
    }
    only(fr, "Google a publié", "open_weights");
    only(fr, "Kimi K2 Thinking est", "open_weights");
    List<Claim> de = facts("de", """
        Qwen3

        Wie nah die offenen Modelle der Spitze kommen, zeigt Qwen3. \
        Qwen3 ist kein offenes Modell.
        """);
    assertTrue(de.stream().noneMatch(c -> c.sentence().text().startsWith("Wie nah")), describe(de));
    assertTrue(only(de, "Qwen3 ist", "open_weights").negated(), describe(de));
  }

  @Test
  void aFactOfAModelAfterAnIndefiniteArticleIsSaidOfModelsInGeneral() {
    List<Claim> en = facts("en", """
        Corvid-30B

        Corvid-30B is out. \
        A dense 30B model fits on a single 80-gigabyte GPU at 8-bit precision. \
        Mistral AI launched Magistral Small, a 24B-parameter model aimed at enterprises. \
        A 400,000-token context window, double that of its predecessor.
        """);
    assertTrue(en.stream().noneMatch(c -> c.sentence().text().startsWith("A dense")), describe(en));
    // A model named before the comma is the one described; a context window is no model.
    only(en, "Mistral AI launched", "parameters");
    only(en, "A 400,000", "context_length");
    List<Claim> de = facts("de", """
        Qwen3-Coder-Next

        Qwen3-Coder-Next ist da. \
        Nein, ein 30B-Modell wird deine 480B-Erwartungen nicht erfüllen.
        """);
    assertTrue(de.stream().noneMatch(c -> c.sentence().text().startsWith("Nein")), describe(de));
  }

  @Test
  void germanWeightsToBeHadOnHuggingFace() {
    List<Claim> de = facts("de", """
        GLM-4.6

        Zhipu hat GLM-4.6 vorgestellt. \
        GLM-4.6 ist jetzt auch in einer quantisierten INT4-Fassung auf Hugging Face zu haben. \
        GLM-4.6 ist nur über die API zu haben.
        """);
    assertEquals("true", only(de, "GLM-4.6 ist jetzt", "open_weights").stated().get(0).value(),
        describe(de));
    assertEquals("false", only(de, "GLM-4.6 ist nur", "open_weights").stated().get(0).value(),
        describe(de));
  }

  @Test
  void aProductNamedAsAPlaceIsNoFactsOwner() {
    List<Claim> en = facts("en", """
        Mistral Large 3

        Mistral Large 3 is here. \
        The model is available on La Plateforme, in Le Chat, and on Amazon Bedrock, with weights on \
        Hugging Face under the Apache 2.0 license.
        """);
    assertEquals("Mistral Large 3", only(en, "The model is", "open_weights").subject().text(),
        describe(en));
    assertEquals("Mistral Large 3", only(en, "The model is", "license").subject().text(),
        describe(en));
  }

  @Test
  void aPersonSayingAFactIsItsClaimant() {
    List<Claim> en = facts("en", """
        Tessera-2-Pro

        Tessera-2-Pro is out. \
        The model takes up to 400,000 tokens of context, Holt says.
        """);
    assertEquals("Holt", only(en, "The model takes", "context_length").attribution().claimant(),
        describe(en));
  }

  @Test
  void aPredecessorNamedForComparisonIsNoFactsOwner() {
    List<Claim> de = facts("de", """
        Kimi K2 Thinking

        Kimi K2 Thinking ist da. \
        Wie schon beim Vorgänger Kimi K2 handelt es sich um ein Mixture-of-Experts-Modell.
        """);
    assertEquals("Kimi K2 Thinking", only(de, "Wie schon", "architecture").subject().text(),
        describe(de));
  }

  @Test
  void openWeightsLabsAreNoModelsFact() {
    List<Claim> en = facts("en", """
        Qwen3-Max

        Qwen3-Max is out.         Chinese open-weight labs are now within six months of the frontier.
        """);
    assertTrue(en.stream().noneMatch(c -> c.sentence().text().startsWith("Chinese")), describe(en));
    List<Claim> es = facts("es", """
        Qwen3-Max

        Qwen3-Max ya está aquí.         Los laboratorios chinos de pesos abiertos comprimen los precios.
        """);
    assertTrue(es.stream().noneMatch(c -> c.sentence().text().startsWith("Los laboratorios")),
        describe(es));
    // Their models are the labs', not the article's model.
    List<Claim> fr = facts("fr", """
        Qwen3-Max

        Qwen3-Max est disponible.         Les laboratoires chinois pèsent sur les prix avec leurs modèles à poids ouverts.
        """);
    assertTrue(fr.stream().noneMatch(c -> c.sentence().text().startsWith("Les laboratoires")),
        describe(fr));
  }

  @Test
  void anOrganisationAfterTheVerbOfAnInvertedClauseSaysTheFact() {
    List<Claim> de = facts("de", """
        Qwen3-Max

        Qwen3-Max ist da.         Eine Parameterzahl nennt Alibaba nicht, nur dass es sich bei Qwen3-Max um ein         Mixture-of-Experts-Modell handle.
        """);
    assertEquals("Alibaba", only(de, "Eine Parameterzahl", "architecture").attribution()
        .claimant(), describe(de));
  }

  @Test
  void theClassOfASuperlativeWhoseAdjectiveFollowsIt() {
    List<Claim> es = facts("es", """
        Análisis

        Kimi K2 Thinking es el modelo de pesos abiertos más capaz que hemos evaluado.

        GLM-4.6 es el modelo abierto más recomendable para programar hoy.
        """);
    assertTrue(es.isEmpty(), describe(es));
    List<Claim> fr = facts("fr", """
        Analyse

        Kimi K2 Thinking est le modèle à poids ouverts le plus performant que nous ayons testé.
        """);
    assertTrue(fr.isEmpty(), describe(fr));
    // Still a fact where no superlative follows.
    assertFalse(facts("es", """
        Análisis

        Kimi K2 Thinking es un modelo de pesos abiertos con licencia MIT.
        """).isEmpty());
  }

  @Test
  void aModelWhoseArchitectureOrLicenceIsSharedIsNoSubject() {
    List<Claim> en = facts("en", """
        Kimi K2 Thinking

        Kimi K2 Thinking keeps the mixture-of-experts architecture of Kimi K2, with one trillion \
        parameters in total. Kimi K2 Thinking is under the same modified MIT license as Kimi K2.
        """);
    assertTrue(en.stream().allMatch(c -> c.subject().text().equals("Kimi K2 Thinking")),
        describe(en));
    assertEquals(1_000_000_000_000.0, value(only(en, "Kimi K2 Thinking keeps", "parameters"))
        .number(), describe(en));
    List<Claim> es = facts("es", """
        Kimi K2 Thinking llega con fuerza

        Kimi K2 Thinking mantiene la arquitectura de mezcla de expertos de Kimi K2, con un billón \
        de parámetros en total, y admite un contexto de 256.000 tokens.
        """);
    assertTrue(es.stream().allMatch(c -> c.subject().text().equals("Kimi K2 Thinking")),
        describe(es));
    assertEquals(256_000.0, value(only(es, "Kimi K2 Thinking", "context_length")).number(),
        describe(es));
  }

  @Test
  void aGermanContextSaidOfTheModelOrLikeItsPredecessors() {
    List<Claim> de = facts("de", """
        Gemini 3 Pro im Liveblog

        Google hat Gemini 3 Pro vorgestellt. Das Kontextfenster umfasst wie beim Vorgänger eine \
        Million Tokens. Der Kontext liegt bei 256.000 Tokens.
        """);
    assertEquals(1_000_000.0, value(only(de, "Das Kontextfenster", "context_length")).number(),
        describe(de));
    assertEquals(256_000.0, value(only(de, "Der Kontext", "context_length")).number(),
        describe(de));
  }

  @Test
  void aRelativeClauseAfterAFineTunesDescriptionIsAboutTheFineTune() {
    List<Claim> en = facts("en", """
        LexGemma-27B: what we learned

        Today we release LexGemma-27B, a fine-tune of Gemma 3 27B, which we publish under the \
        Gemma licence on Hugging Face. Nimbus-9B is based on Qwen3-8B, which has 8 billion \
        parameters.
        """);
    assertEquals("LexGemma-27B", only(en, "Today we", "license").subject().text(), describe(en));
    assertEquals("Qwen3-8B", only(en, "Nimbus-9B is", "parameters").subject().text(), describe(en));
    List<Claim> de = facts("de", """
        LexGemma-27B: was wir gelernt haben

        Heute veröffentlichen wir LexGemma-27B, eine Feinabstimmung von Gemma 3 27B, die wir unter \
        der Gemma-Lizenz auf Hugging Face bereitstellen.
        """);
    assertEquals("LexGemma-27B", only(de, "Heute", "license").subject().text(), describe(de));
    assertEquals("LexGemma-27B", only(de, "Heute", "open_weights").subject().text(), describe(de));
  }

  @Test
  void anyModelOfAKindIsNoFactAboutTheArticlesModel() {
    List<Claim> es = facts("es", """
        Crónica del congreso: Claude Opus 4.5

        Claude Opus 4.5 fue la estrella. Varios asistentes echaron de menos algún modelo de pesos \
        abiertos en la comparación. Hay que subrayar que no es un modelo de pesos abiertos.
        """);
    assertTrue(es.stream().noneMatch(c -> c.sentence().text().startsWith("Varios")), describe(es));
    assertEquals("Claude Opus 4.5", only(es, "Hay que", "open_weights").subject().text(),
        describe(es));
  }

  @Test
  void aNextModelsWeightsAreNoFact() {
    List<Claim> en = facts("en", """
        An open letter to Meta about Llama 4 Maverick

        We write as developers. Meta may keep its next frontier model closed. First, release the \
        next Llama models with open weights, under a licence at least as permissive as the current \
        one.
        """);
    assertTrue(en.isEmpty(), describe(en));
  }

  @Test
  void aFineTunesTokensAreTheFineTunesNeverTheBases() {
    List<Claim> de = facts("de", """
        Lindwurm-32B: ein juristisches Modell

        Wir stellen Lindwurm-32B vor, eine Feinabstimmung von Qwen3-32B auf 14 Milliarden Tokens \
        aus Urteilen. Für die Klassifikation nutzt das Team zusätzlich HanseClass, eine \
        Feinabstimmung von Ministral 8B, die mit rund 60 Millionen Tokens nachtrainiert wurde.
        """);
    assertEquals("Lindwurm-32B", only(de, "Wir stellen", "training_tokens").subject().text(),
        describe(de));
    assertTrue(de.stream().noneMatch(c -> c.subject().text().equals("Ministral 8B")),
        describe(de));
    List<Claim> fr = facts("fr", """
        Hackathon juridique

        Leur modèle, PrudGemma-12B, est une version de Gemma 3 12B affinée pendant la nuit sur \
        40 millions de jetons. Esculape-70B est un modèle issu de Llama 3.3 70B et affiné sur \
        2 milliards de tokens.
        """);
    assertTrue(fr.stream().noneMatch(c -> c.subject().text().equals("Gemma 3 12B")), describe(fr));
    assertEquals("Esculape-70B", only(fr, "Esculape", "training_tokens").subject().text(),
        describe(fr));
  }

  @Test
  void aClauseOpeningWithAVerbOfBeingHasTheSentencesSubject() {
    List<Claim> de = facts("de", """
        Frage: Welches Modell lokal?

        Llama 4 Maverick schlägt auf LiveBench zwar GPT-4o, ist aber mit 400 Milliarden Parametern \
        für deine Hardware viel zu groß.
        """);
    assertEquals("Llama 4 Maverick", only(de, "Llama", "parameters").subject().text(), describe(de));
  }

  @Test
  void weightsToDownloadOrNot() {
    List<Claim> fr = facts("fr", """
        Forum : quel modèle en local ?

        gpt-oss-20b est sous licence Apache 2.0, et ses poids sont sur Hugging Face. Mais Mistral \
        Medium 3.1 n'est pas téléchargeable. Garonne-24B peut être téléchargé gratuitement. Le \
        rapport peut être téléchargé sur le site.
        """);
    assertFalse(only(fr, "gpt-oss-20b", "open_weights").negated(), describe(fr));
    assertTrue(only(fr, "Mais", "open_weights").negated(), describe(fr));
    assertFalse(only(fr, "Garonne", "open_weights").negated(), describe(fr));
    assertTrue(fr.stream().noneMatch(c -> c.sentence().text().startsWith("Le rapport")),
        describe(fr));
    List<Claim> es = facts("es", """
        Apuntes

        Mistral Medium 3.1, en cambio, no publica pesos: solo se usa por API.
        """);
    assertTrue(only(es, "Mistral", "open_weights").negated(), describe(es));
  }
}
