package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article that started the project, and one written in its manner, checked end to end with
 * the bundled registry: as a file, on standard input and as an HTML page over a loopback URL.
 */
class SeedArticleTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The original article, beside the checkout; CI lays it there too. */
  private static final Path SEED = Path.of("../shared/seed/qwen25-article-fr.txt");
  private static final Path LOOKALIKE =
      Path.of("src/test/resources/articles/fr/alibaba-qwen-2-5-annonce.txt");
  private static final Set<String> VERDICTS = Set.of(
      "SUPPORTED", "UNVERIFIED", "NOT_COMPARABLE", "AMBIGUOUS", "CONFLICTING", "WITHIN_MARGIN", "CONTRADICTED");

  static Stream<Arguments> articles() {
    return Stream.of(
        Arguments.of(SEED, "file"), Arguments.of(SEED, "stdin"), Arguments.of(SEED, "url"),
        Arguments.of(LOOKALIKE, "file"), Arguments.of(LOOKALIKE, "stdin"),
        Arguments.of(LOOKALIKE, "url"));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("articles")
  void seedArticle_everyClaimWithItsVerdictAndEvidence(Path article, String how) throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(article), "no " + article + " beside the checkout");
    String text = Files.readString(article);
    JsonNode report = MAPPER.readTree(run(text, how).out());
    JsonNode input = report.at("/inputs/0");
    assertEquals("fr", input.get("language").asText());

    // The sentence with the four benchmarks and the three competitors: twelve atomic claims.
    JsonNode main = sentence(input, "GPQA-Diamond");
    JsonNode claim = main.at("/claims/0");
    assertEquals("compare", claim.get("kind").asText().toLowerCase(java.util.Locale.ROOT));
    assertEquals(List.of("Arena-Hard", "LiveBench", "LiveCodeBench", "GPQA-Diamond"),
        texts(claim.get("benchmarks")));
    assertEquals(List.of("DeepSeek V3", "GPT-4o", "Claude-3.5-Sonnet"), texts(claim.get("objects")));
    assertEquals("Alibaba", claim.get("claimant").asText());
    assertTrue(claim.get("hedged").asBoolean(), "the French conditional is a hedge");
    JsonNode checks = claim.get("checks");
    assertEquals(12, checks.size());
    for (JsonNode c : checks) {
      assertTrue(VERDICTS.contains(c.get("verdict").asText()), c.toString());
      assertFalse(c.get("reason").asText().isBlank());
      assertFalse(c.get("explanation").asText().isBlank());
      // "Qwen 2.5" is a family: the report says which model it was checked as, and why.
      assertEquals("qwen2.5-max", c.at("/subject/id").asText(), c.at("/subject").toString());
      assertEquals("family", c.at("/subject/method").asText());
      assertTrue(c.at("/subject/reason").asText().contains("Qwen2.5"));
      assertFalse(c.at("/as_of/reason").asText().isBlank());
      if (!c.get("verdict").asText().equals("UNVERIFIED")) {
        assertTrue(c.get("evidence").size() > 0, "a decided verdict names its evidence: " + c);
      }
      for (JsonNode e : iterable(c.get("evidence"), c.get("later_evidence"))) {
        assertFalse(e.at("/subject/publisher").asText().isBlank());
        assertTrue(e.at("/subject/url").asText().startsWith("https://"));
        assertFalse(e.at("/subject/published").asText().isBlank());
        assertFalse(e.get("version").isNull());
      }
    }
    // Independent results on LiveBench and GPQA Diamond exist, published after the launch.
    assertTrue(count(checks, "later_evidence") >= 4, checks.toString());

    // The sentence comparing Qwen 2.5 with GPT-4o, DeepSeek-V3 and Llama-3.1-405B.
    JsonNode list = sentence(input, "Llama-3.1-405B").at("/claims/0");
    assertEquals(List.of("GPT-4o", "DeepSeek-V3", "Llama-3.1-405B"), texts(list.get("objects")));
    assertEquals(3, list.get("checks").size());

    // The App Store sentence holds no benchmark claim.
    for (JsonNode s : input.get("sentences")) {
      assertFalse(s.get("sentence").asText().contains("App Store"), s.toString());
    }
  }

  private static Cli.Result run(String text, String how) throws IOException {
    Cli cli = new Cli().bundledRegistry();
    return switch (how) {
      case "stdin" -> cli.stdin(text).run("--format", "json", "-");
      case "url" -> overHttp(html(text), url -> cli.run("--format", "json", url));
      default -> {
        Path tmp = Files.createTempFile("article", ".txt");
        try {
          Files.writeString(tmp, text);
          yield cli.run("--format", "json", tmp.toString());
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
    };
  }

  /** The article as a web page: title, paragraphs, and the noise around them. */
  static String html(String text) {
    String[] lines = text.strip().split("\\R");
    StringBuilder body = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      String tag = lines[i].length() < 80 && !lines[i].endsWith(".") ? "h2" : "p";
      body.append("<").append(tag).append(">").append(escape(lines[i]))
          .append("</").append(tag).append(">\n");
    }
    return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>"
        + escape(lines[0]) + "</title><style>p{margin:0}</style><script>var x=1;</script></head>"
        + "<body><header><nav><a href=\"/\">Accueil</a> <a href=\"/ia\">IA</a> "
        + "<a href=\"/gpt\">GPT-4o surpasse tout : notre dossier</a></nav></header>"
        + "<div id=\"cookie-banner\">Nous utilisons des cookies. Accepter</div>"
        + "<main><article><h1>" + escape(lines[0]) + "</h1>\n" + body + "</article></main>"
        + "<aside class=\"related\"><p>À lire aussi : Claude 3.5 Sonnet dépasse GPT-4o sur "
        + "LiveBench selon nos lecteurs.</p></aside>"
        + "<footer><p>© 2025 Exemple Média. Tous droits réservés.</p></footer></body></html>";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  interface UrlRun {
    Cli.Result run(String url) throws IOException;
  }

  static Cli.Result overHttp(String page, UrlRun run) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
    server.createContext("/article", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    try {
      return run.run("http://127.0.0.1:" + server.getAddress().getPort() + "/article");
    } finally {
      server.stop(0);
    }
  }

  private static JsonNode sentence(JsonNode input, String containing) {
    for (JsonNode s : input.get("sentences")) {
      if (s.get("sentence").asText().contains(containing)) {
        return s;
      }
    }
    throw new AssertionError("no sentence with " + containing + " in " + input);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.get("written").asText()));
    return out;
  }

  private static int count(JsonNode checks, String field) {
    int n = 0;
    for (JsonNode c : checks) {
      n += c.get(field).size() > 0 ? 1 : 0;
    }
    return n;
  }

  private static List<JsonNode> iterable(JsonNode... arrays) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode a : arrays) {
      a.forEach(out::add);
    }
    return out;
  }
}
