package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A generic CSV of results: {@code model,benchmark,score} and optionally {@code ci_low, ci_high, stderr,
 * n, variant, system, date}. The benchmark ids must already exist in the registry. The source metadata
 * comes entirely from the caller (id, publisher, url, published, independent, reported_by, role...).
 */
public final class GenericCsvReader implements FormatReader {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        Csv.Table table = Csv.read(req.file(), req.displayPath());
        for (String required : List.of("model", "benchmark", "score")) {
            if (!table.header().contains(required)) {
                throw new ImportException(req.displayPath(), 1, "missing column '" + required
                        + "' (expected model,benchmark,score[,ci_low,ci_high,stderr,n,variant,system,date])");
            }
        }
        String f = req.displayPath();
        List<RawResult> results = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            int line = row.line();
            RawResult r = RawResult.of(row.get("model").trim(), row.get("benchmark").trim(),
                    Numbers.parse(row.get("score"), f, line, "score"), line);
            if (row.has("ci_low") || row.has("ci_high")) {
                r = r.withCi(row.has("ci_low") ? Numbers.parseOptional(row.get("ci_low"), f, line, "ci_low") : null,
                        row.has("ci_high") ? Numbers.parseOptional(row.get("ci_high"), f, line, "ci_high") : null);
            }
            if (row.has("stderr")) {
                r = r.withStderr(Numbers.parseOptional(row.get("stderr"), f, line, "stderr"));
            }
            if (row.has("n")) {
                var n = Numbers.parseOptional(row.get("n"), f, line, "n");
                r = r.withN(n == null ? null : n.intValueExact());
            }
            if (row.has("variant") && !row.get("variant").isBlank()) {
                r = r.withVariant(row.get("variant").trim());
            }
            if (row.has("system") && !row.get("system").isBlank()) {
                r = r.withSystem(row.get("system").trim());
            }
            if (row.has("date") && !row.get("date").isBlank()) {
                r = r.withDate(row.get("date").trim());
            }
            results.add(r);
        }
        SourceInfo src = req.source();
        if (src.id() == null) {
            throw new ImportException(f, 0, "the csv format needs a source id (and publisher, url, published,"
                    + " independent) from the caller");
        }
        if (src.method() == null) {
            src = src.withMethod("Figures read from the CSV as given (columns model, benchmark, score, ...).");
        }
        return List.of(ImportBatch.of(src, results, List.of(), List.of()));
    }
}
