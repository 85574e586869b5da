package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code claims/import-manifest.json}: the raw files the bundled registry is built from, in order. */
public record ImportManifest(List<ManifestEntry> entries) {

    public static ImportManifest read(Path file) throws IOException {
        JsonNode root = new JsonFiles().read(file);
        List<ManifestEntry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode e : root.path("entries")) {
            entries.add(ManifestEntry.fromJson(e, file.toString(), i++));
        }
        return new ImportManifest(List.copyOf(entries));
    }
}
