package dev.claimcheck.claim;

import dev.claimcheck.entity.Mention;

/**
 * One checkable statement: subject against one competitor on one benchmark, or one score.
 * {@code object} and {@code benchmark} are null where the claim has none.
 */
public record AtomicClaim(Claim claim, Mention subject, Mention object, Mention benchmark, Double value) {}
