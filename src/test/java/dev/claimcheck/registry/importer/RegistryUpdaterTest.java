package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link RegistryUpdater} does that the command line cannot reach. */
class RegistryUpdaterTest {

    private static Path fixtures() {
        try {
            return Path.of(RegistryUpdaterTest.class.getResource("/registry/update").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aSnapshotThatWouldLeaveTheRegistryInvalidIsNotWritten(@TempDir Path dir) throws IOException {
        Path reg = dir.resolve("reg");
        Files.createDirectories(reg.resolve("sources"));
        Path fx = fixtures();
        for (String f : List.of("models.json", "benchmarks.json", "sources/aider-polyglot-leaderboard@2025-02-04.json")) {
            Files.copy(fx.resolve("registry").resolve(f), reg.resolve(f));
        }
        // a problem the importer does not look at, found only by validating the result
        Path old = reg.resolve("sources/aider-polyglot-leaderboard@2025-02-04.json");
        Files.writeString(old, Files.readString(old).replace("\"benchmark\": \"aider-polyglot\", \"score\": 18.2",
                "\"benchmark\": \"aider-polyglot-v9\", \"score\": 18.2"));
        List<String> before = listing(reg);
        UpdateSource aider = UpdateSource.read(Path.of(System.getProperty("user.dir"), "claims", "update-sources.json"))
                .stream().filter(s -> s.name().equals("aider")).findFirst().orElseThrow();
        Downloader local = uri -> Files.readAllBytes(fx.resolve("payloads/v2").resolve(UpdateSource.fileName(uri)));

        RegistryUpdater.Outcome o = new RegistryUpdater(reg, local, LocalDate.of(2025, 3, 1), null, false).update(aider);

        assertEquals(RegistryUpdater.Status.FAILED, o.status(), o.toString());
        assertEquals("the new snapshot would leave " + reg + " with 1 problem", o.message());
        assertEquals(old + ":19:5: result names unknown benchmark \"aider-polyglot-v9\"", o.problems().get(0).toString());
        assertEquals(before, listing(reg), "nothing written");
    }

    @Test
    void aBaseUrlTakesThePathOfEachUrl() {
        URI url = URI.create("https://raw.githubusercontent.com/Aider-AI/aider/main/aider/website/_data/x.yml?raw=1");
        assertEquals(URI.create("http://127.0.0.1:8080/mirror/Aider-AI/aider/main/aider/website/_data/x.yml?raw=1"),
                RegistryUpdater.rebase(url, "http://127.0.0.1:8080/mirror/"));
        assertEquals(url, RegistryUpdater.rebase(url, null));
        assertEquals(url, RegistryUpdater.rebase(url, " "));
    }
}
