package dev.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.text.Position;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  private final HtmlReader reader = new HtmlReader(HtmlNoise.load());

  private SourceDocument read(String html) {
    return reader.read("page.html", html.getBytes(StandardCharsets.UTF_8), Optional.empty(),
        Optional.empty());
  }

  private SourceDocument readFixture(String name) {
    return reader.read(name, Fixtures.bytes(name), Optional.empty(), Optional.empty());
  }

  @Test
  void englishNewsPageKeepsTheArticleAndDropsTheNoise() {
    SourceDocument doc = readFixture("news-en.html");
    String text = doc.text();
    assertEquals(DocumentFormat.HTML, doc.format());
    for (String kept : List.of(
        "Alibaba said on Wednesday that its Qwen2.5-Max model scores 89.4 on Arena-Hard,"
            + " ahead of GPT-4o at 85.2.",
        "outperforms DeepSeek-V3 on LiveBench & LiveCodeBench, though",
        "How the numbers compare",
        "Benchmark | Qwen2.5-Max | GPT-4o",
        "Arena-Hard | 89.4 | 85.2",
        "MMLU-Pro | 76.1 | 77.0",
        "\u201cWe see Qwen2.5-Max as a strong foundation for future reasoning models,\u201d",
        "The model is a large mixture-of-experts.",
        "Independent evaluators have not yet reproduced the results.")) {
      assertTrue(text.contains(kept), () -> "missing: " + kept + "\nin:\n" + text);
    }
    for (String noise : List.of(
        "cookie", "Accept all", "Models", "About us", "Home", "Share on", "Advertisement",
        "CloudCo", "Related", "Llama 4", "newsletter", "Sidebar story", "Most read",
        "comments", "GPT-5", "Sign up", "Noscript", "JavaScript", "All rights reserved",
        "Script text", "Style text", "Inline script", "trackerClaim", "{", "By Jane Doe")) {
      assertFalse(text.contains(noise), () -> "noise kept: " + noise + "\nin:\n" + text);
    }
  }

  @Test
  void blocksAreNormalisedAndSeparatedByBlankLines() {
    String text = readFixture("news-en.html").text();
    assertTrue(text.startsWith("Qwen2.5-Max beats GPT-4o on Arena-Hard, Alibaba says\n\n"),
        text);
    for (String block : text.split("\n\n", -1)) {
      assertFalse(block.isBlank());
      assertFalse(block.contains("\n"), block);
      assertFalse(block.contains("  "), block);
      assertEquals(block.strip(), block);
    }
    assertTrue(text.contains("\n\nArena-Hard | 89.4 | 85.2\n\nMMLU-Pro | 76.1 | 77.0\n\n"));
  }

  @Test
  void englishNewsPageMetadata() {
    Metadata m = readFixture("news-en.html").metadata();
    assertEquals(Optional.of("Qwen2.5-Max beats GPT-4o on Arena-Hard, Alibaba says"), m.title());
    assertEquals(Optional.of("en"), m.language());
    // the JSON-LD NewsArticle wins over the WebPage node and over the meta tag
    assertEquals(Optional.of(LocalDate.of(2025, 1, 29)), m.published());
    // a file has no fetched URL: the canonical link stands in
    assertEquals(Optional.of("https://aiwire.example/2025/01/qwen25-max-arena-hard"), m.url());
  }

  @Test
  void offsetsMapToTheLineOfTheirBlock() {
    String source = Fixtures.string("news-en.html");
    SourceDocument doc = readFixture("news-en.html");
    String text = doc.text();

    int scores = text.indexOf("89.4 on Arena-Hard");
    Position p = doc.positions().positionOf(scores);
    assertEquals(Fixtures.lineOf(source, "<p>Alibaba said"), p.line());
    assertEquals(source.lines().toList().get(p.line() - 1).indexOf("<p>") + 1, p.column());

    int row = text.indexOf("MMLU-Pro | 76.1");
    assertEquals(Fixtures.lineOf(source, "<tr><td>MMLU-Pro"),
        doc.positions().positionOf(row).line());

    int item = text.indexOf("20 trillion");
    assertEquals(Fixtures.lineOf(source, "20 trillion"), doc.positions().positionOf(item).line());

    int headline = text.indexOf("Alibaba says");
    assertEquals(Fixtures.lineOf(source, "<h1>"), doc.positions().positionOf(headline).line());
  }

  @Test
  void frenchPageDecodesEntitiesAndReadsMainAndMetaDate() {
    SourceDocument doc = readFixture("news-fr.html");
    String text = doc.text();
    assertTrue(text.startsWith("Mistral Large 2 : ce que disent les benchmarks\n\n"), text);
    assertTrue(text.contains(
        "Selon Mistral AI, Mistral Large 2 obtient 84,0 % sur MMLU, un score proche de celui"
            + " de GPT-4o."), text);
    assertTrue(text.contains("L\u2019équipe de R&D affirme que le modèle dépasse Llama 3.1 405B"));
    assertTrue(text.contains("vérifiés de façon indépendante."));
    assertFalse(text.contains("\u00A0"));
    for (String noise : List.of("Rubriques", "Abonnement", "Partager", "cookies",
        "Mentions", "Le Journal")) {
      assertFalse(text.contains(noise), () -> "noise kept: " + noise);
    }
    Metadata m = doc.metadata();
    assertEquals(Optional.of("fr"), m.language());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), m.published());
    // <title> carries the site name; the h1 it contains is the cleaner title
    assertEquals(Optional.of("Mistral Large 2 : ce que disent les benchmarks"), m.title());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.startsWith("ignoring malformed JSON-LD")),
        doc.warnings().toString());
  }

  @Test
  void withoutArticleOrMainTheDensestBlockWins() {
    String html = """
        <html><body>
        <div class="top"><a href="/a">Link one</a> <a href="/b">Link two</a> <a href="/c">Link three</a></div>
        <div class="links"><p><a href="/x">A paragraph that is nothing but one long link to another story</a></p></div>
        <div class="story">
          <p>Gemini 2.0 Flash scores 76.4 on MMLU-Pro, according to Google's own model card.</p>
          <p>That places it ahead of the older Gemini 1.5 Pro on the same benchmark.</p>
        </div>
        <div class="teaser"><p>A short teaser that is long enough to count as a paragraph.</p></div>
        </body></html>
        """;
    assertEquals(
        "Gemini 2.0 Flash scores 76.4 on MMLU-Pro, according to Google's own model card.\n\n"
            + "That places it ahead of the older Gemini 1.5 Pro on the same benchmark.",
        read(html).text());
  }

  @Test
  void severalSubstantialArticlesLetTextDensityDecide() {
    String para = "paragraph is long enough to make its article look substantial, and it is"
        + " repeated so that it passes the threshold for substantial text in an article. ";
    String html = "<html><body>"
        + "<article><p>Teaser " + para + "</p><p>Teaser again " + para + "</p></article>"
        + "<article><p>Main one " + para + "</p><p>Main two " + para + "</p>"
        + "<p>Main three " + para + "</p></article></body></html>";
    String text = read(html).text();
    assertTrue(text.startsWith("Main one ") && text.contains("Main three "), text);
    assertFalse(text.contains("Teaser"), text);
  }

  @Test
  void inlineElementsStayInlineAndLooseTextIsKept() {
    String text = read("<html><body><article><div>Loose text before."
        + "<p>GPT-4o <b>scores</b> 88.7<sup>1</sup> on <a href='/m'>MMLU</a>.<br>New line.</p>"
        + "Tail text.</div></article></body></html>").text();
    // a footnote mark is no part of the number before it; a <br> is a line break
    assertEquals("Loose text before.\n\nGPT-4o scores 88.7 on MMLU.\nNew line.\n\nTail text.",
        text);
  }

  @Test
  void metadataFallbacks() {
    String html = """
        <html><head>
        <meta property="og:locale" content="de_DE">
        <meta name="DC.date.issued" content="2024-12-11">
        </head><body><article><h1>Only heading</h1><p>Text.</p></article></body></html>
        """;
    Metadata m = read(html).metadata();
    assertEquals(Optional.of("de-DE"), m.language());
    assertEquals(Optional.of(LocalDate.of(2024, 12, 11)), m.published());
    assertEquals(Optional.of("Only heading"), m.title());
  }

  @Test
  void timeInsideTheArticleIsTheLastDateSource() {
    String html = "<html><body><time datetime='2020-01-01'>old</time><article>"
        + "<time datetime='2024-06-30T12:00:00-07:00'>June 30</time><p>Text.</p>"
        + "</article></body></html>";
    assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), read(html).metadata().published());
  }

  @Test
  void declaredCharsetIsHonoured() {
    byte[] latin1 = ("<html><head><meta charset=\"iso-8859-1\"></head>"
        + "<body><p>Le modèle décroche 84 %.</p></body></html>")
        .getBytes(StandardCharsets.ISO_8859_1);
    SourceDocument doc = reader.read("p.html", latin1, Optional.empty(), Optional.empty());
    assertEquals("Le modèle décroche 84 %.", doc.text());
    assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());

    byte[] header = "<p>Le modèle</p>".getBytes(Charset.forName("windows-1252"));
    SourceDocument fromHeader = reader.read("p.html", header,
        Optional.of(Charset.forName("windows-1252")), Optional.of("https://example.com/p"));
    assertEquals("Le modèle", fromHeader.text());
    assertEquals(Optional.of("https://example.com/p"), fromHeader.metadata().url());
  }

  @Test
  void invalidUtf8InHtmlIsWarned() {
    byte[] bytes = {'<', 'p', '>', 'a', (byte) 0xFF, 'b', '<', '/', 'p', '>'};
    SourceDocument doc = reader.read("bad.html", bytes, Optional.empty(), Optional.empty());
    assertEquals("a\uFFFDb", doc.text());
    assertEquals(List.of("invalid UTF-8 at byte 4 replaced with U+FFFD"), doc.warnings());
  }

  @Test
  void emptyPageGivesEmptyTextAndAWarning() {
    SourceDocument doc = read("<html><body><nav>Menu</nav></body></html>");
    assertEquals("", doc.text());
    assertEquals(new Position(1, 1), doc.positions().positionOf(0));
    assertTrue(doc.warnings().contains("no article text found in the page"));
  }
}
