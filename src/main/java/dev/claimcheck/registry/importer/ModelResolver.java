package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a model name as published to a canonical model id, creating entries for unseen names.
 *
 * <p>Order: an explicit mapping of the import (manifest {@code names}); a model id equal to the name
 * ignoring case (leaderboard keys such as {@code deepseek-v3} are the ids of the snapshots they name);
 * an alias under the tolerant key; a variant suffix (reasoning effort, quantisation, provider, edit
 * format) on a resolvable base; otherwise a new model. A name that stands for a family or a product is
 * pinned to a snapshot only when the date leaves exactly one candidate; else it gets an "unpinned"
 * model entry of its own, so that no figure is attributed to a snapshot the source did not name. The
 * candidates are the family's flagships (the models its name plausibly stands for; base models and
 * provider variants are not), and a product's served models.
 */
public final class ModelResolver {

    /** How a name was resolved; {@code note} explains resolutions that involved a judgement. */
    public record Resolved(String model, String variant, String note) {
    }

    private static final Pattern PARENS = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern AT_PROVIDER = Pattern.compile("^(.+)@([A-Za-z0-9._-]+)$");
    private static final Pattern PREFIX_PATH = Pattern.compile("^([A-Za-z_][\\w.-]*(?:/[\\w.-]+)*)/([^/\\s]+)$");
    private static final Pattern EFFORT = Pattern.compile(
            "^(.+?)[-_ ](high|medium|low|minimal|xhigh|thinking(?:[-_ ]\\d+k)?|\\d+k)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANT = Pattern.compile(
            "^(.+?)[-_: ](fp8|fp16|bf16|int4|int8|awq)$|^(.+-instruct)-(turbo)$", Pattern.CASE_INSENSITIVE);
    private static final List<String> EFFORT_WORDS = List.of("high", "medium", "low", "minimal", "xhigh", "med");
    private static final Map<String, String> VARIANT_SYNONYMS = Map.of("med", "medium");

    private final ModelCatalog catalog;

    public ModelResolver(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Resolves a name, creating model entries as needed.
     *
     * @param names        explicit mappings (name as published, optionally "scope|name", to a model id)
     * @param scopes       scope labels (e.g. headings) under which the name was found, innermost first
     * @param date         the date the figure refers to (entry date or publication date), may be null
     * @param organization vendor named by an organisation column, or null
     */
    public Resolved resolve(String name, Map<String, String> names, List<String> scopes, String date,
                            String organization) {
        return canonical(resolveRaw(name, names, scopes, date, organization));
    }

    /** A resolution that landed on a variant entry, expressed as its base model plus the variant tag. */
    private Resolved canonical(Resolved r) {
        String model = r.model();
        String variant = r.variant();
        for (int guard = 0; guard < 5 && catalog.model(model).hasNonNull("variant_of"); guard++) {
            ObjectNode entry = catalog.model(model);
            String tag = entry.path("variant").asText(null);
            if (variant == null) {
                variant = tag;
            } else if (tag != null && !variant.startsWith(tag)) {
                variant = tag + ", " + variant;
            }
            model = entry.get("variant_of").asText();
        }
        return new Resolved(model, variant, r.note());
    }

    private Resolved resolveRaw(String name, Map<String, String> names, List<String> scopes, String date,
                                String organization) {
        String mapped = mapping(name, names, scopes);
        if (mapped != null) {
            if (catalog.hasModel(mapped)) {
                return new Resolved(mapped, null, null);
            }
            Resolved r = resolveExisting(mapped, date);
            if (r == null) {
                r = resolveVariant(mapped, date, organization);
            }
            if (r == null) {
                r = new Resolved(create(mapped, organization == null ? "unknown" : organization), null, null);
            }
            return r;
        }
        Resolved existing = resolveExisting(name, date);
        if (existing != null) {
            return existing;
        }
        Resolved viaVariant = resolveVariant(name, date, organization);
        if (viaVariant != null) {
            return viaVariant;
        }
        return new Resolved(create(name, organization == null ? "unknown" : organization), null, null);
    }

    /**
     * Resolves without creating anything; empty when the name is unknown or not pinned to one model.
     * May return a variant entry (see {@link #baseOf}).
     */
    public Optional<String> lookupModel(String name) {
        Optional<String> byId = catalog.modelIdIgnoringCase(name);
        if (byId.isPresent()) {
            return byId;
        }
        return catalog.lookup(name).filter(t -> t.kind() == ModelCatalog.Kind.MODEL).map(ModelCatalog.Target::id);
    }

    /** The canonical model a variant entry is a variant of (the id itself for a canonical model). */
    public String baseOf(String modelId) {
        return canonical(new Resolved(modelId, null, null)).model();
    }

    private static String mapping(String name, Map<String, String> names, List<String> scopes) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        for (String scope : scopes) {
            String v = names.get(scope + "|" + name);
            if (v != null) {
                return v;
            }
        }
        return names.get(name);
    }

    private Resolved resolveExisting(String name, String date) {
        Optional<String> byId = catalog.modelIdIgnoringCase(name);
        if (byId.isPresent()) {
            return new Resolved(byId.get(), null, null);
        }
        Optional<ModelCatalog.Target> t = catalog.lookup(name);
        if (t.isEmpty()) {
            return null;
        }
        ModelCatalog.Target target = t.get();
        return switch (target.kind()) {
            case MODEL -> new Resolved(target.id(), null, null);
            case FAMILY -> byFamily(name, target.id(), date);
            case PRODUCT -> byProduct(name, target.id(), date);
            case AMBIGUOUS -> unpinned(name, Names.slug(target.id()), "'" + name + "' is a declared ambiguous name");
        };
    }

    private Resolved byFamily(String name, String familyId, String date) {
        List<String> candidates = new ArrayList<>();
        boolean unknownDate = false;
        List<String> pool = new ArrayList<>();
        catalog.family(familyId).path("flagships").forEach(f -> pool.add(f.asText()));
        if (pool.isEmpty()) {
            pool.addAll(catalog.familyMembers(familyId));
        }
        for (String member : pool) {
            if (!catalog.hasModel(member)) {
                continue;
            }
            if (catalog.model(member).hasNonNull("variant_of")) {
                continue;
            }
            if ("unpinned".equals(catalog.model(member).path("kind").asText())) {
                continue;
            }
            String released = catalog.released(member);
            if (released == null) {
                unknownDate = true;
            } else if (date != null && released.compareTo(date) <= 0) {
                candidates.add(member);
            }
        }
        if (date != null && !unknownDate && candidates.size() == 1) {
            return new Resolved(candidates.get(0), null, "'" + name + "' -> " + candidates.get(0)
                    + " (the only flagship of family " + familyId + " released by " + date + ")");
        }
        return unpinned(name, familyId, "'" + name + "' names family " + familyId
                + " and the date does not single out one snapshot");
    }

    private Resolved byProduct(String name, String productId, String date) {
        ObjectNode product = catalog.product(productId);
        String best = null;
        String bestFrom = null;
        if (date != null) {
            for (JsonNode s : product.path("served")) {
                String from = s.path("from").asText(null);
                String to = s.path("to").isNull() ? null : s.path("to").asText(null);
                if (from != null && from.compareTo(date) <= 0 && (to == null || to.compareTo(date) >= 0)
                        && (bestFrom == null || from.compareTo(bestFrom) > 0)) {
                    best = s.path("model").asText();
                    bestFrom = from;
                }
            }
        }
        if (best != null) {
            return new Resolved(best, null, "'" + name + "' -> " + best + " (model serving product " + productId
                    + " on " + date + ")");
        }
        return unpinned(name, productId, "'" + name + "' names product " + productId
                + " and no served model is known for the date");
    }

    private Resolved unpinned(String name, String baseId, String why) {
        String id = baseId + "-unpinned";
        if (!catalog.hasModel(id)) {
            String family = catalog.hasFamily(baseId) ? baseId : null;
            String vendor = family != null ? catalog.family(family).path("vendor").asText("unknown") : "unknown";
            ObjectNode m = catalog.addModel(id, name + " (snapshot not identified)", vendor, family, null, null,
                    "unpinned", List.of());
            m.put("note", "results whose source names only '" + name + "', which does not identify one snapshot");
        }
        return new Resolved(id, null, why + "; attributed to " + id);
    }

    private Resolved resolveVariant(String name, String date, String organization) {
        String trimmed = name.trim();
        List<Split> splits = new ArrayList<>();
        Matcher m = PARENS.matcher(trimmed);
        if (m.matches()) {
            String v = m.group(2).trim();
            splits.add(new Split(m.group(1), v, EFFORT_WORDS.contains(v.toLowerCase(Locale.ROOT))));
        }
        m = AT_PROVIDER.matcher(trimmed);
        if (m.matches()) {
            splits.add(new Split(m.group(1), m.group(2), false));
        }
        m = EFFORT.matcher(trimmed);
        if (m.matches() && m.group(1).chars().anyMatch(Character::isDigit)) {
            // "o3-mini-high" is o3-mini at high effort; "mistral-medium" is a model of its own,
            // and a bare "mistral" would be the vendor's name taken for a model.
            splits.add(new Split(m.group(1), m.group(2), true));
        }
        m = QUANT.matcher(trimmed);
        if (m.matches()) {
            splits.add(m.group(1) != null ? new Split(m.group(1), m.group(2), false) : new Split(m.group(3), m.group(4), false));
        }
        m = PREFIX_PATH.matcher(trimmed);
        if (m.matches()) {
            splits.add(new Split(m.group(2), m.group(1), false));
        }
        for (Split s : splits) {
            Resolved base = resolveExisting(s.base(), date);
            if (base == null) {
                base = resolveVariant(s.base(), date, organization);
            }
            if (base != null) {
                base = canonical(base);
            }
            if (base == null && s.createBase()) {
                base = new Resolved(create(s.base(), organization == null ? "unknown" : organization), null, null);
            }
            if (base == null) {
                continue;
            }
            String variant = VARIANT_SYNONYMS.getOrDefault(s.variant().toLowerCase(Locale.ROOT),
                    s.variant().toLowerCase(Locale.ROOT));
            String combined = base.variant() == null ? variant : base.variant() + ", " + variant;
            ensureVariantEntry(base.model(), combined, name);
            return new Resolved(base.model(), combined, base.note());
        }
        return null;
    }

    private record Split(String base, String variant, boolean createBase) {
    }

    private void ensureVariantEntry(String baseId, String variant, String asPublished) {
        String id = baseId + "-" + Names.slug(variant);
        if ("unpinned".equals(catalog.model(baseId).path("kind").asText())) {
            return;
        }
        if (catalog.hasModel(id)) {
            catalog.addAlias(id, asPublished);
            return;
        }
        ObjectNode base = catalog.model(baseId);
        catalog.addModel(id, asPublished, base.path("vendor").asText("unknown"),
                base.path("family").isNull() ? null : base.path("family").asText(null),
                baseId, variant, null, List.of(asPublished));
    }

    private String create(String name, String vendor) {
        String base = Names.slug(name);
        if (base.isEmpty()) {
            base = "model";
        }
        String id = base;
        for (int i = 2; catalog.hasModel(id); i++) {
            id = base + "-" + i;
        }
        catalog.addModel(id, name.trim(), vendor, null, null, null, null, List.of(name.trim()));
        return id;
    }
}
