package dev.claimcheck.eval;

/** True positives, false positives and false negatives, and the figures derived from them. */
public record Counts(int tp, int fp, int fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** Share of predictions that are right; 0 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
  }

  /** Share of gold claims found; 0 when there are none. */
  public double recall() {
    return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
