package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Epoch AI's own evaluation runs ({@code benchmarks_runs.csv}). Score = {@code Best score (across
 * scorers)} as percent; stderr = the standard error of the scorer in {@code Scores} ("name:mean±se,...")
 * whose mean is closest to the best score, as percent (left out when published as 0, i.e. below the
 * rounding); date = {@code started_at}. Each task is its own benchmark id; a task version other than
 * 1.0.x gets an id of its own.
 *
 * <p>Options: {@code tasks}: object mapping task name to {"id", "group", "group_name", "name", "metric",
 * "current"}; with "current" true the bare group name means this id from its first run on. Default: the
 * tasks of the file as of 2025-11 ({@link #defaultTasks()}). Tasks not listed are an error.
 */
public final class EpochReader implements FormatReader {

    private static final Pattern SCORE = Pattern.compile("([A-Za-z_]+):(-?[\\d.]+)±(-?[\\d.]+)");
    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    @Override
    public String format() {
        return "epoch";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        JsonNode tasks = req.options().has("tasks") ? req.options().get("tasks") : defaultTasks();
        Csv.Table table = Csv.read(req.file(), req.displayPath());
        List<RawResult> results = new ArrayList<>();
        Map<String, BenchmarkSpec> benchmarks = new LinkedHashMap<>();
        Map<String, String> groupNames = new LinkedHashMap<>();
        Map<String, String> firstRun = new LinkedHashMap<>();
        Map<String, String> groupOf = new LinkedHashMap<>();
        String f = req.displayPath();
        for (Csv.Row row : table.rows()) {
            String task = row.get("task").trim();
            JsonNode t = tasks.get(task);
            if (t == null) {
                throw new ImportException(f, row.line(), "task '" + task + "' has no entry in option 'tasks'");
            }
            String version = row.get("task version").trim();
            String id = t.path("id").asText();
            if (!version.isEmpty() && !version.startsWith("1.0.")) {
                id = id + "-v" + version.substring(0, version.lastIndexOf('.'));
            }
            if (!"Success".equals(row.get("Status").trim())) {
                continue;
            }
            BigDecimal best = Numbers.parse(row.get("Best score (across scorers)"), f, row.line(), "best score");
            BigDecimal stderr = null;
            BigDecimal bestDistance = null;
            Matcher m = SCORE.matcher(row.get("Scores"));
            while (m.find()) {
                BigDecimal mean = new BigDecimal(m.group(2));
                BigDecimal distance = mean.subtract(best).abs();
                if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                    bestDistance = distance;
                    stderr = new BigDecimal(m.group(3));
                }
            }
            if (bestDistance == null) {
                throw new ImportException(f, row.line(), "cannot read 'Scores' (expected name:mean±se): " + row.get("Scores"));
            }
            if (stderr != null && stderr.signum() == 0) {
                stderr = null;
            }
            RawResult r = RawResult.of(row.get("model").trim(), id, Numbers.percent(best), row.line())
                    .withDate(startedAt(row.get("started_at"), f, row.line()));
            results.add(stderr == null ? r : r.withStderr(Numbers.percent(stderr)));
            if (t.path("current").asBoolean(false) && r.date() != null
                    && (!firstRun.containsKey(id) || r.date().compareTo(firstRun.get(id)) < 0)) {
                firstRun.put(id, r.date());
                groupOf.put(id, t.path("group").asText());
            }
            if (!benchmarks.containsKey(id)) {
                String tv = id.equals(t.path("id").asText()) ? "1.0" : version.substring(0, version.lastIndexOf('.'));
                benchmarks.put(id, new BenchmarkSpec(id, t.path("group").asText(),
                        t.path("name").asText() + " (Epoch AI run, task version " + tv + ")", tv,
                        Map.of("evaluator", "Epoch AI (Inspect)", "task", task, "task_version", tv,
                                "scoring", "best scorer of the run"),
                        t.path("metric").asText("accuracy (%)"), "percent", true, null, List.of(), null,
                        "each result carries the run's published standard error"));
                groupNames.put(t.path("group").asText(), t.path("group_name").asText(t.path("name").asText()));
            }
        }
        List<GroupSpec> groups = new ArrayList<>();
        groupNames.forEach((g, n) -> {
            List<GroupSpec.Current> current = new ArrayList<>();
            firstRun.forEach((id, date) -> {
                if (g.equals(groupOf.get(id))) {
                    current.add(new GroupSpec.Current(id, date));
                }
            });
            groups.add(new GroupSpec(g, n, List.of(n), current));
        });
        SourceInfo src = req.source();
        String method = (src.method() == null ? "" : src.method() + " ")
                + "Score = 'Best score (across scorers)' x 100; stderr = the standard error (x 100) of the scorer in"
                + " 'Scores' whose mean is closest to the best score, left out when published as 0; date = the run's"
                + " started_at (null where the file leaves it empty). Task versions 1.0.x share a benchmark id; other versions get their own.";
        return List.of(ImportBatch.of(src.withId(req.sourceId("epoch-runs@" + src.published())).withMethod(method),
                results, new ArrayList<>(benchmarks.values()), groups));
    }

    /** The task mapping used when the caller gives none: the tasks of benchmarks_runs.csv as of 2025-11. */
    static ObjectNode defaultTasks() {
        ObjectNode tasks = JsonNodeFactory.instance.objectNode();
        task(tasks, "GPQA diamond", "gpqa-diamond-epoch", "gpqa-diamond", "GPQA Diamond", "GPQA Diamond", true);
        task(tasks, "MATH level 5", "math-level-5-epoch", "math-level-5", "MATH level 5", "MATH level 5", true);
        task(tasks, "OTIS Mock AIME 2024-2025", "otis-mock-aime-2024-2025-epoch", "otis-mock-aime", "OTIS Mock AIME",
                "OTIS Mock AIME 2024-2025", true);
        task(tasks, "FrontierMath-2025-02-28-Public", "frontiermath-2025-02-28-public-epoch", "frontiermath-public",
                "FrontierMath (public problems)", "FrontierMath 2025-02-28 public set", false);
        task(tasks, "FrontierMath-2025-02-28-Private", "frontiermath-2025-02-28-private-epoch", "frontiermath",
                "FrontierMath", "FrontierMath 2025-02-28 private set", true);
        task(tasks, "FrontierMath-Tier-4-2025-07-01-Public", "frontiermath-tier-4-2025-07-01-public-epoch",
                "frontiermath-tier-4-public", "FrontierMath Tier 4 (public problems)", "FrontierMath Tier 4 2025-07-01 public set", false);
        task(tasks, "FrontierMath-Tier-4-2025-07-01-Private", "frontiermath-tier-4-2025-07-01-private-epoch",
                "frontiermath-tier-4", "FrontierMath Tier 4", "FrontierMath Tier 4 2025-07-01 private set", true);
        task(tasks, "SWE-Bench verified", "swe-bench-verified-epoch", "swe-bench-verified", "SWE-bench Verified",
                "SWE-bench Verified", false).put("metric", "% of task instances resolved");
        return tasks;
    }

    private static ObjectNode task(ObjectNode tasks, String task, String id, String group, String groupName, String name,
                                   boolean current) {
        ObjectNode t = tasks.putObject(task);
        t.put("id", id).put("group", group).put("group_name", groupName).put("name", name)
                .put("metric", "accuracy (%)").put("current", current);
        return t;
    }

    static String startedAt(String text, String file, int line) {
        String t = text.trim();
        if (t.isEmpty()) {
            return null;
        }
        int cut = t.lastIndexOf(' ');
        String day = cut > 0 && t.substring(cut + 1).matches("\\d{1,2}:\\d{2}[ap]m") ? t.substring(0, cut) : t;
        try {
            return LocalDate.parse(day, STARTED).toString();
        } catch (DateTimeParseException e) {
            throw new ImportException(file, line, "started_at is not like '26 January 2025 3:04pm' or empty: '" + text + "'");
        }
    }
}
