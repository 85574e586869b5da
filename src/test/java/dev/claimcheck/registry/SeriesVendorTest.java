package dev.claimcheck.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The maker a model's series name points to, read from the bundled registry's models whose
 * vendor is recorded: what "Googles Modell" in a review of Gemini 3 Pro stands for when the
 * leaderboard that listed Gemini 3 Pro named no maker.
 */
class SeriesVendorTest {
  private static final Registry REGISTRY = load();

  private static Registry load() {
    try {
      return new RegistryLoader().loadBundled();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSeriesWhoseModelsAgreeOnTheirMakerNamesIt() {
    assertEquals(Optional.of("Google"), REGISTRY.seriesVendor("Gemini 3 Pro"));
    assertEquals(Optional.of("Anthropic"), REGISTRY.seriesVendor("Claude Opus 4.5"));
    assertEquals(Optional.of("Alibaba"), REGISTRY.seriesVendor("Qwen3-Max"));
    // Most Llama models are Meta's; the fine-tunes of other labs are too few to change that.
    assertEquals(Optional.of("Meta"), REGISTRY.seriesVendor("Llama 4 Maverick"));
  }

  @Test
  void aNameOfNoKnownSeriesOrTooShortNamesNone() {
    assertEquals(Optional.empty(), REGISTRY.seriesVendor("Tessera-2-Pro"));
    assertEquals(Optional.empty(), REGISTRY.seriesVendor("o3"));
    assertEquals(Optional.empty(), REGISTRY.seriesVendor(""));
    assertEquals(Optional.empty(), REGISTRY.seriesVendor(null));
  }
}
