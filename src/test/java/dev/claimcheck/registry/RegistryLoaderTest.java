package dev.claimcheck.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryLoaderTest {
  static final Path MINI = Path.of("src/test/resources/registry/mini");

  @TempDir Path tmp;

  private Path copyOfMini() throws IOException {
    Path dir = tmp.resolve("registry");
    try (Stream<Path> files = Files.walk(MINI)) {
      for (Path p : files.toList()) {
        Path target = dir.resolve(MINI.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return dir;
  }

  @Test
  void load_miniRegistry_indexesEverything() throws Exception {
    Registry r = new RegistryLoader().load(MINI);
    assertEquals(8, r.models().size());
    assertEquals(9, r.results().size());
    assertEquals("livebench-2024-11-25@2025-02-04", r.resultsForModel("qwen2.5-max").stream()
        .filter(x -> x.benchmark().equals("livebench-2024-11-25")).findFirst().get().source());
    assertEquals(NameTarget.Kind.FAMILY, r.lookup("GPT 4o").get(0).kind());
    assertEquals("qwen2.5-max", r.lookup("qwen-max-2025-01-25").get(0).id());
  }

  @Test
  void load_bundledRegistry_isValid() throws Exception {
    Registry r = new RegistryLoader().loadBundled();
    assertTrue(r.models().size() > 0);
    assertTrue(r.results().size() > 0);
  }

  @Test
  void load_syntaxError_namesFileLineAndColumn() throws Exception {
    Path dir = copyOfMini();
    Path models = dir.resolve("models.json");
    String text = Files.readString(models);
    // Remove the comma after the first model object: line 5 of the file.
    Files.writeString(models, text.replaceFirst("\"qwen-max-2025-01-25\"\\]\\},", "\"qwen-max-2025-01-25\"]}"));
    RegistryException e = assertThrows(RegistryException.class, () -> new RegistryLoader().load(dir));
    RegistryProblem p = e.problems().get(0);
    assertTrue(p.file().endsWith("models.json"), p.toString());
    assertEquals(5, p.line(), p.toString());
    assertTrue(p.column() > 1, p.toString());
  }

  @Test
  void load_unknownModelInResult_isReportedAtTheResult() throws Exception {
    Path dir = copyOfMini();
    Path src = dir.resolve("sources/livebench.json");
    Files.writeString(src, Files.readString(src).replace("\"model\": \"deepseek-v3\"", "\"model\": \"deepseek-v9\""));
    RegistryException e = assertThrows(RegistryException.class, () -> new RegistryLoader().load(dir));
    RegistryProblem p = e.problems().get(0);
    assertTrue(p.toString().contains("livebench.json:5:5: result names unknown model \"deepseek-v9\""), p.toString());
  }

  @Test
  void load_wrongType_saysWhichField() throws Exception {
    Path dir = copyOfMini();
    Path src = dir.resolve("sources/epoch.json");
    Files.writeString(src, Files.readString(src).replace("\"score\": 56.1", "\"score\": \"high\""));
    RegistryException e = assertThrows(RegistryException.class, () -> new RegistryLoader().load(dir));
    String msg = e.problems().get(0).toString();
    assertTrue(msg.contains("epoch.json:4:"), msg);
    assertTrue(msg.contains("score"), msg);
  }

  @Test
  void load_aliasPointingAtTwoModels_isAnError() throws Exception {
    Path dir = copyOfMini();
    Path models = dir.resolve("models.json");
    Files.writeString(models, Files.readString(models)
        .replace("\"aliases\": [\"Llama 3.1 405B Instruct\"]", "\"aliases\": [\"Llama 3.1 405B Instruct\", \"GPT-4o 0513\"]"));
    RegistryException e = assertThrows(RegistryException.class, () -> new RegistryLoader().load(dir));
    String msg = e.getMessage();
    assertTrue(msg.contains("alias \"GPT-4o 0513\" of model llama-3.1-405b-instruct already names model gpt-4o-2024-05-13"), msg);
  }

  @Test
  void load_missingFolder_isClear() {
    RegistryException e = assertThrows(RegistryException.class,
        () -> new RegistryLoader().load(tmp.resolve("nope")));
    assertTrue(e.getMessage().contains("no such directory"), e.getMessage());
  }

  @Test
  void load_vendorSourceWithoutReportedBy_isAnError() throws Exception {
    Path dir = copyOfMini();
    Path src = dir.resolve("sources/deepseek-vendor.json");
    Files.writeString(src, Files.readString(src).replace(", \"reported_by\": \"DeepSeek\"", ""));
    RegistryException e = assertThrows(RegistryException.class, () -> new RegistryLoader().load(dir));
    assertTrue(e.getMessage().contains("reported_by"), e.getMessage());
  }
}
