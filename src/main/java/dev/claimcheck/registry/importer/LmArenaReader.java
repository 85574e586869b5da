package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * LMArena (Chatbot Arena) all-time export ({@code key,Model,rating,License,Organization,date}): one row per
 * model per leaderboard snapshot. Gives one source per snapshot date ({@code <id>@YYYY-MM-DD}, published
 * = the snapshot date). Ratings are rounded to 2 decimals. The display name ({@code Model}) becomes an
 * alias of the key's model when no other key has the same display name; {@code Organization} names the vendor of unseen models; {@code License} is
 * recorded as the model's license fact.
 *
 * <p>Options: {@code benchmark} (id, default lmarena-text-full), {@code id_prefix} (source id before
 * the @, default lmarena-text-full).
 */
public final class LmArenaReader implements FormatReader {

    private static final Pattern YYYYMMDD = Pattern.compile("\\d{8}");

    @Override
    public String format() {
        return "lmarena";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        String benchmark = req.option("benchmark") != null ? req.option("benchmark") : "lmarena-text-full";
        String prefix = req.option("id_prefix") != null ? req.option("id_prefix") : "lmarena-text-full";
        Csv.Table table = Csv.read(req.file(), req.displayPath());
        Map<String, List<Csv.Row>> byDate = new LinkedHashMap<>();
        for (Csv.Row row : table.rows()) {
            String d = row.get("date").trim();
            if (!YYYYMMDD.matcher(d).matches()) {
                throw new ImportException(req.displayPath(), row.line(), "date must be YYYYMMDD, found '" + d + "'");
            }
            byDate.computeIfAbsent(d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6), k -> new ArrayList<>())
                    .add(row);
        }
        Map<String, Set<String>> keysByDisplay = new LinkedHashMap<>();
        for (Csv.Row row : table.rows()) {
            keysByDisplay.computeIfAbsent(row.get("Model").trim(), k -> new LinkedHashSet<>()).add(row.get("key").trim());
        }
        List<ImportBatch> out = new ArrayList<>();
        Set<String> licensed = new LinkedHashSet<>();
        for (Map.Entry<String, List<Csv.Row>> e : byDate.entrySet()) {
            String date = e.getKey();
            List<RawResult> results = new ArrayList<>();
            List<ModelAlias> aliases = new ArrayList<>();
            List<ModelFact> facts = new ArrayList<>();
            for (Csv.Row row : e.getValue()) {
                String key = row.get("key").trim();
                BigDecimal rating = Numbers.parse(row.get("rating"), req.displayPath(), row.line(), "rating")
                        .setScale(2, RoundingMode.HALF_UP);
                String org = row.get("Organization").trim();
                results.add(RawResult.of(key, benchmark, rating, row.line()).withOrganization(org.isEmpty() ? null : org));
                String display = row.get("Model").trim();
                if (!display.isEmpty() && !display.equals(key) && keysByDisplay.get(display).size() == 1) {
                    aliases.add(new ModelAlias(key, display));
                }
                String license = row.get("License").trim();
                if (!license.isEmpty() && licensed.add(key)) {
                    facts.add(new ModelFact(key, "license", com.fasterxml.jackson.databind.node.TextNode.valueOf(license),
                            license + "," + org, date, null));
                }
            }
            SourceInfo src = req.source().withPublished(date).withId(prefix + "@" + date)
                    .withTitle((req.source().title() == null ? "LMArena leaderboard" : req.source().title())
                            + ", snapshot " + date);
            String method = (src.method() == null ? "" : src.method() + " ")
                    + "Rows of the export whose date is " + date.replace("-", "") + "; score = rating rounded half-up to"
                    + " 2 decimals; no interval or vote count is published in the export.";
            out.add(new ImportBatch(src.withMethod(method), results, List.of(), List.of(), facts, List.of(), aliases));
        }
        return out;
    }
}
