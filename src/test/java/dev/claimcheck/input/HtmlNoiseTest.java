package dev.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlNoiseTest {
  private final HtmlNoise noise = HtmlNoise.load();

  private Element first(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void splitsIdsAndClassesIntoWords() {
    assertEquals(List.of("related", "posts", "share", "bar"),
        HtmlNoise.splitWords("relatedPosts share-bar"));
  }

  @Test
  void wordsMatchWholeWordsOnly() {
    assertTrue(noise.hasNoiseMarks(first("<div class='ad-slot'></div>")));
    assertTrue(noise.hasNoiseMarks(first("<div id='cookieConsent'></div>")));
    assertTrue(noise.hasNoiseMarks(first("<div aria-label='Share this story'></div>")));
    assertTrue(noise.hasNoiseMarks(first("<div role='Navigation'></div>")));
    assertFalse(noise.hasNoiseMarks(first("<div class='header shadow reading'></div>")));
    assertFalse(noise.hasNoiseMarks(first("<div class='entry-content'></div>")));
  }

  @Test
  void tagsComeFromTheList() {
    assertTrue(noise.isNoiseTag(first("<nav></nav>")));
    assertTrue(noise.isNoiseTag(first("<button></button>")));
    assertFalse(noise.isNoiseTag(first("<section></section>")));
  }
}
