package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * ZeroEval result summaries (markdown table with {@code Model, Mode, Acc, No answer, Total, ...}).
 * Score = the score column, n = the total column.
 *
 * <p>Options: {@code benchmark} (id; default from the file name, e.g. mmlu-redux.summary.md ->
 * zeroeval-mmlu-redux), {@code score_column} (default Acc, Puzzle Acc for zebra-grid), {@code n_column}
 * (default Total, Total Puzzles for zebra-grid).
 */
public final class ZeroEvalReader implements FormatReader {

    private static final java.util.Map<String, String> DEFAULTS = new java.util.TreeMap<>(java.util.Map.of(
            "mmlu-redux", "zeroeval-mmlu-redux", "math-l5", "zeroeval-math-l5", "gsm", "zeroeval-gsm8k",
            "crux", "zeroeval-crux", "zebra-grid", "zeroeval-zebralogic"));

    @Override
    public String format() {
        return "zeroeval";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        String fileName = req.file().getFileName().toString();
        String task = fileName.endsWith(".summary.md") ? fileName.substring(0, fileName.length() - ".summary.md".length()) : "";
        boolean zebra = task.equals("zebra-grid");
        String benchmark = req.option("benchmark") != null ? req.option("benchmark") : DEFAULTS.get(task);
        if (benchmark == null) {
            throw new ImportException(req.displayPath(), 0, "cannot tell the benchmark from the file name; give option"
                    + " 'benchmark' (known files: " + DEFAULTS.keySet() + ")");
        }
        String scoreCol = req.option("score_column") != null ? req.option("score_column") : zebra ? "Puzzle Acc" : "Acc";
        String nCol = req.option("n_column") != null ? req.option("n_column") : zebra ? "Total Puzzles" : "Total";
        List<MarkdownTables.Table> tables = MarkdownTables.read(req.file(), req.displayPath());
        if (tables.isEmpty()) {
            throw new ImportException(req.displayPath(), 0, "no markdown table found");
        }
        MarkdownTables.Table t = tables.get(0);
        int model = t.header().indexOf("Model");
        int score = t.header().indexOf(scoreCol);
        int n = t.header().indexOf(nCol);
        if (model < 0 || score < 0) {
            throw new ImportException(req.displayPath(), t.line(), "table needs columns 'Model' and '" + scoreCol + "'");
        }
        List<RawResult> results = new ArrayList<>();
        for (MarkdownTables.Row row : t.rows()) {
            var value = Numbers.parseOptional(row.cells().get(score), req.displayPath(), row.line(), scoreCol);
            if (value == null) {
                continue;
            }
            RawResult r = RawResult.of(row.cells().get(model), benchmark, value, row.line());
            if (n >= 0) {
                var count = Numbers.parseOptional(row.cells().get(n), req.displayPath(), row.line(), nCol);
                r = r.withN(count == null ? null : count.intValueExact());
            }
            results.add(r);
        }
        SourceInfo src = req.source();
        String method = (src.method() == null ? "" : src.method() + " ") + "Score = column '" + scoreCol
                + "' (zero-shot, greedy), n = column '" + nCol + "', one result per table row.";
        return List.of(ImportBatch.of(src.withId(req.sourceId(benchmark + "@" + src.published())).withMethod(method),
                results, List.of(), List.of()));
    }
}
