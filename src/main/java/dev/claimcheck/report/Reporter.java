package dev.claimcheck.report;

import java.io.PrintWriter;

/** Writes a run's report in one output format. Input errors are not the reporter's job. */
public interface Reporter {
  /** Writes the whole report for {@code run}; does not close {@code out}. */
  void write(RunReport run, PrintWriter out);
}
