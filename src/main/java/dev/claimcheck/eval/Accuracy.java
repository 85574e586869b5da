package dev.claimcheck.eval;

/** How often an attribute was right, among the claims where it was compared. */
public record Accuracy(int correct, int total) {
  public static final Accuracy ZERO = new Accuracy(0, 0);

  public Accuracy plus(Accuracy o) {
    return new Accuracy(correct + o.correct, total + o.total);
  }

  public Accuracy add(boolean right) {
    return new Accuracy(correct + (right ? 1 : 0), total + 1);
  }

  /** The share right; 0 when nothing was compared. */
  public double value() {
    return total == 0 ? 0 : correct / (double) total;
  }
}
