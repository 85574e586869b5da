package dev.claimcheck.verdict;

import java.util.List;

/**
 * Something a reader should know beside the verdict.
 *
 * @param code a stable UPPER_SNAKE code: {@code CHERRY_PICKED} (the model loses on other
 *     versions or windows of the same benchmark), {@code SUPERSEDED_VERSION} (the evidence is
 *     from a version the benchmark has since replaced)
 * @param evidence the counter-evidence or the evidence the note is about
 */
public record Note(String code, String text, List<Evidence> evidence) {
  public Note {
    evidence = List.copyOf(evidence);
  }
}
