package dev.claimcheck.report;

import dev.claimcheck.claim.Attribution;
import dev.claimcheck.claim.Claim;
import dev.claimcheck.claim.ClaimKind;
import dev.claimcheck.input.Metadata;
import dev.claimcheck.registry.Names;
import dev.claimcheck.verdict.AsOf;
import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.Evidence;
import dev.claimcheck.verdict.Note;
import dev.claimcheck.verdict.Resolution;
import dev.claimcheck.verdict.Score;
import dev.claimcheck.verdict.Verdict;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The human-readable report. Per input: a header line, then per sentence with claims its {@code
 * path:line:col}, rollup and text, each claim's kind and attribution, and each atomic check on
 * one line with its verdict, followed by the resolutions, evidence, later evidence and vendor
 * figures behind it. Ends with a summary line. Input errors are not printed here: the CLI reports
 * them on stderr.
 *
 * <p>Layout (indentation is part of the format, colours only when asked):
 *
 * <pre>
 * article.md: “Qwen2.5-Max …” · published 2025-01-28 · language en · as of 2025-01-28 (publication date)
 *
 * article.md:12:1: mixed
 *     “Alibaba says Qwen 2.5 beats DeepSeek V3 on LiveBench and Arena-Hard.”
 *   compare “beats” · vendor's claim (Alibaba), hedged, reported by the article
 *     WITHIN_MARGIN  Qwen2.5-Max vs DeepSeek-V3 on LiveBench 2024-11-25: …
 *       “Qwen 2.5” checked as Qwen2.5-Max (qwen2.5-max): family name; …
 *       LiveBench 2024-11-25 (LiveBench, published 2025-02-04): qwen2.5-max 62.29 vs …
 * </pre>
 */
public final class TextReporter implements Reporter {
  /** Sentences are wrapped to this many columns, indentation included. */
  static final int WIDTH = 88;

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final int VERDICT_WIDTH = longestVerdict();

  private final boolean color;
  private final Function<String, Optional<String>> vendorOf;

  public TextReporter(boolean color) {
    this(color, id -> Optional.empty());
  }

  /**
   * @param vendorOf the vendor of a registry model id, used to tell a vendor's own claim apart
   */
  public TextReporter(boolean color, Function<String, Optional<String>> vendorOf) {
    this.color = color;
    this.vendorOf = vendorOf == null ? id -> Optional.empty() : vendorOf;
  }

  @Override
  public void write(RunReport run, PrintWriter out) {
    boolean first = true;
    for (DocumentReport doc : run.documents()) {
      if (!first) {
        out.println();
      }
      first = false;
      writeDocument(doc, out);
    }
    if (!run.documents().isEmpty()) {
      out.println();
    }
    out.println(summary(Summary.of(run)));
    out.flush();
  }

  private void writeDocument(DocumentReport doc, PrintWriter out) {
    List<AsOf> asOfs =
        Summary.checks(doc).map(Check::asOf).filter(a -> a != null).distinct().toList();
    boolean asOfInHeader = asOfs.size() == 1;
    out.println(header(doc, asOfInHeader ? asOfs.get(0) : null));
    for (String w : doc.warnings()) {
      out.println("  " + paint(YELLOW, "warning:") + " " + w);
    }
    if (doc.sentences().isEmpty()) {
      out.println("  " + paint(DIM, "no checkable claims"));
      return;
    }
    for (SentenceReport s : doc.sentences()) {
      out.println();
      writeSentence(doc, s, !asOfInHeader, out);
    }
  }

  private String header(DocumentReport doc, AsOf asOf) {
    Metadata meta = doc.metadata() == null ? Metadata.none() : doc.metadata();
    List<String> parts = new ArrayList<>();
    meta.title().ifPresent(t -> parts.add("“" + t + "”"));
    meta.published().ifPresent(d -> parts.add("published " + d));
    if (doc.language() != null && !doc.language().isBlank() && !"und".equals(doc.language())) {
      parts.add("language " + doc.language());
    }
    if (asOf != null && asOf.date() != null) {
      parts.add(asOf(asOf));
    }
    String head = paint(BOLD, doc.input());
    return parts.isEmpty() ? head : head + ": " + String.join(" · ", parts);
  }

  private void writeSentence(
      DocumentReport doc, SentenceReport s, boolean asOfPerCheck, PrintWriter out) {
    Rollup rollup = s.rollup();
    out.println(
        paint(BOLD, doc.input() + ":" + s.position().line() + ":" + s.position().column() + ":")
            + " "
            + paint(rollupColor(rollup), rollup.label().replace('_', ' ')));
    for (String line : wrap("“" + s.sentence().text() + "”", WIDTH - 4)) {
      out.println("    " + line);
    }
    for (ClaimReport c : s.claims()) {
      writeClaim(c, asOfPerCheck, out);
    }
  }

  private void writeClaim(ClaimReport report, boolean asOfPerCheck, PrintWriter out) {
    Claim claim = report.claim();
    StringBuilder head = new StringBuilder("  ").append(kindLabel(claim));
    if (claim.cue() != null && !claim.cue().isBlank()) {
      head.append(" “").append(claim.cue()).append('”');
    }
    head.append(" · ").append(attribution(claim, report.checks()));
    if (claim.benchmarksFromContext()) {
      head.append(" · benchmarks from the surrounding text");
    }
    out.println(head);
    if (report.checks().isEmpty()) {
      out.println("    " + paint(DIM, "no checkable atomic claim"));
    }
    Set<String> notesShown = new LinkedHashSet<>();
    for (Check check : report.checks()) {
      writeCheck(check, asOfPerCheck, notesShown, out);
    }
  }

  private void writeCheck(Check c, boolean asOfPerCheck, Set<String> notesShown, PrintWriter out) {
    String word = c.verdict().name();
    String pad = " ".repeat(Math.max(1, VERDICT_WIDTH - word.length() + 2));
    StringBuilder line = new StringBuilder("    ");
    line.append(paint(verdictColor(c.verdict()), word))
        .append(pad)
        .append(CheckText.what(c, true));
    if (c.explanation() != null && !c.explanation().isBlank()) {
      line.append(": ").append(c.explanation());
    }
    out.println(line);
    String indent = "      ";
    if (asOfPerCheck && c.asOf() != null && c.asOf().date() != null) {
      out.println(indent + paint(DIM, asOf(c.asOf())));
    }
    for (Resolution r : new Resolution[] {c.subject(), c.object(), c.benchmark()}) {
      String note = note(r);
      if (note != null && notesShown.add(note)) {
        out.println(indent + paint(DIM, note));
      }
    }
    Double claimed = c.atom() == null ? null : c.atom().value();
    for (Evidence e : c.evidence()) {
      out.println(indent + evidenceLine(e, claimed));
    }
    if (!c.later().isEmpty()) {
      String date = c.asOf() != null && c.asOf().date() != null ? c.asOf().date().toString() : "";
      out.println(indent + "published after " + date + ":");
      for (Evidence e : c.later()) {
        out.println(indent + "  " + evidenceLine(e, claimed));
      }
    }
    if (!c.vendor().isEmpty()) {
      out.println(indent + "vendor-reported (not evidence):");
      for (Evidence e : c.vendor()) {
        out.println(indent + "  " + evidenceLine(e, claimed));
      }
    }
    for (Note n : c.notes()) {
      out.println(indent + paint(YELLOW, n.code()) + ": " + n.text());
      for (Evidence e : n.evidence()) {
        out.println(indent + "  " + evidenceLine(e, claimed));
      }
    }
  }

  /** A line about a name that was not read as a plain alias; null for plain aliases. */
  static String note(Resolution r) {
    if (r == null || r.method() == null || "alias".equals(r.method())) {
      return null;
    }
    String written = "“" + r.written() + "”";
    String reason = r.reason() == null || r.reason().isBlank() ? "" : ": " + r.reason();
    return switch (r.method()) {
      case "unknown" -> written + " is not in the registry" + reason;
      case "ambiguous" ->
          written
              + (r.candidates().isEmpty()
                  ? " is ambiguous"
                  : " could be " + String.join(", ", r.candidates()))
              + reason;
      default ->
          r.id() == null
              ? written + (r.candidates().isEmpty() ? " could not be resolved"
                  : " checked for each of " + String.join(", ", r.candidates())) + reason
              : written + " checked as " + r.name() + " (" + r.id() + ")" + reason;
    };
  }

  /**
   * {@code LiveBench 2024-11-25 (LiveBench, published 2025-02-04): qwen2.5-max 62.29 vs
   * deepseek-v3 60.45, difference +1.84, 95% margin 3.10 → within margin  <url>}.
   */
  static String evidenceLine(Evidence e, Double claimed) {
    StringBuilder s = new StringBuilder();
    String name = e.benchmarkName() != null ? e.benchmarkName() : e.benchmark();
    s.append(name == null ? "?" : name);
    if (e.version() != null && (name == null || !name.contains(e.version()))) {
      s.append(' ').append(e.version());
    }
    Score subj = e.subject();
    if (subj != null) {
      List<String> prov = new ArrayList<>();
      if (subj.publisher() != null) {
        prov.add(subj.publisher());
      }
      if (subj.published() != null) {
        prov.add("published " + subj.published());
      }
      if (!prov.isEmpty()) {
        s.append(" (").append(String.join(", ", prov)).append(')');
      }
      s.append(": ").append(subj.model()).append(' ').append(
          Double.isNaN(subj.value()) && subj.asPublished() != null
              ? subj.asPublished() : number(subj.value()));
    } else {
      s.append(':');
    }
    if (e.other() != null) {
      s.append(" vs ").append(e.other().model()).append(' ').append(number(e.other().value()));
    } else if (claimed != null) {
      s.append(" vs claimed ").append(number(claimed));
    }
    if (Double.isFinite(e.difference())) {
      s.append(", difference ").append(signed(e.difference()));
    }
    if (Double.isFinite(e.margin()) && e.margin() > 0) {
      s.append(", 95% margin ").append(fixed(e.margin()));
    }
    if (e.outcome() != null) {
      s.append(" → ").append(outcome(e.outcome()));
    }
    if (subj != null && subj.url() != null) {
      s.append("  <").append(subj.url()).append('>');
    }
    return s.toString();
  }

  private static String outcome(Verdict v) {
    return switch (v) {
      case SUPPORTED -> "supports";
      case CONTRADICTED -> "contradicts";
      case WITHIN_MARGIN -> "within margin";
      case AMBIGUOUS -> "ambiguous";
      case CONFLICTING -> "conflicting";
      case NOT_COMPARABLE -> "not comparable";
      case UNVERIFIED -> "inconclusive";
    };
  }

  private String attribution(Claim claim, List<Check> checks) {
    Attribution a = claim.attribution() == null ? Attribution.none() : claim.attribution();
    List<String> parts = new ArrayList<>();
    String hedge =
        a.cues().isEmpty()
            ? "hedged"
            : "hedged (" + String.join(", ", a.cues().stream().map(q -> "“" + q + "”").toList())
                + ")";
    if (a.claimant() == null) {
      parts.add("the article's own claim");
      if (a.hedged()) {
        parts.add(hedge);
      }
    } else {
      parts.add(
          isVendor(a.claimant(), checks)
              ? "vendor's claim (" + a.claimant() + ")"
              : "claim by " + a.claimant());
      if (a.hedged()) {
        parts.add(hedge);
      }
      parts.add("reported by the article");
    }
    return String.join(", ", parts);
  }

  private boolean isVendor(String claimant, List<Check> checks) {
    String who = Names.key(claimant);
    if (who.length() < 2) {
      return false;
    }
    return checks.stream()
        .map(Check::subject)
        .filter(r -> r != null && r.id() != null)
        .map(r -> vendorOf.apply(r.id()).orElse(null))
        .filter(v -> v != null)
        .map(Names::key)
        .anyMatch(v -> !v.isEmpty() && (v.contains(who) || who.contains(v)));
  }

  private static String kindLabel(Claim claim) {
    String label = claim.kind() == null ? "claim" : claim.kind().label();
    if (claim.kind() == ClaimKind.FACT && claim.fact() != null) {
      label += " (" + claim.fact() + ")";
    }
    if (claim.negated()) {
      label += " (negated)";
    }
    return label;
  }

  private static String asOf(AsOf a) {
    String why =
        switch (a.basis() == null ? "" : a.basis()) {
          case "option" -> "--as-of";
          case "article" -> "publication date";
          case "release" -> "release date of the subject";
          case "today" -> "today";
          default -> a.basis();
        };
    return "as of " + a.date() + (why == null || why.isBlank() ? "" : " (" + why + ")");
  }

  private String summary(Summary s) {
    List<String> counts = new ArrayList<>();
    for (int i = Verdict.values().length - 1; i >= 0; i--) {
      Verdict v = Verdict.values()[i];
      String text = s.count(v) + " " + v.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      counts.add(s.count(v) > 0 ? paint(verdictColor(v), text) : text);
    }
    return plural(s.checks(), "check")
        + ": "
        + String.join(", ", counts)
        + "; "
        + plural(s.inputs(), "input")
        + " checked, "
        + plural(s.errors(), "input")
        + " with errors";
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private String paint(String code, String text) {
    return color && code != null ? code + text + RESET : text;
  }

  private static String verdictColor(Verdict v) {
    return switch (v) {
      case SUPPORTED -> GREEN;
      case CONTRADICTED -> RED;
      case WITHIN_MARGIN, AMBIGUOUS, CONFLICTING -> YELLOW;
      case UNVERIFIED, NOT_COMPARABLE -> DIM;
    };
  }

  private static String rollupColor(Rollup r) {
    return switch (r) {
      case ALL_SUPPORTED -> GREEN;
      case ALL_CONTRADICTED -> RED;
      case MIXED, NOT_SHOWN -> YELLOW;
      case UNVERIFIED, NONE -> DIM;
    };
  }

  /** Greedy word wrap; a word longer than the width gets a line of its own. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A score as published: up to four decimals, no trailing zeros. */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      return String.valueOf(v);
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  private static String fixed(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String signed(double v) {
    String f = fixed(v);
    return f.startsWith("-") ? f : "+" + f;
  }

  private static int longestVerdict() {
    int n = 0;
    for (Verdict v : Verdict.values()) {
      n = Math.max(n, v.name().length());
    }
    return n;
  }
}
