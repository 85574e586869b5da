package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArenaHardReaderTest {

    @Test
    void csvQuantilesBecomeAbsoluteIntervalBounds() throws Exception {
        ObjectNode options = JsonNodeFactory.instance.objectNode().put("benchmark", "arena-hard-v0.1");
        List<RawResult> rs = new ArenaHardReader().read(Fixtures.request("arena_hard.csv", "ah", options)).get(0).results();
        RawResult a = rs.get(0);
        assertEquals("model-a", a.name());
        assertEquals(new BigDecimal("82.63"), a.score());
        assertEquals(new BigDecimal("80.75"), a.ciLow());
        assertEquals(new BigDecimal("84.6"), a.ciHigh());
        assertEquals("2024-07-31", a.date());
        assertEquals(2, a.line());
    }

    @Test
    void markdownBlocksMapToTheirBenchmarksAndRelativeIntervalsAreMadeAbsolute() throws Exception {
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        options.putArray("tables").add("arena-hard-v0.1-sc").add("arena-hard-v2.0");
        List<RawResult> rs = new ArenaHardReader().read(Fixtures.request("arena_hard_tables.md", "ah", options)).get(0)
                .results();
        assertEquals(4, rs.size());
        RawResult v01 = rs.get(0);
        assertEquals("arena-hard-v0.1-sc", v01.benchmark());
        assertEquals(0, new BigDecimal("85.1").compareTo(v01.ciLow()));
        assertEquals(0, new BigDecimal("87.7").compareTo(v01.ciHigh()));
        RawResult v20 = rs.get(2);
        assertEquals("arena-hard-v2.0", v20.benchmark());
        assertEquals("model-a", v20.name());
        assertEquals(0, new BigDecimal("85.0").compareTo(v20.ciLow()));
        assertEquals(0, new BigDecimal("87.3").compareTo(v20.ciHigh()));
        assertEquals(10, v20.line());
    }

    @Test
    void damagedLinesCanBeLeftOutExplicitly() throws Exception {
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        options.putArray("tables").add("arena-hard-v2.0");
        options.putArray("skip_lines").add("4");
        ImportBatch batch = new ArenaHardReader().read(Fixtures.request("arena_hard_truncated.md", "ah", options)).get(0);
        assertEquals(1, batch.results().size());
        assertEquals(true, batch.source().method().contains("line(s) 4"));
    }

    @Test
    void withoutTableOptionEachBlockIsRecognisedByItsForm() throws Exception {
        List<RawResult> rs = new ArenaHardReader().read(Fixtures.request("arena_hard_tables.md", "ah",
                JsonNodeFactory.instance.objectNode())).get(0).results();
        assertEquals("arena-hard-v0.1", rs.get(0).benchmark());
        assertEquals("arena-hard-v2.0", rs.get(2).benchmark());
    }
}
