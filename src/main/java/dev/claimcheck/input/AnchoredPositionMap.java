package dev.claimcheck.input;

import dev.claimcheck.text.Position;
import dev.claimcheck.text.PositionMap;
import java.util.Arrays;
import java.util.List;

/**
 * Maps an offset of extracted text to the source position of the block that contains it.
 *
 * <p>Each anchor says "the text from this offset on comes from the element starting at this
 * line:column". An offset maps to the last anchor at or before it; offsets before the first
 * anchor map to the first anchor, and a map without anchors maps everything to 1:1.
 */
public final class AnchoredPositionMap implements PositionMap {
  private static final Position START = new Position(1, 1);

  /** One anchor: text from {@code offset} on comes from source {@code position}. */
  public record Anchor(int offset, Position position) {}

  private final int[] offsets;
  private final Position[] positions;

  /** Anchors must be given with non-decreasing offsets. */
  public AnchoredPositionMap(List<Anchor> anchors) {
    offsets = new int[anchors.size()];
    positions = new Position[anchors.size()];
    for (int i = 0; i < offsets.length; i++) {
      Anchor a = anchors.get(i);
      if (i > 0 && a.offset() < offsets[i - 1]) {
        throw new IllegalArgumentException("anchors out of order at offset " + a.offset());
      }
      offsets[i] = a.offset();
      positions[i] = a.position();
    }
  }

  @Override
  public Position positionOf(int offset) {
    if (offsets.length == 0) {
      return START;
    }
    int i = Arrays.binarySearch(offsets, offset);
    if (i < 0) {
      i = -i - 2;
    } else {
      // several anchors may share an offset: the last one wins
      while (i + 1 < offsets.length && offsets[i + 1] == offset) {
        i++;
      }
    }
    return positions[Math.max(0, i)];
  }
}
