package dev.claimcheck.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain aligned table: a header row, then rows; columns marked numeric are right-aligned. */
final class TextTable {
  private final String[] header;
  private final boolean[] numeric;
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    this.header = header;
    this.numeric = new boolean[header.length];
  }

  TextTable numeric(int... columns) {
    for (int c : columns) {
      numeric[c] = true;
    }
    return this;
  }

  TextTable row(String... cells) {
    String[] r = new String[header.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = i < cells.length && cells[i] != null ? cells[i] : "";
    }
    rows.add(r);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out, String indent) {
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    out.println(indent + line(header, width));
    for (String[] r : rows) {
      out.println(indent + line(r, width));
    }
  }

  private String line(String[] cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        s.append("  ");
      }
      String pad = " ".repeat(width[i] - cells[i].length());
      if (numeric[i]) {
        s.append(pad).append(cells[i]);
      } else {
        s.append(cells[i]);
        if (i < cells.length - 1) {
          s.append(pad);
        }
      }
    }
    return s.toString().stripTrailing();
  }
}
