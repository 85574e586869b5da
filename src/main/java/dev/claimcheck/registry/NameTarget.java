package dev.claimcheck.registry;

/** What a registry name points at. */
public record NameTarget(Kind kind, String id, String alias) {
  /** The kinds of thing a name can stand for. */
  public enum Kind {
    MODEL,
    FAMILY,
    PRODUCT,
    BENCHMARK,
    BENCHMARK_GROUP;

    public boolean isModelLike() {
      return this == MODEL || this == FAMILY || this == PRODUCT;
    }
  }
}
