package dev.claimcheck.registry;

import java.time.LocalDate;

/**
 * Where a set of results was published.
 *
 * @param independent false when the figures are the model vendor's own
 * @param reportedBy the vendor who reported them, for vendor-reported sources
 * @param role {@code evidence} (default) or {@code cross-check} for second-hand copies
 */
public record Source(
    String id,
    String publisher,
    String publisherUrl,
    String title,
    String url,
    String commit,
    LocalDate published,
    boolean independent,
    String reportedBy,
    String role,
    String license,
    String rawFile,
    String method) {

  public boolean isEvidence() {
    return role == null || "evidence".equals(role);
  }
}
