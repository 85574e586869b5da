package dev.claimcheck.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One phrase that states a model fact, with the examples that document it.
 *
 * @param id stable id, {@code <LANG>_FACT_<TYPE>_<n>}
 * @param fact the fact type: architecture, license, open_weights, parameters, training_tokens or
 *     context_length
 * @param value the value the phrase states by itself ("moe", "dense", "true", "false",
 *     "Proprietary"); null when it is read from the words matched (a number, a licence name)
 * @param qualifier what a number counts ("total", "active"); null when the words say it or
 *     nothing does
 */
public record FactCue(
    String id,
    String fact,
    Pattern pattern,
    String value,
    String qualifier,
    List<String> examples,
    List<String> counterExamples) {
  public FactCue {
    examples = List.copyOf(examples);
    counterExamples = List.copyOf(counterExamples);
  }
}
