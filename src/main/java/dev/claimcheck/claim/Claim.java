package dev.claimcheck.claim;

import dev.claimcheck.entity.Mention;
import dev.claimcheck.segment.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim as the sentence makes it, lists and all.
 *
 * @param subject the model the claim is about
 * @param subjectReference the words that referred to the subject when it was not named in the
 *     sentence ("le modèle", "it"); null when the subject is named
 * @param objects the competitors (compare and parity claims)
 * @param benchmarks the benchmarks named for the claim
 * @param benchmarksFromContext true when the benchmarks come from a neighbouring sentence
 * @param value the number claimed (score claims), null otherwise
 * @param cue the phrase that made this a claim, as written
 * @param fact the fact type for {@link ClaimKind#FACT} claims ("architecture", "license" ...)
 * @param stated the values a fact claim states, each checked on its own ("671B total / 37B
 *     active" states two); empty for other kinds
 */
public record Claim(
    Sentence sentence,
    ClaimKind kind,
    Mention subject,
    String subjectReference,
    List<Mention> objects,
    List<Mention> benchmarks,
    boolean benchmarksFromContext,
    Double value,
    boolean negated,
    Attribution attribution,
    String cue,
    String fact,
    List<StatedFact> stated) {

  public Claim {
    objects = List.copyOf(objects);
    benchmarks = List.copyOf(benchmarks);
    stated = stated == null ? List.of() : List.copyOf(stated);
  }

  /** A claim that states no fact values. */
  public Claim(
      Sentence sentence,
      ClaimKind kind,
      Mention subject,
      String subjectReference,
      List<Mention> objects,
      List<Mention> benchmarks,
      boolean benchmarksFromContext,
      Double value,
      boolean negated,
      Attribution attribution,
      String cue,
      String fact) {
    this(sentence, kind, subject, subjectReference, objects, benchmarks, benchmarksFromContext,
        value, negated, attribution, cue, fact, List.of());
  }

  /** The same claim with other competitors. */
  public Claim withAttribution(Attribution by) {
    return new Claim(sentence, kind, subject, subjectReference, objects, benchmarks,
        benchmarksFromContext, value, negated, by, cue, fact, stated);
  }

  public Claim withObjects(List<Mention> others) {
    return new Claim(sentence, kind, subject, subjectReference, others, benchmarks,
        benchmarksFromContext, value, negated, attribution, cue, fact, stated);
  }

  /**
   * One atomic claim per (competitor, benchmark) pair; missing sides stay null. A fact claim has
   * one per stated value.
   */
  public List<AtomicClaim> atoms() {
    if (!stated.isEmpty()) {
      List<AtomicClaim> out = new ArrayList<>();
      for (StatedFact f : stated) {
        out.add(new AtomicClaim(this, subject, null, null, f.number(), f));
      }
      return out;
    }
    List<Mention> os = objects.isEmpty() ? java.util.Collections.singletonList(null) : objects;
    List<Mention> bs =
        benchmarks.isEmpty() ? java.util.Collections.singletonList(null) : benchmarks;
    List<AtomicClaim> out = new ArrayList<>();
    for (Mention b : bs) {
      for (Mention o : os) {
        out.add(new AtomicClaim(this, subject, o, b, value));
      }
    }
    return out;
  }
}
