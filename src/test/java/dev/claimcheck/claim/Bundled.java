package dev.claimcheck.claim;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.lexicon.LexiconLoader;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryLoader;
import java.util.Map;

/** The bundled registry, lexicons and name recogniser, loaded once for the extraction tests. */
final class Bundled {
  static final Registry REGISTRY = load();
  static final Map<String, Lexicon> LEXICONS = new LexiconLoader().loadAll();
  static final EntityRecognizer RECOGNIZER = new EntityRecognizer(REGISTRY);

  private Bundled() {}

  private static Registry load() {
    try {
      return new RegistryLoader().loadBundled();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
