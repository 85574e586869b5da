package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of {@code update-sources.json}: a publisher's current data file(s) and how to import them
 * as a dated snapshot {@code <id>@<date>}.
 *
 * @param name      what {@code registry update --source NAME} calls it
 * @param format    reader format (as for {@code registry import})
 * @param idPrefix  the snapshot series: each snapshot is the source {@code <idPrefix>@<YYYY-MM-DD>}
 * @param urls      the file the reader reads first, then files it reads beside it (e.g. LiveBench categories)
 * @param published {@code today} (the download date) or {@code data} (the one date every result of the file
 *                  carries, else the download date)
 * @param options   reader options, as in the import manifest
 * @param names     explicit name mappings, as in the import manifest
 * @param source    provenance shared by every snapshot; {@code {date}} in the title becomes the snapshot date
 */
public record UpdateSource(String name, String format, String idPrefix, List<URI> urls, String published,
                           ObjectNode options, Map<String, String> names, SourceInfo source) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** The file name a URL's content is saved under (its last path segment): readers look at it. */
    public static String fileName(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Reads and checks a whole {@code update-sources.json}; problems name the file. */
    public static List<UpdateSource> read(Path file) throws IOException {
        return parse(new JsonFiles().read(file), file.toString());
    }

    /** As {@link #read(Path)}, from a stream (the copy bundled in the jar). */
    public static List<UpdateSource> read(InputStream in, String origin) throws IOException {
        try {
            return parse(new JsonFiles().mapper().readTree(in), origin);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ImportException(origin, loc == null ? 0 : loc.getLineNr(), "invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static List<UpdateSource> parse(JsonNode root, String origin) {
        JsonNode list = root == null ? null : root.get("sources");
        if (list == null || !list.isArray()) {
            throw new ImportException(origin, 0, "expected an object with a 'sources' array");
        }
        Set<String> known = new Readers().formats();
        List<UpdateSource> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        int i = 0;
        for (JsonNode e : list) {
            String where = "sources[" + i++ + "]";
            String name = e.path("name").asText("");
            if (!NAME.matcher(name).matches()) {
                throw new ImportException(origin, 0, where + ": 'name' missing or not lower-case letters, digits, '.' and '-'");
            }
            where = where + " (" + name + ")";
            if (!names.add(name)) {
                throw new ImportException(origin, 0, where + ": name used twice");
            }
            String format = e.path("format").asText("").toLowerCase(Locale.ROOT);
            if (!known.contains(format)) {
                throw new ImportException(origin, 0, where + ": unknown format '" + format + "'; known: " + known);
            }
            String prefix = e.path("id").asText("");
            if (!ID.matcher(prefix).matches()) {
                throw new ImportException(origin, 0, where + ": 'id' (the snapshot series, without '@date') missing or not a file-safe id");
            }
            if (!prefixes.add(prefix)) {
                throw new ImportException(origin, 0, where + ": id '" + prefix + "' used twice");
            }
            List<URI> urls = new ArrayList<>();
            Set<String> fileNames = new HashSet<>();
            for (JsonNode u : e.path("urls")) {
                URI uri;
                try {
                    uri = new URI(u.asText());
                } catch (URISyntaxException ex) {
                    throw new ImportException(origin, 0, where + ": not a URL: " + u.asText());
                }
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                        || fileName(uri).isEmpty()) {
                    throw new ImportException(origin, 0, where + ": not an http(s) URL of a file: " + uri);
                }
                if (!fileNames.add(fileName(uri))) {
                    throw new ImportException(origin, 0, where + ": two URLs end in the same file name " + fileName(uri));
                }
                urls.add(uri);
            }
            if (urls.isEmpty()) {
                throw new ImportException(origin, 0, where + ": 'urls' lists no URL");
            }
            String published = e.path("published").asText("today");
            if (!published.equals("today") && !published.equals("data")) {
                throw new ImportException(origin, 0, where + ": 'published' must be \"today\" or \"data\"");
            }
            SourceInfo source = SourceInfo.fromJson(e.get("source"));
            if (source.role() == null) {
                source = source.overriddenBy(new SourceInfo(null, null, null, null, null, null, null, null, null,
                        "evidence", null, null, null));
            }
            if (source.publisher() == null || source.independent() == null
                    || (!source.independent() && source.reportedBy() == null)) {
                throw new ImportException(origin, 0, where + ": 'source' needs publisher and independent"
                        + " (and reported_by when not independent)");
            }
            if (source.id() != null || source.url() != null || source.published() != null) {
                throw new ImportException(origin, 0, where + ": 'source' must not give id, url or published:"
                        + " they are set for each snapshot");
            }
            Map<String, String> mappings = new LinkedHashMap<>();
            e.path("names").fields().forEachRemaining(m -> mappings.put(m.getKey(), m.getValue().isObject()
                    ? m.getValue().path("model").asText() : m.getValue().asText()));
            JsonNode options = e.get("options");
            out.add(new UpdateSource(name, format, prefix, List.copyOf(urls), published,
                    options instanceof ObjectNode o ? o : null, java.util.Collections.unmodifiableMap(mappings), source));
        }
        return List.copyOf(out);
    }
}
