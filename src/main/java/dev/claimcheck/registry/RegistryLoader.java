package dev.claimcheck.registry;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a registry folder ({@code models.json}, {@code benchmarks.json}, {@code sources/*.json})
 * into a {@link Registry}. Syntax and type errors name file:line:col; so do the consistency
 * problems found afterwards by {@link RegistryValidator}.
 */
public final class RegistryLoader {
  /** Where the registry sits inside the jar. */
  public static final String BUNDLED_ROOT = "claims";

  private final ObjectMapper mapper;

  public RegistryLoader() {
    SimpleModule dates = new SimpleModule("iso-dates");
    dates.addDeserializer(LocalDate.class, new IsoDateDeserializer());
    this.mapper =
        JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .addModule(dates)
            .build();
  }

  /** The registry bundled with claimcheck. */
  public Registry loadBundled() throws RegistryException {
    URL url = RegistryLoader.class.getClassLoader().getResource(BUNDLED_ROOT + "/models.json");
    if (url == null) {
      throw new RegistryException(
          new RegistryProblem("<bundled registry>", 0, 0, "not found on the class path"));
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
          fs = FileSystems.newFileSystem(uri, Map.of());
        }
        return load(fs.getPath("/" + BUNDLED_ROOT));
      }
      return load(Path.of(uri).getParent());
    } catch (URISyntaxException | IOException e) {
      throw new RegistryException(
          new RegistryProblem("<bundled registry>", 0, 0, "cannot open: " + e.getMessage()));
    }
  }

  /** Reads and validates the registry in {@code dir}. */
  public Registry load(Path dir) throws RegistryException {
    Registry registry = read(dir);
    List<RegistryProblem> problems = new RegistryValidator(registry).validate();
    if (!problems.isEmpty()) {
      throw new RegistryException(problems);
    }
    return registry;
  }

  /** Reads the registry in {@code dir} without the consistency checks. */
  public Registry read(Path dir) throws RegistryException {
    if (!Files.isDirectory(dir)) {
      throw new RegistryException(
          new RegistryProblem(dir.toString(), 0, 0, "not a registry folder (no such directory)"));
    }
    List<RegistryProblem> problems = new ArrayList<>();
    Registry.Builder builder = new Registry.Builder(dir);
    readFile(dir.resolve("models.json"), builder, problems, true);
    readFile(dir.resolve("benchmarks.json"), builder, problems, true);
    Path sources = dir.resolve("sources");
    if (Files.isDirectory(sources)) {
      try (Stream<Path> files = Files.list(sources)) {
        for (Path p :
            files
                .filter(p -> p.getFileName().toString().endsWith(".json"))
                .sorted()
                .toList()) {
          readFile(p, builder, problems, false);
        }
      } catch (IOException e) {
        problems.add(new RegistryProblem(display(sources), 0, 0, "cannot list: " + e));
      }
    }
    if (!problems.isEmpty()) {
      throw new RegistryException(problems);
    }
    return builder.build();
  }

  private void readFile(
      Path file, Registry.Builder builder, List<RegistryProblem> problems, boolean required) {
    String name = display(file);
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = mapper.getFactory().createParser(in)) {
      readTop(p, name, builder);
    } catch (NoSuchFileException e) {
      if (required) {
        problems.add(new RegistryProblem(name, 0, 0, "missing file"));
      }
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      problems.add(
          new RegistryProblem(
              name,
              loc == null ? 0 : loc.getLineNr(),
              loc == null ? 0 : loc.getColumnNr(),
              describe(e)));
    } catch (IOException e) {
      problems.add(new RegistryProblem(name, 0, 0, "cannot read: " + e.getMessage()));
    }
  }

  private void readTop(JsonParser p, String file, Registry.Builder b) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new JsonParseException(p, "expected a JSON object at the top of the file");
    }
    Source source = null;
    List<Located<Result>> results = new ArrayList<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "models" -> b.models.addAll(readArray(p, file, Model.class));
        case "families" -> b.families.addAll(readArray(p, file, Family.class));
        case "products" -> b.products.addAll(readArray(p, file, Product.class));
        case "ambiguous_aliases" -> b.ambiguous.addAll(readArray(p, file, AmbiguousAlias.class));
        case "groups" -> b.groups.addAll(readArray(p, file, BenchmarkGroup.class));
        case "benchmarks" -> b.benchmarks.addAll(readArray(p, file, Benchmark.class));
        case "source" -> {
          JsonLocation at = p.currentTokenLocation();
          source = mapper.readValue(p, Source.class);
          b.sources.add(new Located<>(source, file, at.getLineNr(), at.getColumnNr()));
        }
        case "results" -> results.addAll(readArray(p, file, Result.class));
        case "version", "$schema", "description" -> p.skipChildren();
        default -> throw new JsonParseException(p, "unknown field \"" + field + "\"");
      }
    }
    if (!results.isEmpty()) {
      if (source == null) {
        throw new JsonParseException(p, "results without a \"source\" object");
      }
      for (Located<Result> r : results) {
        b.results.add(
            new Located<>(r.value().withSource(source.id()), r.file(), r.line(), r.column()));
      }
    }
  }

  private <T> List<Located<T>> readArray(JsonParser p, String file, Class<T> type)
      throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw new JsonParseException(p, "expected an array");
    }
    List<Located<T>> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation at = p.currentTokenLocation();
      out.add(new Located<>(mapper.readValue(p, type), file, at.getLineNr(), at.getColumnNr()));
    }
    return out;
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown field \""
          + u.getPropertyName()
          + "\" in "
          + u.getReferringClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
    if (e instanceof JsonMappingException m) {
      String path =
          m.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .reduce((a, c) -> a + "." + c)
              .orElse("");
      String msg = m.getOriginalMessage();
      int cut = msg.indexOf(" (for ");
      return (path.isEmpty() ? "" : path + ": ") + (cut > 0 ? msg.substring(0, cut) : msg);
    }
    return e.getOriginalMessage();
  }

  private static String display(Path file) {
    return file.toString();
  }

  /** An alias that is allowed to stand for several things. */
  public record AmbiguousAlias(String alias, String note) {}

  /** A value with the place it was read from. */
  public record Located<T>(T value, String file, int line, int column) {
    RegistryProblem problem(String message) {
      return new RegistryProblem(file, line, column, message);
    }
  }

  private static final class IsoDateDeserializer extends StdScalarDeserializer<LocalDate> {
    IsoDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = p.getValueAsString();
      if (text == null) {
        throw JsonMappingException.from(p, "expected a date as \"YYYY-MM-DD\"");
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw JsonMappingException.from(p, "not a date (YYYY-MM-DD): \"" + text + "\"");
      }
    }
  }
}
