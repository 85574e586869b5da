package dev.claimcheck.verdict;

import dev.claimcheck.claim.AtomicClaim;
import java.util.List;

/**
 * The verdict on one atomic claim, with everything behind it.
 *
 * @param reason a stable UPPER_SNAKE code for the verdict's grounds (e.g. NO_INDEPENDENT_RESULT)
 * @param explanation one line a reader understands
 * @param evidence the independent evidence in force at {@code asOf} that decided the verdict
 * @param later independent evidence published after {@code asOf}, shown but not used
 * @param vendor vendor-reported figures, shown but never used as evidence
 * @param notes what else a reader should know: cherry-picking, a superseded version
 */
public record Check(
    AtomicClaim atom,
    Verdict verdict,
    String reason,
    String explanation,
    Resolution subject,
    Resolution object,
    Resolution benchmark,
    AsOf asOf,
    List<Evidence> evidence,
    List<Evidence> later,
    List<Evidence> vendor,
    List<Note> notes) {
  public Check {
    evidence = List.copyOf(evidence);
    later = List.copyOf(later);
    vendor = List.copyOf(vendor);
    notes = List.copyOf(notes);
  }

  /** A check with nothing to note. */
  public Check(AtomicClaim atom, Verdict verdict, String reason, String explanation,
      Resolution subject, Resolution object, Resolution benchmark, AsOf asOf,
      List<Evidence> evidence, List<Evidence> later, List<Evidence> vendor) {
    this(atom, verdict, reason, explanation, subject, object, benchmark, asOf, evidence, later,
        vendor, List.of());
  }

  /** The same check with one more note. */
  public Check withNote(Note note) {
    List<Note> all = new java.util.ArrayList<>(notes);
    all.add(note);
    return new Check(atom, verdict, reason, explanation, subject, object, benchmark, asOf,
        evidence, later, vendor, all);
  }
}
