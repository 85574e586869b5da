package dev.claimcheck.claim;

import dev.claimcheck.entity.Mention;

/**
 * One checkable statement: subject against one competitor on one benchmark, one score, or one
 * stated fact value. {@code object}, {@code benchmark} and {@code stated} are null where the
 * claim has none.
 */
public record AtomicClaim(
    Claim claim, Mention subject, Mention object, Mention benchmark, Double value,
    StatedFact stated) {

  /** An atomic claim that states no fact value. */
  public AtomicClaim(Claim claim, Mention subject, Mention object, Mention benchmark, Double value) {
    this(claim, subject, object, benchmark, value, null);
  }
}
