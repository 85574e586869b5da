package dev.claimcheck.verdict;

/**
 * Scores from one source on one benchmark version, and what they say about the claim.
 *
 * @param other the competitor's score; null for score claims
 * @param difference subject minus competitor (score claims: published minus claimed), in the
 *     benchmark's unit, sign adjusted so positive favours the subject
 * @param margin the 95% margin the difference was tested against
 * @param test how the margin was obtained
 * @param outcome the verdict this piece of evidence alone gives
 */
public record Evidence(
    String benchmark,
    String benchmarkName,
    String version,
    String unit,
    Score subject,
    Score other,
    double difference,
    double margin,
    String test,
    Verdict outcome) {}
