package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryImportTest {
  @TempDir Path dir;

  private Path reg;
  private Path csv;

  @BeforeEach
  void setUp() throws IOException {
    reg = Cli.copyRegistry(dir.resolve("reg"));
    csv = dir.resolve("results.csv");
    Files.writeString(
        csv,
        "model,benchmark,score,n\n"
            + "Qwen 2.5 Max,livebench-2024-11-25,63.1,\n"
            + "Brand New Model 7B,livebench-2024-11-25,40,120\n");
  }

  /**
   * A csv import of {@code csv} into {@code reg} with full metadata; {@code changes} are option,
   * value pairs that replace a default (a null value drops it) or add a flag (value "").
   */
  private String[] csvImport(String... changes) {
    Map<String, String> options = new java.util.LinkedHashMap<>();
    options.put("--format", "csv");
    options.put("--registry", reg.toString());
    options.put("--source-id", "myeval@2025-03-01");
    options.put("--publisher", "My Lab");
    options.put("--url", "https://example.org/results.csv");
    options.put("--published", "2025-03-01");
    options.put("--independent", "");
    options.put("--license", "CC0-1.0");
    for (int i = 0; i < changes.length; i += 2) {
      if (changes[i + 1] == null) {
        options.remove(changes[i]);
      } else {
        options.put(changes[i], changes[i + 1]);
      }
    }
    List<String> args = new java.util.ArrayList<>(List.of("registry", "import"));
    options.forEach(
        (k, v) -> {
          args.add(k);
          if (!v.isEmpty()) {
            args.add(v);
          }
        });
    args.add(csv.toString());
    return args.toArray(String[]::new);
  }

  /** Every file under {@code root} (relative path) with a hash of its bytes. */
  static Map<String, String> hashes(Path root) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(
            root.relativize(p).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Test
  void csvImportWritesANewSourceThenValidates() throws IOException {
    Map<String, String> before = hashes(reg.resolve("sources"));
    Cli.Result r = new Cli().run(csvImport());
    assertEquals(0, r.exit(), r.toString());
    Path source = reg.resolve("sources/myeval@2025-03-01.json");
    assertTrue(r.out().startsWith("wrote " + source + "\n"), r.out());
    assertTrue(r.out().contains("wrote " + reg.resolve("models.json") + "\n"), r.out());
    assertTrue(r.out().contains("\nok: " + reg + " is valid: 4 models, 1 benchmarks, 6 results, 3 sources\n"), r.out());
    assertEquals("", r.err());
    String text = Files.readString(source);
    assertTrue(text.contains("\"publisher\": \"My Lab\""), text);
    assertTrue(text.contains("\"independent\": true"), text);
    Map<String, String> after = hashes(reg.resolve("sources"));
    after.remove("myeval@2025-03-01.json");
    assertEquals(before, after, "older source files are left as they were");

    Cli.Result show = new Cli().run("registry", "show", "Qwen2.5-Max", "--registry", reg.toString());
    assertTrue(show.out().contains("63.1") && show.out().contains("My Lab"), show.out());
  }

  @Test
  void theSameImportTwiceWritesNothing() {
    assertEquals(0, new Cli().run(csvImport()).exit());
    Map<String, String> before = hashes(reg);
    Cli.Result r = new Cli().run(csvImport());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.out().startsWith("nothing written: " + reg + " already holds these results\n"), r.out());
    assertEquals(before, hashes(reg));
  }

  @Test
  void csvWithoutMetadataIsAUsageError() {
    Map<String, String> before = hashes(reg);
    Cli.Result r =
        new Cli().run("registry", "import", "--format", "csv", "--registry", reg.toString(), csv.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(
        r.err().startsWith(
            "claimcheck: missing source metadata: --source-id, --publisher, --url, --published,"
                + " --independent or --vendor-reported"),
        r.err());
    assertTrue(r.err().contains("Try 'claimcheck registry import --help'"), r.err());
    assertEquals(before, hashes(reg));
  }

  @Test
  void vendorReportedNeedsTheVendor() {
    Cli.Result r =
        new Cli()
            .run(
                "registry", "import", "--format", "aider", "--registry", reg.toString(),
                "--publisher", "Acme", "--url", "https://example.org/a.yml",
                "--published", "2025-03-01", "--vendor-reported", csv.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().startsWith("claimcheck: missing source metadata: --reported-by"), r.err());
  }

  @Test
  void badValuesAreUsageErrors() {
    Cli.Result format = new Cli().run(csvImport("--format", "xlsx"));
    assertEquals(2, format.exit(), format.toString());
    assertTrue(format.err().contains("'xlsx' is not an import format"), format.err());
    Cli.Result date = new Cli().run(csvImport("--published", "March 2025"));
    assertEquals(2, date.exit(), date.toString());
    assertTrue(date.err().contains("is not a date"), date.err());
    Cli.Result both = new Cli().run(csvImport("--vendor-reported", "", "--reported-by", "Acme"));
    assertEquals(2, both.exit(), both.toString());
    assertTrue(both.err().contains("--independent and --vendor-reported exclude each other"), both.err());
    Cli.Result url = new Cli().run(csvImport("--url", "not a url"));
    assertEquals(2, url.exit(), url.toString());
    assertTrue(url.err().contains("is not an absolute URL"), url.err());
  }

  @Test
  void aMalformedFileExits3NamingFileAndLineAndWritesNothing() throws IOException {
    Files.writeString(csv, "model,benchmark,score\nQwen 2.5 Max,livebench-2024-11-25,63.1\nCut Off,livebe\n");
    Map<String, String> before = hashes(reg);
    Cli.Result r = new Cli().run(csvImport());
    assertEquals(3, r.exit(), r.toString());
    assertTrue(r.err().startsWith("claimcheck: " + csv + ":3: expected 3 fields"), r.err());
    assertEquals("", r.out());
    assertEquals(before, hashes(reg));
  }

  @Test
  void anUnknownBenchmarkExits3WithItsLine() throws IOException {
    Files.writeString(csv, "model,benchmark,score\nQwen 2.5 Max,mmlu-pro,70\n");
    Cli.Result r = new Cli().run(csvImport());
    assertEquals(3, r.exit(), r.toString());
    assertTrue(r.err().startsWith("claimcheck: " + csv + ":2: unknown benchmark id 'mmlu-pro'"), r.err());
  }

  @Test
  void aMissingFileOrRegistryExits3() {
    Cli.Result r =
        new Cli()
            .run(
                "registry", "import", "--format", "csv", "--registry", reg.toString(),
                "--source-id", "x@2025-03-01", "--publisher", "P", "--url", "https://example.org/x",
                "--published", "2025-03-01", "--independent", dir.resolve("none.csv").toString());
    assertEquals(3, r.exit(), r.toString());
    assertEquals("claimcheck: " + dir.resolve("none.csv") + ": no such file\n", r.err());
    Cli.Result noRegistry = new Cli().run(csvImport("--registry", dir.resolve("nothing").toString()));
    assertEquals(3, noRegistry.exit(), noRegistry.toString());
    assertTrue(noRegistry.err().contains("not a registry folder"), noRegistry.err());
    assertFalse(Files.exists(dir.resolve("nothing")));
  }

  @Test
  void problemsFoundAfterTheImportAreListedWithLineAndColumnAndExit1() throws IOException {
    Path old = reg.resolve("sources/livebench-2025-02-04.json");
    Files.writeString(
        old, Files.readString(old).replace("\"model\": \"deepseek-v3\"", "\"model\": \"deepseek-v9\""));
    Cli.Result r = new Cli().run(csvImport());
    assertEquals(1, r.exit(), r.toString());
    assertTrue(r.out().startsWith("wrote "), r.out());
    assertTrue(
        r.out().contains(old + ":12:5: result names unknown model \"deepseek-v9\"\n"), r.out());
    assertTrue(r.err().contains(reg + " has 1 problem after the import"), r.err());
  }

  @Test
  void aLiveBenchTableBecomesADatedSnapshot() {
    Path table = Cli.resource("/registry/importer/livebench/table_2024_11_25.csv");
    Cli.Result r =
        new Cli()
            .run(
                "registry", "import", "--format", "livebench", "--registry", reg.toString(),
                "--publisher", "LiveBench", "--url", "https://example.org/table_2024_11_25.csv",
                "--published", "2025-03-01", "--independent", table.toString());
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.out().startsWith("wrote " + reg.resolve("sources/livebench-2024-11-25@2025-03-01.json")),
        r.out());
    assertTrue(r.out().contains("\nok: "), r.out());
  }

  @Test
  void helpSaysWhereItWrites() {
    Cli.Result r = new Cli().run("registry", "import", "--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("./claims"), r.out());
    assertTrue(r.out().contains("read-only"), r.out());
  }
}
