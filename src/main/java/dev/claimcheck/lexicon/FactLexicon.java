package dev.claimcheck.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How one language states model facts, read from the {@code facts} section of a lexicon: the
 * phrases per fact type and the words their values are read with. A language without the
 * section states no facts.
 *
 * @param cues the fact phrases, in file order
 * @param references extra words that stand for a model already named ("its", "the weights",
 *     "les modèles 3B et 72B"), beside the lexicon's general references
 * @param partial references to some of a family's models ("plusieurs versions", "some
 *     variants"); they are references too
 * @param partialAfter words that, after a fact phrase, narrow what it states to some of the
 *     subject's models (« du moins pour certaines de ses variantes », "at least for some of its
 *     sizes"): an opener from {@code partial_after} followed by a partial reference
 * @param partOf the words that join a partial reference to the name it completes ("plusieurs
 *     déclinaisons de Qwen 2.5", "several versions of X")
 * @param attributeGap what may stand between a fact phrase that qualifies a name and the name
 *     ("the MoE model Foo-30B"): spaces, hyphens and a model noun ({@code attribute_nouns})
 * @param size a model size as a reference writes it ("72B")
 * @param clauseBreaks words that start a new clause ("but", "mais"): a negation before them does
 *     not reach a fact phrase after them
 * @param negationInClause negation words that may close the clause of the fact phrase they negate
 *     (German "Die Gewichte veröffentlicht Google nicht"); none in most languages
 * @param notSubject words after which a model is not a sentence's subject ("compared with",
 *     "unlike", "fine-tuned from")
 * @param memberOf the words around a model that name the family another model belongs to ("the
 *     small MoE in the Qwen3 family"): that model is not a subject
 * @param relatives words that open a relative clause ("which", « dont »): such a clause right
 *     after a model is about that model
 * @param sharedWith words after which a model has the fact the sentence states of its subject too
 *     ("X offers a 200K context window, as does Y"); none when the language lists none
 * @param jointOpening words that may open a clause before the list of models it is about ("both
 *     X and Y are MIT-licensed", « tanto X como Y »); the list's models all have the fact
 * @param jointJoiner the words that join the last two models of such a list ("and", "y",
 *     "como" after "tanto"); a comma joins the others
 * @param classBefore words that make a fact phrase the class of a superlative ("the best
 *     open-source model"): such a phrase states no fact
 * @param classAfter words right after a fact phrase that make it the class of a superlative
 *     where the language puts the adjective after its noun (« el modelo de pesos abiertos más
 *     capaz »); never matches where the language lists none
 * @param classNouns plural nouns that, in an open-weights phrase or right after it ("open-weights
 *     models", „die offenen Modelle"), or right before it where the language puts the noun first
 *     (« modèles à poids ouverts »), make it name a class of models
 * @param classNounFirst whether the language's nouns come before an open-weights phrase
 *     (« modèles ouverts ») rather than after it
 * @param classStated what, right before such a phrase, says that the sentence's models belong to
 *     the class ("are", « sont des »): then the phrase is their fact after all
 * @param unasserted words that open a clause stating nothing ("whether", "ob"): a fact phrase
 *     after them in their clause is no fact
 * @param unassertedAfter words later in the clause of a fact phrase that make it a plan, not a
 *     fact ("a K2 update with a 256K context window is planned"); none when the language lists none
 * @param generalOpenings articles that, opening a sentence right before an architecture or
 *     open-weights phrase, make it a general term ("The open-weights race", "La mezcla de
 *     expertos reparte ...")
 * @param generalNouns plural nouns that, right after an architecture or open-weights phrase
 *     opening a sentence, make it a general term ("Mixture-of-experts models route each token
 *     ..."); none when the language lists none
 * @param quantity a number with its bound and scale; groups {@code bound}, {@code digits},
 *     {@code word} and {@code scale}
 * @param licenses licence names and how they are written
 */
public record FactLexicon(
    List<FactCue> cues,
    Pattern references,
    Pattern partial,
    Pattern partialAfter,
    Pattern partOf,
    Pattern attributeGap,
    Pattern size,
    Pattern clauseBreaks,
    Pattern negationInClause,
    Pattern notSubject,
    List<MemberOf> memberOf,
    Pattern relatives,
    Pattern sharedWith,
    Pattern jointOpening,
    Pattern jointJoiner,
    Pattern classBefore,
    Pattern classAfter,
    Pattern classNouns,
    boolean classNounFirst,
    Pattern classStated,
    Pattern unasserted,
    Pattern unassertedAfter,
    Pattern generalOpenings,
    Pattern generalNouns,
    Pattern quantity,
    List<Scale> scales,
    List<NumberWord> numberWords,
    List<Bound> bounds,
    Pattern active,
    Pattern total,
    List<License> licenses) {

  public FactLexicon {
    cues = List.copyOf(cues);
    scales = List.copyOf(scales);
    numberWords = List.copyOf(numberWords);
    bounds = List.copyOf(bounds);
    licenses = List.copyOf(licenses);
    memberOf = List.copyOf(memberOf);
  }

  /**
   * Words before and after a model's name that make it the family of the model a sentence is
   * about.
   *
   * @param before found ending right before the name
   * @param after found starting right after the name
   */
  public record MemberOf(Pattern before, Pattern after) {}

  /** A scale word and its factor: "billion", "milliards", "B" → 1e9. */
  public record Scale(Pattern word, double factor) {}

  /** A number written as a word: "one", "un". */
  public record NumberWord(Pattern word, double value) {}

  /**
   * Words that make a number a bound.
   *
   * @param kind {@code more_than}, {@code less_than}, {@code up_to} or {@code about}
   */
  public record Bound(String kind, Pattern words) {}

  /**
   * A licence as articles write it.
   *
   * @param name the licence's name; null to keep the words as written
   */
  public record License(String name, Pattern pattern) {}
}
