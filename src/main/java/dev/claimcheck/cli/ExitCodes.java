package dev.claimcheck.cli;

import dev.claimcheck.report.RunReport;
import dev.claimcheck.report.Summary;

/**
 * claimcheck's exit status, decided here and nowhere else.
 *
 * <ul>
 *   <li>{@value #OK}: no verdict at or above {@code --fail-on}, and every input was read.
 *   <li>{@value #FINDINGS}: at least one verdict at or above {@code --fail-on}. For {@code
 *       registry validate}: the registry has problems. For {@code registry show}: no such name.
 *   <li>{@value #USAGE}: usage error (unknown option, bad value, no input on a terminal).
 *   <li>{@value #UNREADABLE}: an input or the registry could not be read. The other inputs are
 *       still checked and reported, but the run is partial, and a partial run must look neither
 *       clean nor like a plain list of findings: {@value #UNREADABLE} wins over {@value
 *       #FINDINGS}.
 *   <li>{@value #INTERNAL}: an internal error (a bug). Distinct from {@value #FINDINGS} so that a
 *       crash never passes for a finding.
 * </ul>
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int UNREADABLE = 3;
  public static final int INTERNAL = 4;

  private ExitCodes() {}

  /** The exit status of a check run. */
  public static int forRun(RunReport run, FailOn failOn) {
    if (!run.errors().isEmpty()) {
      return UNREADABLE;
    }
    return Summary.checks(run).anyMatch(c -> failOn.fails(c.verdict())) ? FINDINGS : OK;
  }
}
