package dev.claimcheck.registry.importer;

/** Another name a raw file gives a model (e.g. a leaderboard's display name for its key). */
public record ModelAlias(String name, String alias) {
}
