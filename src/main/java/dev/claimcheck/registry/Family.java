package dev.claimcheck.registry;

import java.util.List;

/**
 * A name that stands for several models ("Qwen 2.5", "GPT-4o", "Claude 3.5 Sonnet").
 *
 * @param flagships the members the family name most plausibly means, oldest first; a family name
 *     is read as the newest flagship released on or before the date in force
 */
public record Family(
    String id,
    String name,
    String vendor,
    List<String> aliases,
    List<String> members,
    List<String> flagships) {

  public Family {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    members = members == null ? List.of() : List.copyOf(members);
    flagships = flagships == null ? List.of() : List.copyOf(flagships);
  }
}
