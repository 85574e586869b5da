package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One raw file to read.
 *
 * @param file        where the file is
 * @param displayPath how error messages and {@code raw_file} name it (relative to the shared data dir)
 * @param source      source metadata known before reading (manifest or command line)
 * @param options     format-specific options (see each reader); never null
 */
public record ImportRequest(Path file, String displayPath, SourceInfo source, ObjectNode options) {

    public ImportRequest {
        if (options == null) {
            options = JsonNodeFactory.instance.objectNode();
        }
    }

    public String option(String key) {
        JsonNode v = options.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    public List<String> optionList(String key) {
        List<String> out = new ArrayList<>();
        JsonNode v = options.get(key);
        if (v != null && v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    /** Source id given by the caller, or a default. */
    public String sourceId(String fallback) {
        return source.id() != null ? source.id() : fallback;
    }
}
