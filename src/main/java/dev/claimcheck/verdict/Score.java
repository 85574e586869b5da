package dev.claimcheck.verdict;

import java.time.LocalDate;

/**
 * One published score with its provenance, as shown in a verdict's evidence.
 *
 * @param stderr the standard error used for the test, published or derived
 * @param uncertainty how {@code stderr} was obtained ("published 95% CI", "n = 198 questions" ...)
 */
public record Score(
    String model,
    String asPublished,
    double value,
    Double ciLow,
    Double ciHigh,
    Double stderr,
    String uncertainty,
    String source,
    String publisher,
    LocalDate published,
    String url,
    boolean independent) {}
