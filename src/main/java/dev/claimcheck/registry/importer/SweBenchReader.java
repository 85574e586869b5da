package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SWE-bench leaderboard JSON ({@code {"leaderboards": [{"name": "Verified", "results": [...]}]}}).
 * Entries are systems (agent + model): each result carries the entry name as {@code system}; its model is
 * the single model named by the entry's {@code "Model: ..."} tags when there is exactly one, else a
 * system model entry. Score = {@code resolved} (%); date = the entry's {@code date}.
 *
 * <p>Options: {@code benchmarks}: object mapping leaderboard name to benchmark id (default: Verified,
 * Lite, Test, Multimodal and bash-only to swe-bench-verified, -lite, -full, -multimodal, -bash-only);
 * leaderboards not listed are an error.
 */
public final class SweBenchReader implements FormatReader {

    private static final JsonNode DEFAULT_BENCHMARKS = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
            .objectNode().put("Verified", "swe-bench-verified").put("Lite", "swe-bench-lite")
            .put("Test", "swe-bench-full").put("Multimodal", "swe-bench-multimodal")
            .put("bash-only", "swe-bench-bash-only");

    @Override
    public String format() {
        return "swe-bench";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        JsonNode root = new JsonFiles().read(req.file());
        JsonNode boards = root.path("leaderboards");
        if (!boards.isArray()) {
            throw new ImportException(req.displayPath(), 1, "expected a 'leaderboards' array");
        }
        JsonNode map = req.options().has("benchmarks") ? req.options().get("benchmarks") : DEFAULT_BENCHMARKS;
        List<RawResult> results = new ArrayList<>();
        for (JsonNode board : boards) {
            String name = board.path("name").asText();
            if (!map.has(name)) {
                throw new ImportException(req.displayPath(), 0, "leaderboard '" + name
                        + "' has no benchmark id in option 'benchmarks' " + map);
            }
            String benchmark = map.get(name).asText();
            int i = 0;
            for (JsonNode e : board.path("results")) {
                String system = e.path("name").asText(null);
                JsonNode resolved = e.get("resolved");
                if (system == null || resolved == null || !resolved.isNumber()) {
                    throw new ImportException(req.displayPath(), 0, "leaderboard '" + name + "' entry " + i
                            + " lacks name or numeric resolved");
                }
                List<String> models = new ArrayList<>();
                for (JsonNode tag : e.path("tags")) {
                    String t = tag.asText();
                    if (t.startsWith("Model: ")) {
                        models.add(t.substring("Model: ".length()).trim());
                    }
                }
                String modelName = models.size() == 1 ? models.get(0) : null;
                String date = e.hasNonNull("date") ? e.get("date").asText() : null;
                results.add(new RawResult(modelName, benchmark, new BigDecimal(resolved.asText()), null, null, null,
                        null, null, system.trim(), date, null, 0, null));
                i++;
            }
        }
        SourceInfo src = req.source();
        String method = (src.method() == null ? "" : src.method() + " ")
                + "Score = 'resolved' (% of task instances resolved) of each entry; date = the entry's date;"
                + " system = the entry's name; model = the one model named by the entry's 'Model:' tags, or a"
                + " system model entry when the tags name none or several. Leaderboards: " + mapText(map) + ".";
        return List.of(ImportBatch.of(src.withId(req.sourceId("swe-bench@" + src.published())).withMethod(method),
                results, List.of(), List.of()));
    }

    private static String mapText(JsonNode map) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) map::fields) {
            parts.add(e.getKey() + " -> " + e.getValue().asText());
        }
        return String.join(", ", parts);
    }
}
