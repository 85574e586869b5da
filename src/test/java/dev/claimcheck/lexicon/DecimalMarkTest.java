package dev.claimcheck.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecimalMarkTest {
  @Test
  void theMarkOfTheTextsPerCentFigures() {
    assertEquals(".", Lexicon.decimalWritten("alcanza 84.7% y 94.6 % en AIME"));
    assertEquals(",", Lexicon.decimalWritten("erreicht 72,5 % und 79,4\u00a0%"));
    // Versions, thousands and whole per-cents say nothing; both marks leave it open.
    assertNull(Lexicon.decimalWritten("Gemini 2.5 Pro, GPT-4.1 at 40% and 1,302 points"));
    assertNull(Lexicon.decimalWritten("84.7% here, 72,5 % there"));
  }

  @Test
  void aFormatWithTheOtherMarkGroupsWithTheFirst() {
    Lexicon.NumberFormat es = new Lexicon.NumberFormat(",", List.of(".", " "), List.of("%"));
    assertEquals(new Lexicon.NumberFormat(".", List.of(",", " "), List.of("%")),
        es.withDecimal("."));
    assertEquals(es, es.withDecimal(","));
    assertEquals(".", new LexiconLoader().load("es", ".").number().decimal());
  }
}
