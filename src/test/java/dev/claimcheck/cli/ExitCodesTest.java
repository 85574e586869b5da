package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.report.ReportFixtures;
import dev.claimcheck.report.RunReport;
import dev.claimcheck.verdict.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitCodesTest {
  private static RunReport only(Verdict... verdicts) {
    return new RunReport(
        List.of(ReportFixtures.article(List.of(verdicts))), List.of(), ReportFixtures.registryInfo());
  }

  @Test
  void contradictedFailsByDefaultLevel() {
    assertEquals(ExitCodes.FINDINGS, ExitCodes.forRun(only(Verdict.CONTRADICTED), FailOn.CONTRADICTED));
    assertEquals(
        ExitCodes.OK,
        ExitCodes.forRun(
            only(Verdict.SUPPORTED, Verdict.WITHIN_MARGIN, Verdict.AMBIGUOUS, Verdict.UNVERIFIED),
            FailOn.CONTRADICTED));
  }

  @Test
  void levelsAreThresholdsBySeverity() {
    assertEquals(ExitCodes.FINDINGS, ExitCodes.forRun(only(Verdict.WITHIN_MARGIN), FailOn.WITHIN_MARGIN));
    assertEquals(ExitCodes.FINDINGS, ExitCodes.forRun(only(Verdict.CONTRADICTED), FailOn.AMBIGUOUS));
    assertEquals(ExitCodes.OK, ExitCodes.forRun(only(Verdict.UNVERIFIED), FailOn.AMBIGUOUS));
    assertEquals(ExitCodes.FINDINGS, ExitCodes.forRun(only(Verdict.SUPPORTED), FailOn.SUPPORTED));
    assertEquals(ExitCodes.OK, ExitCodes.forRun(only(Verdict.values()), FailOn.NEVER));
    assertEquals(ExitCodes.OK, ExitCodes.forRun(only(), FailOn.SUPPORTED));
  }

  @Test
  void anUnreadableInputWinsOverFindings() {
    RunReport run = ReportFixtures.run();
    assertEquals(ExitCodes.UNREADABLE, ExitCodes.forRun(run, FailOn.CONTRADICTED));
    assertEquals(ExitCodes.UNREADABLE, ExitCodes.forRun(run, FailOn.NEVER));
  }

  @Test
  void failOnParsesCommandLineNames() {
    assertEquals(FailOn.WITHIN_MARGIN, FailOn.parse("within-margin"));
    assertEquals(FailOn.WITHIN_MARGIN, FailOn.parse("WITHIN_MARGIN"));
    assertEquals(FailOn.NEVER, FailOn.parse("never"));
    assertEquals(
        List.of("supported", "unverified", "not-comparable", "ambiguous", "conflicting", "within-margin", "contradicted", "never"),
        FailOn.ids());
    assertThrows(IllegalArgumentException.class, () -> FailOn.parse("bad"));
  }

  @Test
  void colourPolicy() {
    assertTrue(ColorMode.AUTO.enabled(true, java.util.Map.of()));
    assertTrue(ColorMode.AUTO.enabled(true, java.util.Map.of("NO_COLOR", "")));
    assertFalse(ColorMode.AUTO.enabled(true, java.util.Map.of("NO_COLOR", "1")));
    assertFalse(ColorMode.AUTO.enabled(false, java.util.Map.of()));
    assertTrue(ColorMode.ALWAYS.enabled(false, java.util.Map.of("NO_COLOR", "1")));
    assertFalse(ColorMode.NEVER.enabled(true, java.util.Map.of()));
  }
}
