package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedInputTest {

    @Test
    void truncatedCsvRowNamesFileAndLine() {
        ObjectNode options = JsonNodeFactory.instance.objectNode().put("release", "2024-11-25")
                .put("categories", "categories_2024_11_25.json");
        ImportException e = assertThrows(ImportException.class, () -> new LiveBenchReader().read(
                Fixtures.request("livebench/truncated.csv", "lb", options)));
        assertEquals("livebench/truncated.csv", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("livebench/truncated.csv:3: expected 5 fields"), e.getMessage());
    }

    @Test
    void truncatedArenaHardRowNamesFileAndLine() {
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        options.putArray("tables").add("arena-hard-v2.0");
        ImportException e = assertThrows(ImportException.class, () -> new ArenaHardReader().read(
                Fixtures.request("arena_hard_truncated.md", "ah", options)));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("arena_hard_truncated.md:4: unreadable Arena-Hard row"), e.getMessage());
    }

    @Test
    void unterminatedQuoteIsReportedWhereTheRecordStarts(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cut.csv");
        Files.writeString(f, "model,score\n\"model-a,1\nmodel-b");
        ImportException e = assertThrows(ImportException.class, () -> Csv.read(f, "cut.csv"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unterminated quoted field"));
    }

    @Test
    void invalidJsonNamesLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n  \"performances\": [\n    {\"model\": \"x\",}\n");
        ImportException e = assertThrows(ImportException.class, () -> new JsonFiles().read(f));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("bad.json:3: invalid JSON"), e.getMessage());
    }

    @Test
    void nonNumericScoreNamesTheColumn() {
        ImportException e = assertThrows(ImportException.class,
                () -> Numbers.parse("n/a", "t.csv", 7, "score"));
        assertEquals("t.csv:7: expected a number for score, found 'n/a'", e.getMessage());
    }
}
