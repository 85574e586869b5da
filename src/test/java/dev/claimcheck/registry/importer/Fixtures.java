package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test fixtures under src/test/resources/registry/importer/ and a small model catalog. */
final class Fixtures {

    private Fixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/registry/importer/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    static SourceInfo source(String id) {
        return new SourceInfo(id, "Test publisher", "https://example.org", "Test table", "https://example.org/table",
                "abc123", "2025-02-04", true, null, "evidence", "CC0", null, null);
    }

    static ImportRequest request(String fixture, String sourceId, ObjectNode options) {
        return new ImportRequest(file(fixture), fixture, source(sourceId), options);
    }

    /** A catalog with two DeepSeek-V3 snapshots in one family, a product and an ambiguous name. */
    static String modelsJson() {
        return """
            {"models": [
              {"id": "deepseek-v3", "name": "DeepSeek-V3", "vendor": "DeepSeek", "family": "deepseek-v3",
               "released": "2024-12-26", "released_source": "https://example.org/mv", "aliases": [],
               "variant_of": null, "variant": null, "facts": {}},
              {"id": "deepseek-v3-0324", "name": "DeepSeek-V3-0324", "vendor": "DeepSeek", "family": "deepseek-v3",
               "released": "2025-03-24", "released_source": "https://example.org/mv",
               "aliases": ["DeepSeek-V3-0324", "DeepSeek V3 (0324)"], "variant_of": null, "variant": null, "facts": {}},
              {"id": "qwen2.5-max", "name": "Qwen2.5-Max", "vendor": "Alibaba", "family": null, "released": null,
               "released_source": null, "aliases": ["Qwen2.5-Max", "qwen-max-2025-01-25"],
               "variant_of": null, "variant": null, "facts": {}},
              {"id": "gpt-4o-2024-05-13", "name": "GPT-4o (2024-05-13)", "vendor": "OpenAI", "family": null,
               "released": "2024-05-13", "released_source": "https://example.org/mv", "aliases": ["gpt-4o-2024-05-13"],
               "variant_of": null, "variant": null, "facts": {}}
            ],
            "families": [
              {"id": "deepseek-v3", "name": "DeepSeek-V3", "vendor": "DeepSeek", "aliases": ["DeepSeek V3"],
               "members": [], "flagships": ["deepseek-v3", "deepseek-v3-0324"]}
            ],
            "products": [
              {"id": "chatgpt", "name": "ChatGPT", "vendor": "OpenAI", "aliases": ["ChatGPT"],
               "served": [{"model": "gpt-4o-2024-05-13", "from": "2024-05-13", "to": null, "source": "https://example.org"}]}
            ],
            "ambiguous_aliases": [{"alias": "DeepSeek", "note": "vendor"}]}
            """;
    }

    static ModelCatalog catalog() throws Exception {
        return ModelCatalog.fromJson(new JsonFiles().mapper().readTree(modelsJson()), "test-models.json");
    }
}
