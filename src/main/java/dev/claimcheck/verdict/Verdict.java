package dev.claimcheck.verdict;

import java.util.Locale;

/**
 * The outcome of checking one atomic claim, ordered by how much it should worry an editor
 * ({@link #severity()}): a claim the evidence refutes is the worst.
 */
public enum Verdict {
  /** Independent evidence backs the claim beyond its uncertainty. */
  SUPPORTED(0),
  /** The claim cannot be checked: no independent result, unknown model or benchmark ... */
  UNVERIFIED(1),
  /**
   * The two models were measured, but only on different versions or configurations of the
   * benchmark, which are never compared with each other.
   */
  NOT_COMPARABLE(1),
  /** A name stands for several models that the evidence treats differently. */
  AMBIGUOUS(2),
  /** Independent sources disagree: one supports the claim, another refutes it. */
  CONFLICTING(3),
  /** The difference lies within the margin of error: "beats" is not shown. */
  WITHIN_MARGIN(3),
  /** Independent evidence refutes the claim. */
  CONTRADICTED(4);

  private final int severity;

  Verdict(int severity) {
    this.severity = severity;
  }

  public int severity() {
    return severity;
  }

  /** The name as written in options and JSON ("within-margin" is accepted for WITHIN_MARGIN). */
  public static Verdict parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
