package dev.claimcheck.claim;

import java.util.List;

/**
 * Who makes a claim and how firmly.
 *
 * @param claimant who the article says makes the claim ("Alibaba"), or null when unattributed
 * @param hedged true for conditional mood, "reportedly", "claims" and the like
 * @param cues the words that show it, as written
 */
public record Attribution(String claimant, boolean hedged, List<String> cues) {
  public Attribution {
    cues = List.copyOf(cues);
  }

  public static Attribution none() {
    return new Attribution(null, false, List.of());
  }
}
