package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * A benchmark id as a format reader defines it ({@code benchmarks.json}, key {@code benchmarks}).
 * Readers only describe what their raw file states; fields they cannot know are null.
 */
public record BenchmarkSpec(
        String id,
        String group,
        String name,
        String version,
        Map<String, String> config,
        String metric,
        String unit,
        boolean higherIsBetter,
        Integer questions,
        List<String> aliases,
        String released,
        String marginNote) {

    public ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("id", id);
        o.put("group", group);
        o.put("name", name);
        o.put("version", version);
        ObjectNode c = o.putObject("config");
        if (config != null) {
            new java.util.TreeMap<>(config).forEach(c::put);
        }
        o.put("metric", metric);
        o.put("unit", unit);
        o.put("higher_is_better", higherIsBetter);
        if (questions == null) {
            o.putNull("questions");
        } else {
            o.put("questions", questions);
        }
        var a = o.putArray("aliases");
        if (aliases != null) {
            aliases.forEach(a::add);
        }
        o.put("released", released);
        o.putNull("default_margin");
        o.put("margin_note", marginNote);
        return o;
    }
}
