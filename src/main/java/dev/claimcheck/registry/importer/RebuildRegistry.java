package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regenerates the bundled registry from {@code import-manifest.json} and the curated identity files
 * ({@code curated/models.curated.json}, {@code curated/benchmarks.curated.json}): every
 * {@code sources/*.json}, {@code models.json} and {@code benchmarks.json}. Deterministic: the same
 * inputs give the same bytes.
 *
 * <p>Usage: {@code RebuildRegistry <shared data dir> <registry dir>}
 */
public final class RebuildRegistry {

    private RebuildRegistry() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RebuildRegistry <shared data dir> <registry dir>");
            System.exit(2);
        }
        Map<String, String> out = build(Path.of(args[0]), Path.of(args[1]));
        int written = write(Path.of(args[1]), out);
        System.out.println("registry rebuilt: " + out.size() + " files, " + written + " changed");
    }

    /** Computes every generated file (path relative to the registry dir, e.g. "sources/x.json") and its text. */
    public static Map<String, String> build(Path sharedDir, Path registryDir) throws IOException {
        JsonFiles json = new JsonFiles();
        ImportManifest manifest = ImportManifest.read(registryDir.resolve("import-manifest.json"));
        Path curatedModels = registryDir.resolve("curated/models.curated.json");
        Path curatedBenchmarks = registryDir.resolve("curated/benchmarks.curated.json");
        RegistryBuilder builder = new RegistryBuilder(
                ModelCatalog.fromJson(json.read(curatedModels), curatedModels.toString()),
                BenchmarkCatalog.fromJson(json.read(curatedBenchmarks)));
        Readers readers = new Readers();
        Map<String, String> files = new LinkedHashMap<>();
        for (ManifestEntry e : manifest.entries()) {
            Path raw = sharedDir.resolve(e.raw());
            if (!Files.isRegularFile(raw)) {
                throw new ImportException(e.raw(), 0, "raw file listed in the manifest is missing under " + sharedDir);
            }
            ImportRequest request = new ImportRequest(raw, e.raw(), e.source().withRawFile(e.raw()), e.options());
            for (ImportBatch batch : readers.get(e.format()).read(request)) {
                RegistryBuilder.GeneratedSource g = builder.apply(batch, e.names(), e.raw());
                if (g != null) {
                    files.put("sources/" + g.id() + ".json", g.content());
                }
            }
        }
        builder.applyReleaseHints();
        files.put("models.json", json.pretty(builder.models().toJson()));
        files.put("benchmarks.json", json.pretty(builder.benchmarks().toJson()));
        return files;
    }

    /**
     * Writes the generated files atomically (only those whose content changed) and removes source
     * files that the manifest no longer produces. Returns the number of files written or removed.
     */
    public static int write(Path registryDir, Map<String, String> files) throws IOException {
        int changed = 0;
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = registryDir.resolve(f.getKey());
            if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(f.getValue())) {
                JsonFiles.writeAtomically(target, f.getValue());
                changed++;
            }
        }
        Path sources = registryDir.resolve("sources");
        if (Files.isDirectory(sources)) {
            List<Path> stale = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(sources, "*.json")) {
                for (Path p : ds) {
                    if (!files.containsKey("sources/" + p.getFileName())) {
                        stale.add(p);
                    }
                }
            }
            for (Path p : stale) {
                Files.delete(p);
                changed++;
            }
        }
        return changed;
    }
}
