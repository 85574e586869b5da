package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One raw file of the import manifest.
 *
 * @param raw     path relative to the shared data dir
 * @param format  reader format name
 * @param source  source metadata (publisher, url, commit, published, independent, reported_by, license...)
 * @param options reader options
 * @param names   explicit name mappings for this file (name as published, or "scope|name", to model id)
 */
public record ManifestEntry(String raw, String format, SourceInfo source, ObjectNode options,
                            Map<String, String> names) {

    static ManifestEntry fromJson(JsonNode node, String origin, int index) {
        String raw = node.path("raw").asText(null);
        String format = node.path("format").asText(null);
        if (raw == null || format == null) {
            throw new ImportException(origin, 0, "manifest entry " + index + " needs 'raw' and 'format'");
        }
        Map<String, String> names = new LinkedHashMap<>();
        node.path("names").fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().path("model").isMissingNode()
                ? e.getValue().asText() : e.getValue().path("model").asText()));
        JsonNode opts = node.get("options");
        return new ManifestEntry(raw, format, SourceInfo.fromJson(node.get("source")),
                opts instanceof ObjectNode o ? o : null, names);
    }
}
