package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LiveBench leaderboard tables ({@code table_<release>.csv}, one column per task) with their
 * {@code categories_<release>.json}. Emits, per model, the Global Average (benchmark
 * {@code livebench-<release>}) and one average per category ({@code livebench-<release>-<category>}),
 * computed as the leaderboard site does: category average = mean of the category's tasks present for
 * the model; Global Average = unweighted mean of the category averages; both rounded to 2 decimals.
 *
 * <p>Options: {@code release} (YYYY-MM-DD; default from the file name), {@code categories} (path of the
 * categories file relative to the table's folder; default {@code categories_<release>.json} beside it),
 * {@code no_global} (model names whose Global Average the site overrides by hand, so none is emitted),
 * {@code skip_lines} (1-based lines of rows known to be malformed in the original file).
 */
public final class LiveBenchReader implements FormatReader {

    private static final Pattern RELEASE = Pattern.compile("table_(\\d{4})_(\\d{2})_(\\d{2})");

    @Override
    public String format() {
        return "livebench";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        String release = req.option("release");
        if (release == null) {
            Matcher m = RELEASE.matcher(req.file().getFileName().toString());
            if (!m.find()) {
                throw new ImportException(req.displayPath(), 0, "cannot tell the LiveBench release from the file name;"
                        + " give option 'release'");
            }
            release = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        }
        String catOption = req.option("categories");
        Path catFile = req.file().toAbsolutePath().getParent()
                .resolve(catOption != null ? catOption : "categories_" + release.replace('-', '_') + ".json");
        if (!Files.isRegularFile(catFile)) {
            throw new ImportException(req.displayPath(), 0, "categories file not found: " + catFile);
        }
        JsonNode cats = new JsonFiles().read(catFile);
        Map<String, List<String>> categories = new LinkedHashMap<>();
        cats.fields().forEachRemaining(e -> {
            List<String> tasks = new ArrayList<>();
            e.getValue().forEach(t -> tasks.add(t.asText()));
            categories.put(e.getKey(), tasks);
        });
        List<String> noGlobal = req.optionList("no_global");

        List<String> skip = req.optionList("skip_lines");
        Csv.Table table = Csv.read(req.file(), req.displayPath(),
                skip.stream().map(Integer::valueOf).collect(java.util.stream.Collectors.toSet()));
        if (table.header().isEmpty() || !table.header().get(0).equals("model")) {
            throw new ImportException(req.displayPath(), 1, "expected a header starting with 'model'");
        }
        for (List<String> tasks : categories.values()) {
            for (String t : tasks) {
                if (!table.header().contains(t)) {
                    throw new ImportException(req.displayPath(), 1, "task column '" + t + "' of the categories file "
                            + catFile.getFileName() + " is missing");
                }
            }
        }
        String globalId = "livebench-" + release;
        List<RawResult> results = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            String model = row.get("model").trim();
            List<BigDecimal> catAverages = new ArrayList<>();
            List<RawResult> perCategory = new ArrayList<>();
            for (Map.Entry<String, List<String>> c : categories.entrySet()) {
                List<BigDecimal> scores = new ArrayList<>();
                for (String task : c.getValue()) {
                    BigDecimal v = Numbers.parseOptional(row.get(task), req.displayPath(), row.line(), "task " + task);
                    if (v != null) {
                        scores.add(v);
                    }
                }
                if (!scores.isEmpty()) {
                    BigDecimal avg = Numbers.mean(scores);
                    catAverages.add(avg);
                    perCategory.add(RawResult.of(model, globalId + "-" + Names.slug(c.getKey()),
                            Numbers.round(avg, 2), row.line()));
                }
            }
            if (catAverages.size() == categories.size() && !noGlobal.contains(model)) {
                results.add(RawResult.of(model, globalId, Numbers.round(Numbers.mean(catAverages), 2), row.line()));
            }
            results.addAll(perCategory);
        }

        List<BenchmarkSpec> benchmarks = new ArrayList<>();
        List<GroupSpec> groups = new ArrayList<>();
        String version = "LiveBench-" + release;
        benchmarks.add(new BenchmarkSpec(globalId, "livebench", "LiveBench " + release + " Global Average", release,
                Map.of("question_release", release, "aggregate", "mean of category averages"),
                "Global Average: unweighted mean of the category averages (0-100)", "percent", true,
                questionCount(release), List.of(version, "LiveBench " + release), release,
                "no published uncertainty; the uncertainty is derived from the question count, "
                    + "which LiveBench's changelog gives: 960 questions at the first release "
                    + "(2024-06-24), 1000 from the 2024-07-26 release on (\"all future updates add "
                    + "and remove the same number, to stay at 1000 total questions\"); the table is "
                    + "updated in place, so results are compared within one snapshot"));
        groups.add(new GroupSpec("livebench", "LiveBench", List.of("LiveBench", "Live Bench"),
                List.of(new GroupSpec.Current(globalId, release))));
        for (Map.Entry<String, List<String>> c : categories.entrySet()) {
            String slug = Names.slug(c.getKey());
            benchmarks.add(new BenchmarkSpec(globalId + "-" + slug, "livebench-" + slug,
                    "LiveBench " + release + " " + c.getKey() + " average", release,
                    Map.of("question_release", release, "category", c.getKey(), "tasks", String.join(",", c.getValue())),
                    c.getKey() + " category average: mean of its task scores (0-100)", "percent", true, null,
                    List.of(), release, "no published uncertainty"));
            groups.add(new GroupSpec("livebench-" + slug, "LiveBench " + c.getKey(),
                    List.of("LiveBench " + c.getKey()), List.of(new GroupSpec.Current(globalId + "-" + slug, release))));
        }
        SourceInfo src = req.source();
        if (src.method() == null) {
            src = src.withMethod("Per model: category average = mean of the category's task scores present in the row"
                    + " (categories from " + catFile.getFileName() + "); Global Average = unweighted mean of the "
                    + categories.size() + " category averages, emitted only when every category has a score"
                    + (noGlobal.isEmpty() ? "" : " and not for " + noGlobal + ", whose Global Average the site"
                    + " overrides by hand") + "; both rounded half-up to 2 decimals, as the site computes them."
                    + (skip.isEmpty() ? "" : " Left out as malformed in the original file (wrong number of fields):"
                    + " line(s) " + String.join(", ", skip) + "."));
        }
        return List.of(ImportBatch.of(src.withId(req.sourceId(globalId + "@" + src.published())), results,
                benchmarks, groups));
    }

    /** Questions in a LiveBench release, as its changelog states them. */
    static Integer questionCount(String release) {
        return release.compareTo("2024-07-26") >= 0 ? 1000 : 960;
    }
}
