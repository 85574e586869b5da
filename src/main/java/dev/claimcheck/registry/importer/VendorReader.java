package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vendor release tables (markdown pipe tables or HTML tables in a README, model card or blog post).
 * Vendor-reported: the source must say {@code independent: false} and name the vendor in
 * {@code reported_by}.
 *
 * <p>A table has models in columns (a label column such as "Benchmark (Metric)" or "Datasets", optional
 * metadata columns "# Shots", "Metric", "Language", "Category", then one column per model) or, when its
 * first header is "Model", models in rows and benchmarks in columns. Each table belongs to the scope of
 * the nearest heading listed in option {@code scopes}; tables outside every scope are not imported.
 * Without that option each table's scope is its nearest heading, and its benchmark ids are prefixed with
 * the source id and that heading.
 *
 * <p>Options: {@code scopes} (heading to id prefix), {@code rows} (benchmark label, or
 * "scope heading|label", to an existing benchmark id; other labels get an id
 * {@code <prefix>-<label and metadata>} defined by this reader), {@code units} (label to unit, default
 * percent), {@code lower_is_better} (labels), {@code facts} (row label to fact key: architecture,
 * parameters_active, parameters_total), {@code groups} (label to benchmark group id, default the slug of the label without its
 * parenthesised metric), {@code skip_rows} (labels of rows that are not benchmark figures, e.g. parameter counts
 * the registry has no fact key for), {@code announces} (model ids whose release date is the
 * front-matter {@code date:} of the file).
 */
public final class VendorReader implements FormatReader {

    private static final Set<String> META = Set.of("", "category", "benchmark", "benchmark (metric)", "datasets",
            "# shots", "metric", "language", "dataset", "task");
    private static final Pattern FRONT_DATE = Pattern.compile("^date:\\s*(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern PARAMS = Pattern.compile("^(\\d+(?:\\.\\d+)?)\\s*([BMT])$");

    @Override
    public String format() {
        return "vendor";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        String text = Files.readString(req.file(), StandardCharsets.UTF_8);
        List<MarkdownTables.Table> tables = new ArrayList<>(MarkdownTables.read(req.file(), req.displayPath()));
        if (text.contains("<table")) {
            tables.addAll(HtmlTables.read(req.file(), req.displayPath()));
        }
        JsonNode scopes = req.options().path("scopes");
        JsonNode rowsMap = req.options().path("rows");
        JsonNode units = req.options().path("units");
        JsonNode facts = req.options().path("facts");
        List<String> lower = req.optionList("lower_is_better");
        String vendor = req.source().reportedBy();

        List<RawResult> results = new ArrayList<>();
        Map<String, BenchmarkSpec> benchmarks = new LinkedHashMap<>();
        Map<String, GroupSpec> groups = new LinkedHashMap<>();
        List<ModelFact> modelFacts = new ArrayList<>();
        Set<String> skippedTables = new LinkedHashSet<>();
        for (MarkdownTables.Table t : tables) {
            String scope = null;
            String prefix = null;
            for (String h : t.headings()) {
                if (scopes.has(h)) {
                    scope = h;
                    prefix = scopes.get(h).asText();
                    break;
                }
            }
            if (prefix == null && !req.options().has("scopes") && !t.headings().isEmpty()) {
                scope = t.headings().get(0);
                prefix = Names.slug(req.sourceId("vendor").replaceAll("@.*$", "") + " " + scope);
            }
            if (prefix == null) {
                skippedTables.add("line " + t.line() + (t.headings().isEmpty() ? "" : " (" + t.headings().get(0) + ")"));
                continue;
            }
            List<String> header = t.header().stream().map(MarkdownTables::plain).toList();
            boolean modelsInRows = header.get(0).equalsIgnoreCase("model");
            List<String> scopeChain = List.of(scope);
            for (MarkdownTables.Row row : t.rows()) {
                List<String> cells = row.cells().stream().map(MarkdownTables::plain).toList();
                if (modelsInRows) {
                    String model = cells.get(0);
                    for (int c = 1; c < header.size(); c++) {
                        String label = header.get(c);
                        String id = benchmarkId(scope, label, List.of(), prefix, rowsMap);
                        addFigure(req, results, benchmarks, groups, id, label, List.of(), model, cells.get(c), row,
                                scopeChain, units, lower, vendor);
                    }
                    continue;
                }
                int labelCol = -1;
                List<String> meta = new ArrayList<>();
                int firstModel = -1;
                for (int c = 0; c < header.size(); c++) {
                    String h = header.get(c).toLowerCase(Locale.ROOT);
                    if (META.contains(h)) {
                        if (h.isEmpty() || h.equals("category")) {
                            continue;
                        }
                        if (labelCol < 0) {
                            labelCol = c;
                        } else {
                            meta.add(cells.get(c));
                        }
                    } else if (firstModel < 0) {
                        firstModel = c;
                    }
                }
                if (labelCol < 0 || firstModel < 0) {
                    throw new ImportException(req.displayPath(), t.line(), "cannot tell label and model columns of"
                            + " the table (header " + header + ")");
                }
                String label = cells.get(labelCol);
                if (label.isEmpty() || label.startsWith("*") || req.optionList("skip_rows").contains(label)) {
                    continue;
                }
                if (facts.has(label)) {
                    for (int c = firstModel; c < header.size(); c++) {
                        JsonNode value = factValue(facts.get(label).asText(), cells.get(c));
                        if (value != null) {
                            modelFacts.add(new ModelFact(header.get(c), facts.get(label).asText(),
                                    value, row.text(), req.source().published(), scope));
                        }
                    }
                    continue;
                }
                String id = benchmarkId(scope, label, meta, prefix, rowsMap);
                for (int c = firstModel; c < header.size(); c++) {
                    addFigure(req, results, benchmarks, groups, id, label, meta, header.get(c), cells.get(c), row,
                            scopeChain, units, lower, vendor);
                }
            }
        }
        List<ReleaseHint> releases = new ArrayList<>();
        List<String> announces = req.optionList("announces");
        if (!announces.isEmpty()) {
            String date = null;
            for (String line : text.split("\n")) {
                Matcher m = FRONT_DATE.matcher(line.trim());
                if (m.find()) {
                    date = m.group(1);
                    break;
                }
            }
            if (date == null) {
                throw new ImportException(req.displayPath(), 0, "option 'announces' needs a front-matter 'date:' line");
            }
            for (String id : announces) {
                releases.add(new ReleaseHint(id, date, req.source().url(), 0));
            }
        }
        SourceInfo src = req.source();
        String method = (src.method() == null ? "" : src.method() + " ")
                + "Figures copied from the vendor's tables cell by cell (bold markers removed, '-' cells left out);"
                + " row labels mapped to benchmark ids by the import manifest, other rows given vendor-specific ids."
                + (skippedTables.isEmpty() ? "" : " Tables not imported (outside the mapped sections): "
                + String.join("; ", skippedTables) + ".");
        return List.of(new ImportBatch(src.withId(req.sourceId(Names.slug(src.title() == null ? "vendor" : src.title())))
                .withMethod(method), results, new ArrayList<>(benchmarks.values()), new ArrayList<>(groups.values()),
                modelFacts, releases, List.of()));
    }

    private static String benchmarkId(String scope, String label, List<String> meta, String prefix, JsonNode rowsMap) {
        if (rowsMap.has(scope + "|" + label)) {
            return rowsMap.get(scope + "|" + label).asText();
        }
        if (rowsMap.has(label)) {
            return rowsMap.get(label).asText();
        }
        StringBuilder s = new StringBuilder(label);
        meta.forEach(m -> s.append(' ').append(m));
        return prefix + "-" + Names.slug(s.toString());
    }

    private void addFigure(ImportRequest req, List<RawResult> results, Map<String, BenchmarkSpec> benchmarks,
                           Map<String, GroupSpec> groups, String id, String label, List<String> meta, String model,
                           String cell, MarkdownTables.Row row, List<String> scopes, JsonNode units,
                           List<String> lower, String vendor) {
        BigDecimal value = Numbers.parseOptional(cell, req.displayPath(), row.line(), label + " / " + model);
        if (value == null) {
            return;
        }
        if (!benchmarks.containsKey(id) && !req.options().path("rows").toString().contains("\"" + id + "\"")) {
            String base = label.replaceAll("\\s*\\(.*\\)\\s*$", "").trim();
            String group = req.options().path("groups").has(label)
                    ? req.options().path("groups").get(label).asText() : Names.slug(base);
            String config = String.join(", ", meta);
            benchmarks.put(id, new BenchmarkSpec(id, group, label + (config.isEmpty() ? "" : " (" + config + ")")
                    + " as evaluated by " + vendor, null,
                    meta.isEmpty() ? Map.of("evaluator", vendor) : Map.of("evaluator", vendor, "setting", config),
                    label + (config.isEmpty() ? "" : ", " + config), units.path(label).asText("percent"),
                    !lower.contains(label), null, List.of(), null,
                    "vendor-run configuration; only comparable with figures of the same table"));
            groups.putIfAbsent(group, new GroupSpec(group, base, List.of(), List.of()));
        }
        results.add(RawResult.of(model, id, value, row.line()).withScope(scopes.isEmpty() ? null : scopes.get(0)));
    }

    private static JsonNode factValue(String key, String cell) {
        String c = cell.trim();
        if (c.isEmpty() || c.equals("-")) {
            return null;
        }
        switch (key) {
            case "architecture" -> {
                String v = c.toLowerCase(Locale.ROOT);
                return v.equals("moe") || v.equals("dense") ? TextNode.valueOf(v) : null;
            }
            case "parameters_active", "parameters_total" -> {
                Matcher m = PARAMS.matcher(c);
                if (!m.matches()) {
                    return null;
                }
                BigDecimal mult = switch (m.group(2)) {
                    case "M" -> BigDecimal.valueOf(1_000_000L);
                    case "B" -> BigDecimal.valueOf(1_000_000_000L);
                    default -> BigDecimal.valueOf(1_000_000_000_000L);
                };
                return LongNode.valueOf(new BigDecimal(m.group(1)).multiply(mult).longValueExact());
            }
            case "open_weights" -> {
                return BooleanNode.valueOf(Boolean.parseBoolean(c));
            }
            default -> {
                return TextNode.valueOf(c);
            }
        }
    }
}
