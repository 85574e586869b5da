package dev.claimcheck.text;

/** Maps a 0-based offset in a document's analysed text back to a position in its source. */
@FunctionalInterface
public interface PositionMap {
  Position positionOf(int offset);
}
