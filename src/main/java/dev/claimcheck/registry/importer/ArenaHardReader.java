package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arena-Hard-Auto leaderboards: the CSV form ({@code model,score,rating_q025,rating_q975,CI,avg_tokens,date})
 * and the README/markdown form, where each {@code ```console} block is one table, rows either
 * {@code name | score: 86.4 | 95% CI: (-1.3, 1.3) | ...} (v0.1) or
 * {@code 0  o3-2025-04-16  86.1  (-1.1 / +1.1)} (v2.0). The published interval is relative to the
 * score; the registry stores its absolute bounds.
 *
 * <p>Options: {@code benchmark} (CSV: the benchmark id, default arena-hard-v0.1, the configuration of the
 * published CSVs), {@code tables} (markdown: benchmark id of each console block in file order; "skip"
 * leaves a block out; without it each block's benchmark is inferred from the text just above it), {@code skip_lines} (1-based lines known to be
 * damaged in the original file, left out and listed in the source's method).
 */
public final class ArenaHardReader implements FormatReader {

    private static final Pattern V01 = Pattern.compile(
            "^(.+?)\\s*\\|\\s*score:\\s*(-?[\\d.]+)\\s*\\|\\s*95% CI:\\s*\\(\\s*(-?[\\d.]+)\\s*,\\s*\\+?(-?[\\d.]+)\\s*\\)\\s*\\|.*$");
    private static final Pattern V20 = Pattern.compile(
            "^\\s*\\d+\\s+(.+?)\\s+(-?[\\d.]+)\\s+\\(\\s*-([\\d.]+)\\s*/\\s*\\+([\\d.]+)\\s*\\)\\s*$");
    private static final Pattern V20_HEADER = Pattern.compile("^\\s*Model\\s+Scores \\(%\\)\\s+CI \\(%\\)\\s*$");

    @Override
    public String format() {
        return "arena-hard";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        String name = req.file().getFileName().toString();
        List<RawResult> results = name.endsWith(".csv") ? readCsv(req) : readMarkdown(req);
        SourceInfo src = req.source();
        List<String> skipped = req.optionList("skip_lines");
        if (!skipped.isEmpty()) {
            src = src.withMethod((src.method() == null ? "" : src.method() + " ")
                    + "Left out as damaged in the original file: line(s) " + String.join(", ", skipped) + ".");
        }
        return List.of(ImportBatch.of(src.withId(req.sourceId("arena-hard@" + src.published())), results,
                List.of(), List.of()));
    }

    /**
     * Without option 'tables': the benchmark of a block from the text just above it ("Style Control",
     * "Gemini-2.5 as Judge", "GPT-4.1 as Judge", "Creative Writing") and the row form (v0.1 or v2.0).
     */
    private static String inferTable(List<String> lines, int blockStart, String firstRow) {
        StringBuilder above = new StringBuilder();
        for (int k = blockStart - 1, seen = 0; k >= 0 && seen < 3; k--) {
            if (!lines.get(k).isBlank()) {
                above.append(lines.get(k)).append('\n');
                seen++;
            }
        }
        String text = above.toString();
        if (V01.matcher(firstRow).matches()) {
            return text.contains("Style Control") ? "arena-hard-v0.1-sc" : "arena-hard-v0.1";
        }
        if (text.contains("Creative Writing")) {
            return "arena-hard-v2.0-creative-writing";
        }
        if (text.contains("GPT-4.1 as Judge")) {
            return "arena-hard-v2.0-gpt-4.1-judge";
        }
        return "arena-hard-v2.0";
    }

    private static List<RawResult> readCsv(ImportRequest req) throws IOException {
        String benchmark = req.option("benchmark") != null ? req.option("benchmark") : "arena-hard-v0.1";
        List<RawResult> out = new ArrayList<>();
        for (Csv.Row row : Csv.read(req.file(), req.displayPath()).rows()) {
            String f = req.displayPath();
            out.add(RawResult.of(row.get("model").trim(), benchmark,
                            Numbers.parse(row.get("score"), f, row.line(), "score"), row.line())
                    .withCi(Numbers.parse(row.get("rating_q025"), f, row.line(), "rating_q025"),
                            Numbers.parse(row.get("rating_q975"), f, row.line(), "rating_q975"))
                    .withDate(row.has("date") && !row.get("date").isBlank() ? row.get("date").trim() : null));
        }
        return out;
    }

    private static List<RawResult> readMarkdown(ImportRequest req) throws IOException {
        List<String> tables = req.optionList("tables");
        List<String> skip = req.optionList("skip_lines");
        List<String> lines = Files.readAllLines(req.file(), StandardCharsets.UTF_8);
        List<RawResult> out = new ArrayList<>();
        int block = -1;
        int blockStart = 0;
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.trim().startsWith("```")) {
                if (!inBlock) {
                    block++;
                    blockStart = i;
                    inBlock = true;
                } else {
                    inBlock = false;
                }
                continue;
            }
            if (!inBlock || line.isBlank() || V20_HEADER.matcher(line).matches()) {
                continue;
            }
            if (!tables.isEmpty() && block >= tables.size()) {
                throw new ImportException(req.displayPath(), lineNo, "console block " + (block + 1)
                        + " has no benchmark id in option 'tables' (" + tables.size() + " given)");
            }
            String benchmark = tables.isEmpty() ? inferTable(lines, blockStart, line) : tables.get(block);
            if (benchmark.equals("skip") || skip.contains(String.valueOf(lineNo))) {
                continue;
            }
            Matcher m = V01.matcher(line);
            boolean relativeLow = true;
            if (!m.matches()) {
                m = V20.matcher(line);
                relativeLow = false;
                if (!m.matches()) {
                    throw new ImportException(req.displayPath(), lineNo,
                            "unreadable Arena-Hard row (expected 'model | score: x | 95% CI: (-a, b) | ...' or"
                                    + " 'rank model score (-a / +b)'): " + line.strip());
                }
            }
            String f = req.displayPath();
            BigDecimal score = Numbers.parse(m.group(2), f, lineNo, "score");
            BigDecimal lo = Numbers.parse(m.group(3), f, lineNo, "lower CI offset");
            BigDecimal hi = Numbers.parse(m.group(4), f, lineNo, "upper CI offset");
            // v0.1 writes "(-1.3, 1.3)": the first number is the signed offset; v2.0 writes "(-1.1 / +1.1)".
            BigDecimal low = relativeLow ? score.add(lo) : score.subtract(lo);
            out.add(RawResult.of(m.group(1).trim(), benchmark, score, lineNo).withCi(low, score.add(hi)));
        }
        if (inBlock) {
            throw new ImportException(req.displayPath(), lines.size(), "console block not closed (file truncated?)");
        }
        return out;
    }
}
