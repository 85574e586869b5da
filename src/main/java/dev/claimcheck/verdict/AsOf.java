package dev.claimcheck.verdict;

import java.time.LocalDate;

/**
 * The date names and evidence are taken as of, and why that date.
 *
 * @param basis {@code option} (--as-of), {@code article} (publication date), {@code release}
 *     (undated text: the release date of the claim's subject) or {@code today}
 */
public record AsOf(LocalDate date, String basis, String reason) {}
