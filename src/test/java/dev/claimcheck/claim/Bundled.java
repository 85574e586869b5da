package dev.claimcheck.claim;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.lexicon.LexiconLoader;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryLoader;
import dev.claimcheck.segment.Paragraph;
import dev.claimcheck.segment.Segmenter;
import dev.claimcheck.segment.Sentence;
import dev.claimcheck.text.Span;
import java.util.List;
import java.util.Map;

/** The bundled registry, lexicons and name recogniser, loaded once for the extraction tests. */
final class Bundled {
  static final Registry REGISTRY = load();
  static final Map<String, Lexicon> LEXICONS = new LexiconLoader().loadAll();
  static final EntityRecognizer RECOGNIZER = new EntityRecognizer(REGISTRY);

  private Bundled() {}

  /**
   * The claims of a text whose first line is its title; the title's first model is its subject.
   *
   * @param vendors the organisations that may speak in the text
   */
  static List<Claim> claims(String lang, String text, List<String> vendors) {
    return claims(lang, text, vendors, null);
  }

  /** The same, with {@code maker} as the maker of the title's model; may be null. */
  static List<Claim> claims(String lang, String text, List<String> vendors, String maker) {
    Lexicon lexicon = LEXICONS.get(lang);
    ClaimExtractor x = new ClaimExtractor(lexicon, RECOGNIZER, vendors);
    List<Paragraph> paragraphs = new Segmenter(lexicon.abbreviations()).segment(text);
    String title = text.lines().findFirst().orElse("");
    Mention main = x.analyse(text, new Sentence(-1, -1, new Span(0, title.length()), title))
        .mentions().stream().filter(Found::isModel).map(Found::mention).findFirst().orElse(null);
    return x.extract(text, paragraphs, main, maker);
  }

  private static Registry load() {
    try {
      return new RegistryLoader().loadBundled();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
