package dev.claimcheck.eval;

import dev.claimcheck.eval.ClaimMatcher.Level;
import dev.claimcheck.eval.ClaimMatcher.Outcome;
import dev.claimcheck.eval.ClaimMatcher.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The outcome of an evaluation run, article by article, and the figures derived from it.
 *
 * @param languages the corpus languages, in reporting order
 * @param kinds the claim kinds, in reporting order
 * @param articles one entry per corpus article, in gold order
 */
public record EvaluationResult(
    List<String> languages, List<String> kinds, List<ArticleResult> articles) {

  /** The group name that stands for the whole corpus. */
  public static final String OVERALL = "overall";

  public EvaluationResult {
    languages = List.copyOf(languages);
    kinds = List.copyOf(kinds);
    articles = List.copyOf(articles);
  }

  /**
   * One article.
   *
   * @param file the path relative to the corpus folder, as in gold.json
   * @param language the gold language
   * @param readAs the language the checker read the article in
   * @param gold the gold claims
   * @param predicted the extracted claims
   * @param sentenceKeys {@link ClaimMatcher#sentenceKey} of every sentence the checker segmented
   */
  public record ArticleResult(
      String file,
      String language,
      String readAs,
      List<EvalClaim> gold,
      List<EvalClaim> predicted,
      Outcome exact,
      Outcome detection,
      Set<String> sentenceKeys) {
    public ArticleResult {
      gold = List.copyOf(gold);
      predicted = List.copyOf(predicted);
      sentenceKeys = Set.copyOf(sentenceKeys);
    }

    public Outcome outcome(Level level) {
      return level == Level.EXACT ? exact : detection;
    }
  }

  public int goldClaims() {
    return articles.stream().mapToInt(a -> a.gold().size()).sum();
  }

  public int predictedClaims() {
    return articles.stream().mapToInt(a -> a.predicted().size()).sum();
  }

  /**
   * Counts for one language and one kind; a null language or kind stands for all of them. Matches
   * and misses count under the gold kind, spurious predictions under the predicted kind.
   */
  public Counts counts(Level level, String language, String kind) {
    Predicate<EvalClaim> ofKind = c -> kind == null || kind.equals(c.kind());
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (ArticleResult a : articles) {
      if (language != null && !language.equals(a.language())) {
        continue;
      }
      Outcome o = a.outcome(level);
      tp += (int) o.matched().stream().map(Pair::gold).filter(ofKind).count();
      fn += (int) o.missed().stream().filter(ofKind).count();
      fp += (int) o.spurious().stream().filter(ofKind).count();
    }
    return new Counts(tp, fp, fn);
  }

  /**
   * Counts for a floor group: {@value #OVERALL}, a language code or a kind label.
   *
   * @throws IllegalArgumentException for a name that is none of these
   */
  public Counts group(Level level, String group) {
    if (OVERALL.equals(group)) {
      return counts(level, null, null);
    }
    if (languages.contains(group)) {
      return counts(level, group, null);
    }
    if (kinds.contains(group)) {
      return counts(level, null, group);
    }
    throw new IllegalArgumentException("unknown group: " + group);
  }

  /** The floor groups: overall, then languages, then kinds. */
  public List<String> groups() {
    List<String> out = new ArrayList<>();
    out.add(OVERALL);
    out.addAll(languages);
    out.addAll(kinds);
    return out;
  }

  /** Accuracy of negation on exact matches of one language (null: all). */
  public Accuracy negated(String language) {
    Accuracy acc = Accuracy.ZERO;
    for (Pair p : exactPairs(language)) {
      acc = acc.add(p.gold().negated() == p.predicted().negated());
    }
    return acc;
  }

  /** Accuracy of the claimant on exact matches of one language (null: all). */
  public Accuracy claimant(String language) {
    Accuracy acc = Accuracy.ZERO;
    for (Pair p : exactPairs(language)) {
      acc = acc.add(ClaimMatcher.sameClaimant(p.gold(), p.predicted()));
    }
    return acc;
  }

  /** Accuracy of the fact type on exact matches of fact claims of one language (null: all). */
  public Accuracy factType(String language) {
    Accuracy acc = Accuracy.ZERO;
    for (Pair p : exactPairs(language)) {
      if ("fact".equals(p.gold().kind())) {
        acc = acc.add(java.util.Objects.equals(p.gold().fact(), p.predicted().fact()));
      }
    }
    return acc;
  }

  private List<Pair> exactPairs(String language) {
    return articles.stream()
        .filter(a -> language == null || language.equals(a.language()))
        .flatMap(a -> a.exact().matched().stream())
        .toList();
  }
}
