package dev.claimcheck.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.check.Articles;
import dev.claimcheck.check.CheckOptions;
import dev.claimcheck.check.DocumentChecker;
import dev.claimcheck.claim.ClaimKind;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryLoader;
import dev.claimcheck.report.ClaimReport;
import dev.claimcheck.report.DocumentReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fact claims from articles, checked against the model facts of the bundled registry. */
class FactCheckerTest {
  private static final Path FACTS = Path.of("src/test/resources/facts");
  private static final Registry REGISTRY = load();
  private static final Clock TODAY = Clock.fixed(
      LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private static Registry load() {
    try {
      return new RegistryLoader().loadBundled();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static DocumentReport run(String file, LocalDate asOf) throws Exception {
    CheckOptions options = new CheckOptions(Optional.ofNullable(asOf), Optional.empty(), TODAY);
    return new DocumentChecker(REGISTRY, options).check(Articles.read(FACTS.resolve(file)));
  }

  /** The checks of the fact claim of {@code type} in the sentence starting with {@code start}. */
  private static List<Check> checks(DocumentReport r, String start, String type) {
    List<ClaimReport> found = r.sentences().stream()
        .filter(s -> s.sentence().text().startsWith(start))
        .flatMap(s -> s.claims().stream())
        .filter(c -> c.claim().kind() == ClaimKind.FACT && c.claim().fact().equals(type))
        .toList();
    assertEquals(1, found.size(), type + " in \"" + start + "\"");
    return found.get(0).checks();
  }

  private static Check check(DocumentReport r, String start, String type) {
    List<Check> checks = checks(r, start, type);
    assertEquals(1, checks.size());
    return checks.get(0);
  }

  @Test
  void deepSeekV3_moeWith37bActive_isSupportedWithSourceAndQuote() throws Exception {
    DocumentReport r = run("en-deepseek-v3.txt", LocalDate.of(2025, 1, 10));
    Check moe = check(r, "DeepSeek released", "architecture");
    assertEquals(Verdict.SUPPORTED, moe.verdict(), moe.explanation());
    assertEquals("FACT_MATCHES", moe.reason());
    Evidence e = moe.evidence().get(0);
    assertEquals("deepseek-v3", e.subject().model());
    assertEquals("moe", e.subject().asPublished());
    assertTrue(e.subject().url().contains("deepseek-ai/DeepSeek-V3"), e.subject().url());
    assertTrue(e.test().contains("| Architecture |"), "the quote is shown: " + e.test());

    List<Check> params = checks(r, "DeepSeek released", "parameters");
    assertEquals(2, params.size(), "total and active, each checked");
    for (Check c : params) {
      assertEquals(Verdict.SUPPORTED, c.verdict(), c.explanation());
    }
    assertEquals("fact:parameters_active", params.get(1).evidence().get(0).benchmark());
    assertEquals(37e9, params.get(1).evidence().get(0).subject().value(), 1);
  }

  @Test
  void deepSeekV3_denseModel_isContradicted() throws Exception {
    DocumentReport r = run("en-deepseek-v3.txt", LocalDate.of(2025, 1, 10));
    Check dense = check(r, "DeepSeek-V3 is a dense", "architecture");
    assertEquals(Verdict.CONTRADICTED, dense.verdict(), dense.explanation());
    assertEquals("FACT_DIFFERS", dense.reason());
    assertTrue(dense.explanation().contains("moe"), dense.explanation());
  }

  @Test
  void numbers_boundsAndTolerance() throws Exception {
    DocumentReport r = run("en-deepseek-v3.txt", LocalDate.of(2025, 1, 10));
    assertEquals(Verdict.SUPPORTED,
        check(r, "DeepSeek-V3 has more than", "parameters").verdict(), "671B is more than 600B");
    Check exact = check(r, "DeepSeek-V3 has 600", "parameters");
    assertEquals(Verdict.CONTRADICTED, exact.verdict(), "600B is 11% off 671B");
    assertEquals(71e9, exact.evidence().get(0).difference(), 1);
  }

  @Test
  void factNoSourceStates_isUnverified() throws Exception {
    DocumentReport r = run("en-deepseek-v3.txt", LocalDate.of(2025, 1, 10));
    Check tokens = check(r, "DeepSeek-V3 was pre-trained", "training_tokens");
    assertEquals(Verdict.UNVERIFIED, tokens.verdict());
    assertEquals("FACT_NOT_IN_REGISTRY", tokens.reason());
    assertTrue(tokens.evidence().isEmpty());
  }

  @Test
  void licencesAndOpenWeights() throws Exception {
    DocumentReport r = run("en-deepseek-v3.txt", LocalDate.of(2025, 3, 1));
    assertEquals(Verdict.SUPPORTED, check(r, "DeepSeek-R1 is", "license").verdict());
    Check apache = check(r, "Qwen2.5-Max is released", "license");
    assertEquals(Verdict.CONTRADICTED, apache.verdict(), apache.explanation());
    assertTrue(apache.explanation().contains("Proprietary"), apache.explanation());

    assertEquals(Verdict.SUPPORTED, check(r, "DeepSeek-V3-Base is open", "open_weights").verdict());
    Check notOpen = check(r, "DeepSeek-V3-Base is not", "open_weights");
    assertEquals(Verdict.CONTRADICTED, notOpen.verdict(), notOpen.explanation());
    assertTrue(notOpen.evidence().get(0).test().contains("open-weight MoE model"));
  }

  @Test
  void seed_familySubject_isAmbiguousAndSaysForWhichModel() throws Exception {
    DocumentReport r = run("fr-qwen25.txt", null);
    Check moe = check(r, "D’un point de vue", "architecture");
    assertEquals(Verdict.AMBIGUOUS, moe.verdict(), moe.explanation());
    assertEquals("CANDIDATES_DISAGREE", moe.reason());
    assertTrue(moe.explanation().contains("holds for Qwen2.5-Max but not for Qwen2.5-72B-Instruct"),
        moe.explanation());
    assertEquals(List.of("qwen2.5-max", "qwen2.5-72b-instruct"), moe.subject().candidates());
    assertEquals(2, moe.evidence().size());

    Check tokens = check(r, "Le modèle a été", "training_tokens");
    assertEquals(Verdict.UNVERIFIED, tokens.verdict());
    assertEquals("FACT_NOT_IN_REGISTRY", tokens.reason());
  }

  @Test
  void seed_sizedAndPartialSubjects() throws Exception {
    DocumentReport r = run("fr-qwen25.txt", null);
    // Qwen's own blog calls Qwen2.5-72B open-weight.
    Check closed = check(r, "Toutefois", "open_weights");
    assertEquals(Verdict.CONTRADICTED, closed.verdict(), closed.explanation());
    assertTrue(closed.subject().candidates().containsAll(
        List.of("qwen2.5-3b", "qwen2.5-72b", "qwen2.5-72b-instruct")), closed.subject().toString());
    assertTrue(closed.explanation().contains("Qwen2.5-72B"), closed.explanation());

    // "plusieurs versions": the registry states no Apache licence for any Qwen2.5 model, and not
    // every model's licence is known: nothing can be concluded.
    Check apache = check(r, "Alibaba a rendu", "license");
    assertEquals(Verdict.UNVERIFIED, apache.verdict(), apache.explanation());
  }

  @Test
  void licenceNames_compareAcrossSpellings() {
    assertEquals("apache 2.0", FactChecker.licenseKey("Apache-2.0"));
    assertEquals("apache 2.0", FactChecker.licenseKey("Apache 2.0 license"));
    assertEquals("llama 3.1", FactChecker.licenseKey("Llama 3.1 Community License"));
    assertEquals(Verdict.SUPPORTED,
        FactChecker.license("Llama 3.1 Community License", "Llama 3.1"));
    assertEquals(Verdict.SUPPORTED, FactChecker.license("Qwen", "Qianwen LICENSE"));
    assertEquals(Verdict.SUPPORTED, FactChecker.license("Proprietary", "Propretary"));
    assertEquals(Verdict.SUPPORTED, FactChecker.license("open source", "MIT"));
    assertEquals(Verdict.CONTRADICTED, FactChecker.license("open source", "Mistral Research"));
    assertEquals(Verdict.CONTRADICTED, FactChecker.license("MIT", "Apache 2.0"));
    assertEquals(Verdict.UNVERIFIED, FactChecker.license("custom license", "DeepSeek"));
  }
}
