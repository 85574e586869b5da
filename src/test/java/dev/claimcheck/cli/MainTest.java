package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.check.CheckOptions;
import dev.claimcheck.report.DocumentReport;
import dev.claimcheck.report.ReportFixtures;
import dev.claimcheck.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ANSI = "\u001b[";

  @TempDir Path dir;

  /** A checker that finds the fixture article's claims, with the given verdicts, in any input. */
  private static Checker.Factory finds(Verdict... verdicts) {
    return (registry, options) ->
        doc -> {
          DocumentReport a = ReportFixtures.article(List.of(verdicts));
          return new DocumentReport(
              doc.name(), doc.format(), a.metadata(), a.language(), a.mainSubject(),
              a.sentences(), doc.warnings());
        };
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  // --- help and version

  @Test
  void helpTeachesVerdictsExamplesAndExitCodes() {
    Cli.Result r = new Cli().run("--help");
    assertEquals(0, r.exit(), r.toString());
    String help = r.out();
    assertTrue(help.startsWith("Usage: claimcheck [-hqV] [OPTIONS] [INPUT...] [COMMAND]")
        || help.startsWith("Usage: claimcheck [OPTIONS] [INPUT...] [COMMAND]"), help);
    for (String s :
        List.of(
            "Fact-checks benchmark claims",
            "--format=FORMAT",
            "text, json",
            "--fail-on=LEVEL",
            "supported, unverified, not-comparable, ambiguous, conflicting, within-margin, contradicted, never",
            "--as-of=YYYY-MM-DD",
            "--registry=DIR",
            "--lang=LANG",
            "--color=WHEN",
            "--timeout=SECONDS",
            "--quiet",
            "Verdicts",
            "  within-margin  the difference lies within the 95% margin of error",
            "  contradicted   independent evidence refutes the claim",
            "Examples:",
            "claimcheck --format json --fail-on contradicted articles/ > report.json",
            "Exit status:",
            "  0  no verdict at or above --fail-on",
            "  3  an input or the registry could not be read",
            "3 wins over 1",
            "  4  internal error",
            "--print-schema",
            "registry")) {
      assertTrue(
          help.contains(s) || help.replaceAll("\\s+", " ").contains(s),
          "help lacks: " + s + "\n" + help);
    }
    assertFalse(help.contains(ANSI), "no colour in help when stdout is not a terminal");
    for (String line : help.split("\n")) {
      assertTrue(line.length() <= 80, "help line over 80 columns: " + line);
    }
    assertEquals("", r.err());
  }

  @Test
  void version() {
    Cli.Result r = new Cli().run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("claimcheck "), r.out());
    assertEquals(0, new Cli().run("-V").exit());
  }

  @Test
  void printSchemaPrintsTheJsonSchema() throws IOException {
    Cli.Result r = new Cli().run("--print-schema");
    assertEquals(0, r.exit());
    JsonNode schema = MAPPER.readTree(r.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
  }

  // --- usage errors

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result r = new Cli().run("--bogus", "x.md");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("claimcheck: Unknown option: '--bogus'"), r.err());
    assertTrue(r.err().contains("Try 'claimcheck --help' for more information."), r.err());
    assertEquals("", r.out());
  }

  @Test
  void misspeltOptionGetsASuggestion() {
    Cli.Result r = new Cli().run("--formt", "json", "x.md");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--format"), r.err());
  }

  @Test
  void badAsOfDateIsAUsageError() {
    Cli.Result r = new Cli().run("--as-of", "2025-13-01", "x.md");
    assertEquals(2, r.exit());
    assertTrue(
        r.err().contains("Invalid value for option '--as-of': '2025-13-01' is not a date;"
            + " expected YYYY-MM-DD"),
        r.err());
  }

  @Test
  void badValuesAreUsageErrors() {
    for (String[] args :
        List.of(
            new String[] {"--format", "xml", "x"},
            new String[] {"--fail-on", "worst", "x"},
            new String[] {"--color", "sometimes", "x"},
            new String[] {"--timeout", "0", "x"},
            new String[] {"--timeout", "soon", "x"},
            new String[] {"--lang", "english!", "x"})) {
      Cli.Result r = new Cli().run(args);
      assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r);
      assertTrue(r.err().startsWith("claimcheck: Invalid value for option '" + args[0] + "'"), r.err());
    }
    Cli.Result unread = new Cli().run("--lang", "it", "x");
    assertEquals(2, unread.exit(), unread.toString());
    assertTrue(unread.err().contains("'it': claimcheck reads en, fr, de, es only"), unread.err());
  }

  @Test
  void noInputOnATerminalPrintsUsage() {
    Cli.Result r = new Cli().terminal(new Terminal(true, false, false)).run();
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("claimcheck: no input"), r.err());
    assertTrue(r.err().contains("Usage: claimcheck"), r.err());
    assertEquals("", r.out());
    assertFalse(r.err().contains(ANSI));
    Cli.Result colored = new Cli().terminal(new Terminal(true, false, true)).run();
    assertTrue(colored.err().contains(ANSI), "usage on a terminal stderr is coloured");
  }

  // --- inputs

  @Test
  void noInputReadsPipedStdin() {
    Cli.Result r = new Cli().stdin("Qwen2.5-Max beats DeepSeek-V3 on LiveBench.\n").run();
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("<stdin>"), r.out());
    assertTrue(r.out().endsWith("1 input checked, 0 inputs with errors\n"), r.out());
  }

  @Test
  void dashReadsStdinAndTheCheckerGetsTheText() throws IOException {
    AtomicReference<String> seen = new AtomicReference<>();
    Cli.Result r =
        new Cli()
            .stdin("\uFEFFQwen2.5-Max beats DeepSeek-V3.\n")
            .checker(
                (registry, options) ->
                    doc -> {
                      seen.set(doc.text());
                      return new DocumentReport(
                          doc.name(), doc.format(), doc.metadata(), "en", null, List.of(),
                          doc.warnings());
                    })
            .run("-");
    assertEquals(0, r.exit(), r.toString());
    assertEquals("Qwen2.5-Max beats DeepSeek-V3.\n", seen.get(), "BOM dropped");
  }

  @Test
  void missingFileExits3AndTheOtherInputIsStillReported() throws IOException {
    Path good = file("good.md", "Qwen2.5-Max beats DeepSeek-V3 on LiveBench.\n");
    Path missing = dir.resolve("missing.md");
    Cli.Result r = new Cli().run(good.toString(), missing.toString());
    assertEquals(3, r.exit(), r.toString());
    assertEquals("claimcheck: " + missing + ": no such file or directory\n", r.err());
    assertTrue(r.out().startsWith(good.toString()), r.out());
    assertTrue(r.out().endsWith("1 input checked, 1 input with errors\n"), r.out());
  }

  @Test
  void unreadableInputWinsOverFindings() throws IOException {
    Path good = file("good.md", "x");
    Cli.Result r =
        new Cli().checker(finds(Verdict.CONTRADICTED)).run(good.toString(), dir.resolve("nope").toString());
    assertEquals(3, r.exit(), r.toString());
    assertTrue(r.out().contains("CONTRADICTED"));
  }

  @Test
  void emptyFolderIsAnInputError() {
    Cli.Result r = new Cli().run(dir.toString());
    assertEquals(3, r.exit());
    assertTrue(r.err().startsWith("claimcheck: " + dir + ": no .txt, .md"), r.err());
  }

  @Test
  void optionsReachTheChecker() throws IOException {
    Path good = file("good.md", "x");
    AtomicReference<CheckOptions> seen = new AtomicReference<>();
    Cli.Result r =
        new Cli()
            .checker(
                (registry, options) -> {
                  seen.set(options);
                  return finds().create(registry, options);
                })
            .run("--as-of", "2025-02-01", "--lang", "FR", good.toString());
    assertEquals(0, r.exit(), r.toString());
    assertEquals(LocalDate.of(2025, 2, 1), seen.get().asOf().orElseThrow());
    assertEquals("fr", seen.get().language().orElseThrow());
    assertEquals(LocalDate.of(2025, 3, 1), LocalDate.now(seen.get().clock()));
  }

  // --- registry problems

  @Test
  void brokenRegistryExits3WithFileLineCol() throws IOException {
    Path reg = Cli.copyRegistry(dir.resolve("reg"));
    Files.writeString(reg.resolve("models.json"), "{\n  \"models\": [\n    {\"id\": \"x\",,}\n  ]\n}\n");
    Path good = file("good.md", "x");
    Cli.Result r = new Cli().run("--registry", reg.toString(), good.toString());
    assertEquals(3, r.exit(), r.toString());
    assertTrue(
        r.err().matches("(?s)claimcheck: " + java.util.regex.Pattern.quote(reg.resolve("models.json").toString())
            + ":3:\\d+: .*"),
        r.err());
    assertEquals("", r.out());
  }

  @Test
  void missingRegistryFolderExits3() {
    Cli.Result r = new Cli().run("--registry", dir.resolve("none").toString(), "x");
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("not a registry folder"), r.err());
  }

  // --- findings and exit codes

  @Test
  void contradictedCheckExits1() throws IOException {
    Path a = file("a.md", "x");
    Cli.Result r = new Cli().checker(finds(Verdict.values())).run(a.toString());
    assertEquals(1, r.exit(), r.toString());
    assertEquals("", r.err());
    assertTrue(r.out().matches("(?s).*CONTRADICTED +Qwen2.5-Max vs DeepSeek-R1.*"), r.out());
  }

  @Test
  void failOnChoosesTheThreshold() throws IOException {
    Path a = file("a.md", "x");
    assertEquals(0, new Cli().checker(finds(Verdict.values())).run("--fail-on", "never", a.toString()).exit());
    assertEquals(0, new Cli().checker(finds(Verdict.WITHIN_MARGIN)).run(a.toString()).exit());
    assertEquals(
        1,
        new Cli().checker(finds(Verdict.WITHIN_MARGIN)).run("--fail-on", "within-margin", a.toString()).exit());
    assertEquals(
        0, new Cli().checker(finds(Verdict.UNVERIFIED)).run("--fail-on=ambiguous", a.toString()).exit());
  }

  @Test
  void crashIsAnInternalErrorNotAFinding() throws IOException {
    Path a = file("a.md", "x");
    Cli.Result r =
        new Cli()
            .checker(
                (registry, options) ->
                    doc -> {
                      throw new IllegalStateException("boom");
                    })
            .run(a.toString());
    assertEquals(4, r.exit(), r.toString());
    assertTrue(r.err().startsWith("claimcheck: internal error: IllegalStateException: boom\n"), r.err());
    assertTrue(r.err().contains("please report it"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace unless asked");
    Cli.Result debug =
        new Cli()
            .env("CLAIMCHECK_DEBUG", "1")
            .checker((registry, options) -> doc -> { throw new IllegalStateException("boom"); })
            .run(a.toString());
    assertTrue(debug.err().contains("\tat "), debug.err());
  }

  // --- formats and colour

  @Test
  void jsonReportCarriesDocumentsErrorsAndRegistry() throws IOException {
    Path a = file("a.md", "x");
    Cli.Result r =
        new Cli()
            .checker(finds(Verdict.SUPPORTED))
            .run("--format", "json", a.toString(), dir.resolve("gone.md").toString());
    assertEquals(3, r.exit(), r.toString());
    JsonNode root = MAPPER.readTree(r.out());
    assertEquals(1, root.get("schema_version").asInt());
    assertEquals(a.toString(), root.at("/inputs/0/input").asText());
    assertEquals("markdown", root.at("/inputs/0/format").asText());
    assertEquals(dir.resolve("gone.md").toString(), root.at("/errors/0/input").asText());
    assertEquals("bundled", root.at("/registry/location").asText());
    assertEquals(3, root.at("/registry/models").asInt());
    assertEquals(4, root.at("/registry/results").asInt());
    assertEquals(1, root.at("/summary/verdicts/SUPPORTED").asInt());
    assertFalse(r.out().contains(ANSI));
  }

  @Test
  void colourFollowsTheTerminalNoColorAndTheFlag() throws IOException {
    Path a = file("a.md", "x");
    Terminal tty = new Terminal(false, true, false);
    Checker.Factory c = finds(Verdict.values());
    assertFalse(new Cli().checker(c).run(a.toString()).out().contains(ANSI), "pipe: no colour");
    assertTrue(new Cli().checker(c).terminal(tty).run(a.toString()).out().contains(ANSI), "terminal");
    assertFalse(
        new Cli().checker(c).terminal(tty).env("NO_COLOR", "1").run(a.toString()).out().contains(ANSI),
        "NO_COLOR");
    assertTrue(
        new Cli().checker(c).terminal(tty).env("NO_COLOR", "").run(a.toString()).out().contains(ANSI),
        "empty NO_COLOR is unset");
    assertTrue(
        new Cli().checker(c).env("NO_COLOR", "1").run("--color=always", a.toString()).out().contains(ANSI),
        "--color=always");
    assertFalse(
        new Cli().checker(c).terminal(tty).run("--color", "never", a.toString()).out().contains(ANSI),
        "--color=never");
  }

  // --- progress

  @Test
  void progressOnManyInputsOnlyWhenAsked() throws IOException {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < Progress.MANY_INPUTS + 1; i++) {
      args.add(file("f" + i + ".txt", "x").toString());
    }
    Cli.Result quiet = new Cli().run(args.toArray(String[]::new));
    assertEquals("", quiet.err(), "no progress on a pipe unless asked");
    args.add(0, "--progress");
    Cli.Result shown = new Cli().run(args.toArray(String[]::new));
    assertEquals(0, shown.exit(), shown.toString());
    assertTrue(shown.err().endsWith("checked 21/21 inputs\n"), shown.err());
    assertFalse(shown.out().contains("checked "));
    args.add(0, "--quiet");
    assertEquals("", new Cli().run(args.toArray(String[]::new)).err(), "--quiet wins");
  }

  @Test
  void fewQuickInputsShowNoProgress() throws IOException {
    Cli.Result r = new Cli().run("--progress", file("a.md", "x").toString());
    assertEquals("", r.err());
  }

  @Test
  void slowRunsShowProgressEvenWithFewInputs() throws IOException {
    long[] now = {0};
    Cli.Result r =
        new Cli()
            .nanoClock(() -> now[0] += 2_500_000_000L)
            .run("--progress", file("a.md", "x").toString(), file("b.md", "x").toString());
    assertEquals("checked 1/2 inputs\nchecked 2/2 inputs\n", r.err());
  }

  @Test
  void progressOnATerminalIsClearedBeforeTheReport() throws IOException {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < Progress.MANY_INPUTS + 1; i++) {
      args.add(file("f" + i + ".txt", "x").toString());
    }
    Cli.Result r = new Cli().terminal(new Terminal(false, false, true)).run(args.toArray(String[]::new));
    assertTrue(r.err().startsWith("\rchecked "), r.err());
    assertTrue(r.err().endsWith("\r"), r.err());
  }
}
