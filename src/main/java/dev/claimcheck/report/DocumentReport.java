package dev.claimcheck.report;

import dev.claimcheck.input.DocumentFormat;
import dev.claimcheck.input.Metadata;
import java.util.List;

/**
 * Everything claimcheck found in one input.
 *
 * @param language the language the claims were read in ("en", "fr" ...)
 * @param mainSubject what "the model" refers to in this article, or null
 */
public record DocumentReport(
    String input,
    DocumentFormat format,
    Metadata metadata,
    String language,
    String mainSubject,
    List<SentenceReport> sentences,
    List<String> warnings) {
  public DocumentReport {
    sentences = List.copyOf(sentences);
    warnings = List.copyOf(warnings);
  }
}
