package dev.claimcheck.registry.importer;

import java.math.BigDecimal;

/**
 * One figure as a format reader found it, before the model name is mapped to a canonical id.
 *
 * @param name         model name as published (what {@code as_published} will say)
 * @param benchmark    benchmark id
 * @param score        the figure, already in the benchmark's unit
 * @param ciLow        lower bound of the published 95% interval, or null
 * @param ciHigh       upper bound of the published 95% interval, or null
 * @param stderr       published standard error, or null
 * @param n            number of questions behind the score when the raw data says so, or null
 * @param variant      variant label given by the raw data itself (edit format, effort...), or null
 * @param system       agent/system name when the entry is a system rather than a bare model, or null
 * @param date         the entry's own date when the raw data has one per entry, or null
 * @param organization vendor named by an explicit organisation column, or null
 * @param line         line of the raw file the figure comes from (for error messages), 0 if unknown
 * @param scope        section of the raw file the figure is in (for scoped name mappings "scope|name"), or null
 */
public record RawResult(
        String name,
        String benchmark,
        BigDecimal score,
        BigDecimal ciLow,
        BigDecimal ciHigh,
        BigDecimal stderr,
        Integer n,
        String variant,
        String system,
        String date,
        String organization,
        int line,
        String scope) {

    public static RawResult of(String name, String benchmark, BigDecimal score, int line) {
        return new RawResult(name, benchmark, score, null, null, null, null, null, null, null, null, line, null);
    }

    public RawResult withCi(BigDecimal low, BigDecimal high) {
        return new RawResult(name, benchmark, score, low, high, stderr, n, variant, system, date, organization, line, scope);
    }

    public RawResult withStderr(BigDecimal value) {
        return new RawResult(name, benchmark, score, ciLow, ciHigh, value, n, variant, system, date, organization, line, scope);
    }

    public RawResult withN(Integer count) {
        return new RawResult(name, benchmark, score, ciLow, ciHigh, stderr, count, variant, system, date, organization, line, scope);
    }

    public RawResult withVariant(String value) {
        return new RawResult(name, benchmark, score, ciLow, ciHigh, stderr, n, value, system, date, organization, line, scope);
    }

    public RawResult withSystem(String value) {
        return new RawResult(name, benchmark, score, ciLow, ciHigh, stderr, n, variant, value, date, organization, line, scope);
    }

    public RawResult withDate(String value) {
        return new RawResult(name, benchmark, score, ciLow, ciHigh, stderr, n, variant, system, value, organization, line, scope);
    }

    public RawResult withScope(String value) {
        return new RawResult(name, benchmark, score, ciLow, ciHigh, stderr, n, variant, system, date, organization, line, value);
    }

    public RawResult withOrganization(String value) {
        return new RawResult(name, benchmark, score, ciLow, ciHigh, stderr, n, variant, system, date, value, line, scope);
    }
}
