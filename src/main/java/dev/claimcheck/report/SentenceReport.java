package dev.claimcheck.report;

import dev.claimcheck.segment.Sentence;
import dev.claimcheck.text.Position;
import java.util.List;

/** A sentence that holds at least one claim, where it is, and its verdicts. */
public record SentenceReport(Sentence sentence, Position position, List<ClaimReport> claims) {
  public SentenceReport {
    claims = List.copyOf(claims);
  }

  public Rollup rollup() {
    return Rollup.of(claims.stream().flatMap(c -> c.checks().stream()).toList());
  }
}
