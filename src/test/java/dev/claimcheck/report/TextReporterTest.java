package dev.claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.input.DocumentFormat;
import dev.claimcheck.input.Metadata;
import dev.claimcheck.verdict.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TextReporterTest {
  private static final Function<String, Optional<String>> VENDORS =
      id -> Optional.ofNullable(id.startsWith("qwen") ? "Alibaba" : null);

  static String write(RunReport run, boolean color) {
    StringWriter buf = new StringWriter();
    new TextReporter(color, VENDORS).write(run, new PrintWriter(buf));
    return buf.toString();
  }

  @Test
  void matchesTheGoldenReport() throws IOException {
    String expected;
    try (InputStream in = getClass().getResourceAsStream("/report/text-report.txt")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(expected, write(ReportFixtures.run(), false));
  }

  @Test
  void evidenceLineShowsScoresDifferenceMarginOutcomeAndUrl() {
    assertTrue(
        write(ReportFixtures.run(), false)
            .contains(
                "\n      LiveBench 2024-11-25 (LiveBench, published 2025-02-04): qwen2.5-max 62.29"
                    + " vs deepseek-v3 60.45, difference +1.84, 95% margin 3.10 → within margin"
                    + "  <https://livebench.ai/>\n"));
  }

  @Test
  void noColourCodesUnlessAsked() {
    String plain = write(ReportFixtures.run(), false);
    assertFalse(plain.contains("\u001b["), "plain output has no escape codes");
    String colored = write(ReportFixtures.run(), true);
    assertTrue(colored.contains("\u001b[32mSUPPORTED\u001b[0m"));
    assertTrue(colored.contains("\u001b[31mCONTRADICTED\u001b[0m"));
    assertTrue(colored.contains("\u001b[33mWITHIN_MARGIN\u001b[0m"));
    assertTrue(colored.contains("\u001b[33mAMBIGUOUS\u001b[0m"));
    assertTrue(colored.contains("\u001b[2mUNVERIFIED\u001b[0m"));
    assertEquals(plain, colored.replaceAll("\u001b\\[[0-9;]*m", ""), "colour changes nothing else");
  }

  @Test
  void verdictColumnIsAligned() {
    for (String line : write(ReportFixtures.run(), false).split("\n")) {
      for (Verdict v : Verdict.values()) {
        if (line.startsWith("    " + v.name() + " ")) {
          assertEquals(' ', line.charAt(4 + "NOT_COMPARABLE".length() + 1), line);
          assertTrue(line.charAt(4 + "NOT_COMPARABLE".length() + 2) != ' ', line);
        }
      }
    }
  }

  @Test
  void aResolutionNoteIsPrintedOncePerClaim() {
    String text = write(ReportFixtures.run(), false);
    String note = "“Qwen 2.5” checked as Qwen2.5-Max (qwen2.5-max): family name;";
    assertEquals(text.indexOf(note), text.lastIndexOf(note));
    assertTrue(text.contains(note));
    assertFalse(text.contains("“DeepSeek V3” checked as"), "plain aliases get no note");
  }

  @Test
  void attributionTellsAVendorFromAnotherClaimant() {
    assertTrue(
        write(ReportFixtures.run(), false)
            .contains(
                "  compare “beats” · vendor's claim (Alibaba), hedged (“reportedly”),"
                    + " reported by the article\n"));
    StringWriter buf = new StringWriter();
    new TextReporter(false).write(ReportFixtures.run(), new PrintWriter(buf));
    assertTrue(buf.toString().contains(" · claim by Alibaba, hedged (“reportedly”), reported by"));
  }

  @Test
  void laterAndVendorEvidenceAreSetApart() {
    String text = write(ReportFixtures.run(), false);
    assertTrue(text.contains("\n      published after 2025-02-10:\n        LiveBench 2024-11-25"
        + " (LiveBench, published 2025-03-01): qwen2.5-max 63.1 vs gpt-4o-2024-11-20 53,"));
    assertTrue(text.contains("\n      vendor-reported (not evidence):\n        LiveBench"
        + " 2024-11-25 (Alibaba Qwen team, published 2025-01-28): qwen2.5-max 62.2"));
  }

  @Test
  void summaryLineCountsVerdictsInputsAndErrors() {
    String text = write(ReportFixtures.run(), false);
    assertTrue(
        text.endsWith(
            "\n7 checks: 1 contradicted, 1 within margin, 1 conflicting, 1 ambiguous,"
                + " 1 not comparable, 1 unverified, 1 supported; 2 inputs checked,"
                + " 1 input with errors\n"),
        text);
    String empty = write(new RunReport(List.of(), List.of(), null), false);
    assertEquals(
        "0 checks: 0 contradicted, 0 within margin, 0 conflicting, 0 ambiguous, 0 not comparable, 0 unverified, 0 supported;"
            + " 0 inputs checked, 0 inputs with errors\n",
        empty);
  }

  @Test
  void asOfMovesToEachCheckWhenItDiffers() {
    DocumentReport doc = ReportFixtures.article(List.of(Verdict.SUPPORTED, Verdict.CONTRADICTED));
    SentenceReport s = doc.sentences().get(0);
    ClaimReport c = s.claims().get(0);
    var first = c.checks().get(0);
    var moved =
        new dev.claimcheck.verdict.Check(
            first.atom(), first.verdict(), first.reason(), first.explanation(), first.subject(),
            first.object(), first.benchmark(),
            new dev.claimcheck.verdict.AsOf(
                java.time.LocalDate.of(2025, 1, 28), "release", "release date of Qwen2.5-Max"),
            first.evidence(), first.later(), first.vendor());
    DocumentReport changed =
        new DocumentReport(
            doc.input(), doc.format(), doc.metadata(), doc.language(), doc.mainSubject(),
            List.of(
                new SentenceReport(
                    s.sentence(),
                    s.position(),
                    List.of(new ClaimReport(c.claim(), List.of(moved, c.checks().get(1)))))),
            doc.warnings());
    String text = write(new RunReport(List.of(changed), List.of(), null), false);
    assertFalse(text.lines().findFirst().orElseThrow().contains("as of"));
    assertTrue(text.contains("\n      as of 2025-01-28 (release date of the subject)\n"));
    assertTrue(text.contains("\n      as of 2025-02-10 (publication date)\n"));
  }

  @Test
  void warningsAndEmptyInputs() {
    DocumentReport doc =
        new DocumentReport(
            "<stdin>", DocumentFormat.TEXT, Metadata.none(), "und", null, List.of(),
            List.of("not valid UTF-8; invalid bytes were replaced"));
    String text = write(new RunReport(List.of(doc), List.of(), null), false);
    assertTrue(
        text.startsWith(
            "<stdin>\n  warning: not valid UTF-8; invalid bytes were replaced\n"
                + "  no checkable claims\n\n"),
        text);
  }

  @Test
  void wrapsLongSentences() {
    assertEquals(List.of("aaa bbb", "ccc"), TextReporter.wrap("aaa bbb ccc", 7));
    assertEquals(List.of("averyveryverylongword", "x"), TextReporter.wrap("averyveryverylongword x", 5));
    assertEquals(List.of(""), TextReporter.wrap("", 10));
  }

  @Test
  void formatsScoresAsPublished() {
    assertEquals("62.29", TextReporter.number(62.29));
    assertEquals("1365", TextReporter.number(1365.0));
    assertEquals("0.1235", TextReporter.number(0.12345));
    assertEquals("-3", TextReporter.number(-3.0));
  }
}
