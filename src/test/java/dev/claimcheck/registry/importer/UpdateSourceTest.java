package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** claims/update-sources.json, and what makes such a list unusable. */
class UpdateSourceTest {

    private final Path claims = Path.of(System.getProperty("user.dir")).resolve("claims");

    @Test
    void theBundledListNamesFivePublishersByTheirRawRepositoryFiles() throws IOException {
        List<UpdateSource> sources = UpdateSource.read(claims.resolve("update-sources.json"));
        assertEquals(List.of("livebench", "arena-hard", "aider", "swe-bench", "epoch"),
                sources.stream().map(UpdateSource::name).toList());
        for (UpdateSource s : sources) {
            for (URI u : s.urls()) {
                assertEquals("https", u.getScheme(), u.toString());
                assertEquals("raw.githubusercontent.com", u.getHost(), u.toString());
                assertTrue(u.getPath().contains("/main/"), "the current state of the main branch: " + u);
            }
            assertTrue(s.source().independent(), s.name());
            assertEquals("evidence", s.source().role(), s.name());
            assertTrue(s.source().title().contains("{date}") || "data".equals(s.published()), s.name());
        }
    }

    @Test
    void eachSeriesContinuesOneTheRegistryAlreadyHolds() throws IOException {
        for (UpdateSource s : UpdateSource.read(claims.resolve("update-sources.json"))) {
            int held = 0;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(claims.resolve("sources"), s.idPrefix() + "@*.json")) {
                for (Path p : ds) {
                    held++;
                    String publisher = new JsonFiles().read(p).at("/source/publisher").asText();
                    assertEquals(s.source().publisher(), publisher, p.toString());
                }
            }
            assertTrue(held > 0, "no snapshot of " + s.idPrefix() + " in claims/sources");
        }
    }

    @Test
    void theNameMappingsOfTheAiderLeaderboardAreTheManifests() throws IOException {
        UpdateSource aider = UpdateSource.read(claims.resolve("update-sources.json")).stream()
                .filter(s -> s.name().equals("aider")).findFirst().orElseThrow();
        ManifestEntry entry = ImportManifest.read(claims.resolve("import-manifest.json")).entries().stream()
                .filter(e -> e.raw().equals("aider/polyglot_leaderboard.yml")).findFirst().orElseThrow();
        assertEquals(entry.names(), aider.names());
    }

    private static final String GOOD = """
        {"name": "lb", "format": "livebench", "id": "livebench-x",
         "urls": ["https://example.org/a/table_2024_11_25.csv"],
         "source": {"publisher": "LiveBench", "independent": true}}""";

    private static String entry(String... entries) {
        return "{\"sources\": [" + String.join(", ", entries) + "]}";
    }

    private static String problem(String json) {
        ImportException e = assertThrows(ImportException.class,
                () -> UpdateSource.parse(new JsonFiles().mapper().readTree(json), "list.json"));
        return e.getMessage();
    }

    @Test
    void aGoodEntryReads() throws IOException {
        UpdateSource s = UpdateSource.parse(new JsonFiles().mapper().readTree(entry(GOOD)), "list.json").get(0);
        assertEquals("today", s.published());
        assertEquals("evidence", s.source().role());
        assertEquals("table_2024_11_25.csv", UpdateSource.fileName(s.urls().get(0)));
    }

    @Test
    void unusableEntriesAreRefusedWithTheirPlace() {
        assertEquals("list.json: expected an object with a 'sources' array", problem("[]"));
        assertTrue(problem(entry(GOOD, GOOD)).endsWith("sources[1] (lb): name used twice"));
        assertTrue(problem(entry("{\"name\": \"x\", \"format\": \"pdf\"}")).contains("sources[0] (x): unknown format 'pdf'"));
        assertTrue(problem(entry("""
            {"name": "x", "format": "aider", "id": "a@2025-01-01", "urls": ["https://e.org/a.yml"],
             "source": {"publisher": "A", "independent": true}}""")).contains("'id' (the snapshot series"));
        assertTrue(problem(entry("""
            {"name": "x", "format": "aider", "id": "a", "urls": ["ftp://e.org/a.yml"],
             "source": {"publisher": "A", "independent": true}}""")).contains("not an http(s) URL"));
        assertTrue(problem(entry("""
            {"name": "x", "format": "aider", "id": "a", "urls": ["https://e.org/a.yml"],
             "source": {"publisher": "A", "independent": false}}""")).contains("reported_by"));
        assertTrue(problem(entry("""
            {"name": "x", "format": "aider", "id": "a", "urls": ["https://e.org/a.yml"], "published": "yesterday",
             "source": {"publisher": "A", "independent": true}}""")).contains("'published' must be"));
        assertTrue(problem(entry("""
            {"name": "x", "format": "aider", "id": "a", "urls": ["https://e.org/a.yml"],
             "source": {"publisher": "A", "independent": true, "url": "https://e.org"}}""")).contains("must not give id, url"));
    }
}
