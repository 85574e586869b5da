package dev.claimcheck.entity;

/** A mention and where it sits in the folded sentence text. */
public record Found(int start, int end, Mention mention) {
  public boolean isModel() {
    return mention.kind() == Mention.Kind.MODEL;
  }

  public boolean isBenchmark() {
    return mention.kind() == Mention.Kind.BENCHMARK;
  }
}
