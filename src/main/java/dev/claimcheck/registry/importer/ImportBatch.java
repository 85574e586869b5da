package dev.claimcheck.registry.importer;

import java.util.List;

/** What a reader produced for one source file of the registry. */
public record ImportBatch(
        SourceInfo source,
        List<RawResult> results,
        List<BenchmarkSpec> benchmarks,
        List<GroupSpec> groups,
        List<ModelFact> facts,
        List<ReleaseHint> releases,
        List<ModelAlias> aliases) {

    public ImportBatch {
        results = List.copyOf(results);
        benchmarks = List.copyOf(benchmarks);
        groups = List.copyOf(groups);
        facts = List.copyOf(facts);
        releases = List.copyOf(releases);
        aliases = List.copyOf(aliases);
    }

    /** A batch of results only. */
    public static ImportBatch of(SourceInfo source, List<RawResult> results, List<BenchmarkSpec> benchmarks,
                                 List<GroupSpec> groups) {
        return new ImportBatch(source, results, benchmarks, groups, List.of(), List.of(), List.of());
    }
}
