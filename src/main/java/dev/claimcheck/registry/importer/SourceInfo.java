package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Provenance of one source file of the registry ({@code claims/sources/<id>.json}, key {@code source}).
 * Every field may be null in an override; {@link #overriddenBy(SourceInfo)} merges non-null fields.
 */
public record SourceInfo(
        String id,
        String publisher,
        String publisherUrl,
        String title,
        String url,
        String commit,
        String published,
        Boolean independent,
        String reportedBy,
        String role,
        String license,
        String rawFile,
        String method) {

    /** An override with every field unset. */
    public static SourceInfo empty() {
        return new SourceInfo(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** This info with every non-null field of {@code other} taking precedence. */
    public SourceInfo overriddenBy(SourceInfo other) {
        if (other == null) {
            return this;
        }
        return new SourceInfo(
                pick(other.id, id), pick(other.publisher, publisher), pick(other.publisherUrl, publisherUrl),
                pick(other.title, title), pick(other.url, url), pick(other.commit, commit),
                pick(other.published, published), pick(other.independent, independent),
                pick(other.reportedBy, reportedBy), pick(other.role, role), pick(other.license, license),
                pick(other.rawFile, rawFile), pick(other.method, method));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    public SourceInfo withId(String newId) {
        return new SourceInfo(newId, publisher, publisherUrl, title, url, commit, published, independent,
                reportedBy, role, license, rawFile, method);
    }

    public SourceInfo withTitle(String newTitle) {
        return new SourceInfo(id, publisher, publisherUrl, newTitle, url, commit, published, independent,
                reportedBy, role, license, rawFile, method);
    }

    public SourceInfo withPublished(String date) {
        return new SourceInfo(id, publisher, publisherUrl, title, url, commit, date, independent,
                reportedBy, role, license, rawFile, method);
    }

    public SourceInfo withMethod(String newMethod) {
        return new SourceInfo(id, publisher, publisherUrl, title, url, commit, published, independent,
                reportedBy, role, license, rawFile, newMethod);
    }

    public SourceInfo withRawFile(String path) {
        return new SourceInfo(id, publisher, publisherUrl, title, url, commit, published, independent,
                reportedBy, role, license, path, method);
    }

    /** Reads the snake_case JSON form; missing keys become null. */
    public static SourceInfo fromJson(JsonNode node) {
        if (node == null || node.isNull()) {
            return empty();
        }
        return new SourceInfo(text(node, "id"), text(node, "publisher"), text(node, "publisher_url"),
                text(node, "title"), text(node, "url"), text(node, "commit"), text(node, "published"),
                node.hasNonNull("independent") ? node.get("independent").asBoolean() : null,
                text(node, "reported_by"), text(node, "role"), text(node, "license"), text(node, "raw_file"),
                text(node, "method"));
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The snake_case JSON form, keys in the contract's order, nulls written out. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", id);
        o.put("publisher", publisher);
        o.put("publisher_url", publisherUrl);
        o.put("title", title);
        o.put("url", url);
        o.put("commit", commit);
        o.put("published", published);
        if (independent == null) {
            o.putNull("independent");
        } else {
            o.put("independent", independent);
        }
        o.put("reported_by", reportedBy);
        o.put("role", role);
        o.put("license", license);
        o.put("raw_file", rawFile);
        o.put("method", method);
        return o;
    }
}
