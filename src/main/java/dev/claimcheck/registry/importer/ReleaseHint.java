package dev.claimcheck.registry.importer;

/**
 * A release date stated by a raw file for a model name. Lower {@code priority} wins when several
 * files state a date for the same model: 0 = the vendor's own announcement, 1 = Epoch AI model
 * metadata, 2 = a leaderboard's model metadata.
 */
public record ReleaseHint(String name, String date, String sourceUrl, int priority) {
}
