package dev.claimcheck.verdict;

import dev.claimcheck.registry.Benchmark;
import dev.claimcheck.registry.Result;

/**
 * The standard error of one published score, and how it was obtained: from a published 95%
 * interval (half-width / 1.96; zero for a baseline's [50, 50]), a published standard error, or
 * the number of questions ({@code sqrt(p(1-p)/n)} for a percentage). Null {@code se} when none
 * of these is known.
 */
record Uncertainty(Double se, String how) {
  static final double Z95 = 1.96;

  static Uncertainty of(Result r, Benchmark b) {
    // A zero-width interval is published too: a win-rate benchmark's baseline scores exactly 50
    // against itself (Arena-Hard-Auto: [50, 50]), with no error of its own.
    if (r.ciLow() != null && r.ciHigh() != null && r.ciHigh() >= r.ciLow()) {
      return new Uncertainty((r.ciHigh() - r.ciLow()) / 2 / Z95, "published 95% interval");
    }
    if (r.stderr() != null && r.stderr() > 0) {
      return new Uncertainty(r.stderr(), "published standard error");
    }
    Integer n = r.n() != null ? r.n() : b.questions();
    if (n != null && n > 0 && "percent".equals(b.unit())) {
      double p = Math.min(1, Math.max(0, r.score() / 100.0));
      double se = 100 * Math.sqrt(Math.max(p * (1 - p), 1e-4) / n);
      return new Uncertainty(se, "binomial error over " + n + " questions");
    }
    return new Uncertainty(null, null);
  }

  boolean known() {
    return se != null;
  }
}
