package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Epoch AI model metadata ({@code model_versions.csv}: {@code id, Model, Version release date, ...,
 * Display name, Unique display name}). Gives no results, only release dates (priority 1) for the models
 * the ids name. A metadata source: no source file is written. The display names are not used as
 * aliases: they often name a family rather than the version (qwen2.5-72b-instruct is shown as
 * "Qwen2.5-72B", Yi-6B-Chat as "Yi-6B").
 */
public final class EpochModelsReader implements FormatReader {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public String format() {
        return "epoch-models";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        List<ReleaseHint> releases = new ArrayList<>();
        for (Csv.Row row : Csv.read(req.file(), req.displayPath()).rows()) {
            String id = row.get("id").trim();
            String date = row.get("Version release date").trim();
            if (DATE.matcher(date).matches()) {
                releases.add(new ReleaseHint(id, date, req.source().url(), 1));
            } else if (!date.isEmpty()) {
                throw new ImportException(req.displayPath(), row.line(), "release date not YYYY-MM-DD: '" + date + "'");
            }
        }
        SourceInfo src = req.source();
        return List.of(new ImportBatch(src.withId(req.sourceId("epoch-model-versions")), List.of(), List.of(),
                List.of(), List.of(), releases, List.of()));
    }
}
