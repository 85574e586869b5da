package dev.claimcheck.registry;

import java.time.LocalDate;

/**
 * One published score.
 *
 * @param asPublished the model name as the source wrote it
 * @param ciLow lower bound of the published 95% interval, absolute
 * @param stderr published standard error
 * @param n number of questions behind the score, when known
 * @param date the entry's own date when the source dates each entry
 * @param source id of the {@link Source}; filled in by the loader from the enclosing file
 */
public record Result(
    String model,
    String asPublished,
    String benchmark,
    double score,
    Double ciLow,
    Double ciHigh,
    Double stderr,
    Integer n,
    String variant,
    String system,
    LocalDate date,
    String source) {

  Result withSource(String sourceId) {
    return new Result(
        model, asPublished, benchmark, score, ciLow, ciHigh, stderr, n, variant, system, date,
        sourceId);
  }
}
