package dev.claimcheck.registry.importer;

import java.util.List;

/**
 * A benchmark group a reader wants to exist, with the benchmark ids a bare group name means from a date on.
 * Merged into an existing group: unseen aliases and unseen {@code current} entries are added.
 */
public record GroupSpec(String id, String name, List<String> aliases, List<Current> current) {

    /** {@code benchmark} is what the bare group name means from {@code from} on. */
    public record Current(String benchmark, String from) {
    }
}
