package dev.claimcheck.report;

import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.Verdict;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Counts over a whole run.
 *
 * @param verdicts atomic checks per verdict; every verdict is present, zero when unseen
 * @param inputs inputs that were read and checked
 * @param errors inputs that could not be read
 */
public record Summary(Map<Verdict, Integer> verdicts, int inputs, int errors) {

  public Summary {
    EnumMap<Verdict, Integer> all = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      all.put(v, verdicts.getOrDefault(v, 0));
    }
    verdicts = Collections.unmodifiableMap(all);
  }

  public static Summary of(RunReport run) {
    EnumMap<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    checks(run).forEach(c -> counts.merge(c.verdict(), 1, Integer::sum));
    return new Summary(counts, run.documents().size(), run.errors().size());
  }

  /** Every atomic check of the run, in report order. */
  public static Stream<Check> checks(RunReport run) {
    return run.documents().stream().flatMap(Summary::checks);
  }

  /** Every atomic check of one input, in report order. */
  public static Stream<Check> checks(DocumentReport doc) {
    return doc.sentences().stream()
        .flatMap(s -> s.claims().stream())
        .flatMap(c -> c.checks().stream());
  }

  public int checks() {
    return verdicts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int count(Verdict v) {
    return verdicts.get(v);
  }

  /** The most severe verdict of the run, if any check was made. */
  public Optional<Verdict> worst() {
    Verdict worst = null;
    for (Map.Entry<Verdict, Integer> e : verdicts.entrySet()) {
      if (e.getValue() > 0 && (worst == null || e.getKey().severity() > worst.severity())) {
        worst = e.getKey();
      }
    }
    return Optional.ofNullable(worst);
  }
}
