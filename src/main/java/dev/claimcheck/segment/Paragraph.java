package dev.claimcheck.segment;

import dev.claimcheck.text.Span;
import java.util.List;

/** A paragraph (or heading, list item, table row) and its sentences. */
public record Paragraph(int index, Span span, List<Sentence> sentences) {
  public Paragraph {
    sentences = List.copyOf(sentences);
  }

  /**
   * Where a text says what it is about: its title, when it has one, then the text of its first
   * {@code count} paragraphs, as written.
   */
  public static List<String> opening(String text, List<Paragraph> paragraphs, String title,
      int count) {
    List<String> places = new java.util.ArrayList<>();
    if (title != null) {
      places.add(title);
    }
    paragraphs.stream().limit(count).forEach(p -> places.add(p.span().of(text)));
    return places;
  }
}
