package dev.claimcheck.check;

import dev.claimcheck.input.DocumentFormat;
import dev.claimcheck.input.DocumentReader;
import dev.claimcheck.input.SourceDocument;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.RegistryLoader;
import dev.claimcheck.report.ClaimReport;
import dev.claimcheck.report.DocumentReport;
import dev.claimcheck.verdict.Check;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: the small registry, fixture articles, and flattened reports. */
public final class Articles {
  public static final Path MINI = Path.of("src/test/resources/registry/mini");
  public static final Path ARTICLES = Path.of("src/test/resources/articles");

  private Articles() {}

  public static Registry mini() {
    try {
      return new RegistryLoader().load(MINI);
    } catch (RegistryException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  public static SourceDocument read(Path path) throws IOException {
    String name = path.getFileName().toString();
    DocumentFormat format = name.endsWith(".html") ? DocumentFormat.HTML
        : name.endsWith(".md") ? DocumentFormat.MARKDOWN : DocumentFormat.TEXT;
    return new DocumentReader().read(path.toString(), Files.readAllBytes(path), format);
  }

  public static SourceDocument article(String relative) throws IOException {
    return read(ARTICLES.resolve(relative));
  }

  public static List<ClaimReport> claims(DocumentReport report) {
    return report.sentences().stream().flatMap(s -> s.claims().stream()).toList();
  }

  public static List<Check> checks(DocumentReport report) {
    return claims(report).stream().flatMap(c -> c.checks().stream()).toList();
  }

  /** The check of one (competitor, benchmark) pair, named as written. */
  public static Check check(DocumentReport report, String object, String benchmark) {
    return checks(report).stream()
        .filter(c -> c.atom().object() != null && c.atom().object().text().equals(object))
        .filter(c -> c.atom().benchmark() != null && c.atom().benchmark().text().equals(benchmark))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check for " + object + " on " + benchmark));
  }
}
