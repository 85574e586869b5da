package dev.claimcheck.segment;

import dev.claimcheck.text.Span;

/**
 * A sentence of a document.
 *
 * @param index 0-based position among the document's sentences
 * @param paragraph 0-based index of its paragraph
 * @param span where it is in the document's analysed text
 * @param text the sentence as written (the text under {@code span}, whitespace folded)
 * @param speaker who says it, when its line opens with a speaker's name in a transcript or an
 *     interview ("Ben Ortiz: ..."), as written; null otherwise
 */
public record Sentence(int index, int paragraph, Span span, String text, String speaker) {
  /** A sentence nobody is named as saying. */
  public Sentence(int index, int paragraph, Span span, String text) {
    this(index, paragraph, span, text, null);
  }
}
