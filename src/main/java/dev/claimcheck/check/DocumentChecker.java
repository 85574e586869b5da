package dev.claimcheck.check;

import dev.claimcheck.input.SourceDocument;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.report.DocumentReport;
import java.util.List;

/** Runs the pipeline on one document: segment, recognise, extract, check. */
public final class DocumentChecker {
  private final Registry registry;
  private final CheckOptions options;

  public DocumentChecker(Registry registry, CheckOptions options) {
    this.registry = registry;
    this.options = options;
  }

  public DocumentReport check(SourceDocument doc) {
    // Pipeline stages are wired in as they land.
    return new DocumentReport(
        doc.name(), doc.format(), doc.metadata(), "und", null, List.of(), doc.warnings());
  }

  Registry registry() {
    return registry;
  }

  CheckOptions options() {
    return options;
  }
}
