package dev.claimcheck.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One model snapshot as the registry knows it.
 *
 * @param kind {@code model} (default) or {@code system} for agent systems built on models
 * @param variantOf the base model of a reasoning-effort, quantisation or provider variant
 * @param facts stated facts (architecture, licence, parameters ...), each with its source
 * @param note why the entry is as it is, where identity took a judgement call
 */
public record Model(
    String id,
    String name,
    String vendor,
    String family,
    LocalDate released,
    String releasedSource,
    List<String> aliases,
    String variantOf,
    String variant,
    String kind,
    Map<String, Fact> facts,
    String note) {

  public Model {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    facts = facts == null ? Map.of() : Map.copyOf(facts);
  }

  public boolean isSystem() {
    return "system".equals(kind);
  }

  /**
   * A statement about a model, with where it is stated.
   *
   * @param date when the source stated it (a licence or the openness of weights can change
   *     later); null when the source gives no date
   */
  public record Fact(Object value, String source, String quote, LocalDate date) {}
}
