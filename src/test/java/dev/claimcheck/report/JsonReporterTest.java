package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String write(RunReport run) {
    StringWriter buf = new StringWriter();
    new JsonReporter("1.2.3").write(run, new PrintWriter(buf));
    return buf.toString();
  }

  static JsonNode schema() throws IOException {
    try (InputStream in =
        JsonReporterTest.class.getResourceAsStream("/report/claimcheck-report.schema.json")) {
      return MAPPER.readTree(in);
    }
  }

  private static List<String> keys(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  @Test
  void topLevelKeysToolAndRegistry() throws IOException {
    JsonNode root = MAPPER.readTree(write(ReportFixtures.run()));
    assertEquals(
        List.of("schema_version", "tool", "registry", "inputs", "errors", "summary"), keys(root));
    assertEquals(1, root.get("schema_version").intValue());
    assertEquals("claimcheck", root.at("/tool/name").textValue());
    assertEquals("1.2.3", root.at("/tool/version").textValue());
    assertEquals(
        List.of("location", "models", "benchmarks", "results", "sources"),
        keys(root.get("registry")));
    assertTrue(root.at("/registry/models").isInt());
  }

  @Test
  void inputSentenceClaimAndCheckKeys() throws IOException {
    JsonNode input = MAPPER.readTree(write(ReportFixtures.run())).at("/inputs/0");
    assertEquals(
        List.of(
            "input", "format", "title", "language", "published", "url", "main_subject",
            "warnings", "sentences"),
        keys(input));
    assertEquals("markdown", input.get("format").textValue());
    assertEquals("2025-02-10", input.get("published").textValue());
    assertTrue(input.get("url").isNull(), "absent values are written as null");

    JsonNode sentence = input.at("/sentences/0");
    assertEquals(
        List.of("sentence", "line", "column", "offset", "length", "rollup", "claims"),
        keys(sentence));
    assertEquals(ReportFixtures.SENTENCE, sentence.get("sentence").textValue());
    assertEquals(12, sentence.get("line").intValue());
    assertEquals(1, sentence.get("column").intValue());
    assertEquals(1043, sentence.get("offset").intValue());
    assertEquals(ReportFixtures.SENTENCE.length(), sentence.get("length").intValue());
    assertEquals("MIXED", sentence.get("rollup").textValue());

    JsonNode claim = sentence.at("/claims/0");
    assertEquals(
        List.of(
            "kind", "cue", "fact", "subject", "objects", "benchmarks", "benchmarks_from_context",
            "value", "negated", "claimant", "hedged", "hedge_cues", "checks"),
        keys(claim));
    assertEquals("COMPARE", claim.get("kind").textValue());
    assertEquals("Qwen 2.5", claim.at("/subject/written").textValue());
    assertTrue(claim.at("/subject/reference").isNull());
    assertEquals("DeepSeek V3", claim.at("/objects/0").textValue());
    assertEquals("LiveBench", claim.at("/benchmarks/0").textValue());
    assertEquals("Alibaba", claim.get("claimant").textValue());
    assertTrue(claim.get("hedged").booleanValue());
    assertEquals("reportedly", claim.at("/hedge_cues/0").textValue());
    assertTrue(claim.get("value").isNull());

    JsonNode checks = claim.get("checks");
    assertEquals(Verdict.values().length, checks.size());
    List<String> verdicts = new ArrayList<>();
    for (JsonNode c : checks) {
      assertEquals(
          List.of(
              "verdict", "reason", "explanation", "subject", "competitor", "benchmark", "as_of",
              "evidence", "later_evidence", "vendor_reported", "notes"),
          keys(c));
      verdicts.add(c.get("verdict").textValue());
    }
    assertEquals(
        List.of("SUPPORTED", "UNVERIFIED", "NOT_COMPARABLE", "AMBIGUOUS", "CONFLICTING", "WITHIN_MARGIN", "CONTRADICTED"),
        verdicts);
  }

  @Test
  void resolutionsEvidenceAndNumbers() throws IOException {
    JsonNode checks =
        MAPPER.readTree(write(ReportFixtures.run())).at("/inputs/0/sentences/0/claims/0/checks");
    JsonNode within = checks.get(Verdict.WITHIN_MARGIN.ordinal());
    assertEquals(
        List.of("written", "id", "name", "method", "reason", "candidates"),
        keys(within.get("subject")));
    assertEquals("family", within.at("/subject/method").textValue());
    assertEquals("qwen2.5-max", within.at("/subject/id").textValue());
    assertEquals("deepseek-v3", within.at("/competitor/id").textValue());
    assertEquals("livebench-2024-11-25", within.at("/benchmark/id").textValue());
    assertEquals("2025-02-10", within.at("/as_of/date").textValue());
    assertEquals("article", within.at("/as_of/basis").textValue());

    JsonNode ev = within.at("/evidence/0");
    assertEquals(
        List.of(
            "benchmark", "benchmark_name", "version", "unit", "subject", "other", "difference",
            "margin", "test", "outcome"),
        keys(ev));
    assertTrue(ev.get("difference").isNumber());
    // 62.29 - 60.45 is 1.8400000000000034 in binary floating point; the report rounds the noise.
    assertEquals("1.84", ev.get("difference").asText());
    assertEquals(62.29, ev.at("/subject/value").doubleValue());
    assertEquals("2025-02-04", ev.at("/subject/published").textValue());
    assertTrue(ev.at("/subject/independent").booleanValue());
    assertTrue(ev.at("/subject/ci_low").isNull());
    assertEquals("WITHIN_MARGIN", ev.get("outcome").textValue());

    JsonNode vendor = within.at("/vendor_reported/0");
    assertFalse(vendor.at("/subject/independent").booleanValue());
    assertTrue(vendor.get("outcome").isNull());

    JsonNode ambiguous = checks.get(Verdict.AMBIGUOUS.ordinal());
    assertTrue(ambiguous.at("/competitor/id").isNull());
    assertEquals(2, ambiguous.at("/competitor/candidates").size());
    assertEquals(1, checks.get(0).get("later_evidence").size());
  }

  @Test
  void errorsAndSummary() throws IOException {
    JsonNode root = MAPPER.readTree(write(ReportFixtures.run()));
    assertEquals("articles/missing.md", root.at("/errors/0/input").textValue());
    assertEquals("no such file", root.at("/errors/0/message").textValue());
    JsonNode verdicts = root.at("/summary/verdicts");
    for (Verdict v : Verdict.values()) {
      assertEquals(1, verdicts.get(v.name()).intValue(), v.name());
    }
    assertEquals(2, root.at("/summary/inputs").intValue());
    assertEquals(1, root.at("/summary/errors").intValue());
  }

  @Test
  void allFiveVerdictsArePresentEvenWhenZero() throws IOException {
    JsonNode root =
        MAPPER.readTree(
            write(new RunReport(List.of(), List.of(), ReportFixtures.registryInfo())));
    assertEquals(
        List.of("SUPPORTED", "UNVERIFIED", "NOT_COMPARABLE", "AMBIGUOUS", "CONFLICTING", "WITHIN_MARGIN", "CONTRADICTED"),
        keys(root.at("/summary/verdicts")));
    assertEquals(0, root.at("/summary/verdicts/CONTRADICTED").intValue());
    assertTrue(root.get("inputs").isArray());
  }

  @Test
  void outputConformsToTheSchemaFile() throws IOException {
    MiniSchema schema = new MiniSchema(schema());
    for (RunReport run :
        List.of(
            ReportFixtures.run(),
            new RunReport(List.of(), List.of(), null),
            new RunReport(List.of(ReportFixtures.emptyDocument()), List.of(), null))) {
      List<String> errors = schema.validate(MAPPER.readTree(write(run)));
      assertEquals(List.of(), errors);
    }
  }

  @Test
  void schemaCatchesADrift() throws IOException {
    JsonNode doc = MAPPER.readTree(write(ReportFixtures.run()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/inputs/0")).put("extra", 1);
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.at("/inputs/0/sentences/0"))
        .remove("rollup");
    List<String> errors = new MiniSchema(schema()).validate(doc);
    assertEquals(2, errors.size(), errors.toString());
  }

  @Test
  void outputIsDeterministicAndEndsWithANewline() {
    String a = write(ReportFixtures.run());
    assertEquals(a, write(ReportFixtures.run()));
    assertTrue(a.endsWith("}\n"));
    assertTrue(a.startsWith("{\n  \"schema_version\": 1,\n"), a.substring(0, 40));
  }
}
