package dev.claimcheck.input;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Strips the noise from a page and chooses the element that holds the article. */
final class HtmlArticle {
  /** Below this many characters an {@code <article>} is a teaser, not the article. */
  static final int SUBSTANTIAL_TEXT = 200;
  /** Paragraph-like blocks shorter than this do not count towards text density. */
  private static final int MIN_PARAGRAPH = 25;
  /** Noise marks never remove an element holding this much paragraph text and half the page's. */
  private static final int PROTECTED_TEXT = 500;
  private static final Set<String> NEVER_NOISE = Set.of("html", "body", "main", "article");

  private final HtmlNoise noise;

  HtmlArticle(HtmlNoise noise) {
    this.noise = noise;
  }

  /** Removes navigation, banners, comments, ads and the like from the body, in place. */
  void removeNoise(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return;
    }
    int total = paragraphText(body);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if ((noise.isNoiseTag(e) || noise.hasNoiseMarks(e)) && !isProtected(e, total)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static boolean isProtected(Element e, int totalParagraphText) {
    if (NEVER_NOISE.contains(e.normalName()) || e.attr("role").equalsIgnoreCase("main")) {
      return true;
    }
    if (e.selectFirst("article, main, [role=main]") != null) {
      return true;
    }
    int own = paragraphText(e);
    return own >= PROTECTED_TEXT && own * 2 >= totalParagraphText;
  }

  /**
   * The article's root: the only substantial {@code <article>}; else {@code <main>} or
   * {@code [role=main]}; else the element with the densest paragraph text; else the body.
   */
  Element chooseRoot(Document doc) {
    Element body = doc.body() != null ? doc.body() : doc;
    List<Element> articles = new ArrayList<>();
    for (Element a : body.select("article")) {
      if (textLength(a) >= SUBSTANTIAL_TEXT && articles.stream().noneMatch(o -> isInside(a, o))) {
        articles.add(a);
      }
    }
    if (articles.size() == 1) {
      return articles.get(0);
    }
    for (Element main : body.select("main, [role=main]")) {
      if (textLength(main) > 0) {
        return main;
      }
    }
    Element dense = densest(body);
    return dense != null ? dense : body;
  }

  /**
   * Scores each paragraph's parent with the paragraph's length (its grandparent with half),
   * discounted by the share of link text, and returns the best-scoring element.
   */
  private static Element densest(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    List<Element> order = new ArrayList<>();
    for (Element p : body.select("p, pre, dd")) {
      int length = textLength(p);
      if (length < MIN_PARAGRAPH) {
        continue;
      }
      double score = length * (1 - linkDensity(p));
      Element parent = p.parent();
      if (parent != null) {
        add(scores, order, parent, score);
        Element grand = parent.parent();
        if (grand != null) {
          add(scores, order, grand, score / 2);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Element e : order) {
      double score = scores.get(e) * (1 - linkDensity(e));
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  private static void add(Map<Element, Double> scores, List<Element> order, Element e, double s) {
    if (scores.putIfAbsent(e, s) == null) {
      order.add(e);
    } else {
      scores.merge(e, s, Double::sum);
    }
  }

  private static double linkDensity(Element e) {
    int all = textLength(e);
    if (all == 0) {
      return 0;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += textLength(a);
    }
    return Math.min(1.0, links / (double) all);
  }

  static boolean isInside(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += textLength(p);
    }
    return n;
  }

  private static int textLength(Element e) {
    return HtmlText.normalise(e.text()).length();
  }
}
