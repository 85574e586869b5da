package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed registry objects carry exactly the keys the JSON Schemas under claims/schema/ declare
 * (required keys present, no undeclared key). Full validation is left to schema-aware editors and tools.
 */
class SchemaConsistencyTest {

    private final Path claims = Path.of(System.getProperty("user.dir")).resolve("claims");
    private final JsonFiles json = new JsonFiles();

    private JsonNode def(String schema, String name) throws IOException {
        JsonNode root = json.read(claims.resolve("schema/" + schema));
        assertEquals("https://json-schema.org/draft/2020-12/schema", root.path("$schema").asText());
        return root.path("$defs").path(name);
    }

    private static void conforms(JsonNode def, JsonNode object, String where) {
        Set<String> allowed = new HashSet<>();
        def.path("properties").fieldNames().forEachRemaining(allowed::add);
        def.path("required").forEach(r -> assertTrue(object.has(r.asText()), where + " lacks " + r.asText()));
        object.fieldNames().forEachRemaining(k -> assertTrue(allowed.contains(k), where + " has undeclared key " + k));
    }

    @Test
    void modelsFamiliesAndProductsMatchTheSchema() throws IOException {
        JsonNode models = json.read(claims.resolve("models.json"));
        JsonNode model = def("models.schema.json", "model");
        models.path("models").forEach(m -> conforms(model, m, m.path("id").asText()));
        JsonNode family = def("models.schema.json", "family");
        models.path("families").forEach(f -> conforms(family, f, f.path("id").asText()));
        JsonNode product = def("models.schema.json", "product");
        models.path("products").forEach(p -> conforms(product, p, p.path("id").asText()));
    }

    @Test
    void benchmarksAndGroupsMatchTheSchema() throws IOException {
        JsonNode benchmarks = json.read(claims.resolve("benchmarks.json"));
        JsonNode benchmark = def("benchmarks.schema.json", "benchmark");
        benchmarks.path("benchmarks").forEach(b -> conforms(benchmark, b, b.path("id").asText()));
        JsonNode group = def("benchmarks.schema.json", "group");
        benchmarks.path("groups").forEach(g -> conforms(group, g, g.path("id").asText()));
    }

    @Test
    void sourceFilesMatchTheSchema() throws IOException {
        JsonNode source = def("source.schema.json", "source");
        JsonNode result = def("source.schema.json", "result");
        int files = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(claims.resolve("sources"), "*.json")) {
            for (Path p : ds) {
                JsonNode doc = json.read(p);
                String name = p.getFileName().toString();
                conforms(source, doc.path("source"), name);
                assertEquals(name, doc.path("source").path("id").asText() + ".json");
                for (JsonNode r : doc.path("results")) {
                    conforms(result, r, name);
                }
                files++;
            }
        }
        assertTrue(files > 0);
    }
}
