package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCommandTest {
  @TempDir Path dir;

  private Path broken() throws IOException {
    Path reg = Cli.copyRegistry(dir.resolve("reg"));
    Files.writeString(
        reg.resolve("models.json"), "{\n  \"models\": [\n    {\"id\": \"x\",,}\n  ]\n}\n");
    return reg;
  }

  @Test
  void validateCountsAValidRegistry() {
    Cli.Result r = new Cli().run("registry", "validate", Cli.REGISTRY.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals("ok: 3 models, 1 benchmarks, 4 results, 2 sources\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void validateDefaultsToTheBundledRegistry() {
    Cli.Result r = new Cli().run("registry", "validate");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("ok: "), r.out());
  }

  @Test
  void validateListsSyntaxProblemsWithLineAndColumn() throws IOException {
    Path reg = broken();
    Cli.Result r = new Cli().run("registry", "validate", reg.toString());
    assertEquals(1, r.exit(), r.toString());
    String models = Pattern.quote(reg.resolve("models.json").toString());
    assertTrue(r.out().matches("(?s)" + models + ":3:\\d+: .+\n"), r.out());
    assertTrue(r.err().contains("has 1 problem"), r.err());
  }

  @Test
  void validateListsEveryConsistencyProblem() throws IOException {
    Path reg = Cli.copyRegistry(dir.resolve("reg"));
    String sources = Files.readString(reg.resolve("sources/livebench-2025-02-04.json"));
    Files.writeString(
        reg.resolve("sources/livebench-2025-02-04.json"),
        sources.replace("\"model\": \"deepseek-v3\"", "\"model\": \"deepseek-v9\"")
            .replace("\"benchmark\": \"livebench-2024-11-25\", \"score\": 62.29",
                "\"benchmark\": \"mmlu\", \"score\": 62.29"));
    Cli.Result r = new Cli().run("registry", "validate", reg.toString());
    assertEquals(1, r.exit(), r.toString());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length, r.out());
    assertTrue(r.out().contains(":11:5: result names unknown benchmark \"mmlu\""), r.out());
    assertTrue(r.out().contains(":12:5: result names unknown model \"deepseek-v9\""), r.out());
  }

  @Test
  void validateOfAMissingFolderExits3() {
    Cli.Result r = new Cli().run("registry", "validate", dir.resolve("nothing").toString());
    assertEquals(3, r.exit(), r.toString());
    assertTrue(r.err().startsWith("claimcheck: "), r.err());
    assertEquals("", r.out());
  }

  @Test
  void topLevelRegistryOptionIsHonoured() throws IOException {
    Cli.Result r = new Cli().run("--registry", broken().toString(), "registry", "validate");
    assertEquals(1, r.exit(), r.toString());
  }

  @Test
  void statsAsJsonHasNumericCounts() throws IOException {
    Cli.Result r = new Cli().run("registry", "stats", "--format", "json");
    assertEquals(0, r.exit(), r.toString());
    JsonNode root = new ObjectMapper().readTree(r.out());
    for (String key : new String[] {"models", "benchmarks", "results", "sources"}) {
      assertTrue(root.get(key).isInt(), key);
    }
    assertEquals(3, root.get("models").asInt());
    assertEquals(1, root.get("benchmarks").asInt());
    assertEquals(4, root.get("results").asInt());
    assertEquals(2, root.get("sources").asInt());
    assertEquals(2, root.get("independent_results").asInt());
    assertEquals("2025-01-28", root.at("/published/first").asText());
    assertEquals("2025-02-04", root.at("/published/last").asText());
    assertEquals("Alibaba Qwen team", root.at("/publishers/0/publisher").asText());
    assertEquals(false, root.at("/publishers/0/independent").asBoolean());
    assertEquals(2, root.at("/publishers/1/results").asInt());
  }

  @Test
  void statsAsText() {
    Cli.Result r = new Cli().run("registry", "stats", "--registry", Cli.REGISTRY.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("registry: " + Cli.REGISTRY + "\n"), r.out());
    assertTrue(r.out().contains("\nmodels             3\n"), r.out());
    assertTrue(r.out().contains("\npublished: 2025-01-28 to 2025-02-04\n"), r.out());
    assertTrue(r.out().contains("\nLiveBench                1        2  independent\n"), r.out());
    assertTrue(r.out().contains("\nAlibaba Qwen team        1        2  vendor-reported\n"), r.out());
  }

  @Test
  void statsRejectsOtherFormats() {
    assertEquals(2, new Cli().run("registry", "stats", "--format", "sarif").exit());
  }

  @Test
  void showModelSeparatesIndependentAndVendorResults() {
    Cli.Result r = new Cli().run("registry", "show", "Qwen 2.5 Max");
    assertEquals(0, r.exit(), r.toString());
    String out = r.out();
    assertTrue(out.startsWith("model qwen2.5-max: Qwen2.5-Max (Alibaba, released 2025-01-28)\n"), out);
    int independent = out.indexOf("  independent results:");
    int vendor = out.indexOf("  vendor-reported (not evidence):");
    assertTrue(independent > 0 && vendor > independent, out);
    assertTrue(
        out.substring(independent, vendor)
            .contains("LiveBench 2024-11-25 (livebench-2024-11-25)  62.29"),
        out);
    assertTrue(out.substring(vendor).contains("62.2  "), out);
    assertTrue(out.substring(vendor).contains("Alibaba Qwen team"), out);
  }

  @Test
  void showBenchmarkRanksByScore() {
    Cli.Result r = new Cli().run("registry", "show", "livebench-2024-11-25");
    assertEquals(0, r.exit(), r.toString());
    String out = r.out();
    assertTrue(out.startsWith("benchmark livebench-2024-11-25: LiveBench 2024-11-25"), out);
    assertTrue(out.indexOf("qwen2.5-max") < out.indexOf("deepseek-v3"), out);
  }

  @Test
  void showFamilyAndGroup() {
    Cli.Result family = new Cli().run("registry", "show", "qwen2.5");
    assertEquals(0, family.exit(), family.toString());
    assertTrue(family.out().contains("members: qwen2.5-72b-instruct, qwen2.5-max"), family.out());
    Cli.Result group = new Cli().run("registry", "show", "livebench");
    assertEquals(0, group.exit(), group.toString());
    assertTrue(group.out().startsWith("benchmark group livebench: LiveBench\n"), group.out());
  }

  /** Two dated snapshots of one LiveBench table and an unrelated table, in a copy of the registry. */
  private Path withSnapshots() throws IOException {
    Path reg = Cli.copyRegistry(dir.resolve("reg"));
    snapshot(reg, "lb-table@2025-01-20", "LiveBench", "2025-01-20", 61.5, 59.0);
    snapshot(reg, "lb-table@2025-02-10", "LiveBench", "2025-02-10", 63.75, null);
    return reg;
  }

  private static void snapshot(
      Path reg, String id, String publisher, String date, double qwen, Double deepseek)
      throws IOException {
    String results =
        "    {\"model\": \"qwen2.5-max\", \"as_published\": \"qwen2.5-max\","
            + " \"benchmark\": \"livebench-2024-11-25\", \"score\": " + qwen + "}"
            + (deepseek == null
                ? ""
                : ",\n    {\"model\": \"deepseek-v3\", \"as_published\": \"deepseek-v3\","
                    + " \"benchmark\": \"livebench-2024-11-25\", \"score\": " + deepseek + "}");
    Files.writeString(
        reg.resolve("sources/" + id + ".json"),
        "{\n  \"source\": {\"id\": \"" + id + "\", \"publisher\": \"" + publisher
            + "\", \"url\": \"https://example.org/" + id + "\", \"published\": \"" + date
            + "\", \"independent\": true},\n  \"results\": [\n" + results + "\n  ]\n}\n");
  }

  @Test
  void showCollapsesDatedSnapshotsToTheNewest() throws IOException {
    Path reg = withSnapshots();
    Cli.Result r = new Cli().run("registry", "show", "qwen2.5-max", "--registry", reg.toString());
    assertEquals(0, r.exit(), r.toString());
    String out = r.out();
    assertTrue(out.contains("63.75") && out.contains("lb-table@2025-02-10"), out);
    assertTrue(!out.contains("61.5") && !out.contains("lb-table@2025-01-20"), out);
    // another table of the same publisher is not a snapshot of this one
    assertTrue(out.contains("62.29") && out.contains("livebench-2025-02-04"), out);
    assertTrue(out.contains("  independent results:"), out);
    assertTrue(out.indexOf("  vendor-reported (not evidence):") > out.indexOf("lb-table@2025-02-10"), out);
    assertTrue(
        out.endsWith(
            "\n  1 result of older snapshots of the same tables not shown (--all-snapshots lists"
                + " them)\n"),
        out);
  }

  @Test
  void showKeepsTheNewestSnapshotHoldingEachModel() throws IOException {
    Path reg = withSnapshots();
    Cli.Result r =
        new Cli().run("registry", "show", "livebench-2024-11-25", "--registry", reg.toString());
    assertEquals(0, r.exit(), r.toString());
    // deepseek-v3 is missing from the newer snapshot: its last published figure stays
    assertTrue(r.out().contains("59  "), r.out());
    assertTrue(!r.out().contains("61.5"), r.out());
  }

  @Test
  void showAllSnapshotsListsEveryOne() throws IOException {
    Path reg = withSnapshots();
    Cli.Result r =
        new Cli()
            .run("registry", "show", "qwen2.5-max", "--all-snapshots", "--registry", reg.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("lb-table@2025-01-20") && r.out().contains("lb-table@2025-02-10"));
    assertTrue(!r.out().contains("not shown"), r.out());
  }

  @Test
  void statsJsonOfTheBundledRegistryNamesEveryManifestPublisher() throws IOException {
    Cli.Result r = new Cli().bundledRegistry().run("registry", "stats", "--format", "json");
    assertEquals(0, r.exit(), r.toString());
    ObjectMapper json = new ObjectMapper();
    JsonNode root = json.readTree(r.out());
    for (String key : new String[] {"models", "benchmarks", "results", "sources"}) {
      assertTrue(root.get(key).isInt() && root.get(key).asInt() > 0, key);
    }
    assertTrue(root.get("publishers").isArray());
    java.util.Set<String> listed = new java.util.HashSet<>();
    root.get("publishers").forEach(p -> listed.add(p.get("publisher").asText()));
    JsonNode manifest =
        json.readTree(Path.of("claims", "import-manifest.json").toAbsolutePath().toFile());
    int checked = 0;
    for (JsonNode e : manifest.get("entries")) {
      if (!"metadata".equals(e.at("/source/role").asText())) {
        String publisher = e.at("/source/publisher").asText();
        assertTrue(listed.contains(publisher), publisher + " missing from " + listed);
        checked++;
      }
    }
    assertTrue(checked > 10, "manifest entries read: " + checked);
  }

  @Test
  void showUnknownNameExits1() {
    Cli.Result r = new Cli().run("registry", "show", "GPT-7");
    assertEquals(1, r.exit());
    assertEquals("claimcheck: no model or benchmark named 'GPT-7' in the registry\n", r.err());
  }

  @Test
  void registryWithoutSubcommandIsAUsageError() {
    Cli.Result r = new Cli().run("registry");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Usage: claimcheck registry"), r.err());
  }

  @Test
  void registryHelpListsSubcommands() {
    Cli.Result r = new Cli().run("registry", "--help");
    assertEquals(0, r.exit());
    for (String s :
        new String[] {"validate", "stats", "show", "import", "update", "Exit status:"}) {
      assertTrue(r.out().contains(s), s);
    }
  }
}
