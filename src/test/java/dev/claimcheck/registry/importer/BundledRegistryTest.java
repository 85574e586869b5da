package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The committed registry under claims/ is exactly what RebuildRegistry makes of the raw files in
 * ../shared/data, and its figures agree with the cross-checks published elsewhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledRegistryTest {

    private final Path base = Path.of(System.getProperty("user.dir"));
    private final Path shared = base.resolve("../shared/data").normalize();
    private final Path claims = base.resolve("claims");
    private final JsonFiles json = new JsonFiles();
    private Map<String, String> rebuilt;

    @BeforeAll
    void rebuild() throws IOException {
        assumeTrue(Files.isDirectory(shared), "shared data not present at " + shared);
        rebuilt = RebuildRegistry.build(shared, claims);
    }

    @Test
    void committedFilesEqualTheReimport() throws IOException {
        Set<String> committed = new TreeSet<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(claims.resolve("sources"), "*.json")) {
            ds.forEach(p -> committed.add("sources/" + p.getFileName()));
        }
        Set<String> expectedSources = new TreeSet<>(rebuilt.keySet());
        expectedSources.removeIf(k -> !k.startsWith("sources/"));
        assertEquals(expectedSources, committed, "source files differ from the manifest's");
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, String> e : rebuilt.entrySet()) {
            Path p = claims.resolve(e.getKey());
            if (!Files.exists(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
                differing.add(e.getKey());
            }
        }
        assertEquals(List.of(), differing, "run RebuildRegistry ../shared/data claims and commit the result");
    }

    @Test
    void rebuildIsDeterministic() throws IOException {
        assertEquals(rebuilt, RebuildRegistry.build(shared, claims));
    }

    private List<JsonNode> sources() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (Map.Entry<String, String> e : rebuilt.entrySet()) {
            if (e.getKey().startsWith("sources/")) {
                out.add(json.mapper().readTree(e.getValue()));
            }
        }
        return out;
    }

    @Test
    void everyResultIsTraceable() throws IOException {
        JsonNode models = json.mapper().readTree(rebuilt.get("models.json"));
        JsonNode benchmarks = json.mapper().readTree(rebuilt.get("benchmarks.json"));
        Set<String> modelIds = new HashSet<>();
        models.path("models").forEach(m -> modelIds.add(m.path("id").asText()));
        Set<String> benchmarkIds = new HashSet<>();
        benchmarks.path("benchmarks").forEach(b -> benchmarkIds.add(b.path("id").asText()));
        int results = 0;
        for (JsonNode doc : sources()) {
            JsonNode s = doc.path("source");
            assertTrue(s.path("url").asText().startsWith("https://github.com/"), s.path("id").asText());
            assertTrue(s.path("published").asText().matches("\\d{4}-\\d{2}-\\d{2}"), s.path("id").asText());
            assertTrue(s.path("independent").isBoolean(), s.path("id").asText());
            assertTrue(s.path("independent").asBoolean() || !s.path("reported_by").isNull(), s.path("id").asText());
            assertTrue(Files.isRegularFile(shared.resolve(s.path("raw_file").asText())), s.path("raw_file").asText());
            for (JsonNode r : doc.path("results")) {
                assertTrue(modelIds.contains(r.path("model").asText()), r.toString());
                assertTrue(benchmarkIds.contains(r.path("benchmark").asText()), r.toString());
                results++;
            }
        }
        assertTrue(modelIds.size() >= 250, "models: " + modelIds.size());
        assertTrue(benchmarkIds.size() >= 25, "benchmarks: " + benchmarkIds.size());
        assertTrue(results >= 4000, "results: " + results);
    }

    @Test
    void everyBenchmarkGroupAndMemberExists() throws IOException {
        JsonNode benchmarks = json.mapper().readTree(rebuilt.get("benchmarks.json"));
        Set<String> groups = new HashSet<>();
        benchmarks.path("groups").forEach(g -> groups.add(g.path("id").asText()));
        Set<String> ids = new HashSet<>();
        benchmarks.path("benchmarks").forEach(b -> {
            ids.add(b.path("id").asText());
            assertTrue(groups.contains(b.path("group").asText()), b.path("id").asText());
        });
        benchmarks.path("groups").forEach(g -> g.path("current").forEach(c ->
                assertTrue(ids.contains(c.path("benchmark").asText()), g.path("id").asText())));
        JsonNode models = json.mapper().readTree(rebuilt.get("models.json"));
        Set<String> modelIds = new HashSet<>();
        models.path("models").forEach(m -> modelIds.add(m.path("id").asText()));
        models.path("families").forEach(f -> {
            f.path("members").forEach(m -> assertTrue(modelIds.contains(m.asText()), m.asText()));
            f.path("flagships").forEach(m -> assertTrue(modelIds.contains(m.asText()), m.asText()));
        });
        models.path("models").forEach(m -> {
            if (m.hasNonNull("variant_of")) {
                assertTrue(modelIds.contains(m.path("variant_of").asText()), m.path("id").asText());
            }
            if (m.hasNonNull("released")) {
                assertNotNull(m.get("released_source"), m.path("id").asText());
                assertFalse(m.get("released_source").isNull(), m.path("id").asText());
            }
        });
    }

    private Map<String, BigDecimal> scores(String sourceId, String benchmark) throws IOException {
        JsonNode doc = json.mapper().readTree(rebuilt.get("sources/" + sourceId + ".json"));
        Map<String, BigDecimal> out = new HashMap<>();
        for (JsonNode r : doc.path("results")) {
            if (r.path("benchmark").asText().equals(benchmark)) {
                out.put(r.path("as_published").asText(), r.path("score").decimalValue());
            }
        }
        return out;
    }

    @Test
    void liveBenchGlobalAveragesMatchTheCollectorsCrossCheck() throws IOException {
        Map<String, BigDecimal> s = scores("livebench-2024-11-25@2025-02-04", "livebench-2024-11-25");
        assertEquals(0, new BigDecimal("62.29").compareTo(s.get("qwen2.5-max")));
        assertEquals(0, new BigDecimal("60.45").compareTo(s.get("deepseek-v3")));
    }

    @Test
    void liveBenchValuesMatchEpochsCopy() throws IOException {
        List<Map<String, BigDecimal>> snapshots = new ArrayList<>();
        for (String key : rebuilt.keySet()) {
            if (key.startsWith("sources/livebench-2024-11-25@")) {
                snapshots.add(scores(key.substring("sources/".length(), key.length() - 5), "livebench-2024-11-25"));
            }
        }
        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        for (Csv.Row row : Csv.read(shared.resolve("epoch-ai/external_benchmark_livebench.csv"),
                "epoch-ai/external_benchmark_livebench.csv").rows()) {
            if (!row.get("LiveBench Version").equals("LiveBench-2024-11-25") || row.get("Global average").isBlank()) {
                continue;
            }
            String name = row.get("id");
            BigDecimal epoch = new BigDecimal(row.get("Global average"));
            boolean present = snapshots.stream().anyMatch(m -> m.containsKey(name));
            if (!present) {
                continue;
            }
            compared++;
            if (snapshots.stream().noneMatch(m -> m.containsKey(name) && m.get(name).compareTo(epoch) == 0)) {
                mismatches.add(name + " epoch " + epoch);
            }
        }
        assertTrue(compared >= 20, "compared " + compared);
        assertTrue(mismatches.size() * 10 <= compared, "more than 10% differ from Epoch's copy: " + mismatches);
    }

    @Test
    void liveCodeBenchWindowsMatchTheDerivedTable() throws IOException {
        int compared = 0;
        for (Csv.Row row : Csv.read(shared.resolve("livecodebench/DERIVED_pass1_by_window.csv"),
                "DERIVED_pass1_by_window.csv").rows()) {
            String date = row.get("source_file").replaceAll(".*__(\\d{4}-\\d{2}-\\d{2})_.*", "$1");
            JsonNode doc = json.mapper().readTree(rebuilt.get("sources/livecodebench@" + date + ".json"));
            String window = row.get("window");
            String prefix = window.equals("all") ? "livecodebench-2023-05-08.." : "livecodebench-" + window.split("\\.\\.")[0] + "..";
            JsonNode match = null;
            for (JsonNode r : doc.path("results")) {
                if (r.path("as_published").asText().equals(row.get("model_repr"))
                        && r.path("benchmark").asText().startsWith(prefix)) {
                    match = r;
                }
            }
            assertNotNull(match, row.get("model_repr") + " " + window + " " + date);
            assertEquals(0, new BigDecimal(row.get("pass1_all")).compareTo(match.path("score").decimalValue()),
                    row.get("model_repr") + " " + window);
            assertEquals(Integer.parseInt(row.get("n_problems")), match.path("n").asInt());
            compared++;
        }
        assertTrue(compared >= 100, "compared " + compared);
    }

    @Test
    void aiderPolyglotValuesMatchEpochsCopyForTheTargetModels() throws IOException {
        Map<String, BigDecimal> aider = scores("aider-polyglot-leaderboard@2025-10-04", "aider-polyglot");
        Map<String, BigDecimal> epoch = new HashMap<>();
        for (Csv.Row row : Csv.read(shared.resolve("epoch-ai/external_benchmark_aider_polyglot.csv"),
                "external_benchmark_aider_polyglot.csv").rows()) {
            epoch.put(row.get("Model version"), new BigDecimal(row.get("Percent correct")));
        }
        assertEquals(0, epoch.get("qwen-max-2025-01-25").compareTo(aider.get("qwen-max-2025-01-25")));
        assertEquals(0, epoch.get("DeepSeek-V3").compareTo(aider.get("DeepSeek Chat V3 (prev)")));
        assertEquals(0, epoch.get("DeepSeek-V3-0324").compareTo(aider.get("DeepSeek V3 (0324)")));
    }

    @Test
    void keyIdentitiesAreResolvedAsDocumented() throws IOException {
        JsonNode doc = json.mapper().readTree(rebuilt.get("sources/aider-polyglot-leaderboard@2025-10-04.json"));
        Map<String, String> byName = new HashMap<>();
        doc.path("results").forEach(r -> byName.put(r.path("as_published").asText(), r.path("model").asText()));
        assertEquals("qwen2.5-max", byName.get("qwen-max-2025-01-25"));
        assertEquals("deepseek-v3", byName.get("DeepSeek Chat V3 (prev)"));
        assertEquals("deepseek-v3-0324", byName.get("DeepSeek V3 (0324)"));
        assertEquals("deepseek-r1", byName.get("DeepSeek R1"));
        assertEquals("deepseek-r1-0528", byName.get("DeepSeek R1 (0528)"));
        JsonNode models = json.mapper().readTree(rebuilt.get("models.json"));
        Map<String, JsonNode> families = new HashMap<>();
        models.path("families").forEach(f -> families.put(f.path("id").asText(), f));
        assertEquals("[\"gpt-4o-2024-05-13\",\"gpt-4o-2024-08-06\",\"gpt-4o-2024-11-20\"]",
                families.get("gpt-4o").path("members").toString());
        assertEquals("[\"qwen2.5-72b-instruct\",\"qwen2.5-max\"]", families.get("qwen2.5").path("flagships").toString());
    }
}
