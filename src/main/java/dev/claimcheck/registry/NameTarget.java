package dev.claimcheck.registry;

/** What a registry name points at. */
public record NameTarget(Kind kind, String id, String alias) {
  /** The kinds of thing a name can stand for. */
  public enum Kind {
    MODEL,
    FAMILY,
    PRODUCT,
    BENCHMARK,
    BENCHMARK_GROUP,
    /** A name the registry declares ambiguous ("DeepSeek": the vendor, its app, many models). */
    AMBIGUOUS;

    public boolean isModelLike() {
      return this == MODEL || this == FAMILY || this == PRODUCT || this == AMBIGUOUS;
    }
  }
}
