package dev.claimcheck.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A phrase that marks where a benchmark's name stands, with the examples that document it.
 *
 * @param id stable id, {@code <LANG>_NAME_<BEFORE|AFTER>_<n>}
 */
public record NamePhrase(
    String id, Pattern pattern, List<String> examples, List<String> counterExamples) {}
