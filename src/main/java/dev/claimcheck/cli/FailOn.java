package dev.claimcheck.cli;

import dev.claimcheck.verdict.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code --fail-on LEVEL}: the least severe verdict that makes the run exit 1, or never. */
public enum FailOn {
  SUPPORTED(Verdict.SUPPORTED),
  UNVERIFIED(Verdict.UNVERIFIED),
  NOT_COMPARABLE(Verdict.NOT_COMPARABLE),
  AMBIGUOUS(Verdict.AMBIGUOUS),
  CONFLICTING(Verdict.CONFLICTING),
  WITHIN_MARGIN(Verdict.WITHIN_MARGIN),
  CONTRADICTED(Verdict.CONTRADICTED),
  NEVER(null);

  private final Verdict threshold;

  FailOn(Verdict threshold) {
    this.threshold = threshold;
  }

  /** True when {@code v} is at or above the threshold. */
  public boolean fails(Verdict v) {
    return threshold != null && v.severity() >= threshold.severity();
  }

  /** The name on the command line: lower case, {@code -} for {@code _}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(FailOn::id).toList();
  }

  public static FailOn parse(String s) {
    String key = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (FailOn f : values()) {
      if (f.id().equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "'" + s + "' is not a level (expected one of: " + String.join(", ", ids()) + ")");
  }

  @Override
  public String toString() {
    return id();
  }
}
