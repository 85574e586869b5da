package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The content of {@code models.json}: models, families, products and declared-ambiguous aliases,
 * with an alias index over the tolerant name key ({@link Names#key}).
 * Unknown keys of the loaded JSON are kept as they are.
 */
public final class ModelCatalog {

    /** What a name stands for. */
    public enum Kind { MODEL, FAMILY, PRODUCT, AMBIGUOUS }

    /** A name's meaning: the kind of entry and its id (for AMBIGUOUS the alias itself). */
    public record Target(Kind kind, String id) {
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> models = new LinkedHashMap<>();
    private final Map<String, ObjectNode> families = new LinkedHashMap<>();
    private final Map<String, ObjectNode> products = new LinkedHashMap<>();
    private final Map<String, ObjectNode> ambiguous = new LinkedHashMap<>();
    private final Map<String, Target> aliases = new HashMap<>();
    private final Map<String, String> idsLower = new HashMap<>();
    private final String origin;

    private ModelCatalog(String origin) {
        this.origin = origin;
    }

    /** An empty catalog. */
    public static ModelCatalog empty() {
        return new ModelCatalog("(new)");
    }

    /** Builds the catalog from the JSON form; {@code origin} names the file in error messages. */
    public static ModelCatalog fromJson(JsonNode root, String origin) {
        ModelCatalog c = new ModelCatalog(origin);
        for (JsonNode a : root.path("ambiguous_aliases")) {
            ObjectNode o = (ObjectNode) a.deepCopy();
            c.ambiguous.put(Names.key(o.path("alias").asText()), o);
            c.aliases.put(Names.key(o.path("alias").asText()), new Target(Kind.AMBIGUOUS, o.path("alias").asText()));
        }
        for (JsonNode m : root.path("models")) {
            c.putModel((ObjectNode) m.deepCopy());
        }
        c.putNamed(root.path("families"), c.families, Kind.FAMILY);
        c.putNamed(root.path("products"), c.products, Kind.PRODUCT);
        return c;
    }

    /** Keeps each family or product of {@code list} under its id and indexes its aliases. */
    private void putNamed(JsonNode list, Map<String, ObjectNode> into, Kind kind) {
        for (JsonNode n : list) {
            ObjectNode o = (ObjectNode) n.deepCopy();
            String id = o.path("id").asText();
            into.put(id, o);
            for (JsonNode alias : o.path("aliases")) {
                index(alias.asText(), new Target(kind, id));
            }
        }
    }

    private void putModel(ObjectNode o) {
        String id = o.path("id").asText();
        if (id.isEmpty()) {
            throw new ImportException(origin, 0, "a model has no id: " + o);
        }
        if (models.containsKey(id)) {
            throw new ImportException(origin, 0, "model id '" + id + "' is defined twice");
        }
        models.put(id, o);
        idsLower.put(id.toLowerCase(Locale.ROOT), id);
        for (JsonNode alias : o.path("aliases")) {
            index(alias.asText(), new Target(Kind.MODEL, id));
        }
    }

    private void index(String alias, Target target) {
        String key = Names.key(alias);
        Target old = aliases.get(key);
        if (old == null || old.equals(target)) {
            aliases.put(key, target);
            return;
        }
        if (old.kind() == Kind.AMBIGUOUS) {
            return;
        }
        throw new ImportException(origin, 0, "alias '" + alias + "' of " + describe(target)
                + " already stands for " + describe(old) + "; list it in ambiguous_aliases or remove one");
    }

    private static String describe(Target t) {
        return t.kind().name().toLowerCase(Locale.ROOT) + " '" + t.id() + "'";
    }

    /** The model whose id equals {@code name} ignoring case, if any. */
    public Optional<String> modelIdIgnoringCase(String name) {
        return Optional.ofNullable(idsLower.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** What an alias stands for under the tolerant key. */
    public Optional<Target> lookup(String name) {
        return Optional.ofNullable(aliases.get(Names.key(name)));
    }

    /** True when the tolerant key of {@code alias} is free or already means model {@code modelId}. */
    public boolean aliasFreeFor(String alias, String modelId) {
        Target t = aliases.get(Names.key(alias));
        return t == null || t.equals(new Target(Kind.MODEL, modelId));
    }

    public boolean hasModel(String id) {
        return models.containsKey(id);
    }

    public boolean hasFamily(String id) {
        return families.containsKey(id);
    }

    public ObjectNode model(String id) {
        ObjectNode m = models.get(id);
        if (m == null) {
            throw new IllegalArgumentException("no model '" + id + "'");
        }
        return m;
    }

    public ObjectNode family(String id) {
        return families.get(id);
    }

    public ObjectNode product(String id) {
        return products.get(id);
    }

    public List<String> modelIds() {
        return new ArrayList<>(models.keySet());
    }

    /** Members of a family: those it lists plus models naming it as their family. */
    public List<String> familyMembers(String familyId) {
        List<String> out = new ArrayList<>();
        ObjectNode fam = families.get(familyId);
        if (fam != null) {
            fam.path("members").forEach(m -> out.add(m.asText()));
        }
        models.forEach((id, m) -> {
            if (familyId.equals(m.path("family").asText(null)) && !out.contains(id)) {
                out.add(id);
            }
        });
        return out;
    }

    /** Release date of a model, or null. */
    public String released(String modelId) {
        JsonNode r = model(modelId).get("released");
        return r == null || r.isNull() ? null : r.asText();
    }

    /**
     * Adds a model. {@code aliases} that are already taken by something else are left out
     * (the model stays reachable by id).
     */
    public ObjectNode addModel(String id, String name, String vendor, String family, String variantOf,
                               String variant, String kind, List<String> wantedAliases) {
        ObjectNode o = F.objectNode();
        o.put("id", id);
        o.put("name", name);
        o.put("vendor", vendor);
        o.put("family", family);
        o.putNull("released");
        o.putNull("released_source");
        ArrayNode a = o.putArray("aliases");
        for (String alias : wantedAliases) {
            if (aliasFreeFor(alias, id) && !contains(a, alias)) {
                a.add(alias);
            }
        }
        o.put("variant_of", variantOf);
        o.put("variant", variant);
        if (kind != null) {
            o.put("kind", kind);
        }
        o.putObject("facts");
        putModel(o);
        return o;
    }

    /** Adds an alias to a model when its key is free; returns whether it was added or already there. */
    public boolean addAlias(String modelId, String alias) {
        if (!aliasFreeFor(alias, modelId)) {
            return false;
        }
        ArrayNode a = (ArrayNode) model(modelId).withArray("aliases");
        if (!contains(a, alias)) {
            a.add(alias);
        }
        aliases.put(Names.key(alias), new Target(Kind.MODEL, modelId));
        return true;
    }

    private static boolean contains(ArrayNode a, String value) {
        for (JsonNode x : a) {
            if (x.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    public void setReleased(String modelId, String date, String sourceUrl) {
        ObjectNode m = model(modelId);
        m.put("released", date);
        m.put("released_source", sourceUrl);
    }

    /** Sets a fact, stated by the source on {@code date}, unless the model already has one for that key. */
    public void addFact(String modelId, String key, JsonNode value, String sourceUrl, String quote, String date) {
        ObjectNode facts = model(modelId).withObject("facts");
        if (facts.has(key)) {
            return;
        }
        ObjectNode f = facts.putObject(key);
        f.set("value", value);
        f.put("source", sourceUrl);
        f.put("quote", quote);
        if (date != null) {
            f.put("date", date);
        }
    }

    /**
     * The JSON form: models and families sorted by id, products and ambiguous aliases as loaded.
     * A family's {@code members} lists its snapshots (variants and unpinned entries keep their
     * {@code family} key but are not listed), by release date.
     */
    public ObjectNode toJson() {
        ObjectNode root = F.objectNode();
        ArrayNode ms = root.putArray("models");
        models.values().stream().sorted(Comparator.comparing(m -> m.path("id").asText())).forEach(ms::add);
        ArrayNode fs = root.putArray("families");
        families.values().stream().sorted(Comparator.comparing(m -> m.path("id").asText())).forEach(f -> {
            ObjectNode copy = f.deepCopy();
            ArrayNode members = copy.putArray("members");
            familyMembers(f.path("id").asText()).stream()
                    .filter(id -> !models.containsKey(id) || (!models.get(id).hasNonNull("variant_of")
                            && !"unpinned".equals(models.get(id).path("kind").asText())))
                    .sorted(this::byReleaseThenId).forEach(members::add);
            fs.add(copy);
        });
        ArrayNode ps = root.putArray("products");
        products.values().forEach(ps::add);
        ArrayNode as = root.putArray("ambiguous_aliases");
        ambiguous.values().forEach(as::add);
        return root;
    }

    private int byReleaseThenId(String a, String b) {
        String ra = models.containsKey(a) ? released(a) : null;
        String rb = models.containsKey(b) ? released(b) : null;
        String ka = (ra == null ? "9999" : ra) + a;
        String kb = (rb == null ? "9999" : rb) + b;
        return ka.compareTo(kb);
    }
}
