package dev.claimcheck.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What a bare benchmark name means ("Arena-Hard"): the versions that were current, by date.
 */
public record BenchmarkGroup(String id, String name, List<String> aliases, List<Current> current) {

  public BenchmarkGroup {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    current = current == null ? List.of() : List.copyOf(current);
  }

  /** From {@code from} on, a bare name of the group means {@code benchmark}. */
  public record Current(String benchmark, LocalDate from) {}
}
