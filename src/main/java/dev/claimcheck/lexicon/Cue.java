package dev.claimcheck.lexicon;

import dev.claimcheck.claim.ClaimKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One claim phrase of a language: a pattern and the examples that document it.
 *
 * @param kind the kind of claim the phrase makes
 * @param reverse true for phrases whose subject is the loser ("trails", "reste derrière")
 * @param id stable id, {@code <LANG>_<KIND>_<n>}
 */
public record Cue(
    String id,
    ClaimKind kind,
    boolean reverse,
    Pattern pattern,
    List<String> examples,
    List<String> counterExamples) {}
