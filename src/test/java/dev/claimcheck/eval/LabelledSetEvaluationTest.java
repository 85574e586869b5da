package dev.claimcheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimcheck.eval.ClaimMatcher.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs the extraction evaluation on a labelled set and holds it to its floors file: the figures
 * may rise, not fall. Raising a floor is a deliberate edit of that file ({@code CorpusEvaluation
 * --floors} prints the current figures rounded down). With {@code -Dclaimcheck.eval.errors=true}
 * every miss and spurious claim is listed as well. One subclass per set: the corpus the rules
 * were written on, and the development sets written independently of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LabelledSetEvaluationTest {
  private final Path set;
  private final Path floors;
  private EvaluationResult result;

  /**
   * @param set the set's folder under {@code src/test/resources}
   * @param floors its floors file under {@code src/test/resources/eval}
   */
  LabelledSetEvaluationTest(String set, String floors) {
    this.set = Path.of("src/test/resources", set);
    this.floors = Path.of("src/test/resources/eval", floors);
  }

  /** The labelled set measured. */
  Path set() {
    return set;
  }

  /** Its floors. */
  Path floorsFile() {
    return floors;
  }

  @BeforeAll
  void evaluate() throws Exception {
    long start = System.nanoTime();
    result = new CorpusEvaluation(set(), CorpusEvaluation.bundledRegistry()).run();
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.println(EvaluationTable.render(result));
    System.out.println("(evaluated in " + ms + " ms)");
    if (Boolean.getBoolean("claimcheck.eval.errors")) {
      System.out.println(EvaluationTable.errors(result));
    }
  }

  @Test
  void everyGoldArticleIsEvaluated() throws Exception {
    int articles = CorpusEvaluation.readGold(set().resolve("gold.json")).size();
    assertEquals(articles, result.articles().size());
    assertTrue(result.goldClaims() > 0);
  }

  @Test
  void floorsAreMet() throws Exception {
    JsonNode floors = new ObjectMapper().readTree(floorsFile().toFile());
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, JsonNode> level : floors.properties()) {
      Level l = Level.valueOf(level.getKey().toUpperCase(Locale.ROOT));
      for (Map.Entry<String, JsonNode> group : level.getValue().properties()) {
        assertTrue(result.groups().contains(group.getKey()),
            "floors.json names an unknown group: " + l.label() + "." + group.getKey());
        Counts c = result.group(l, group.getKey());
        for (Map.Entry<String, JsonNode> metric : group.getValue().properties()) {
          double actual = switch (metric.getKey()) {
            case "precision" -> c.precision();
            case "recall" -> c.recall();
            case "f1" -> c.f1();
            default -> throw new AssertionError("floors.json names an unknown metric: "
                + l.label() + "." + group.getKey() + "." + metric.getKey());
          };
          double floor = metric.getValue().asDouble();
          checked++;
          if (actual < floor - 1e-9) {
            failures.add(String.format(Locale.ROOT, "%s %s %s: %.4f below the floor %.2f",
                l.label(), group.getKey(), metric.getKey(), actual, floor));
          }
        }
      }
    }
    assertTrue(checked > 0, "floors.json holds no floor");
    if (!failures.isEmpty()) {
      fail("extraction fell below its floors:\n  " + String.join("\n  ", failures));
    }
  }

  @Test
  void floorsCoverEveryGroupAtBothLevels() throws Exception {
    JsonNode floors = new ObjectMapper().readTree(floorsFile().toFile());
    List<String> missing = new ArrayList<>();
    for (Level l : Level.values()) {
      for (String g : result.groups()) {
        JsonNode f = floors.path(l.label()).path(g);
        if (!f.has("precision") || !f.has("recall")) {
          missing.add(l.label() + "." + g);
        }
      }
    }
    assertEquals(List.of(), missing, "groups without floors in " + floorsFile());
  }

  @Test
  void tableIsDeterministic() throws Exception {
    EvaluationResult again =
        new CorpusEvaluation(set(), CorpusEvaluation.bundledRegistry()).run();
    assertEquals(EvaluationTable.render(result), EvaluationTable.render(again));
    assertFalse(EvaluationTable.floors(result).isBlank());
  }
}
