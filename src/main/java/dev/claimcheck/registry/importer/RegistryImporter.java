package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Public entry point for importing raw benchmark files into a registry directory
 * ({@code models.json}, {@code benchmarks.json}, {@code sources/}).
 */
public final class RegistryImporter {

    private RegistryImporter() {
    }

    /**
     * Imports raw files of one format.
     *
     * <p>Writes one new source file per source found (never overwriting an existing one: an existing
     * file with identical content is left alone and not reported, a different one is an error), and
     * adds unseen models and benchmarks to {@code models.json} and {@code benchmarks.json}. All files
     * are written through a temporary file and an atomic rename.
     *
     * @param format      reader format: livebench, arena-hard, livecodebench, aider, swe-bench, lmarena,
     *                    epoch, epoch-models, zeroeval, vendor, csv
     * @param files       raw files
     * @param overrides   source metadata that takes precedence over what the reader derives
     *                    (for {@code csv}: id, publisher, url, published, independent... are required)
     * @param registryDir the registry directory (holding models.json, benchmarks.json, sources/)
     * @return the files written, source files first
     * @throws ImportException on malformed input (message names file and line)
     */
    public static List<Path> importFiles(String format, List<Path> files, SourceInfo overrides, Path registryDir)
            throws IOException {
        JsonFiles json = new JsonFiles();
        Path modelsFile = registryDir.resolve("models.json");
        Path benchmarksFile = registryDir.resolve("benchmarks.json");
        ModelCatalog models = Files.exists(modelsFile)
                ? ModelCatalog.fromJson(json.read(modelsFile), modelsFile.toString()) : ModelCatalog.empty();
        BenchmarkCatalog benchmarks = Files.exists(benchmarksFile)
                ? BenchmarkCatalog.fromJson(json.read(benchmarksFile)) : BenchmarkCatalog.empty();
        RegistryBuilder builder = new RegistryBuilder(models, benchmarks);
        FormatReader reader = new Readers().get(format);
        SourceInfo base = overrides == null ? SourceInfo.empty() : overrides;
        List<RegistryBuilder.GeneratedSource> generated = new ArrayList<>();
        for (Path file : files) {
            SourceInfo info = base.rawFile() == null ? base.withRawFile(file.getFileName().toString()) : base;
            ImportRequest request = new ImportRequest(file, file.toString(), info, null);
            for (ImportBatch batch : reader.read(request)) {
                RegistryBuilder.GeneratedSource g = builder.apply(batch, Map.of(), file.toString());
                if (g != null) {
                    generated.add(g);
                }
            }
        }
        builder.applyReleaseHints();
        Path sourcesDir = registryDir.resolve("sources");
        List<Path> toWrite = new ArrayList<>();
        for (RegistryBuilder.GeneratedSource g : generated) {
            Path target = sourcesDir.resolve(g.id() + ".json");
            if (Files.exists(target)) {
                if (Files.readString(target, StandardCharsets.UTF_8).equals(g.content())) {
                    continue;
                }
                throw new ImportException(target, 0, "source '" + g.id()
                        + "' already exists with different content; give the new import another id or date");
            }
            toWrite.add(target);
        }
        List<Path> written = new ArrayList<>();
        for (RegistryBuilder.GeneratedSource g : generated) {
            Path target = sourcesDir.resolve(g.id() + ".json");
            if (toWrite.contains(target)) {
                JsonFiles.writeAtomically(target, g.content());
                written.add(target);
            }
        }
        String modelsText = json.pretty(models.toJson());
        if (!Files.exists(modelsFile) || !Files.readString(modelsFile, StandardCharsets.UTF_8).equals(modelsText)) {
            JsonFiles.writeAtomically(modelsFile, modelsText);
            written.add(modelsFile);
        }
        String benchmarksText = json.pretty(benchmarks.toJson());
        if (!Files.exists(benchmarksFile)
                || !Files.readString(benchmarksFile, StandardCharsets.UTF_8).equals(benchmarksText)) {
            JsonFiles.writeAtomically(benchmarksFile, benchmarksText);
            written.add(benchmarksFile);
        }
        return written;
    }

    /** Reads a registry JSON file (for callers that want the same parser settings). */
    public static JsonNode readJson(Path file) throws IOException {
        return new JsonFiles().read(file);
    }
}
