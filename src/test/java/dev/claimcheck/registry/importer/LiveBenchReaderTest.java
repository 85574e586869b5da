package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LiveBenchReaderTest {

    private static Map<String, BigDecimal> scores(ImportBatch batch, String model) {
        return batch.results().stream().filter(r -> r.name().equals(model))
                .collect(Collectors.toMap(RawResult::benchmark, RawResult::score));
    }

    @Test
    void globalAverageIsTheMeanOfCategoryAveragesOverTasksPresent() throws Exception {
        List<ImportBatch> batches = new LiveBenchReader().read(
                Fixtures.request("livebench/table_2024_11_25.csv", null, JsonNodeFactory.instance.objectNode()));
        assertEquals(1, batches.size());
        ImportBatch batch = batches.get(0);
        assertEquals("livebench-2024-11-25@2025-02-04", batch.source().id());

        // model-a: reasoning (10+20)/2 = 15; coding: t4 empty, so 30; global (15+30)/2 = 22.5
        Map<String, BigDecimal> a = scores(batch, "model-a");
        assertEquals(new BigDecimal("15.00"), a.get("livebench-2024-11-25-reasoning"));
        assertEquals(new BigDecimal("30.00"), a.get("livebench-2024-11-25-coding"));
        assertEquals(new BigDecimal("22.50"), a.get("livebench-2024-11-25"));

        // model-c: reasoning only t1 = 1; coding (3+5)/2 = 4; global 2.5
        Map<String, BigDecimal> c = scores(batch, "model-c");
        assertEquals(new BigDecimal("2.50"), c.get("livebench-2024-11-25"));
    }

    @Test
    void definesOneBenchmarkPerCategoryAndTheGroupsCurrentEntries() throws Exception {
        ImportBatch batch = new LiveBenchReader().read(
                Fixtures.request("livebench/table_2024_11_25.csv", null, JsonNodeFactory.instance.objectNode())).get(0);
        List<String> ids = batch.benchmarks().stream().map(BenchmarkSpec::id).toList();
        assertEquals(List.of("livebench-2024-11-25", "livebench-2024-11-25-reasoning", "livebench-2024-11-25-coding"), ids);
        assertTrue(batch.groups().stream().anyMatch(g -> g.id().equals("livebench")
                && g.current().contains(new GroupSpec.Current("livebench-2024-11-25", "2024-11-25"))));
    }
}
