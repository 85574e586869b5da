package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.RegistryLoader;
import dev.claimcheck.registry.RegistryProblem;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Brings a registry folder up to date with one publisher's current data: downloads its file(s),
 * imports them as a new dated snapshot {@code <id>@<date>} and adds the models and benchmarks it
 * needs, or reports "unchanged" when the figures equal those of the newest snapshot already held.
 *
 * <p>Nothing is written until every step has passed: the data is read and compared with the
 * registry as it is, then the new files are written into a copy of the registry in a temporary
 * folder and that copy is validated with {@link RegistryLoader#load}. Only then are
 * the changed files moved in, each through a temporary file in the same folder and an atomic
 * rename ({@code models.json} and {@code benchmarks.json} first, the new source file last, so that
 * an interruption between two moves leaves a valid registry). Source files already present are
 * never rewritten or removed.
 */
public final class RegistryUpdater {

    /** What became of one source. */
    public enum Status { UPDATED, WOULD_UPDATE, UNCHANGED, FAILED }

    /**
     * @param snapshotId the new snapshot's source id (UPDATED, WOULD_UPDATE), or the newest one held (UNCHANGED)
     * @param results    number of results of the new snapshot
     * @param files      registry files written or to be written, relative to the registry folder
     * @param message    for FAILED: what went wrong, naming the URL (and line) where known
     * @param problems   for FAILED: what validation found in the would-be registry, with the real paths
     */
    public record Outcome(String name, Status status, String snapshotId, int results, List<String> files,
                          String message, List<RegistryProblem> problems) {
    }

    private static final Pattern SNAPSHOT_DATE = Pattern.compile("@(\\d{4}-\\d{2}-\\d{2})\\.json");

    private final Path registryDir;
    private final Downloader downloader;
    private final LocalDate today;
    private final String baseUrl;
    private final boolean dryRun;

    /**
     * @param baseUrl when not null, every URL's path is fetched from this base instead of its own host
     *                (for mirrors and tests); the snapshot records the address actually fetched
     * @param dryRun  download, import and validate, but write nothing
     */
    public RegistryUpdater(Path registryDir, Downloader downloader, LocalDate today, String baseUrl, boolean dryRun) {
        this.registryDir = registryDir;
        this.downloader = downloader;
        this.today = today;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.strip();
        this.dryRun = dryRun;
    }

    /** The address a configured URL is fetched from: its path under {@code baseUrl} when one is given. */
    public static URI rebase(URI url, String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return url;
        }
        String base = baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return URI.create(base + path + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
    }

    /** Updates one source; never throws for a failure of that source. */
    public Outcome update(UpdateSource source) {
        Path work = null;
        Map<String, String> shownAs = new LinkedHashMap<>();
        try {
            work = Files.createTempDirectory("claimcheck-update-");
            shownAs.put(work.toString(), "(download folder)");
            return run(source, work, shownAs);
        } catch (ImportException | DownloadException e) {
            return failed(source, rename(e.getMessage(), shownAs));
        } catch (IOException e) {
            return failed(source, rename(describe(e), shownAs));
        } catch (RuntimeException e) {
            return failed(source, "cannot import the downloaded data: " + rename(describe(e), shownAs));
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    private Outcome run(UpdateSource s, Path work, Map<String, String> shownAs) throws IOException {
        Path raw = Files.createDirectory(work.resolve("raw"));
        List<Path> files = new ArrayList<>();
        List<URI> fetched = new ArrayList<>();
        for (URI url : s.urls()) {
            URI from = rebase(url, baseUrl);
            byte[] body = downloader.download(from);
            Path file = raw.resolve(UpdateSource.fileName(url));
            Files.write(file, body);
            files.add(file);
            fetched.add(from);
            shownAs.put(file.toString(), from.toString());
        }
        String mainUrl = fetched.get(0).toString();

        JsonFiles json = new JsonFiles();
        Path modelsFile = registryDir.resolve("models.json");
        Path benchmarksFile = registryDir.resolve("benchmarks.json");
        String modelsBefore = Files.exists(modelsFile) ? Files.readString(modelsFile, StandardCharsets.UTF_8) : null;
        String benchmarksBefore = Files.exists(benchmarksFile)
                ? Files.readString(benchmarksFile, StandardCharsets.UTF_8) : null;
        ModelCatalog models = modelsBefore != null
                ? ModelCatalog.fromJson(json.read(modelsFile), modelsFile.toString())
                : ModelCatalog.empty();
        BenchmarkCatalog benchmarks = benchmarksBefore != null
                ? BenchmarkCatalog.fromJson(json.read(benchmarksFile)) : BenchmarkCatalog.empty();

        String date = today.toString();
        SourceInfo reading = s.source().withMethod(null).overriddenBy(new SourceInfo(s.idPrefix() + "@" + date, null,
                null, null, mainUrl, null, date, null, null, null, null, null, null));
        ImportRequest request = new ImportRequest(files.get(0), mainUrl, reading,
                s.options() == null ? null : s.options().deepCopy());
        List<ImportBatch> batches;
        try {
            batches = new Readers().get(s.format()).read(request);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportException(mainUrl, 0, "not UTF-8 text", e);
        }
        if (batches.size() != 1) {
            throw new ImportException(mainUrl, 0, "expected one table, found " + batches.size());
        }
        ImportBatch batch = batches.get(0);
        if (batch.results().isEmpty()) {
            throw new ImportException(mainUrl, 0, "no results in the downloaded data");
        }
        String dataDate = "data".equals(s.published()) ? singleDate(batch.results()) : null;
        if (dataDate != null) {
            date = dataDate;
        }
        batch = withSource(batch, batch.source()
                .withId(s.idPrefix() + "@" + date)
                .withPublished(date)
                .withTitle(s.source().title() == null ? null : s.source().title().replace("{date}", date))
                .withMethod(method(s, fetched, batch.source().method(), dataDate != null)));

        RegistryBuilder builder = new RegistryBuilder(models, benchmarks);
        RegistryBuilder.GeneratedSource generated = builder.apply(batch, s.names(), mainUrl);
        if (generated == null) {
            throw new ImportException(mainUrl, 0, "the data gives no results (a metadata-only source)");
        }
        builder.applyReleaseHints();

        Path sources = registryDir.resolve("sources");
        String id = generated.id();
        Optional<Path> newest = newestSnapshot(sources, s.idPrefix());
        Path target = sources.resolve(id + ".json");
        if (newest.isPresent() && sameResults(json, newest.get(), generated.content())) {
            return new Outcome(s.name(), Status.UNCHANGED, idOf(newest.get()), batch.results().size(), List.of(),
                    null, List.of());
        }
        if (Files.exists(target)) {
            if (sameResults(json, target, generated.content())) {
                return new Outcome(s.name(), Status.UNCHANGED, id, batch.results().size(), List.of(), null, List.of());
            }
            throw new ImportException(target, 0, "a snapshot dated " + date + " is already held with other"
                    + " figures; it is never rewritten (" + (dataDate != null
                    ? "the data carries that date: remove the file by hand first to replace it)"
                    : "update again on another day, or remove that file by hand first)"));
        }

        Map<String, String> changes = new LinkedHashMap<>();
        String modelsText = json.pretty(models.toJson());
        if (!modelsText.equals(modelsBefore)) {
            changes.put("models.json", modelsText);
        }
        String benchmarksText = json.pretty(benchmarks.toJson());
        if (!benchmarksText.equals(benchmarksBefore)) {
            changes.put("benchmarks.json", benchmarksText);
        }
        changes.put("sources/" + id + ".json", generated.content());
        Path stage = copyRegistry(work.resolve("registry"));
        for (Map.Entry<String, String> c : changes.entrySet()) {
            Files.writeString(stage.resolve(c.getKey()), c.getValue(), StandardCharsets.UTF_8);
        }
        try {
            new RegistryLoader().load(stage);
        } catch (RegistryException e) {
            List<RegistryProblem> problems = new ArrayList<>();
            for (RegistryProblem p : e.problems()) {
                String file = p.file().startsWith(stage.toString())
                        ? registryDir + p.file().substring(stage.toString().length()) : p.file();
                problems.add(new RegistryProblem(file, p.line(), p.column(), p.message()));
            }
            return new Outcome(s.name(), Status.FAILED, id, batch.results().size(), List.of(),
                    "the new snapshot would leave " + registryDir + " with " + problems.size()
                            + (problems.size() == 1 ? " problem" : " problems"), List.copyOf(problems));
        }
        List<String> written = List.copyOf(changes.keySet());
        if (dryRun) {
            return new Outcome(s.name(), Status.WOULD_UPDATE, id, batch.results().size(), written, null, List.of());
        }
        for (Map.Entry<String, String> c : changes.entrySet()) {
            JsonFiles.writeAtomically(registryDir.resolve(c.getKey()), c.getValue());
        }
        return new Outcome(s.name(), Status.UPDATED, id, batch.results().size(), written, null, List.of());
    }

    private static String method(UpdateSource s, List<URI> fetched, String readerMethod, boolean dataDate) {
        List<String> urls = fetched.stream().map(URI::toString).toList();
        String note = "Snapshot of the publisher's current " + (urls.size() == 1 ? "file " : "files ")
                + String.join(" and ", urls) + ", downloaded on the date in the id; "
                + (dataDate ? "publication date = the date every entry of the file carries."
                : "the download date is given as publication date (figures may have been public earlier).");
        StringBuilder out = new StringBuilder(note);
        for (String part : new String[] {s.source().method(), readerMethod}) {
            if (part != null && !part.isBlank()) {
                out.append(' ').append(part.strip());
            }
        }
        return out.toString();
    }

    private static ImportBatch withSource(ImportBatch b, SourceInfo source) {
        return new ImportBatch(source, b.results(), b.benchmarks(), b.groups(), b.facts(), b.releases(), b.aliases());
    }

    /** The date every result carries, or null when some carry none or they differ. */
    private static String singleDate(List<RawResult> results) {
        String date = null;
        for (RawResult r : results) {
            if (r.date() == null || (date != null && !date.equals(r.date()))) {
                return null;
            }
            date = r.date();
        }
        return date;
    }

    private static Optional<Path> newestSnapshot(Path sources, String prefix) throws IOException {
        if (!Files.isDirectory(sources)) {
            return Optional.empty();
        }
        Path best = null;
        String bestDate = null;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(sources, "*.json")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix + "@")) {
                    continue;
                }
                Matcher m = SNAPSHOT_DATE.matcher(name.substring(prefix.length()));
                if (m.matches() && (bestDate == null || m.group(1).compareTo(bestDate) > 0)) {
                    best = p;
                    bestDate = m.group(1);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String idOf(Path sourceFile) {
        String name = sourceFile.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static boolean sameResults(JsonFiles json, Path existing, String content) throws IOException {
        JsonNode old = json.read(existing).path("results");
        JsonNode fresh = json.mapper().readTree(content).path("results");
        return Objects.equals(old, fresh);
    }

    /** Copies what {@link RegistryLoader} reads (models, benchmarks, sources) into {@code stage}. */
    private Path copyRegistry(Path stage) throws IOException {
        Files.createDirectories(stage.resolve("sources"));
        for (String f : List.of("models.json", "benchmarks.json")) {
            if (Files.exists(registryDir.resolve(f))) {
                Files.copy(registryDir.resolve(f), stage.resolve(f));
            }
        }
        Path sources = registryDir.resolve("sources");
        if (Files.isDirectory(sources)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(sources, "*.json")) {
                for (Path p : ds) {
                    Files.copy(p, stage.resolve("sources").resolve(p.getFileName().toString()));
                }
            }
        }
        return stage;
    }

    private static Outcome failed(UpdateSource s, String message) {
        return new Outcome(s.name(), Status.FAILED, null, 0, List.of(), message, List.of());
    }

    /** Puts the URL in place of the temporary file a message names, and the message on one line. */
    private static String rename(String message, Map<String, String> shownAs) {
        List<String> lines = new ArrayList<>();
        for (String line : (message == null ? "" : message).split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.matches("\\^+")) {
                lines.add(t);
            }
        }
        String out = String.join(" ", lines);
        List<Map.Entry<String, String>> longestFirst = new ArrayList<>(shownAs.entrySet());
        longestFirst.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        for (Map.Entry<String, String> e : longestFirst) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
