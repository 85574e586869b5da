package dev.claimcheck.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of every lexicon: the span marked [[...]] must be what the phrase matches,
 * and counter-examples must not match. A new language's file is tested by this class unchanged.
 */
class LexiconExamplesTest {
  private final Map<String, Lexicon> lexicons = new LexiconLoader().loadAll();

  @Test
  void everyLanguageListedLoads() {
    assertTrue(lexicons.containsKey("en"));
    assertTrue(lexicons.containsKey("fr"));
    lexicons.values().forEach(l -> assertFalse(l.cues().isEmpty(), l.language()));
  }

  @TestFactory
  Stream<DynamicTest> examples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Lexicon lexicon : lexicons.values()) {
      for (Cue cue : lexicon.cues()) {
        add(tests, cue.id(), cue.pattern(), cue.examples(), cue.counterExamples());
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> phraseExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Lexicon lexicon : lexicons.values()) {
      for (String name : Lexicon.PHRASES) {
        Phrase phrase = lexicon.phrases().get(name);
        tests.add(DynamicTest.dynamicTest(lexicon.language() + " defines " + name, () -> {
          assertTrue(phrase != null, lexicon.language() + " has no phrase " + name);
          assertFalse(phrase.counterExamples().isEmpty(), phrase.id() + " has no counter-example");
        }));
      }
      for (Phrase phrase : lexicon.phrases().values()) {
        add(tests, phrase.id(), phrase.pattern(), phrase.examples(), phrase.counterExamples());
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> factExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Lexicon lexicon : lexicons.values()) {
      if (lexicon.facts() == null) {
        continue;
      }
      for (FactCue cue : lexicon.facts().cues()) {
        add(tests, cue.id(), cue.pattern(), cue.examples(), cue.counterExamples());
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> benchmarkNameExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Lexicon lexicon : lexicons.values()) {
      BenchmarkNames names = lexicon.benchmarkNames();
      for (NamePhrase phrase : Stream.concat(
          names.before().stream(), names.after().stream()).toList()) {
        add(tests, phrase.id(), phrase.pattern(), phrase.examples(), phrase.counterExamples());
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> introductionExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Lexicon lexicon : lexicons.values()) {
      for (Introductions.NamePattern p : lexicon.introductions().all()) {
        add(tests, p.id(), p.pattern(), p.examples(), p.counterExamples());
      }
    }
    return tests.stream();
  }

  /**
   * One test per example (the marked span is what {@code pattern} matches there) and per
   * counter-example (it matches nothing); a pattern without an example fails at once.
   */
  private static void add(List<DynamicTest> tests, String id, Pattern pattern,
      List<String> examples, List<String> counterExamples) {
    assertFalse(examples.isEmpty(), id + " has no example");
    for (String example : examples) {
      tests.add(DynamicTest.dynamicTest(id + ": " + example,
          () -> assertMarkedSpan(id, pattern, example)));
    }
    for (String counter : counterExamples) {
      tests.add(DynamicTest.dynamicTest(id + " must not match: " + counter,
          () -> assertFalse(pattern.matcher(counter).find(), id + " matched \"" + counter + "\"")));
    }
  }

  @Test
  void everyLanguageNamesItsBenchmarkStopWords() {
    for (Lexicon lexicon : lexicons.values()) {
      BenchmarkNames names = lexicon.benchmarkNames();
      assertFalse(names.before().isEmpty(), lexicon.language() + " has no benchmark name phrase");
      assertFalse(names.stopWords().pattern().equals("(?!)"),
          lexicon.language() + " has no stop words for benchmark names");
    }
  }

  @Test
  void factSectionIsOptional() {
    Lexicon en = lexicons.get("en");
    Lexicon bare = en.withoutFacts();
    assertFalse(bare.hasFacts());
    assertTrue(en.hasFacts());
  }

  private static void assertMarkedSpan(String id, Pattern pattern, String example) {
    int open = example.indexOf("[[");
    int close = example.indexOf("]]");
    assertTrue(open >= 0 && close > open, "example must mark its span with [[...]]");
    String plain = example.substring(0, open) + example.substring(open + 2, close)
        + example.substring(close + 2);
    String expected = example.substring(open + 2, close);
    Matcher m = pattern.matcher(plain);
    boolean found = false;
    while (m.find()) {
      if (m.start() == open) {
        assertEquals(expected, m.group(), "span matched by " + id);
        found = true;
      }
    }
    assertTrue(found, id + " must match \"" + expected + "\" in: " + plain);
  }
}
