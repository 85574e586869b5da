package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpDownloaderTest {

    private final LoopbackServer server = LoopbackServer.start();
    // Generous timeouts, so that a loaded machine does not fail the tests; aSlowAnswerTimesOut has its own.
    private final HttpDownloader downloader = new HttpDownloader(Duration.ofSeconds(10), Duration.ofSeconds(10), 64, 2,
            "claimcheck-test");

    @AfterEach
    void stop() {
        server.close();
    }

    private URI at(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void downloadsABody() throws Exception {
        server.serve("/a.csv", bytes("model,score\nx,1\n"));
        assertArrayEquals(bytes("model,score\nx,1\n"), downloader.download(at("/a.csv")));
    }

    @Test
    void followsRedirectsUpToTheCap() throws Exception {
        server.redirect("/old.csv", "/mid.csv").redirect("/mid.csv", server.baseUrl() + "/new.csv")
                .serve("/new.csv", bytes("ok"));
        assertArrayEquals(bytes("ok"), downloader.download(at("/old.csv")));
        assertEquals(List.of("/old.csv", "/mid.csv", "/new.csv"), server.requests());

        server.redirect("/loop", "/loop");
        DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(at("/loop")));
        assertEquals(at("/loop") + ": too many redirects (more than 2)", e.getMessage());
    }

    @Test
    void anHttpErrorNamesTheStatus() {
        DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(at("/missing.csv")));
        assertEquals(at("/missing.csv") + ": HTTP 404 Not Found", e.getMessage());
        server.status("/down", 503);
        e = assertThrows(DownloadException.class, () -> downloader.download(at("/down")));
        assertEquals(at("/down") + ": HTTP 503 Service Unavailable", e.getMessage());
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        server.serve("/big", new byte[65]);
        DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(at("/big")));
        assertEquals(at("/big") + ": larger than 64 bytes", e.getMessage());
    }

    @Test
    void aBodyShorterThanDeclaredIsAnError() {
        server.cutShort("/cut.csv", bytes("model,score\nx,1\ny,"), 40);
        DownloadException e = assertThrows(DownloadException.class, () -> downloader.download(at("/cut.csv")));
        assertTrue(e.getMessage().startsWith(at("/cut.csv") + ": download failed or cut short"), e.getMessage());
    }

    @Test
    void aSlowAnswerTimesOut() {
        server.slow("/slow", bytes("late"), Duration.ofSeconds(5));
        HttpDownloader impatient = new HttpDownloader(Duration.ofSeconds(2), Duration.ofMillis(700), 64, 2,
                "claimcheck-test");
        long start = System.nanoTime();
        DownloadException e = assertThrows(DownloadException.class, () -> impatient.download(at("/slow")));
        assertTrue(e.getMessage().startsWith(at("/slow") + ": no "), e.getMessage());
        assertTrue(System.nanoTime() - start < 4_000_000_000L, "gave up in time");
    }

    @Test
    void onlyHttpAddressesAreFetched() {
        DownloadException e = assertThrows(DownloadException.class,
                () -> downloader.download(URI.create("file:///etc/passwd")));
        assertTrue(e.getMessage().endsWith("not an http(s) address: file:///etc/passwd"), e.getMessage());
        server.redirect("/to-file", "file:///etc/passwd");
        e = assertThrows(DownloadException.class, () -> downloader.download(at("/to-file")));
        assertTrue(e.getMessage().endsWith("not an http(s) address: file:///etc/passwd"), e.getMessage());
    }
}
