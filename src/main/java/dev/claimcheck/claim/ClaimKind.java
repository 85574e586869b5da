package dev.claimcheck.claim;

import java.util.Locale;

/** The kinds of claim the extractor knows; {@link #label()} is what reports print. */
public enum ClaimKind {
  /** X beats / outperforms Y (on B). */
  COMPARE,
  /** X is on par with Y (on B). */
  PARITY,
  /** X scores N on B. */
  SCORE,
  /** X tops / ranks first on B. */
  RANK,
  /** X is the best (open ...) model on B. */
  SUPERLATIVE,
  /** Superiority with no benchmark named: cannot be checked. */
  VAGUE,
  /** A stated model fact: architecture, licence, parameters, training tokens ... */
  FACT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
