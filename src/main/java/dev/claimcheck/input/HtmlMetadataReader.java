package dev.claimcheck.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's title, language, publication date and URL, and finds its headline. Must run
 * before noise is removed: dates and headlines often sit in headers and scripts.
 */
final class HtmlMetadataReader {
  private static final Set<String> DATE_META_NAMES =
      Set.of("date", "pubdate", "publish-date", "dc.date", "dc.date.issued");

  private final ObjectMapper json =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .build();

  /** The page's metadata and its headline element, if one was recognised. */
  record Result(Metadata metadata, Optional<Element> headline) {}

  Result read(Document doc, Optional<String> fetchedUrl, List<String> warnings) {
    String ogTitle = meta(doc, "og:title").orElse("");
    String pageTitle = HtmlText.normalise(doc.title());
    Optional<Element> headline = headline(doc, ogTitle, pageTitle);

    Optional<String> title;
    if (!ogTitle.isEmpty()) {
      title = Optional.of(ogTitle);
    } else if (headline.isPresent() && contains(pageTitle, text(headline.get()))) {
      title = Optional.of(text(headline.get()));
    } else if (!pageTitle.isEmpty()) {
      title = Optional.of(pageTitle);
    } else {
      title = headline
          .or(() -> Optional.ofNullable(doc.selectFirst("h1")))
          .map(HtmlMetadataReader::text)
          .filter(t -> !t.isEmpty());
    }

    Optional<String> url = fetchedUrl.or(() -> canonical(doc));
    Metadata metadata = new Metadata(title, language(doc), published(doc, warnings), url);
    return new Result(metadata, headline);
  }

  /**
   * The first {@code h1} whose text matches the page title or {@code og:title}; failing that,
   * the page's only {@code h1} unless it sits in navigation, a footer or an aside.
   */
  private static Optional<Element> headline(Document doc, String ogTitle, String pageTitle) {
    List<Element> h1s = doc.select("h1").stream().filter(h -> !text(h).isEmpty()).toList();
    for (Element h1 : h1s) {
      String t = text(h1);
      if (matches(ogTitle, t) || matches(pageTitle, t)) {
        return Optional.of(h1);
      }
    }
    if (h1s.size() == 1 && h1s.get(0).closest("nav, footer, aside") == null) {
      return Optional.of(h1s.get(0));
    }
    return Optional.empty();
  }

  private static boolean matches(String title, String heading) {
    return !title.isEmpty() && (contains(title, heading) || contains(heading, title));
  }

  private static boolean contains(String haystack, String needle) {
    return !needle.isEmpty()
        && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
  }

  private static String text(Element e) {
    return HtmlText.normalise(e.text());
  }

  private static Optional<String> language(Document doc) {
    Element html = doc.selectFirst("html");
    if (html != null && !html.attr("lang").isBlank()) {
      return Optional.of(html.attr("lang").strip());
    }
    Optional<String> locale = meta(doc, "og:locale").map(l -> l.replace('_', '-'));
    if (locale.isPresent()) {
      return locale;
    }
    for (Element m : doc.select("meta[http-equiv]")) {
      if (m.attr("http-equiv").strip().equalsIgnoreCase("content-language")) {
        String first = m.attr("content").split(",")[0].strip();
        if (!first.isEmpty()) {
          return Optional.of(first);
        }
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> published(Document doc, List<String> warnings) {
    Optional<LocalDate> date = jsonLdDate(doc, warnings);
    if (date.isEmpty()) {
      date = meta(doc, "article:published_time").flatMap(IsoDates::parse);
    }
    if (date.isEmpty()) {
      date = doc.select("meta[name]").stream()
          .filter(m -> DATE_META_NAMES.contains(m.attr("name").strip().toLowerCase(Locale.ROOT)))
          .map(m -> IsoDates.parse(m.attr("content")))
          .flatMap(Optional::stream)
          .findFirst();
    }
    if (date.isEmpty()) {
      date = doc.select("[itemprop=datePublished]").stream()
          .map(e -> IsoDates.parse(
              e.hasAttr("content") ? e.attr("content")
                  : e.hasAttr("datetime") ? e.attr("datetime") : e.text()))
          .flatMap(Optional::stream)
          .findFirst();
    }
    if (date.isEmpty()) {
      date = doc.select("article time[datetime], main time[datetime]").stream()
          .map(e -> IsoDates.parse(e.attr("datetime")))
          .flatMap(Optional::stream)
          .findFirst();
    }
    return date;
  }

  /**
   * {@code datePublished} from JSON-LD, looking through {@code @graph} arrays and nested
   * objects; an article's date is preferred over any other node's.
   */
  private Optional<LocalDate> jsonLdDate(Document doc, List<String> warnings) {
    LocalDate fallback = null;
    for (Element script : doc.select("script[type]")) {
      if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      JsonNode root;
      try {
        root = json.readTree(script.data());
      } catch (JsonProcessingException e) {
        warnings.add("ignoring malformed JSON-LD: " + firstLine(e.getOriginalMessage()));
        continue;
      }
      Deque<JsonNode> queue = new ArrayDeque<>();
      if (root != null) {
        queue.add(root);
      }
      while (!queue.isEmpty()) {
        JsonNode node = queue.poll();
        if (node.isObject()) {
          Optional<LocalDate> date = IsoDates.parse(node.path("datePublished").asText(null));
          if (date.isPresent()) {
            if (isArticle(node.path("@type"))) {
              return date;
            }
            if (fallback == null) {
              fallback = date.get();
            }
          }
        }
        if (node.isContainerNode()) {
          node.forEach(child -> {
            if (child.isContainerNode()) {
              queue.add(child);
            }
          });
        }
      }
    }
    return Optional.ofNullable(fallback);
  }

  private static boolean isArticle(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    return t.endsWith("Article") || t.endsWith("Posting");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable JSON";
    }
    int nl = message.indexOf('\n');
    return nl >= 0 ? message.substring(0, nl) : message;
  }

  private static Optional<String> canonical(Document doc) {
    for (Element link : doc.select("link[rel][href]")) {
      if (link.attr("rel").strip().equalsIgnoreCase("canonical")) {
        String href = link.attr("href").strip();
        String lower = href.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
          return Optional.of(href);
        }
      }
    }
    return Optional.empty();
  }

  /** The content of a {@code <meta>} whose property or name is {@code key} (any case). */
  private static Optional<String> meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (m.attr("property").strip().equalsIgnoreCase(key)
          || m.attr("name").strip().equalsIgnoreCase(key)) {
        String content = HtmlText.normalise(m.attr("content"));
        if (!content.isEmpty()) {
          return Optional.of(content);
        }
      }
    }
    return Optional.empty();
  }
}
