package dev.claimcheck.lexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How one language introduces a model by name, read from the {@code introductions} section of
 * a lexicon file: "Command A, a 111B-parameter model", « Saba, un modèle de 24 milliards de
 * paramètres », "Meta hat ... Modelle veröffentlicht: Scout und Maverick". A name introduced so
 * is a model name for the whole document, even when the registry does not know it.
 *
 * @param appositions patterns whose match is a name the sentence calls a model
 * @param launches patterns whose match is a name an organisation launches ("Cohere hat
 *     Command A vorgestellt"); they count only after an organisation's name
 * @param notNames capitalised words that are never such a name ("Today", « Hier »)
 * @param headlineVerbs capitalised verbs of a title-case headline that end an organisation's
 *     name and start the introduced one ("Halden AI Releases Halden-3")
 * @param flagships words that single out the member of a family an article is about ("The
 *     flagship, Qwen3-235B-A22B", « Le plus grand, Qwen3-235B-A22B »)
 * @param familyReferences references to a whole family ("the models", « ils », "die Gewichte")
 * @param mainReferences descriptions of the article's main subject by its vendor ("the Meta
 *     model", "das Meta-Modell": group {@code vendor}) or by a word of its name ("The new Sonnet":
 *     group {@code name})
 */
public record Introductions(
    List<NamePattern> appositions, List<NamePattern> launches, Pattern notNames,
    Pattern headlineVerbs, Pattern flagships, Pattern familyReferences,
    List<NamePattern> mainReferences) {
  public Introductions {
    appositions = List.copyOf(appositions);
    launches = List.copyOf(launches);
    mainReferences = List.copyOf(mainReferences);
  }

  /** No introductions: the language's file has no such section. */
  public static final Introductions NONE =
      new Introductions(List.of(), List.of(), Pattern.compile("(?!)"), Pattern.compile("(?!)"),
          Pattern.compile("(?!)"), Pattern.compile("(?!)"), List.of());

  /** The patterns that introduce a name, appositions first. */
  public List<NamePattern> introducing() {
    return java.util.stream.Stream.concat(appositions.stream(), launches.stream()).toList();
  }

  /** Every pattern of the section, for its examples. */
  public List<NamePattern> all() {
    return java.util.stream.Stream.concat(introducing().stream(), mainReferences.stream())
        .toList();
  }

  /**
   * One pattern and the examples that document it; the pattern matches the name (or the
   * reference) itself, the examples mark it with [[...]].
   */
  public record NamePattern(
      String id, Pattern pattern, List<String> examples, List<String> counterExamples) {}
}
