package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of drafts, as an editorial team's CI runs it: findings, errors, exit codes. */
class FolderRunTest {
  private static final String MINI = Path.of("src/test/resources/registry/mini").toString();
  private static final Path FOLDER = Path.of("src/test/resources/cli/folder");

  @TempDir Path tmp;
  private Path drafts;

  @BeforeEach
  void copyDrafts() throws IOException {
    drafts = tmp.resolve("drafts");
    Files.createDirectories(drafts);
    try (var files = Files.list(FOLDER)) {
      for (Path p : files.toList()) {
        Files.copy(p, drafts.resolve(p.getFileName().toString()));
      }
    }
  }

  @Test
  void folder_falseClaimFailsTheBuild() {
    Cli.Result r = new Cli().run("--registry", MINI, drafts.toString());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.out().contains("SUPPORTED"), r.out());
    assertTrue(r.out().contains("CONTRADICTED"), r.out());
    assertTrue(r.out().indexOf("01-good.md") < r.out().indexOf("02-false.md"), "stable order");
    assertEquals("", r.err());
  }

  @Test
  void folder_failOnNeverIsClean() {
    assertEquals(0, new Cli().run("--registry", MINI, "--fail-on", "never", drafts.toString()).exit());
  }

  @Test
  void folder_unreadableFileIsReportedAndTheOthersStillChecked() throws IOException {
    Files.createSymbolicLink(drafts.resolve("03-broken.txt"), tmp.resolve("nowhere.txt"));
    Cli.Result r = new Cli().run("--registry", MINI, "--format", "json", drafts.toString());
    assertEquals(3, r.exit(), "an unreadable input wins over findings: " + r);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(2, json.get("inputs").size());
    assertEquals(drafts.resolve("03-broken.txt").toString(), json.at("/errors/0/input").asText());
    assertTrue(json.at("/errors/0/message").asText().contains("broken link"));
    assertEquals(1, json.at("/summary/verdicts/CONTRADICTED").asInt());
    assertEquals(1, json.at("/summary/verdicts/SUPPORTED").asInt());
    assertTrue(r.err().contains("03-broken.txt: cannot read: broken link"), r.err());
  }

  @Test
  void folder_contradictionNamesItsEvidence() throws IOException {
    Cli.Result r = new Cli().run("--registry", MINI, "--format", "json", drafts.toString());
    JsonNode check = new ObjectMapper().readTree(r.out())
        .at("/inputs/1/sentences/0/claims/0/checks/0");
    assertEquals("CONTRADICTED", check.get("verdict").asText());
    assertEquals("article", check.at("/as_of/basis").asText());
    JsonNode ev = check.at("/evidence/0");
    assertEquals(52.19, ev.at("/subject/value").asDouble());
    assertEquals(62.29, ev.at("/other/value").asDouble());
    assertEquals("LiveBench", ev.at("/subject/publisher").asText());
    assertEquals("2025-02-04", ev.at("/subject/published").asText());
  }
}
