package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A fact about a model stated by a raw file (architecture, parameter counts, licence...).
 *
 * @param name  model name as the file writes it
 * @param key   one of architecture, open_weights, license, parameters_total, parameters_active,
 *              training_tokens, context_length
 * @param value the value in the registry's form
 * @param quote short exact quote from the file
 * @param date  date the fact refers to (for resolving family names), or null
 * @param scope section of the file (for scoped name mappings), or null
 */
public record ModelFact(String name, String key, JsonNode value, String quote, String date, String scope) {
}
