package dev.claimcheck.verdict;

import java.util.List;

/**
 * How a name written in the article was read.
 *
 * @param written the words in the article
 * @param id the registry id it was checked as; null when unknown or ambiguous
 * @param name the display name of {@code id}
 * @param method how: {@code alias}, {@code family}, {@code product}, {@code reference} (the
 *     article's subject, via "le modèle"), {@code group} (a bare benchmark name), {@code unknown}
 *     or {@code ambiguous}
 * @param reason a sentence a reader understands
 * @param candidates the other ids the name could stand for
 */
public record Resolution(
    String written, String id, String name, String method, String reason, List<String> candidates) {
  public Resolution {
    candidates = List.copyOf(candidates);
  }

  public boolean resolved() {
    return id != null;
  }
}
