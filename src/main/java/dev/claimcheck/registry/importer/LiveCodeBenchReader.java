package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LiveCodeBench raw per-problem results ({@code performances_generation.json}: {@code performances[]}
 * with {@code model, date (ms), pass@1}, and {@code models[]}). A leaderboard score is the mean pass@1
 * over the problems whose contest date (UTC day) lies in a window, inclusive at both ends, as the site
 * computes it; {@code n} is the number of those problems.
 *
 * <p>A window is a benchmark id of its own, named by the problem dates it actually covers in this file:
 * {@code livecodebench-<first>..<last>} where first is the window start (or the earliest problem for
 * "all") and last is the window end cut to the latest problem in the file.
 *
 * <p>The {@code release_date} of {@code models[]} is not used as a release date: it is the cut-off the
 * site uses against contamination (e.g. 2023-04-30 for GPT-4-Turbo-2024-04-09, 2023-06-30 for DeepSeek-V3).
 *
 * <p>Options: {@code windows}: list of "all" or "YYYY-MM-DD..YYYY-MM-DD"; {@code current}: the window
 * a bare "LiveCodeBench" means from this snapshot on.
 */
public final class LiveCodeBenchReader implements FormatReader {

    @Override
    public String format() {
        return "livecodebench";
    }

    private record Problem(String question, String model, LocalDate date, BigDecimal pass1) {
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        JsonNode root = new JsonFiles().read(req.file());
        if (!root.path("performances").isArray() || !root.path("models").isArray()) {
            throw new ImportException(req.displayPath(), 1, "expected 'performances' and 'models' arrays");
        }
        List<Problem> problems = new ArrayList<>();
        int i = 0;
        for (JsonNode p : root.path("performances")) {
            JsonNode pass = p.get("pass@1");
            JsonNode date = p.get("date");
            if (pass == null || !pass.isNumber() || date == null || !date.isNumber() || !p.hasNonNull("model")) {
                throw new ImportException(req.displayPath(), 0, "performances[" + i + "] lacks model, numeric date or pass@1");
            }
            problems.add(new Problem(p.path("question_id").asText(""), p.get("model").asText(),
                    Instant.ofEpochMilli(date.asLong()).atZone(ZoneOffset.UTC).toLocalDate(), pass.decimalValue()));
            i++;
        }
        LocalDate first = problems.stream().map(Problem::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = problems.stream().map(Problem::date).max(LocalDate::compareTo).orElseThrow();
        List<String> windows = req.optionList("windows");
        if (windows.isEmpty()) {
            windows = List.of("all");
        }
        List<RawResult> results = new ArrayList<>();
        List<BenchmarkSpec> benchmarks = new ArrayList<>();
        Map<String, String> windowIds = new LinkedHashMap<>();
        for (String w : windows) {
            LocalDate start;
            LocalDate end;
            if (w.equals("all")) {
                start = first;
                end = last;
            } else {
                String[] parts = w.split("\\.\\.");
                start = LocalDate.parse(parts[0]);
                end = LocalDate.parse(parts[1]);
            }
            LocalDate effectiveEnd = end.isAfter(last) ? last : end;
            String id = "livecodebench-" + start + ".." + effectiveEnd;
            windowIds.put(w, id);
            int questions = (int) problems.stream()
                    .filter(p -> !p.date().isBefore(start) && !p.date().isAfter(end) && !p.question().isEmpty())
                    .map(Problem::question).distinct().count();
            benchmarks.add(new BenchmarkSpec(id, "livecodebench",
                    "LiveCodeBench code generation, problems " + start + " to " + effectiveEnd, start + ".." + effectiveEnd,
                    Map.of("scenario", "code generation", "window_start", start.toString(),
                            "window_end", effectiveEnd.toString(), "difficulty", "all", "metric", "pass@1"),
                    "mean pass@1 over the problems released in the window (%)", "percent", true,
                    questions > 0 ? questions : null,
                    List.of(), null, "no published uncertainty; n gives the problem count behind each score"));
            Map<String, List<BigDecimal>> byModel = new LinkedHashMap<>();
            for (Problem p : problems) {
                if (!p.date().isBefore(start) && !p.date().isAfter(end)) {
                    byModel.computeIfAbsent(p.model(), k -> new ArrayList<>()).add(p.pass1());
                }
            }
            byModel.forEach((model, values) -> results.add(
                    RawResult.of(model, id, Numbers.round(Numbers.mean(values), 2), 0).withN(values.size())));
        }
        List<GroupSpec> groups = new ArrayList<>();
        String current = req.option("current");
        groups.add(new GroupSpec("livecodebench", "LiveCodeBench", List.of("LiveCodeBench", "Live Code Bench", "LCB"),
                current == null ? List.of()
                        : List.of(new GroupSpec.Current(windowIds.get(current), req.source().published()))));
        SourceInfo src = req.source();
        if (src.method() == null) {
            src = src.withMethod("Per model and window: arithmetic mean of pass@1 over the problems whose contest date"
                    + " (UTC day of 'date') lies in the window, both ends inclusive; n = number of those problems;"
                    + " rounded half-up to 2 decimals. Windows: " + String.join(", ", windows) + ".");
        }
        return List.of(new ImportBatch(src.withId(req.sourceId("livecodebench@" + src.published())), results,
                benchmarks, groups, List.of(), List.of(), List.of()));
    }
}
