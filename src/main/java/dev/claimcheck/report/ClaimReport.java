package dev.claimcheck.report;

import dev.claimcheck.claim.Claim;
import dev.claimcheck.verdict.Check;
import java.util.List;

/** A claim and the verdicts on its atomic claims. */
public record ClaimReport(Claim claim, List<Check> checks) {
  public ClaimReport {
    checks = List.copyOf(checks);
  }
}
