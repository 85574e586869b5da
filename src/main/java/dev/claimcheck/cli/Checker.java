package dev.claimcheck.cli;

import dev.claimcheck.check.CheckOptions;
import dev.claimcheck.check.DocumentChecker;
import dev.claimcheck.input.SourceDocument;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.report.DocumentReport;

/** Checks one document; the CLI's view of the engine, replaceable in tests. */
@FunctionalInterface
public interface Checker {
  DocumentReport check(SourceDocument doc);

  /** Makes the checker for a run. */
  @FunctionalInterface
  interface Factory {
    Checker create(Registry registry, CheckOptions options);

    /** The real engine. */
    static Factory standard() {
      return (registry, options) -> new DocumentChecker(registry, options)::check;
    }
  }
}
