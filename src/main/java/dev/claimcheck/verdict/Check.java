package dev.claimcheck.verdict;

import dev.claimcheck.claim.AtomicClaim;
import java.util.List;

/**
 * The verdict on one atomic claim, with everything behind it.
 *
 * @param reason a stable UPPER_SNAKE code for the verdict's grounds (e.g. NO_INDEPENDENT_RESULT)
 * @param explanation one line a reader understands
 * @param evidence the independent evidence in force at {@code asOf} that decided the verdict
 * @param later independent evidence published after {@code asOf}, shown but not used
 * @param vendor vendor-reported figures, shown but never used as evidence
 */
public record Check(
    AtomicClaim atom,
    Verdict verdict,
    String reason,
    String explanation,
    Resolution subject,
    Resolution object,
    Resolution benchmark,
    AsOf asOf,
    List<Evidence> evidence,
    List<Evidence> later,
    List<Evidence> vendor) {
  public Check {
    evidence = List.copyOf(evidence);
    later = List.copyOf(later);
    vendor = List.copyOf(vendor);
  }
}
