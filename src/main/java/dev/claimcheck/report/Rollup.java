package dev.claimcheck.report;

import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One word for all the verdicts of a sentence. */
public enum Rollup {
  ALL_SUPPORTED,
  ALL_CONTRADICTED,
  /** Some supported, some contradicted or within margin. */
  MIXED,
  /** Nothing refuted, nothing decided either way beyond the margin. */
  NOT_SHOWN,
  /** No atomic claim could be checked. */
  UNVERIFIED,
  /** Contains no checkable claim. */
  NONE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Rollup of(List<Check> checks) {
    if (checks.isEmpty()) {
      return NONE;
    }
    Set<Verdict> seen = EnumSet.noneOf(Verdict.class);
    checks.forEach(c -> seen.add(c.verdict()));
    if (seen.equals(EnumSet.of(Verdict.SUPPORTED))) {
      return ALL_SUPPORTED;
    }
    if (seen.equals(EnumSet.of(Verdict.CONTRADICTED))) {
      return ALL_CONTRADICTED;
    }
    boolean decided = seen.contains(Verdict.SUPPORTED) || seen.contains(Verdict.CONTRADICTED)
        || seen.contains(Verdict.WITHIN_MARGIN) || seen.contains(Verdict.CONFLICTING);
    if (!decided) {
      return UNVERIFIED;
    }
    if (seen.contains(Verdict.SUPPORTED) && seen.size() > 1) {
      return MIXED;
    }
    if (seen.contains(Verdict.CONTRADICTED)) {
      return MIXED;
    }
    return NOT_SHOWN;
  }
}
