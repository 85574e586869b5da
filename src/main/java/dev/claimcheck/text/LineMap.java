package dev.claimcheck.text;

import java.util.Arrays;

/**
 * Line-start table over a text: turns 0-based offsets into 1-based line:column. A line ends at
 * {@code \n}, {@code \r\n} or a lone {@code \r}. Columns count UTF-16 code units, 1-based.
 */
public final class LineMap implements PositionMap {
  private final int[] lineStarts;

  public LineMap(CharSequence text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    int len = text.length();
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= len || text.charAt(i + 1) != '\n'))) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  /** 0-based line index of an offset. */
  public int lineIndex(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  public int lineStart(int lineIndex) {
    return lineStarts[lineIndex];
  }

  @Override
  public Position positionOf(int offset) {
    int line = lineIndex(Math.max(0, offset));
    return new Position(line + 1, offset - lineStarts[line] + 1);
  }
}
