package dev.claimcheck.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The output formats of {@code --format}. A new format (SARIF, ClaimReview) is one more constant
 * with its id and a constructor taking a {@link ReporterConfig}.
 */
public enum ReportFormat {
  /** Human-readable, grouped by input; coloured on request. */
  TEXT("text", c -> new TextReporter(c.color(), c.vendorOf())),
  /** The stable machine-readable report, schema_version 1 (see claimcheck-report.schema.json). */
  JSON("json", c -> new JsonReporter(c.toolVersion())),
  /** schema.org ClaimReview JSON-LD, one review per claim (see {@link ClaimReviewReporter}). */
  CLAIMREVIEW("claimreview", c -> new ClaimReviewReporter());

  private final String id;
  private final Function<ReporterConfig, Reporter> factory;

  ReportFormat(String id, Function<ReporterConfig, Reporter> factory) {
    this.id = id;
    this.factory = factory;
  }

  /** The name used on the command line. */
  public String id() {
    return id;
  }

  public Reporter create(ReporterConfig config) {
    return factory.apply(config);
  }

  /** The ids, in declaration order, for help and completion. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(ReportFormat::id).toList();
  }

  /** Parses an id, case-insensitively. */
  public static ReportFormat parse(String s) {
    String key = s.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.id.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + s + "' (expected one of: " + String.join(", ", ids()) + ")");
  }

  @Override
  public String toString() {
    return id;
  }
}
