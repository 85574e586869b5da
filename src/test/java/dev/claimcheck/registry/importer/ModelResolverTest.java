package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModelResolverTest {

    private ModelCatalog catalog;
    private ModelResolver resolver;

    @BeforeEach
    void setUp() throws Exception {
        catalog = Fixtures.catalog();
        resolver = new ModelResolver(catalog);
    }

    private ModelResolver.Resolved resolve(String name, String date) {
        return resolver.resolve(name, Map.of(), List.of(), date, null);
    }

    @Test
    void leaderboardKeyEqualToAnIdIsThatSnapshot() {
        assertEquals("deepseek-v3", resolve("DeepSeek-V3", "2025-06-01").model());
    }

    @Test
    void aliasesMatchTolerantly() {
        assertEquals("qwen2.5-max", resolve("Qwen-Max-2025-01-25", null).model());
        assertEquals("deepseek-v3-0324", resolve("deepseek v3 (0324)", null).model());
    }

    @Test
    void familyNamePinsOnlyWhenOneFlagshipWasReleasedByTheDate() {
        ModelResolver.Resolved early = resolve("DeepSeek V3", "2025-01-20");
        assertEquals("deepseek-v3", early.model());
        assertTrue(early.note().contains("only flagship"));
        ModelResolver.Resolved late = resolve("DeepSeek V3", "2025-05-01");
        assertEquals("deepseek-v3-unpinned", late.model());
        assertEquals("unpinned", catalog.model("deepseek-v3-unpinned").path("kind").asText());
    }

    @Test
    void productResolvesToTheServedModel() {
        assertEquals("gpt-4o-2024-05-13", resolve("ChatGPT", "2024-06-01").model());
    }

    @Test
    void declaredAmbiguousNameIsNeverPinned() {
        assertEquals("deepseek-unpinned", resolve("DeepSeek", "2025-01-01").model());
    }

    @Test
    void variantSuffixesResolveToTheBaseWithAVariantEntry() {
        ModelResolver.Resolved r = resolve("gpt-4o-2024-05-13 (diff)", null);
        assertEquals("gpt-4o-2024-05-13", r.model());
        assertEquals("diff", r.variant());
        assertEquals("gpt-4o-2024-05-13", catalog.model("gpt-4o-2024-05-13-diff").path("variant_of").asText());

        ModelResolver.Resolved effort = resolve("o3-mini-2025-01-31_high", null);
        assertEquals("o3-mini-2025-01-31", effort.model());
        assertEquals("high", effort.variant());
        assertEquals("o3-mini-2025-01-31", catalog.model("o3-mini-2025-01-31-high").path("variant_of").asText());

        // an alias of a variant entry still yields the base model and the variant
        ModelResolver.Resolved again = resolve("o3-mini-2025-01-31_high", null);
        assertEquals("o3-mini-2025-01-31", again.model());
        assertEquals("high", again.variant());
    }

    @Test
    void sizeWordAfterANameWithoutVersionIsPartOfTheName() {
        ModelResolver.Resolved medium = resolve("mistral-medium", null);
        assertEquals("mistral-medium", medium.model(), "a model of its own, not 'mistral' at medium effort");
        assertNull(medium.variant());
        assertFalse(catalog.hasModel("mistral"), "the vendor's bare name never becomes a model");
    }

    @Test
    void turboIsAProviderVariantOnlyAfterInstruct() {
        resolve("some-model-instruct", null);
        assertEquals("some-model-instruct", resolve("some-model-instruct-turbo", null).model());
        resolve("gpt-4", null);
        assertEquals("gpt-4-turbo", resolve("gpt-4-turbo", null).model());
    }

    @Test
    void unseenNameCreatesAModelWithTheOrganisationAsVendor() {
        ModelResolver.Resolved r = resolver.resolve("Brand-New 7B", Map.of(), List.of(), null, "Acme");
        assertEquals("brand-new-7b", r.model());
        assertEquals("Acme", catalog.model("brand-new-7b").path("vendor").asText());
        assertNull(r.variant());
    }

    @Test
    void scopedMappingsWinOverAliases() {
        Map<String, String> names = Map.of("Base Model|DeepSeek-V3", "DeepSeek-V3-Base");
        ModelResolver.Resolved r = resolver.resolve("DeepSeek-V3", names, List.of("Base Model"), null, null);
        assertEquals("deepseek-v3-base", r.model(), "a mapping to an unseen name creates that model");
        assertEquals("deepseek-v3", resolver.resolve("DeepSeek-V3", names, List.of("Chat Model"), null, null).model());
    }

    @Test
    void anAliasCannotStandForTwoThings() throws Exception {
        String json = Fixtures.modelsJson().replace("\"aliases\": [\"DeepSeek V3\"]", "\"aliases\": [\"DeepSeek-V3-0324\"]");
        ImportException e = assertThrows(ImportException.class,
                () -> ModelCatalog.fromJson(new JsonFiles().mapper().readTree(json), "m.json"));
        assertTrue(e.getMessage().contains("alias 'DeepSeek-V3-0324'"), e.getMessage());
    }
}
