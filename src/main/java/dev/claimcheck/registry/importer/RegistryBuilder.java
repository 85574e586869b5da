package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns reader batches into source files, adding unseen models and benchmarks to the catalogs.
 * One instance per import run.
 */
public final class RegistryBuilder {

    /** A source file ready to be written: id and full text. */
    public record GeneratedSource(String id, String content) {
    }

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");

    private final ModelCatalog models;
    private final BenchmarkCatalog benchmarks;
    private final ModelResolver resolver;
    private final JsonFiles json = new JsonFiles();
    private final List<ReleaseHint> releaseHints = new ArrayList<>();
    private final Set<String> sourceIds = new LinkedHashSet<>();
    private final Map<String, Integer> releasePriority = new HashMap<>();
    private final List<ModelAlias> pendingAliases = new ArrayList<>();

    public RegistryBuilder(ModelCatalog models, BenchmarkCatalog benchmarks) {
        this.models = models;
        this.benchmarks = benchmarks;
        this.resolver = new ModelResolver(models);
    }

    public ModelCatalog models() {
        return models;
    }

    public BenchmarkCatalog benchmarks() {
        return benchmarks;
    }

    /**
     * Builds the source file of a batch; null for a metadata-only batch (role "metadata": release
     * dates and facts, no results), which writes no source file.
     *
     * @param names explicit name mappings for this raw file (manifest {@code names}), may be empty
     */
    public GeneratedSource apply(ImportBatch batch, Map<String, String> names, String displayPath) {
        SourceInfo s = batch.source();
        check(s, displayPath);
        if (!sourceIds.add(s.id())) {
            throw new ImportException(displayPath, 0, "source id '" + s.id() + "' is produced twice");
        }
        batch.benchmarks().forEach(benchmarks::add);
        batch.groups().forEach(benchmarks::merge);
        Set<String> notes = new LinkedHashSet<>();
        ArrayNode results = JsonNodeFactory.instance.arrayNode();
        for (RawResult r : batch.results()) {
            if (!benchmarks.hasBenchmark(r.benchmark())) {
                throw new ImportException(displayPath, r.line(), "unknown benchmark id '" + r.benchmark() + "'");
            }
            if (r.score() == null) {
                throw new ImportException(displayPath, r.line(), "missing score for '" + r.name() + "'");
            }
            String model;
            String variant = r.variant();
            if (r.name() == null) {
                model = systemModel(r.system());
            } else {
                String date = r.date() != null ? r.date() : s.published();
                ModelResolver.Resolved res = resolver.resolve(r.name(), names, scopes(r), date, r.organization());
                model = res.model();
                if (res.variant() != null) {
                    variant = variant == null ? res.variant() : res.variant() + ", " + variant;
                }
                if (res.note() != null) {
                    notes.add(res.note());
                }
            }
            results.add(resultJson(model, r, variant));
        }
        for (ModelFact f : batch.facts()) {
            String date = f.date() != null ? f.date() : s.published();
            String id = resolver.resolve(f.name(), names, f.scope() == null ? List.of() : List.of(f.scope()), date, null).model();
            models.addFact(id, f.key(), f.value(), s.url(), f.quote(), date);
        }
        pendingAliases.addAll(batch.aliases());
        releaseHints.addAll(batch.releases());
        applyReleaseHints();
        if ("metadata".equals(s.role())) {
            if (!batch.results().isEmpty()) {
                throw new ImportException(displayPath, 0, "a metadata source cannot carry results");
            }
            return null;
        }
        SourceInfo finalInfo = s;
        if (!notes.isEmpty()) {
            finalInfo = s.withMethod((s.method() == null ? "" : s.method() + " ")
                    + "Names resolved by date or left unpinned: " + String.join("; ", notes) + ".");
        }
        return new GeneratedSource(s.id(), json.sourceFile(finalInfo.toJson(), results));
    }

    private static List<String> scopes(RawResult r) {
        return r.scope() == null ? List.of() : List.of(r.scope());
    }

    private String systemModel(String system) {
        if (system == null) {
            throw new IllegalArgumentException("a result without model name must name its system");
        }
        String id = Names.slug(system);
        if (!id.startsWith("system-")) {
            id = "system-" + id;
        }
        if (!models.hasModel(id)) {
            models.addModel(id, system, "unknown", null, null, null, "system", List.of());
        }
        return id;
    }

    private static ObjectNode resultJson(String model, RawResult r, String variant) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("model", model);
        o.put("as_published", r.name() != null ? r.name() : r.system());
        o.put("benchmark", r.benchmark());
        putNumber(o, "score", r.score());
        putNumber(o, "ci_low", r.ciLow());
        putNumber(o, "ci_high", r.ciHigh());
        putNumber(o, "stderr", r.stderr());
        if (r.n() == null) {
            o.putNull("n");
        } else {
            o.put("n", r.n());
        }
        o.put("variant", variant);
        o.put("system", r.system());
        o.put("date", r.date());
        return o;
    }

    private static void putNumber(ObjectNode o, String key, BigDecimal v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros());
        }
    }

    private static void check(SourceInfo s, String file) {
        require(s.id() != null && ID.matcher(s.id()).matches(), file, "source id missing or not a file-safe id: " + s.id());
        require(s.publisher() != null, file, "source publisher missing");
        require(s.url() != null, file, "source url missing");
        require(s.published() != null && DATE.matcher(s.published()).matches(), file,
                "source published date missing or not YYYY-MM-DD: " + s.published());
        require(s.independent() != null, file, "source independence flag missing");
        require(s.role() != null, file, "source role missing (evidence or cross-check)");
        require(s.independent() || s.reportedBy() != null, file, "vendor-reported source needs reported_by");
    }

    private static void require(boolean ok, String file, String message) {
        if (!ok) {
            throw new ImportException(file, 0, message);
        }
    }

    /**
     * Applies the aliases (when free) and release hints collected so far: a model gets the date of the best-priority hint
     * naming it (earliest date among equals), unless its date came from the curated entry or from a
     * hint of better or equal priority. Called after every batch, so that later imports can pin
     * family names by date.
     */
    public void applyReleaseHints() {
        for (ModelAlias a : pendingAliases) {
            resolver.lookupModel(a.name()).ifPresent(id -> models.addAlias(id, a.alias()));
        }
        Map<String, ReleaseHint> best = new HashMap<>();
        for (ReleaseHint h : releaseHints) {
            resolver.lookupModel(h.name()).ifPresent(found -> {
                for (String id : new LinkedHashSet<>(List.of(found, resolver.baseOf(found)))) {
                    ReleaseHint old = best.get(id);
                    if (old == null || h.priority() < old.priority()
                            || (h.priority() == old.priority() && h.date().compareTo(old.date()) < 0)) {
                        best.put(id, h);
                    }
                }
            });
        }
        best.keySet().stream().sorted().forEach(id -> {
            ReleaseHint h = best.get(id);
            JsonNode released = models.model(id).get("released");
            boolean curated = released != null && !released.isNull() && !releasePriority.containsKey(id);
            Integer current = releasePriority.get(id);
            if (!curated && (current == null || h.priority() < current
                    || (h.priority() == current && !h.date().equals(released.asText())))) {
                models.setReleased(id, h.date(), h.sourceUrl());
                releasePriority.put(id, h.priority());
            }
        });
    }
}
