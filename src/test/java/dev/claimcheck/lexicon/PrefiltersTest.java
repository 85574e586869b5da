package dev.claimcheck.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrefiltersTest {
  @Test
  void strip_removesOnlyLeadingLookbehinds() {
    assertEquals("(?:beats)", Prefilters.strip("(?<![\\p{L}])(?:(?<!aims to )beats)"));
    assertEquals("beats(?<!x)", Prefilters.strip("(?<!a\\)b)(?<=[)(])beats(?<!x)"));
    assertEquals("(?:(?:tops|leads))", Prefilters.strip("(?:(?<!App Store.{0,9})(?:tops|leads))"));
    assertEquals("beats|(?<!x)leads", Prefilters.strip("(?<!y)beats|(?<!x)leads"));
    assertEquals("(?<!unclosed", Prefilters.strip("(?<!unclosed"));
  }

  @Test
  void aPrefilterMatchesWhereverItsPhraseDoes_inEveryLexicon() {
    String[] sentences = {
        "Qwen2.5-Max beats GPT-4o on Arena-Hard, Alibaba says.",
        "The lab aims to beat GPT-4o next year.",
        "Foo Chat overtook ChatGPT on the App Store.",
        "Le modèle dépasserait DeepSeek V3 sur LiveBench.",
        "Qwen2.5-Max übertrifft GPT-4o auf LiveBench nicht.",
        "Según Alibaba, supera a GPT-4o en LiveBench."};
    Map<String, Lexicon> lexicons = new LexiconLoader().loadAll();
    int matched = 0;
    for (Lexicon lexicon : lexicons.values()) {
      for (Cue cue : lexicon.cues()) {
        Pattern prefilter = Prefilters.of(cue.pattern());
        for (String s : sentences) {
          if (cue.pattern().matcher(s).find()) {
            matched++;
            assertTrue(prefilter.matcher(s).find(), cue.id() + " on: " + s);
          }
        }
      }
    }
    assertTrue(matched > 5, "the sentences exercise some phrases");
  }
}
