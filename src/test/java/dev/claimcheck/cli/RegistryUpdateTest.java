package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.registry.importer.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code registry update} against a loopback server serving small files in the publishers' formats
 * (src/test/resources/registry/update/payloads), into a copy of a small registry that already holds
 * one older snapshot of the LiveBench table and of the Aider leaderboard. The list of sources is
 * the bundled one, cut down to LiveBench, Arena-Hard-Auto and Aider.
 */
class RegistryUpdateTest {
  static final Path FIXTURES = Cli.resource("/registry/update");
  static final String TABLE = "/LiveBench/livebench.github.io/main/public/table_2024_11_25.csv";
  static final String CATEGORIES =
      "/LiveBench/livebench.github.io/main/public/categories_2024_11_25.json";
  static final String AIDER = "/Aider-AI/aider/main/aider/website/_data/polyglot_leaderboard.yml";
  static final String ARENA =
      "/lmarena/arena-hard-auto/main/leaderboard/arena_hard_leaderboard_20240731.csv";

  @TempDir Path dir;

  private Path reg;
  private LoopbackServer server;

  @BeforeEach
  void setUp() throws IOException {
    reg = dir.resolve("reg");
    Files.createDirectories(reg.resolve("sources"));
    for (String f :
        List.of(
            "models.json", "benchmarks.json",
            "sources/livebench-2024-11-25@2025-02-04.json",
            "sources/aider-polyglot-leaderboard@2025-02-04.json")) {
      Files.copy(FIXTURES.resolve("registry").resolve(f), reg.resolve(f));
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode list;
    try (InputStream in = getClass().getResourceAsStream("/claims/update-sources.json")) {
      list = (ObjectNode) json.readTree(in);
    }
    ArrayNode kept = json.createArrayNode();
    for (JsonNode s : list.get("sources")) {
      if (Set.of("livebench", "arena-hard", "aider").contains(s.get("name").asText())) {
        kept.add(s);
      }
    }
    list.set("sources", kept);
    Files.writeString(reg.resolve("update-sources.json"), json.writeValueAsString(list));
    server = LoopbackServer.start();
    serve("v2");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void serve(String version) throws IOException {
    Path p = FIXTURES.resolve("payloads").resolve(version);
    server
        .serve(TABLE, Files.readAllBytes(p.resolve("table_2024_11_25.csv")))
        .serve(CATEGORIES, Files.readAllBytes(p.resolve("categories_2024_11_25.json")))
        .serve(AIDER, Files.readAllBytes(p.resolve("polyglot_leaderboard.yml")));
    if (Files.exists(p.resolve("arena_hard_leaderboard_20240731.csv"))) {
      server.serve(ARENA, Files.readAllBytes(p.resolve("arena_hard_leaderboard_20240731.csv")));
    } else {
      server.status(ARENA, 404);
    }
  }

  private byte[] bad(String name) throws IOException {
    return Files.readAllBytes(FIXTURES.resolve("payloads/bad").resolve(name));
  }

  private Cli.Result update(String... more) {
    List<String> args =
        new java.util.ArrayList<>(List.of("registry", "update", "--registry", reg.toString()));
    args.addAll(List.of(more));
    return new Cli().env("CLAIMCHECK_UPDATE_BASE_URL", server.baseUrl() + "/").run(args.toArray(String[]::new));
  }

  private Map<String, String> files() {
    return RegistryImportTest.hashes(reg);
  }

  /** The files of {@code after} that are not in {@code before}; asserts the others are unchanged. */
  private static Set<String> added(Map<String, String> before, Map<String, String> after, String... changed) {
    Map<String, String> kept = new TreeMap<>(after);
    kept.keySet().retainAll(before.keySet());
    Map<String, String> expected = new TreeMap<>(before);
    for (String c : changed) {
      kept.remove(c);
      expected.remove(c);
    }
    assertEquals(expected, kept, "files already there are left byte-identical");
    Set<String> out = new java.util.TreeSet<>(after.keySet());
    out.removeAll(before.keySet());
    return out;
  }

  @Test
  void aGoodUpdateWritesOneNewDatedSnapshotAndKeepsTheOlderOne() throws IOException {
    Map<String, String> before = files();
    Cli.Result r = update("--source", "livebench");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(
        "livebench: new snapshot livebench-2024-11-25@2025-03-01 (16 results);"
            + " wrote sources/livebench-2024-11-25@2025-03-01.json\n",
        r.out());
    assertEquals("", r.err());
    assertEquals(
        Set.of("sources/livebench-2024-11-25@2025-03-01.json"), added(before, files()));
    assertEquals(List.of(TABLE, CATEGORIES), server.requests(), "--source restricts the downloads");

    JsonNode snap =
        new ObjectMapper().readTree(reg.resolve("sources/livebench-2024-11-25@2025-03-01.json").toFile());
    assertEquals("2025-03-01", snap.at("/source/published").asText());
    assertEquals(server.baseUrl() + TABLE, snap.at("/source/url").asText());
    assertEquals(
        "LiveBench 2024-11-25 leaderboard table, state of 2025-03-01", snap.at("/source/title").asText());
    assertTrue(snap.at("/source/method").asText().contains("downloaded on the date in the id"));
    assertEquals("qwen2.5-max", snap.at("/results/8/model").asText());
    assertEquals("livebench-2024-11-25", snap.at("/results/8/benchmark").asText());
    assertEquals(58.03, snap.at("/results/8/score").asDouble());

    Cli.Result show = new Cli().run("registry", "show", "deepseek-v3", "--registry", reg.toString());
    assertTrue(show.out().contains("livebench-2024-11-25@2025-03-01"), show.out());
    assertFalse(show.out().contains("livebench-2024-11-25@2025-02-04"), show.out());
  }

  @Test
  void everySourceInOneRun() {
    Map<String, String> before = files();
    Cli.Result r = update();
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().contains("livebench: new snapshot livebench-2024-11-25@2025-03-01"), r.out());
    // the Arena-Hard-Auto CSV dates every row: that date is the publication date
    assertTrue(
        r.out().contains(
            "arena-hard: new snapshot arena-hard-v0.1@2024-07-31 (3 results); wrote models.json,"
                + " sources/arena-hard-v0.1@2024-07-31.json\n"),
        r.out());
    assertTrue(r.out().contains("aider: new snapshot aider-polyglot-leaderboard@2025-03-01 (4 results)"), r.out());
    assertEquals(
        Set.of(
            "sources/livebench-2024-11-25@2025-03-01.json",
            "sources/arena-hard-v0.1@2024-07-31.json",
            "sources/aider-polyglot-leaderboard@2025-03-01.json"),
        added(before, files(), "models.json"));
    assertEquals(0, new Cli().run("registry", "validate", reg.toString()).exit());
  }

  @Test
  void aSecondIdenticalUpdateWritesNothing() {
    assertEquals(0, update().exit());
    Map<String, String> before = files();
    Cli.Result r = update();
    assertEquals(0, r.exit(), r.toString());
    assertEquals(
        "livebench: unchanged (same figures as livebench-2024-11-25@2025-03-01); nothing written\n"
            + "arena-hard: unchanged (same figures as arena-hard-v0.1@2024-07-31); nothing written\n"
            + "aider: unchanged (same figures as aider-polyglot-leaderboard@2025-03-01); nothing written\n",
        r.out());
    assertEquals(before, files());
  }

  @Test
  void dataEqualToTheNewestSnapshotHeldIsUnchanged() throws IOException {
    serve("v1");
    Map<String, String> before = files();
    Cli.Result r = update("--source", "livebench", "--source", "aider");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.out().contains("livebench: unchanged (same figures as livebench-2024-11-25@2025-02-04)"), r.out());
    assertTrue(
        r.out().contains("aider: unchanged (same figures as aider-polyglot-leaderboard@2025-02-04)"), r.out());
    assertEquals(before, files());
  }

  @Test
  void aTableCutMidRowFailsAndWritesNothing() throws IOException {
    server.serve(TABLE, bad("table_2024_11_25.truncated.csv"));
    Map<String, String> before = files();
    Cli.Result r = update("--source", "livebench");
    assertEquals(3, r.exit(), r.toString());
    assertEquals("", r.out());
    assertTrue(
        r.err().startsWith(
            "claimcheck: livebench: " + server.baseUrl() + TABLE
                + ":4: expected 6 fields as in the header, found 3 (truncated or malformed row?)\n"
                + "claimcheck: livebench: failed; nothing of it was written\n"),
        r.err());
    assertTrue(r.err().endsWith("claimcheck: 1 of 1 source failed; " + reg + " holds none of their new data\n"), r.err());
    assertEquals(before, files());
  }

  @Test
  void malformedJsonFailsAndWritesNothing() throws IOException {
    server.serve(CATEGORIES, bad("categories_2024_11_25.malformed.json"));
    Map<String, String> before = files();
    Cli.Result r = update("--source", "livebench");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith("claimcheck: livebench: " + server.baseUrl() + CATEGORIES + ":3: invalid JSON"),
        r.err());
    assertFalse(r.err().contains("claimcheck-update-"), "no temporary path in messages: " + r.err());
    assertEquals(before, files());
  }

  @Test
  void malformedOrTruncatedYamlFailsAndWritesNothing() throws IOException {
    Map<String, String> before = files();
    server.serve(AIDER, bad("polyglot_leaderboard.malformed.yml"));
    Cli.Result r = update("--source", "aider");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(r.err().startsWith("claimcheck: aider: " + server.baseUrl() + AIDER + ":"), r.err());
    assertTrue(r.err().contains(": invalid YAML: "), r.err());
    assertEquals(before, files());

    server.serve(AIDER, bad("polyglot_leaderboard.truncated.yml"));
    r = update("--source", "aider");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith(
            "claimcheck: aider: " + server.baseUrl() + AIDER
                + ":31: entry 'qwen-max-2025-01-25' has no numeric pass_rate_2\n"),
        r.err());
    assertEquals(before, files());
  }

  @Test
  void anHttpErrorFailsAndWritesNothing() {
    server.status(CATEGORIES, 404);
    Map<String, String> before = files();
    Cli.Result r = update("--source", "livebench");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith("claimcheck: livebench: " + server.baseUrl() + CATEGORIES + ": HTTP 404 Not Found\n"),
        r.err());
    assertEquals(before, files());
  }

  @Test
  void aDownloadCutShortFailsAndWritesNothing() throws IOException {
    byte[] table = Files.readAllBytes(FIXTURES.resolve("payloads/v2/table_2024_11_25.csv"));
    server.cutShort(TABLE, java.util.Arrays.copyOf(table, table.length / 2), table.length - table.length / 2);
    Map<String, String> before = files();
    Cli.Result r = update("--source", "livebench");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith("claimcheck: livebench: " + server.baseUrl() + TABLE + ": download failed or cut short"),
        r.err());
    assertEquals(before, files());
  }

  @Test
  void oneFailedSourceDoesNotStopTheOthers() throws IOException {
    server.serve(TABLE, bad("table_2024_11_25.truncated.csv"));
    Map<String, String> before = files();
    Cli.Result r = update();
    assertEquals(3, r.exit(), r.toString());
    assertTrue(r.out().contains("aider: new snapshot aider-polyglot-leaderboard@2025-03-01"), r.out());
    assertTrue(r.out().contains("arena-hard: new snapshot"), r.out());
    assertTrue(r.err().contains("claimcheck: livebench: failed; nothing of it was written\n"), r.err());
    assertTrue(r.err().endsWith("claimcheck: 1 of 3 sources failed; " + reg + " holds none of their new data\n"), r.err());
    Set<String> added = added(before, files(), "models.json");
    assertEquals(
        Set.of("sources/arena-hard-v0.1@2024-07-31.json", "sources/aider-polyglot-leaderboard@2025-03-01.json"),
        added);
  }

  @Test
  void aSnapshotOfTheSameDayWithOtherFiguresIsNeverRewritten() throws IOException {
    assertEquals(0, update("--source", "aider").exit());
    String changed =
        Files.readString(FIXTURES.resolve("payloads/v2/polyglot_leaderboard.yml")).replace("21.8", "22.4");
    server.serve(AIDER, changed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Map<String, String> before = files();
    Cli.Result r = update("--source", "aider");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith(
            "claimcheck: aider: " + reg.resolve("sources/aider-polyglot-leaderboard@2025-03-01.json")
                + ": a snapshot dated 2025-03-01 is already held with other figures; it is never"
                + " rewritten"),
        r.err());
    assertEquals(before, files());
  }

  @Test
  void aTableThatCarriesItsDateIsNotRewrittenWhenItChangesInPlace() throws IOException {
    assertEquals(0, update("--source", "arena-hard").exit());
    String changed =
        Files.readString(FIXTURES.resolve("payloads/v2/arena_hard_leaderboard_20240731.csv"))
            .replace("62.3,", "62.5,");
    server.serve(ARENA, changed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Map<String, String> before = files();
    Cli.Result r = update("--source", "arena-hard");
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.err().contains(
            "arena-hard-v0.1@2024-07-31.json: a snapshot dated 2024-07-31 is already held with other"
                + " figures; it is never rewritten (the data carries that date"),
        r.err());
    assertEquals(before, files());
  }

  @Test
  void aDryRunDownloadsAndChecksButWritesNothing() {
    Map<String, String> before = files();
    Cli.Result r = update("--dry-run", "--source", "livebench");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(
        "livebench: would write snapshot livebench-2024-11-25@2025-03-01 (16 results):"
            + " sources/livebench-2024-11-25@2025-03-01.json (dry run, nothing written)\n",
        r.out());
    assertEquals(before, files());
    assertEquals(List.of(TABLE, CATEGORIES), server.requests());
  }

  @Test
  void theHiddenBaseUrlOptionWorksToo() {
    Cli.Result r =
        new Cli()
            .run(
                "registry", "update", "--registry", reg.toString(), "--source", "livebench",
                "--base-url", server.baseUrl());
    assertEquals(0, r.exit(), r.toString());
    assertEquals(List.of(TABLE, CATEGORIES), server.requests());
    Cli.Result help = new Cli().run("registry", "update", "--help");
    assertFalse(help.out().contains("--base-url"), help.out());
    assertTrue(help.out().contains("./claims") && help.out().contains("read-only"), help.out());
  }

  @Test
  void anUnknownSourceIsAUsageError() throws IOException {
    Cli.Result r = update("--source", "mmlu");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith("claimcheck: no source named 'mmlu'; known: livebench, arena-hard, aider\n"),
        r.err());
    // without a list of its own, a registry folder is updated from the bundled list
    Files.delete(reg.resolve("update-sources.json"));
    r = update("--source", "mmlu");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith(
            "claimcheck: no source named 'mmlu'; known: livebench, arena-hard, aider, swe-bench, epoch\n"),
        r.err());
    assertEquals(List.of(), server.requests());
  }

  @Test
  void aRegistryWithProblemsIsNotUpdated() throws IOException {
    Path old = reg.resolve("sources/aider-polyglot-leaderboard@2025-02-04.json");
    Files.writeString(old, Files.readString(old).replace("\"model\": \"deepseek-v3\"", "\"model\": \"deepseek-v9\""));
    Map<String, String> before = files();
    Cli.Result r = update();
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.out().startsWith(old + ":18:5: result names unknown model \"deepseek-v9\"\n"), r.out());
    assertTrue(r.err().contains("fix them before updating"), r.err());
    assertEquals(List.of(), server.requests());
    assertEquals(before, files());
  }

  @Test
  void aMissingRegistryFolderExits3() {
    Cli.Result r =
        new Cli()
            .env("CLAIMCHECK_UPDATE_BASE_URL", server.baseUrl())
            .run("registry", "update", "--registry", dir.resolve("nothing").toString());
    assertEquals(3, r.exit(), r.toString());
    assertTrue(r.err().contains("not a registry folder"), r.err());
    assertEquals(List.of(), server.requests());
  }
}
