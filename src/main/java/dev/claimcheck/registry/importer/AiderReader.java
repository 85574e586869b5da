package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Aider leaderboard YAML files: a list of entries with {@code model, edit_format, pass_rate_1,
 * pass_rate_2, test_cases, date, ...}. Score = {@code pass_rate_2} (or option {@code score_field});
 * n = {@code test_cases}; date = the entry's {@code date}. An architect entry whose editor model differs
 * from the architect model is a two-model system: its result carries the pair as {@code system}.
 *
 * <p>Options: {@code benchmark} (id; without it an entry run on 200-225 test cases is aider-polyglot and one
 * on 100-133 aider-edit), {@code score_field} (default pass_rate_2), {@code min_test_cases}
 * (entries run on fewer cases are partial runs and left out), {@code benchmark_by_test_cases}
 * (object: test case count to benchmark id, for entries of another benchmark filed in the same list).
 */
public final class AiderReader implements FormatReader {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public String format() {
        return "aider";
    }

    @Override
    public List<ImportBatch> read(ImportRequest req) throws IOException {
        String benchmark = req.option("benchmark");
        String scoreField = req.option("score_field") != null ? req.option("score_field") : "pass_rate_2";
        int minCases = req.options().path("min_test_cases").asInt(0);
        JsonNode byCases = req.options().path("benchmark_by_test_cases");
        List<RawResult> results = new ArrayList<>();
        List<ReleaseHint> releases = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Reader in = Files.newBufferedReader(req.file(), StandardCharsets.UTF_8);
             JsonParser p = yaml.getFactory().createParser(in)) {
            p.setCodec(yaml);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportException(req.displayPath(), 1, "expected a YAML list of entries");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int line = p.currentLocation().getLineNr();
                JsonNode e = p.readValueAsTree();
                String model = text(e, "model");
                if (model == null) {
                    throw new ImportException(req.displayPath(), line, "entry without 'model'");
                }
                JsonNode score = e.get(scoreField);
                if (score == null || !score.isNumber()) {
                    throw new ImportException(req.displayPath(), line, "entry '" + model + "' has no numeric " + scoreField);
                }
                String date = text(e, "date");
                if (date == null || !DATE.matcher(date).matches()) {
                    throw new ImportException(req.displayPath(), line, "entry '" + model + "' has no date YYYY-MM-DD");
                }
                int cases = e.path("test_cases").asInt(0);
                String bench = byCases.has(String.valueOf(cases)) ? byCases.get(String.valueOf(cases)).asText()
                        : benchmark != null ? benchmark : byTestCases(cases);
                if (bench == null) {
                    throw new ImportException(req.displayPath(), line, "cannot tell the benchmark of an entry run on "
                            + cases + " test cases; give option 'benchmark'");
                }
                if (cases < minCases && !byCases.has(String.valueOf(cases))) {
                    partial.add(model + " (" + date + ", " + cases + " cases)");
                    continue;
                }
                RawResult r = RawResult.of(model, bench, new BigDecimal(score.asText()), line)
                        .withN(cases > 0 ? cases : null).withDate(date);
                String editor = text(e, "editor_model");
                if ("architect".equals(text(e, "edit_format")) && editor != null && !Names.key(editor).equals(Names.key(model))) {
                    String system = model.contains("+")
                            ? model + " (editor " + editor + ", " + text(e, "editor_edit_format") + ")"
                            : model + " (architect) + " + editor + " (editor, " + text(e, "editor_edit_format") + ")";
                    r = new RawResult(null, bench, r.score(), null, null, null, r.n(), null, system, date, null, line, null);
                }
                results.add(r);
                String released = text(e, "released");
                if (released != null && DATE.matcher(released).matches() && r.name() != null) {
                    releases.add(new ReleaseHint(model, released, req.source().url(), 2));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            var loc = ex.getLocation();
            throw new ImportException(req.displayPath(), loc == null ? 0 : loc.getLineNr(),
                    "invalid YAML: " + ex.getOriginalMessage(), ex);
        }
        SourceInfo src = req.source();
        String method = (src.method() == null ? "" : src.method() + " ")
                + "Score = " + scoreField + " of each entry; n = test_cases; date = the entry's date."
                + " Architect entries with a different editor model are recorded as systems named"
                + " '<architect model> (architect) + <editor_model> (editor, <editor_edit_format>)', or"
                + " '<model> (editor <editor_model>, <editor_edit_format>)' when the model field already names the pair."
                + (partial.isEmpty() ? "" : " Left out as partial runs (fewer than " + minCases + " test cases): "
                + String.join("; ", partial) + ".");
        String idBase = benchmark != null ? benchmark : "aider";
        return List.of(new ImportBatch(src.withId(req.sourceId(idBase + "@" + src.published())).withMethod(method),
                results, List.of(), List.of(), List.of(), releases, List.of()));
    }

    /** Without option: 225 test cases is the polyglot benchmark, 132-133 the Python editing benchmark. */
    private static String byTestCases(int cases) {
        if (cases >= 200 && cases <= 225) {
            return "aider-polyglot";
        }
        if (cases >= 100 && cases <= 133) {
            return "aider-edit";
        }
        return null;
    }

    private static String text(JsonNode e, String key) {
        JsonNode v = e.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
