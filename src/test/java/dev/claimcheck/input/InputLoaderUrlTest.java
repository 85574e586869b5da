package dev.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching from a server on the loopback interface; nothing leaves the machine. */
class InputLoaderUrlTest {
  private static final InputStream NO_STDIN = InputStream.nullInputStream();
  private static final int SMALL_CAP = 1024;

  private static HttpServer server;
  private static String base;

  // Generous timeouts: a loaded 2-core machine may take a while to answer; the tests of timeouts
  // use loaders of their own.
  private final InputLoader loader = new InputLoader(InputOptions.defaults()
      .withConnectTimeout(Duration.ofSeconds(10))
      .withReadTimeout(Duration.ofSeconds(10))
      .withMaxBodyBytes(SMALL_CAP * 64)
      .withMaxRedirects(3));

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] news = Fixtures.bytes("news-en.html");
    server.createContext("/news", ex -> respond(ex, 200, "text/html; charset=utf-8", news));
    server.createContext("/missing", ex -> respond(ex, 404, "text/html", bytes("<p>gone</p>")));
    server.createContext("/broken", ex -> respond(ex, 503, "text/plain", bytes("later")));
    server.createContext("/hop/", ex -> {
      // /hop/N redirects to /hop/N-1, and /hop/0 to the news page
      int n = Integer.parseInt(ex.getRequestURI().getPath().substring("/hop/".length()));
      ex.getResponseHeaders().add("Location", n == 0 ? base + "/news" : "/hop/" + (n - 1));
      respond(ex, n % 2 == 0 ? 301 : 302, null, new byte[0]);
    });
    server.createContext("/pdf", ex -> respond(ex, 200, "application/pdf", bytes("%PDF-1.7")));
    server.createContext("/plain.md", ex ->
        respond(ex, 200, "text/plain", bytes("# Heading\n\nPhi-4 scores *84.8* on MMLU.\n")));
    server.createContext("/untyped", ex ->
        respond(ex, 200, null, bytes("<html><body><p>Untyped page.</p></body></html>")));
    server.createContext("/latin1", ex -> respond(ex, 200, "text/plain; charset=ISO-8859-1",
        "Modèle à 84 %".getBytes(StandardCharsets.ISO_8859_1)));
    server.createContext("/big-chunked", ex -> respondChunked(ex, bigPage()));
    server.createContext("/big", ex -> respond(ex, 200, "text/html", bigPage()));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bigPage() {
    byte[] page = new byte[SMALL_CAP * 64 + 1];
    Arrays.fill(page, (byte) 'x');
    return page;
  }

  private static void respond(HttpExchange ex, int status, String type, byte[] body) {
    try (ex) {
      if (type != null) {
        ex.getResponseHeaders().add("Content-Type", type);
      }
      ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      // the client hung up early on purpose
    }
  }

  private static void respondChunked(HttpExchange ex, byte[] body) {
    try (ex) {
      ex.getResponseHeaders().add("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < body.length; i += 4096) {
          out.write(body, i, Math.min(4096, body.length - i));
        }
      }
    } catch (IOException e) {
      // the client hung up early on purpose
    }
  }

  private LoadedInput fetch(String url) {
    List<LoadedInput> all = loader.load(List.of(url), NO_STDIN);
    assertEquals(1, all.size());
    assertEquals(url, all.get(0).name());
    return all.get(0);
  }

  private String error(String url) {
    LoadedInput in = fetch(url);
    assertTrue(in.isError(), () -> "expected an error for " + url);
    assertEquals(url, in.error().input());
    return in.error().getMessage();
  }

  @Test
  void fetchesAnHtmlPage() {
    LoadedInput in = fetch(base + "/news");
    assertFalse(in.isError(), () -> in.error().getMessage());
    SourceDocument doc = in.document();
    assertEquals(DocumentFormat.HTML, doc.format());
    assertTrue(doc.text().contains("scores 89.4 on Arena-Hard"));
    assertFalse(doc.text().contains("cookie"));
    assertEquals(Optional.of(base + "/news"), doc.metadata().url());
    assertEquals(Optional.of(LocalDate.of(2025, 1, 29)), doc.metadata().published());
  }

  @Test
  void reportsHttpErrors() {
    assertEquals("HTTP 404 Not Found", error(base + "/missing"));
    assertEquals("HTTP 503 Service Unavailable", error(base + "/broken"));
  }

  @Test
  void followsRedirectsUpToTheCap() {
    LoadedInput in = fetch(base + "/hop/2"); // 3 redirects, cap 3
    assertFalse(in.isError(), () -> in.error().getMessage());
    assertEquals(Optional.of(base + "/news"), in.document().metadata().url());
    assertEquals("too many redirects (more than 3)", error(base + "/hop/3"));
  }

  @Test
  void refusesBodiesOverTheCap() {
    String expected = "page larger than " + (SMALL_CAP * 64) + " bytes";
    assertEquals(expected, error(base + "/big"));
    assertEquals(expected, error(base + "/big-chunked"));
  }

  @Test
  void refusesContentThatIsNotAPage() {
    assertEquals("not an HTML or text page (content type application/pdf)", error(base + "/pdf"));
  }

  @Test
  void plainTextNamedMarkdownIsMarkdownAndMissingTypesAreSniffed() {
    SourceDocument md = fetch(base + "/plain.md").document();
    assertEquals(DocumentFormat.MARKDOWN, md.format());
    assertTrue(md.text().contains("Phi-4 scores  84.8  on MMLU."));
    assertEquals(DocumentFormat.HTML, fetch(base + "/untyped").document().format());
    assertEquals("Modèle à 84 %", fetch(base + "/latin1").document().text());
  }

  @Test
  void aForcedFormatAcceptsAnyContentType() {
    InputLoader forced = new InputLoader(InputOptions.defaults().withFormat(DocumentFormat.TEXT));
    LoadedInput in = forced.load(List.of(base + "/pdf"), NO_STDIN).get(0);
    assertFalse(in.isError());
    assertEquals("%PDF-1.7", in.document().text());
  }

  @Test
  void aServerThatNeverAnswersTimesOut() throws IOException {
    // The kernel completes the TCP handshake from the backlog; nobody ever reads or writes.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/slow";
      InputLoader impatient = new InputLoader(InputOptions.defaults()
          .withConnectTimeout(Duration.ofSeconds(2))
          .withReadTimeout(Duration.ofMillis(500)));
      long start = System.nanoTime();
      LoadedInput in = impatient.load(List.of(url), NO_STDIN).get(0);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(in.isError());
      String message = in.error().getMessage();
      assertEquals("no answer from 127.0.0.1 within 500 ms", message);
      assertTrue(millis < 5000, "took " + millis + " ms");
    }
  }

  @Test
  void aBodyThatStallsTimesOut() throws Exception {
    try (ServerSocket stalling = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> {
        try (Socket client = stalling.accept()) {
          client.getOutputStream().write(bytes(
              "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<p>Half"));
          client.getOutputStream().flush();
          client.getInputStream().read(new byte[4096]); // until the client hangs up
          Thread.sleep(5000);
        } catch (IOException | InterruptedException e) {
          // done
        }
      });
      server.setDaemon(true);
      server.start();
      InputLoader impatient = new InputLoader(InputOptions.defaults()
          .withConnectTimeout(Duration.ofMillis(300))
          .withReadTimeout(Duration.ofMillis(300)));
      String url = "http://127.0.0.1:" + stalling.getLocalPort() + "/stall";
      long start = System.nanoTime();
      LoadedInput in = impatient.load(List.of(url), NO_STDIN).get(0);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(in.isError());
      assertEquals("no answer from 127.0.0.1 within 300 ms", in.error().getMessage());
      assertTrue(millis < 3000, "took " + millis + " ms");
      server.interrupt();
    }
  }

  @Test
  void aClosedPortIsConnectionRefused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertEquals("connection refused by 127.0.0.1:" + port,
        error("http://127.0.0.1:" + port + "/"));
  }

  @Test
  void badUrlsAreErrorEntries() {
    assertTrue(error("http://").startsWith("not a valid URL"), error("http://"));
    assertTrue(error("https://exa mple.com/").startsWith("not a valid URL"));
  }
}
