package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled update list reads each publisher's file the way the import manifest does: fed the
 * very raw files (../shared/data) the registry was built from, an update finds every source
 * unchanged.
 */
class BundledUpdateTest {

    private final Path base = Path.of(System.getProperty("user.dir"));
    private final Path shared = base.resolve("../shared/data").normalize();

    /** Where each published file's copy lies under shared/data, by file name. */
    private static final Map<String, String> COPIES = Map.of(
            "table_2024_11_25.csv", "livebench/site_head/table_2024_11_25.csv",
            "categories_2024_11_25.json", "livebench/site_head/categories_2024_11_25.json",
            "arena_hard_leaderboard_20240731.csv", "arena-hard-auto/arena_hard_leaderboard_20240731.csv",
            "polyglot_leaderboard.yml", "aider/polyglot_leaderboard.yml",
            "leaderboards.json", "swe-bench/leaderboards__2025-11-19_c7f5d65.json",
            "benchmarks_runs.csv", "epoch-ai/benchmarks_runs.csv");

    @Test
    void theRawFilesTheRegistryWasBuiltFromAreUnchanged(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(shared), "shared data not present at " + shared);
        Path claims = base.resolve("claims");
        Path reg = dir.resolve("claims");
        try (Stream<Path> files = Files.walk(claims)) {
            for (Path p : files.toList()) {
                Path target = reg.resolve(claims.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Downloader copies = uri -> Files.readAllBytes(shared.resolve(COPIES.get(UpdateSource.fileName(uri))));
        RegistryUpdater updater = new RegistryUpdater(reg, copies, LocalDate.of(2026, 7, 2), null, false);
        List<String> outcomes = new ArrayList<>();
        for (UpdateSource s : UpdateSource.read(claims.resolve("update-sources.json"))) {
            RegistryUpdater.Outcome o = updater.update(s);
            outcomes.add(s.name() + " " + o.status() + " " + o.snapshotId() + (o.message() == null ? "" : " " + o.message()));
        }
        assertEquals(List.of(
                "livebench UNCHANGED livebench-2024-11-25@2025-03-31",
                "arena-hard UNCHANGED arena-hard-v0.1@2024-07-31",
                "aider UNCHANGED aider-polyglot-leaderboard@2025-10-04",
                "swe-bench UNCHANGED swe-bench@2025-11-19",
                "epoch UNCHANGED epoch-benchmarks-runs@2025-11-17"), outcomes);
        try (Stream<Path> before = Files.list(claims.resolve("sources"));
             Stream<Path> after = Files.list(reg.resolve("sources"))) {
            assertEquals(before.count(), after.count(), "nothing written");
        }
    }
}
