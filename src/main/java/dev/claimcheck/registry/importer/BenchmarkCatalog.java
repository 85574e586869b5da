package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The content of {@code benchmarks.json}: groups and benchmark ids. Entries already present win. */
public final class BenchmarkCatalog {

    private final Map<String, ObjectNode> groups = new LinkedHashMap<>();
    private final Map<String, ObjectNode> benchmarks = new LinkedHashMap<>();

    private BenchmarkCatalog() {
    }

    public static BenchmarkCatalog empty() {
        return new BenchmarkCatalog();
    }

    public static BenchmarkCatalog fromJson(JsonNode root) {
        BenchmarkCatalog c = new BenchmarkCatalog();
        for (JsonNode g : root.path("groups")) {
            c.groups.put(g.path("id").asText(), (ObjectNode) g.deepCopy());
        }
        for (JsonNode b : root.path("benchmarks")) {
            c.benchmarks.put(b.path("id").asText(), (ObjectNode) b.deepCopy());
        }
        return c;
    }

    public boolean hasBenchmark(String id) {
        return benchmarks.containsKey(id);
    }

    public ObjectNode benchmark(String id) {
        return benchmarks.get(id);
    }

    /** Adds the benchmark unless its id exists. */
    public void add(BenchmarkSpec spec) {
        benchmarks.putIfAbsent(spec.id(), spec.toJson());
    }

    /** Creates the group or adds its unseen aliases and {@code current} entries. */
    public void merge(GroupSpec spec) {
        ObjectNode g = groups.get(spec.id());
        if (g == null) {
            g = JsonNodeFactory.instance.objectNode();
            g.put("id", spec.id());
            g.put("name", spec.name());
            g.putArray("aliases");
            g.putArray("current");
            groups.put(spec.id(), g);
        }
        ArrayNode aliases = (ArrayNode) g.withArray("aliases");
        for (String a : spec.aliases()) {
            boolean seen = false;
            for (JsonNode x : aliases) {
                seen |= Names.key(x.asText()).equals(Names.key(a));
            }
            if (!seen) {
                aliases.add(a);
            }
        }
        ArrayNode current = (ArrayNode) g.withArray("current");
        for (GroupSpec.Current c : spec.current()) {
            boolean seen = false;
            for (JsonNode x : current) {
                seen |= x.path("benchmark").asText().equals(c.benchmark());
            }
            if (!seen) {
                ObjectNode o = current.addObject();
                o.put("benchmark", c.benchmark());
                o.put("from", c.from());
            }
        }
        List<JsonNode> sorted = new ArrayList<>();
        current.forEach(sorted::add);
        sorted.sort(Comparator.comparing(x -> x.path("from").asText("")));
        current.removeAll();
        sorted.forEach(current::add);
    }

    /** JSON form: groups and benchmarks sorted by id. */
    public ObjectNode toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode gs = root.putArray("groups");
        groups.values().stream().sorted(Comparator.comparing(g -> g.path("id").asText())).forEach(gs::add);
        ArrayNode bs = root.putArray("benchmarks");
        benchmarks.values().stream().sorted(Comparator.comparing(b -> b.path("id").asText())).forEach(bs::add);
        return root;
    }
}
