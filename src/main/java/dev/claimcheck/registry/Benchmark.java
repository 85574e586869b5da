package dev.claimcheck.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One comparable benchmark configuration: a version with its judge, window, category or scorer.
 * Results under different ids are never compared with each other.
 *
 * @param unit {@code percent}, {@code elo} or {@code score}
 * @param questions how many questions the score averages over, when known
 * @param defaultMargin the margin used when a result carries no uncertainty of its own
 * @param marginNote why that margin
 */
public record Benchmark(
    String id,
    String group,
    String name,
    String version,
    Map<String, String> config,
    String metric,
    String unit,
    boolean higherIsBetter,
    Integer questions,
    List<String> aliases,
    LocalDate released,
    Double defaultMargin,
    String marginNote) {

  public Benchmark {
    config = config == null ? Map.of() : Map.copyOf(config);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
