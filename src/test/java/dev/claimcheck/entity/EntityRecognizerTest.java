package dev.claimcheck.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.check.Articles;
import dev.claimcheck.registry.NameTarget;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private final EntityRecognizer recognizer = new EntityRecognizer(Articles.mini());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Qwen2.5-Max beats GPT 4o. | GPT 4o | gpt-4o",
    "It beats Claude 3.5 Sonnet today. | Claude 3.5 Sonnet | claude-3.5-sonnet",
    "It beats Claude-3.5-Sonnet. | Claude-3.5-Sonnet | claude-3.5-sonnet",
    "vs DeepSeek V3 and more | DeepSeek V3 | deepseek-v3",
    "vs Llama 3.1 405B here | Llama 3.1 405B | llama-3.1-405b",
    "on GPQA Diamond. | GPQA Diamond | gpqa-diamond",
    "the qwen-max-2025-01-25 API | qwen-max-2025-01-25 | qwen2.5-max"
  })
  void known_spellingVariants(String text, String surface, String id) {
    Found found = recognizer.known(text).stream()
        .filter(f -> f.mention().text().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError(surface + " not found in " + text));
    assertEquals(id, found.mention().targets().get(0).id());
  }

  @Test
  void known_aNameGluedToMorePartsWithANumberIsAnotherModel() {
    List<Found> found = recognizer.known("GPT-4o-level answers from GPT-4o-Zorb-7B, a distilled one.");
    assertEquals(List.of("GPT-4o", "GPT-4o-Zorb-7B"),
        found.stream().map(f -> f.mention().text()).toList());
    assertEquals("gpt-4o", found.get(0).mention().targets().get(0).id());
    assertTrue(found.get(1).mention().targets().isEmpty());
  }

  @Test
  void aBracketOfSettingWordsAfterANameIsAConfigurationOfItsOwn() {
    String text = "Grok 3 (Think) leads GPT-4o (high), GPT-4o (no thinking), Nimbus-9B"
        + " (reasoning-16k), GPT-4o (new) and Qwen 2.5 Max (Preview).";
    List<Found> known = recognizer.known(text);
    List<Found> all = EntityRecognizer.merge(known, recognizer.unknownModels(text, known));
    assertEquals(List.of("Grok 3 (Think)", "GPT-4o (high)", "GPT-4o (no thinking)",
            "Nimbus-9B (reasoning-16k)", "GPT-4o", "Qwen 2.5 Max"),
        all.stream().filter(Found::isModel).map(f -> f.mention().text()).toList());
    // The setting makes another model: never the one the registry knows without it.
    assertTrue(known.get(0).mention().targets().isEmpty());
    assertFalse(known.get(3).mention().targets().isEmpty());
  }

  @Test
  void aUsersHandleNamesNoModel() {
    String text = "@GPT_4o ships, cc @gpt@gpt.social, GPT-4o wins pass@1";
    List<Found> known = recognizer.known(text);
    assertEquals(List.of("GPT-4o"), known.stream().map(f -> f.mention().text()).toList());
    assertTrue(recognizer.unknownModels("Thanks @Nimbus_9B and Nimbus-9B", List.of()).stream()
        .map(f -> f.mention().text()).toList().equals(List.of("Nimbus-9B")));
  }

  @Test
  void known_longestMatchWins() {
    List<Found> found = recognizer.known("Qwen 2.5 Max and Qwen 2.5 and Claude 3.5 Sonnet (new)");
    assertEquals(List.of("Qwen 2.5 Max", "Qwen 2.5", "Claude 3.5 Sonnet (new)"),
        found.stream().map(f -> f.mention().text()).toList());
    assertEquals(NameTarget.Kind.MODEL, found.get(0).mention().targets().get(0).kind());
    assertEquals(NameTarget.Kind.FAMILY, found.get(1).mention().targets().get(0).kind());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a known benchmark glued to other letters is another benchmark
    "Scout scores 15 on Fiction.LiveBench this week. | ",
    "It beats Foo-1 on Multi-LiveBench. | ",
    "It leads the LiveBench-Pro table. | ",
    // a compound that only says what the name is stays the name
    "In der LiveBench-Bestenliste liegt es vorn. | LiveBench",
    "Its LiveBench score is 61.2. | LiveBench",
    "It leads on LiveBench. | LiveBench",
    // a name the registry writes in capitals is not an ordinary capitalised word
    "It leads the GPQA-D table. | GPQA-D",
    "It leads the Gpqa-D table. | "
  })
  void known_benchmarkNamesRespectWordBoundaries(String text, String expected) {
    List<String> benchmarks = recognizer.known(text).stream().filter(Found::isBenchmark)
        .map(f -> f.mention().text()).toList();
    assertEquals(expected == null ? List.of() : List.of(expected), benchmarks);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "It trails Foo-1 on AmtsDeutsch-Bench. | AmtsDeutsch-Bench",
    "It scores 40 on Fiction.LiveBench today. | Fiction.LiveBench",
    "It beats Foo-1 on the AMC 10/12 problems. | AMC 10/12",
    "It gets 31.2 on PaperTrail v2 overall. | PaperTrail v2",
    "It gets 85.7 on AIME'24 this time. | AIME'24",
    "It gets 70.8 on BFCL v3 overall. | BFCL v3"
  })
  void unknownBenchmarks_takeDottedPrefixesSuffixesAndVersions(String text, String expected) {
    List<Found> known = recognizer.known(text);
    assertEquals(List.of(expected), recognizer.unknownBenchmarks(text, known).stream()
        .map(f -> f.mention().text()).toList());
  }

  @Test
  void unknownModels_modelShapedNamesOnly() {
    String text = "Nimbus-9B beats GPT-4o and Foo-2.5-Pro in January 2025, says Covid expert.";
    List<Found> known = recognizer.known(text);
    List<Found> unknown = recognizer.unknownModels(text, known);
    assertEquals(List.of("Nimbus-9B", "Foo-2.5-Pro"),
        unknown.stream().map(f -> f.mention().text()).toList());
    assertTrue(unknown.stream().noneMatch(f -> f.mention().isKnown()));
  }

  @Test
  void unknownModels_aLetterBeforeOrAfterTheVersion() {
    String text = "Tencent's Hunyuan-T3 and Foomax-M9 trail Zork K9 and Gemmo 7n, "
        + "tested on a Pixel 9 with a Tensor G4 in Level 3 of Figure 2.";
    List<Found> known = recognizer.known(text);
    assertEquals(List.of("Hunyuan-T3", "Foomax-M9", "Zork K9", "Gemmo 7n"),
        recognizer.unknownModels(text, known).stream().map(f -> f.mention().text()).toList());
  }

  @Test
  void unknownModels_aDottedVersionInALaterPart() {
    String text = "Tessera-32B-v2.1 and Corvid-7B-v1.0.2 beat Nimbus-9B-v3.";
    List<Found> known = recognizer.known(text);
    assertEquals(List.of("Tessera-32B-v2.1", "Corvid-7B-v1.0.2", "Nimbus-9B-v3"),
        recognizer.unknownModels(text, known).stream().map(f -> f.mention().text()).toList());
  }

  @Test
  void unknownModels_aNameAPartAndAVersion() {
    String text = "Vellum Pro 2 beats Corvid Max 3, while Using Pro 2 and the Vellum Pro plan "
        + "name nothing new.";
    List<Found> known = recognizer.known(text);
    assertEquals(List.of("Vellum Pro 2", "Corvid Max 3", "Pro 2"),
        recognizer.unknownModels(text, known).stream().map(f -> f.mention().text()).toList());
  }

  @Test
  void unknownModels_aNameAndASize() {
    String text = "Sable 24B and Larch 8x7B beat Falcon 180B; Raised 2B, Nearly 2B and New 236B "
        + "are amounts.";
    List<Found> known = recognizer.known(text);
    assertEquals(List.of("Sable 24B", "Larch 8x7B", "Falcon 180B"),
        recognizer.unknownModels(text, known).stream().map(f -> f.mention().text()).toList());
  }

  @Test
  void unknownModels_aNameAndAVersion_notANumberGroupedInThousands() {
    String text = "Vellum 2.5 and Corvid 3 are out. Tiene 8.000 millones de parámetros.";
    List<Found> known = recognizer.known(text);
    assertEquals(List.of("Vellum 2.5", "Corvid 3"),
        recognizer.unknownModels(text, known).stream().map(f -> f.mention().text()).toList());
  }

  @Test
  void unknownModels_aNameAndATierWord() {
    String text = "Acme's Zephyra Medium trails Borealis Heavy, not Pixel Lite; ChatGPT Pro users "
        + "prefer Ortega Small.";
    List<Found> known = recognizer.known(text);
    assertEquals(List.of("Zephyra Medium", "Borealis Heavy", "Ortega Small"),
        recognizer.unknownModels(text, known).stream().map(f -> f.mention().text()).toList());
    // At the start of a sentence any word is capitalised.
    String infrastructure = "It was trained on Colossus 2 with Blackwell 2 chips, not on Zork 3.";
    assertEquals(List.of("Zork 3"), recognizer.unknownModels(infrastructure,
        recognizer.known(infrastructure)).stream().map(f -> f.mention().text()).toList());
    String headline = "Why Nordwind Is Going Large With Its Next Release";
    assertEquals(List.of(), recognizer.unknownModels(headline, recognizer.known(headline)));
    String opening = "Very Small models win.";
    assertEquals(List.of(), recognizer.unknownModels(opening, recognizer.known(opening)));
  }

  @Test
  void unknownModels_aNameAndATierWordOpeningATextWithItsOpeners() {
    java.util.regex.Pattern openers = java.util.regex.Pattern.compile("Both|Avec|Auch|Incluso");
    for (String text : List.of("Zephyra Medium est notre premier modèle de raisonnement.",
        "Zephyra Medium: release notes", "« Zephyra Medium erreicht 73,6 Prozent »",
        "- Zephyra Medium obtiene un 70,7 %")) {
      assertEquals(List.of("Zephyra Medium"), recognizer.unknownModels(text,
          recognizer.known(text), openers).stream().map(f -> f.mention().text()).toList(), text);
      // Without the language's openers, no opening pair is read.
      assertEquals(List.of(), recognizer.unknownModels(text, recognizer.known(text)), text);
    }
    for (String text : List.of("Both Flash and Pro trail it.", "Avec Flash, Google mise gros.",
        "Auch Flash ist schneller.", "Incluso Flash gana.", "Very Small models win.",
        "Very Large Language Models are costly.", "Using Small models is cheap.",
        "Why Nordwind Is Going Large With Its Next Release")) {
      assertEquals(List.of(), recognizer.unknownModels(text, recognizer.known(text), openers),
          text);
    }
  }

  @Test
  void anEditionNamedAfterAModelBelongsToIt() {
    String text = "GPT-4o I/O Edition leads Zephyra 3 Anniversary Edition; the GPT-4o edition"
        + " for Europe trails.";
    List<Found> known = recognizer.known(text);
    assertEquals(List.of("GPT-4o I/O Edition", "Zephyra 3 Anniversary Edition", "GPT-4o"),
        EntityRecognizer.merge(known, recognizer.unknownModels(text, known)).stream()
            .filter(Found::isModel).map(f -> f.mention().text()).toList());
    assertTrue(known.get(0).mention().targets().isEmpty());
  }

  @Test
  void unknownModels_aNameATierWordAndAVersionFirstInASentence() {
    String text = "Zephyra Small 1.1 scores 53.6%, up from Zephyra Small 1.0.";
    assertEquals(List.of("Zephyra Small 1.1", "Zephyra Small 1.0"),
        recognizer.unknownModels(text, recognizer.known(text)).stream()
            .map(f -> f.mention().text()).toList());
    String preposition = "With Medium 3, the lab goes after Borealis 2.";
    assertEquals(List.of("Medium 3", "Borealis 2"),
        recognizer.unknownModels(preposition, recognizer.known(preposition)).stream()
            .map(f -> f.mention().text()).toList());
  }

  @Test
  void unknownModels_aQuarterIsNoVersion() {
    String text = "Zephyra Technologies Q2 2025 letter: Zephyra Forge 2 leads, Kimi Q3 maybe.";
    assertEquals(List.of("Forge 2"),
        recognizer.unknownModels(text, recognizer.known(text)).stream()
            .map(f -> f.mention().text()).toList());
  }

  @Test
  void unknownModels_aVersionGluedToTheName() {
    String text = "Zorblat3-Coder and Zorblat2.5 run on Python3 under Windows11, as does "
        + "Zorblat3-Coder-30B-A3B.";
    List<Found> known = recognizer.known(text);
    assertEquals(List.of("Zorblat3-Coder", "Zorblat2.5", "Zorblat3-Coder-30B-A3B"),
        recognizer.unknownModels(text, known).stream().map(f -> f.mention().text()).toList());
  }

  @Test
  void unknownModels_aLowerCaseFamilyOfKnownModels() throws Exception {
    EntityRecognizer bundled = new EntityRecognizer(
        new dev.claimcheck.registry.RegistryLoader().loadBundled());
    String text = "The gpt-oss models and gpt-oss-120b, unlike a state-of-the-art one.";
    List<Found> known = bundled.known(text);
    List<String> all = EntityRecognizer.merge(known, bundled.unknownModels(text, known)).stream()
        .filter(Found::isModel).map(f -> f.mention().text()).toList();
    assertEquals(List.of("gpt-oss", "gpt-oss-120b"), all);
  }

  @Test
  void aLowerCaseWordBeforeAModelNounDescribesTheModel() {
    String text = "The Zork-3 reasoning model rivals GPT-4o mini, and Zork-3-reasoning beats it.";
    List<Found> known = recognizer.known(text);
    List<String> names = EntityRecognizer.merge(known, recognizer.unknownModels(text, known))
        .stream().filter(Found::isModel).map(f -> f.mention().text()).toList();
    assertEquals(List.of("Zork-3", "GPT-4o mini", "Zork-3-reasoning"), names);
  }

  @Test
  void known_anAmbiguousNameStartingACompoundWordIsNoModel() throws Exception {
    EntityRecognizer bundled = new EntityRecognizer(
        new dev.claimcheck.registry.RegistryLoader().loadBundled());
    List<Found> found = bundled.known(
        "Im Qwen-Forum heißt es, QwQ-32B sei schneller; Qwen-level speed.");
    assertEquals(List.of("QwQ-32B", "Qwen"),
        found.stream().map(f -> f.mention().text()).toList());
  }
}
