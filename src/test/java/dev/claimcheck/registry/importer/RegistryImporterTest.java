package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryImporterTest {

    @TempDir
    Path registry;

    private final JsonFiles json = new JsonFiles();

    @BeforeEach
    void setUp() throws Exception {
        Files.writeString(registry.resolve("models.json"), Fixtures.modelsJson());
        Files.writeString(registry.resolve("benchmarks.json"), """
            {"groups": [{"id": "x", "name": "X", "aliases": ["X"], "current": []}],
             "benchmarks": [{"id": "bench-x", "group": "x", "name": "X", "version": "1", "config": {},
               "metric": "accuracy (%)", "unit": "percent", "higher_is_better": true, "questions": null,
               "aliases": [], "released": null, "default_margin": null, "margin_note": null}]}
            """);
    }

    private static SourceInfo csvSource() {
        return new SourceInfo("test-csv@2025-02-01", "Someone", "https://example.org", "A CSV", "https://example.org/r.csv",
                null, "2025-02-01", false, "Alibaba", "evidence", "CC0", null, null);
    }

    @Test
    void genericCsvWritesANewSourceAndAddsUnseenModels() throws Exception {
        List<Path> written = RegistryImporter.importFiles("csv", List.of(Fixtures.file("results.csv")), csvSource(), registry);
        Path source = registry.resolve("sources/test-csv@2025-02-01.json");
        assertEquals(source, written.get(0));
        JsonNode doc = json.read(source);
        assertEquals(false, doc.path("source").path("independent").asBoolean());
        assertEquals("Alibaba", doc.path("source").path("reported_by").asText());
        JsonNode first = doc.path("results").get(0);
        assertEquals("qwen2.5-max", first.path("model").asText());
        assertEquals("Qwen 2.5 Max", first.path("as_published").asText());
        assertEquals(198, first.path("n").asInt());
        assertEquals("1.5", first.path("stderr").decimalValue().toPlainString());
        assertEquals("brand-new-model-7b", doc.path("results").get(1).path("model").asText());

        JsonNode models = json.read(registry.resolve("models.json"));
        boolean found = false;
        for (JsonNode m : models.path("models")) {
            if (m.path("id").asText().equals("brand-new-model-7b")) {
                found = true;
                assertEquals("unknown", m.path("vendor").asText());
                assertEquals("Brand New Model 7B", m.path("aliases").get(0).asText());
            }
        }
        assertTrue(found);
        String text = Files.readString(source, StandardCharsets.UTF_8);
        assertTrue(text.contains("\n    {\"model\": \"qwen2.5-max\", \"as_published\": \"Qwen 2.5 Max\", \"benchmark\": \"bench-x\""),
                "one result per line");
    }

    @Test
    void existingSourceIsNeverOverwritten() throws Exception {
        RegistryImporter.importFiles("csv", List.of(Fixtures.file("results.csv")), csvSource(), registry);
        // the same import again changes nothing
        assertEquals(List.of(), RegistryImporter.importFiles("csv", List.of(Fixtures.file("results.csv")), csvSource(), registry));
        SourceInfo changed = csvSource().overriddenBy(new SourceInfo(null, null, null, "Another title", null, null, null,
                null, null, null, null, null, null));
        ImportException e = assertThrows(ImportException.class, () -> RegistryImporter.importFiles("csv",
                List.of(Fixtures.file("results.csv")), changed, registry));
        assertTrue(e.getMessage().contains("already exists with different content"), e.getMessage());
        try (var files = Files.list(registry.resolve("sources"))) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void unknownBenchmarkIsAnErrorWithLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "model,benchmark,score\nm,bench-x,1\nm,nope,2\n");
        ImportException e = assertThrows(ImportException.class,
                () -> RegistryImporter.importFiles("csv", List.of(csv), csvSource(), registry));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown benchmark id 'nope'"));
    }

    @Test
    void aiderArchitectPairsAreSystems() throws Exception {
        SourceInfo src = new SourceInfo("aider-test@2025-02-01", "Aider", "https://aider.chat", "t", "https://example.org/a.yml",
                null, "2025-02-01", true, null, "evidence", "Apache-2.0", null, null);
        String benchmarks = Files.readString(registry.resolve("benchmarks.json")).replace("\"bench-x\"", "\"aider-polyglot\"");
        Files.writeString(registry.resolve("benchmarks.json"), benchmarks);
        ImportRequest req = new ImportRequest(Fixtures.file("aider.yml"), "aider.yml", src,
                json.mapper().createObjectNode().put("benchmark", "aider-polyglot"));
        ImportBatch batch = new AiderReader().read(req).get(0);
        assertEquals("qwen-max-2025-01-25", batch.results().get(0).name());
        assertEquals(225, batch.results().get(0).n());
        assertEquals("2025-01-30", batch.results().get(0).date());
        assertEquals(1, batch.results().get(0).line());
        assertEquals(8, batch.results().get(1).line());
        RawResult pair = batch.results().get(1);
        assertEquals(null, pair.name());
        assertEquals("R1+Sonnet (editor claude-3-5-sonnet-20241022, editor-diff)", pair.system());
    }
}
