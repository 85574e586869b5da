package dev.claimcheck.segment;

import dev.claimcheck.text.Span;
import java.util.List;

/** A paragraph (or heading, list item, table row) and its sentences. */
public record Paragraph(int index, Span span, List<Sentence> sentences) {
  public Paragraph {
    sentences = List.copyOf(sentences);
  }
}
