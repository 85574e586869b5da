package dev.claimcheck.eval;

import java.util.List;
import java.util.Locale;

/**
 * A claim reduced to the fields the evaluation compares: a gold label or an extracted claim.
 *
 * @param sentence the sentence as written (gold) or as segmented (prediction)
 * @param kind the kind label ("compare", "score" ...)
 * @param subject the subject as written; for a subject given by reference, the main subject
 * @param objects competitors as written
 * @param benchmarks benchmarks as written
 * @param value the number of a score claim, else null
 * @param claimant who the text says makes the claim, or null
 * @param fact the fact type of a fact claim, else null
 */
public record EvalClaim(
    String sentence,
    String kind,
    String subject,
    List<String> objects,
    List<String> benchmarks,
    Double value,
    boolean negated,
    String claimant,
    String fact) {

  public EvalClaim {
    objects = objects == null ? List.of() : List.copyOf(objects);
    benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
  }

  /** A one-line summary for error listings: {@code compare Qwen2.5-Max > [DeepSeek-V3] ...}. */
  public String describe() {
    StringBuilder b = new StringBuilder(kind).append(' ').append(subject);
    if (!objects.isEmpty()) {
      b.append(" vs ").append(objects);
    }
    if (!benchmarks.isEmpty()) {
      b.append(" on ").append(benchmarks);
    }
    if (value != null) {
      b.append(" = ").append(formatValue(value));
    }
    if (fact != null) {
      b.append(" (").append(fact).append(')');
    }
    if (negated) {
      b.append(" NOT");
    }
    if (claimant != null) {
      b.append(" by ").append(claimant);
    }
    return b.toString();
  }

  static String formatValue(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : String.format(Locale.ROOT, "%s", v);
  }
}
