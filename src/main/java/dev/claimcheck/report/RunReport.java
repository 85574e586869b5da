package dev.claimcheck.report;

import java.util.List;

/**
 * One run over all inputs: the reports of those that were read, the errors of those that were
 * not, in the order the inputs were given.
 */
public record RunReport(List<DocumentReport> documents, List<InputError> errors, RegistryInfo registry) {
  public RunReport {
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
  }

  /** An input that could not be read. */
  public record InputError(String input, String message) {}

  /** Which registry the verdicts were taken from. */
  public record RegistryInfo(String location, int models, int benchmarks, int results, int sources) {}
}
