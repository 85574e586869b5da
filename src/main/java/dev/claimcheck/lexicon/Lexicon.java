package dev.claimcheck.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything claimcheck knows about one language, read from {@code lexicon/<lang>.json}: claim
 * phrases, references to the article's subject, attribution and hedges, negation, list words,
 * number formats and, optionally, how model facts are stated ({@link FactLexicon}; null when the
 * file has no {@code facts} section). No language knowledge lives in code.
 *
 * <p>{@code scoreOwner} are the words that hand a number to the model after it ("85.5 for
 * DeepSeek-V3", « 96,4 % pour o1 »); {@code notScoreBefore}/{@code notScoreAfter} the words that
 * make a number something else than a score (a price, a count, a rank); {@code firstPerson} the
 * words of a vendor speaking for itself ("we", "our model", « nous »); {@code introductions} how
 * an article introduces a model the registry may not know ({@link Introductions#NONE} when the
 * file has no such section).
 */
public record Lexicon(
    String language,
    String name,
    List<String> detect,
    List<String> abbreviations,
    List<Cue> cues,
    Pattern vagueObjects,
    Pattern references,
    Pattern claimantBefore,
    Pattern claimantAfter,
    Pattern claimantDescriptors,
    Pattern hedges,
    Pattern negationBefore,
    Pattern negationAfter,
    Pattern listSeparator,
    NumberFormat number,
    Pattern scoreOwner,
    Pattern notScoreBefore,
    Pattern notScoreAfter,
    Pattern firstPerson,
    Pattern benchmarkPrepositions,
    WordOrder wordOrder,
    Pattern except,
    Pattern topicPrepositions,
    Pattern determiners,
    Pattern scoreUnits,
    Pattern scoreOfSubject,
    Pattern openQualifiers,
    Pattern uncheckedQualifiers,
    BenchmarkNames benchmarkNames,
    java.util.Map<String, Phrase> phrases,
    FactLexicon facts,
    Introductions introductions,
    Pattern offTopic) {

  /**
   * The names of the {@link #phrases} every language defines: "latter" and "former" point back
   * to the last or first of the benchmarks named before ("ahead of GPT-4o on the latter");
   * "denied" wraps a claim the writer says they are not making ("not trying to claim it is state
   * of the art"); "copula" is the verb that predicates a superlative of a subject left out
   * ("Según Google, es el mejor modelo"); "against" introduces competitors named before the
   * claim verb ("Gegenüber GPT-4o liegt das Modell vorn"); "rank_verb" hands a rank to the model
   * after it ("Auf Platz 2 folgt GPT-4o", "the best score on X goes to Y"); "own_score" comes
   * between a competitor and its own score ("ahead of o3 at 69.1% and Gemini 2.5 Pro at 63.2%");
   * "versus" between a model's score and its competitors' ("trails o3, 75.5 against 88.9");
   * "such_as" brings in named examples of a group of competitors ("larger models such as X");
   * "clause_opener" starts a clause with a subject of its own ("reclaims #1 as GPT-4.5 slips");
   * "benchmark_parts" names the parts of one benchmark a vague scope counts ("behind Y in almost
   * all categories" of LiveBench); "first_place" marks a rank phrase that puts the model first
   * ("debuted at #1"), which no model can be ahead of; "out_of" brings in the total a score
   * counts out of ("solved 28 of the 40 bugs").
   */
  public static final List<String> PHRASES = List.of("latter", "former", "denied", "copula",
      "against", "rank_verb", "own_score", "versus", "such_as", "clause_opener",
      "benchmark_parts", "first_place", "out_of", "unnamed_board", "relative_subject");

  /** The phrase called {@code name}; one that never matches when the language lacks it. */
  public Phrase phrase(String name) {
    Phrase p = phrases.get(name);
    return p == null ? Phrase.none(language + "_" + name) : p;
  }

  /**
   * Where a language puts the subject of a claim verb.
   *
   * @param subjectAfterVerb "Laut Alibaba übertrifft das Modell GPT-4o": subject after the verb
   * @param verbFinal "dass Qwen2.5-Max GPT-4o übertrifft": subject and competitors before the verb
   * @param subjectMayBeOmitted "Según Alibaba, supera a GPT-4o": the verb alone, subject implied
   */
  public record WordOrder(boolean subjectAfterVerb, boolean verbFinal, boolean subjectMayBeOmitted) {}

  /** The same language with no {@code facts} section. */
  public Lexicon withoutFacts() {
    return new Lexicon(language, name, detect, abbreviations, cues, vagueObjects, references,
        claimantBefore, claimantAfter, claimantDescriptors, hedges, negationBefore, negationAfter,
        listSeparator, number, scoreOwner, notScoreBefore, notScoreAfter, firstPerson,
        benchmarkPrepositions, wordOrder, except, topicPrepositions, determiners, scoreUnits,
        scoreOfSubject, openQualifiers, uncheckedQualifiers, benchmarkNames, phrases, null,
        introductions, offTopic);
  }

  /** Whether the language has a {@code facts} section. */
  public boolean hasFacts() {
    return facts != null && !facts.cues().isEmpty();
  }

  /**
   * How numbers are written.
   *
   * @param decimal the decimal separator
   * @param group the thousands separators
   * @param percent the words and signs for per cent
   */
  public record NumberFormat(String decimal, List<String> group, List<String> percent) {

    /**
     * This format with {@code mark} as the decimal separator, and the other of "." and "," as
     * the thousands separator besides the spaces ("84.7%" and "1,302 puntos" in a Mexican
     * text, where the language writes "84,7 %" and "1.302 puntos").
     */
    public NumberFormat withDecimal(String mark) {
      if (mark.equals(decimal)) {
        return this;
      }
      List<String> groups = new java.util.ArrayList<>();
      groups.add(mark.equals(".") ? "," : ".");
      group.stream().filter(String::isBlank).forEach(groups::add);
      return new NumberFormat(mark, List.copyOf(groups), percent);
    }
  }

  /**
   * The decimal separator a text writes its per-cent figures with ("84.7%", "72,5 %"), when it
   * writes them all with one: "." or ","; null when it writes none or both.
   */
  public static String decimalWritten(String text) {
    java.util.regex.Matcher m = DECIMAL_PERCENT.matcher(text);
    boolean dot = false;
    boolean comma = false;
    while (m.find()) {
      dot |= m.group(1).equals(".");
      comma |= m.group(1).equals(",");
    }
    return dot == comma ? null : dot ? "." : ",";
  }

  /** A per-cent figure with one or two decimals: "84.7%", "72,5 %". */
  private static final Pattern DECIMAL_PERCENT = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,\\-])\\p{Nd}{1,3}([.,])\\p{Nd}{1,2}[ \u00a0\u202f]?%");
}
