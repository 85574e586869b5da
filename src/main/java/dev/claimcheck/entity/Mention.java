package dev.claimcheck.entity;

import dev.claimcheck.registry.NameTarget;
import dev.claimcheck.text.Span;
import java.util.List;

/**
 * A name found in the text.
 *
 * @param targets what the registry says the name stands for; empty for a model- or
 *     benchmark-shaped name the registry does not know
 * @param kind what sort of name it is
 */
public record Mention(Span span, String text, Kind kind, List<NameTarget> targets) {
  public Mention {
    targets = List.copyOf(targets);
  }

  /** Sorts of names. */
  public enum Kind {
    /** A model, family or product name. */
    MODEL,
    /** A benchmark or leaderboard name. */
    BENCHMARK
  }

  public boolean isKnown() {
    return !targets.isEmpty();
  }

  /** Whether every registry name this stands for is a product's ("ChatGPT", "Le Chat"). */
  public boolean isProductOnly() {
    return !targets.isEmpty()
        && targets.stream().allMatch(t -> t.kind() == NameTarget.Kind.PRODUCT);
  }
}
