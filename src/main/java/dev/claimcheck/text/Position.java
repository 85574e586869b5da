package dev.claimcheck.text;

/** A 1-based line and column in an input as the user wrote it; made only for display. */
public record Position(int line, int column) {
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
