package dev.claimcheck.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Descriptions of the article's subject ("the updated model"), vague scopes, and the edges of
 * names: what follows a name (a date, a bracket, a benchmark's head word) or comes before it (an
 * organisation's genitive).
 */
class SubjectDescriptionsTest {
  private static final Map<String, Lexicon> LEXICONS = Bundled.LEXICONS;
  private static final EntityRecognizer RECOGNIZER = Bundled.RECOGNIZER;
  private static final List<String> VENDORS = List.of("Google", "OpenAI", "Meta", "DeepSeek");


  /** "kind subject [objects] [benchmarks] value" of each claim of the text's last sentence. */
  private static String last(String lang, String title, String sentence) {
    Lexicon lexicon = LEXICONS.get(lang);
    ClaimExtractor x = new ClaimExtractor(lexicon, RECOGNIZER, VENDORS);
    String text = title + "\n\n" + sentence;
    List<Paragraph> paragraphs = new Segmenter(lexicon.abbreviations()).segment(text);
    Mention main = x.analyse(text, new Sentence(-1, -1, new Span(0, title.length()), title))
        .mentions().stream().filter(Found::isModel).map(Found::mention).findFirst().orElse(null);
    List<String> intro = x.introducedNames(text, paragraphs, null);
    return x.claims(x.read(text, paragraphs, main, null, intro), main, null).stream()
        .filter(c -> c.sentence().text().equals(sentence))
        .map(c -> c.kind().name().toLowerCase() + " " + c.subject().text() + " "
            + c.objects().stream().map(Mention::text).toList() + " "
            + c.benchmarks().stream().map(Mention::text).toList()
            + (c.value() == null ? "" : " " + c.value()))
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a description of what the subject is stands for it
    "en | Gemini 2.5 Pro gets an update | The updated model scores 1,463 on LMArena."
        + " | score Gemini 2.5 Pro [] [LMArena] 1463.0",
    "en | DeepSeek-R1-0528 is out | DeepSeek says the update scores 87.5% on AIME 2025."
        + " | score DeepSeek-R1-0528 [] [AIME 2025] 87.5",
    "en | DeepSeek-R1-0528 is out | The new checkpoint beats Gemini 2.5 Pro on LiveCodeBench."
        + " | compare DeepSeek-R1-0528 [Gemini 2.5 Pro] [LiveCodeBench]",
    "de | Gemini 2.5 Pro im Test | Das überarbeitete Modell erreicht 1.470 Punkte in der LMArena."
        + " | score Gemini 2.5 Pro [] [LMArena] 1470.0",
    "es | DeepSeek-R1-0528 ya está aquí | El modelo actualizado logra un 87,5 % en AIME 2025."
        + " | score DeepSeek-R1-0528 [] [AIME 2025] 87.5",
    // vague scopes
    "en | Llama 4 Maverick tested | Maverick trails GPT-4.1 on almost every coding task we tried."
        + " | vague Maverick [GPT-4.1] []",
    "en | Llama 4 Maverick tested | Maverick trails GPT-4.1 on most coding evaluations."
        + " | vague Maverick [GPT-4.1] []",
    "en | Grok 4 is here | Grok 4 outperforms every frontier model xAI has tested."
        + " | vague Grok 4 [] []",
    "de | Llama 4 Maverick | Das Modell schlage GPT-4o auf breiter Front."
        + " | vague Llama 4 Maverick [GPT-4o] []",
    "fr | Gemini 2.5 Pro reprend la tête"
        + " | Le nouveau modèle s'impose sur la plupart des tests de raisonnement."
        + " | vague Gemini 2.5 Pro [] []",
    // the edges of names
    "de | Qwen3 im Test | Qwen3-235B-A22B schneidet besser ab als DeepSeek R1, OpenAIs o1 und o3-mini."
        + " | compare Qwen3-235B-A22B [DeepSeek R1, o1, o3-mini] []",
    "de | Rückblick | Gemini 2.5 Pro (Preview 06-05) erreicht 1.470 Punkte in der LMArena."
        + " | score Gemini 2.5 Pro [] [LMArena] 1470.0",
    "en | Kimi K2 is out | On Tau2-bench, Kimi K2 matches Claude Sonnet 4."
        + " | parity Kimi K2 [Claude Sonnet 4] [Tau2-bench]",
    // a benchmark given as the example of a field is the number's
    "es | Gemini 2.5 Pro | Gemini 2.5 Pro lidera en pruebas como AIME 2025, con un 86,7 %."
        + " | score Gemini 2.5 Pro [] [AIME 2025] 86.7",
    // a name in a phrase set off by commas after a description is not the subject
    "en | Gemini 2.5 Pro review | The model, which Google offers to paying Claude users first,"
        + " tops the LMArena leaderboard. | rank Gemini 2.5 Pro [] [LMArena]",
    "de | Gemini 2.5 Pro im Test | Das Modell, das zunächst für zahlende Kunden von Claude"
        + " bereitsteht, führe die LMArena-Rangliste an. | rank Gemini 2.5 Pro [] [LMArena]",
    "es | Gemini 2.5 Pro a prueba | El modelo, que Google ofrece primero a los usuarios de Claude,"
        + " encabeza el ranking de LMArena. | rank Gemini 2.5 Pro [] [LMArena]",
    // ... but a name the description opens with is the subject
    "en | Gemini 2.5 Pro review | Claude Opus 4, which Anthropic sells to paying users first,"
        + " tops the LMArena leaderboard. | rank Claude Opus 4 [] [LMArena]",
    // a series name alone is a model
    "en | GPT-5 review | GPT-5 scores 70.1 on MMLU, while Gemini scores 63.2."
        + " | score GPT-5 [] [MMLU] 70.1; score Gemini [] [MMLU] 63.2",
  })
  void readsTheSentence(String lang, String title, String sentence, String expected) {
    assertEquals(expected == null ? "" : expected, last(lang, title, sentence));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // a date after a launched name is no part of it
    "de | Cohere hat Command A Mitte April vorgestellt. | Command A",
    "en | Cohere launched Command A in March. | Command A",
    "fr | Cohere a présenté Command A en avril. | Command A"
  })
  void aNameEndsBeforeADate(String lang, String sentence, String expected) {
    Lexicon lexicon = LEXICONS.get(lang);
    ClaimExtractor x = new ClaimExtractor(lexicon, RECOGNIZER, List.of("Cohere"));
    String text = "News\n\n" + sentence;
    List<Paragraph> paragraphs = new Segmenter(lexicon.abbreviations()).segment(text);
    assertEquals(List.of(expected), x.introducedNames(text, paragraphs, null));
  }
}
