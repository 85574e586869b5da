package dev.claimcheck.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a language names benchmarks, so that a name the registry does not know ("Humanity's
 * Last Exam") can still be read as one.
 *
 * @param before phrases right before a benchmark's name, besides the benchmark prepositions
 *     ("tops the", « les problèmes de l’ »)
 * @param after phrases right after one ("score of", "leaderboard")
 * @param stopWords capitalised words that are never part of a name: sentence openers, months
 * @param categoryNouns endings of the words that say what sort of test a name is ("Wissenstest",
 *     "Mathe-Benchmark"): such a word before a name describes it and is not part of it
 * @param unnamed the nouns that end a rank phrase ranking on a benchmark it does not name ("tops
 *     a key software benchmark")
 * @param nameSuffixes words joined by a hyphen to the name of one test that are not part of it
 *     ("RULER-Benchmark"); a plural ("MINT-Benchmarks") names a category, not a test
 */
public record BenchmarkNames(
    List<NamePhrase> before, List<NamePhrase> after, Pattern stopWords, Pattern categoryNouns,
    Pattern unnamed, Pattern nameSuffixes) {

  /** No phrases, no stop words. */
  public static BenchmarkNames none() {
    return new BenchmarkNames(List.of(), List.of(), Pattern.compile("(?!)"),
        Pattern.compile("(?!)"), Pattern.compile("(?!)"), Pattern.compile("(?!)"));
  }
}
