package dev.claimcheck.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * {@code checked N/M inputs} on stderr for long runs: more than {@value #MANY_INPUTS} inputs, or
 * more than two seconds. On a terminal the line is rewritten in place and cleared at the end; with
 * {@code --progress} on a pipe, one line at most every second plus a final one.
 */
final class Progress {
  static final int MANY_INPUTS = 20;
  private static final long SLOW_NANOS = 2_000_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final boolean terminal;
  private final LongSupplier clock;
  private final int total;
  private final long start;
  private long lastShown = Long.MIN_VALUE;
  private boolean shown;
  private int lastWidth;

  Progress(PrintWriter err, boolean enabled, boolean terminal, LongSupplier nanoClock, int total) {
    this.err = err;
    this.enabled = enabled;
    this.terminal = terminal;
    this.clock = nanoClock;
    this.total = total;
    this.start = nanoClock.getAsLong();
  }

  /** Records that {@code done} inputs are checked. */
  void update(int done) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    boolean longRun = total > MANY_INPUTS || now - start > SLOW_NANOS;
    if (!longRun) {
      return;
    }
    long every = terminal ? 100_000_000L : 1_000_000_000L;
    boolean last = done >= total;
    if (!last && shown && now - lastShown < every) {
      return;
    }
    String text = "checked " + done + "/" + total + " inputs";
    if (terminal) {
      err.print("\r" + text + " ".repeat(Math.max(0, lastWidth - text.length())));
      lastWidth = text.length();
    } else {
      err.println(text);
    }
    err.flush();
    shown = true;
    lastShown = now;
  }

  /** Clears a terminal progress line so the report starts on a clean screen. */
  void finish() {
    if (enabled && terminal && shown) {
      err.print("\r" + " ".repeat(lastWidth) + "\r");
      err.flush();
    }
  }
}
