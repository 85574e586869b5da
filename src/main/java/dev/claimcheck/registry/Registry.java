package dev.claimcheck.registry;

import dev.claimcheck.registry.RegistryLoader.AmbiguousAlias;
import dev.claimcheck.registry.RegistryLoader.Located;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The loaded registry: models, families, products, benchmarks, sources and results, indexed. */
public final class Registry {
  private final Path dir;
  private final Map<String, Model> models;
  private final Map<String, Family> families;
  private final Map<String, Product> products;
  private final Map<String, BenchmarkGroup> groups;
  private final Map<String, Benchmark> benchmarks;
  private final Map<String, Source> sources;
  private final List<Result> results;
  private final Map<String, List<Result>> resultsByBenchmark;
  private final Map<String, List<Result>> resultsByModel;
  private final Map<String, List<NameTarget>> names;
  private final Set<String> ambiguousNames;
  private final Map<String, String> ambiguityNotes;
  private final Builder origin;

  private Registry(Builder b) {
    this.dir = b.dir;
    this.origin = b;
    this.models = index(b.models, Model::id);
    this.families = index(b.families, Family::id);
    this.products = index(b.products, Product::id);
    this.groups = index(b.groups, BenchmarkGroup::id);
    this.benchmarks = index(b.benchmarks, Benchmark::id);
    this.sources = index(b.sources, Source::id);
    this.results = b.results.stream().map(Located::value).toList();
    this.resultsByBenchmark =
        results.stream().collect(Collectors.groupingBy(Result::benchmark, Collectors.toList()));
    this.resultsByModel =
        results.stream().collect(Collectors.groupingBy(Result::model, Collectors.toList()));
    this.ambiguousNames =
        b.ambiguous.stream().map(a -> Names.key(a.value().alias())).collect(Collectors.toSet());
    Map<String, String> notes = new HashMap<>();
    b.ambiguous.forEach(a -> notes.putIfAbsent(Names.key(a.value().alias()),
        a.value().note() == null ? "" : a.value().note()));
    this.ambiguityNotes = Collections.unmodifiableMap(notes);
    this.names = buildNames();
  }

  /** The leading word of a model's name that names its series: "gemini" in "Gemini 3 Pro". */
  private static final Pattern SERIES_WORD = Pattern.compile("^\\p{L}{3,}");

  /** How many models of a series must agree on its maker, and in what share. */
  private static final int SERIES_MIN_MODELS = 2;

  private static final double SERIES_MIN_SHARE = 0.8;

  private volatile Map<String, String> seriesVendors;

  /**
   * The maker a model's name points to by its series word when the registry does not record its
   * vendor: the vendor of at least {@value #SERIES_MIN_MODELS} models and families whose names
   * open with the same word, in a share of at least 80 % of those with a vendor ("Gemini 3 Pro"
   * is Google's when the Gemini models with a vendor are). Empty when the word is shorter than
   * three letters or the models disagree ("llama" fine-tunes by other labs are counted).
   */
  public Optional<String> seriesVendor(String name) {
    Map<String, String> byWord = seriesVendors;
    if (byWord == null) {
      byWord = buildSeriesVendors();
      seriesVendors = byWord;
    }
    Matcher m = SERIES_WORD.matcher(name == null ? "" : name);
    return m.find() ? Optional.ofNullable(byWord.get(m.group().toLowerCase(
        java.util.Locale.ROOT))) : Optional.empty();
  }

  private Map<String, String> buildSeriesVendors() {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    java.util.function.BiConsumer<String, String> count = (name, vendor) -> {
      Matcher m = SERIES_WORD.matcher(name == null ? "" : name);
      if (vendor != null && !vendor.equals("unknown") && m.find()) {
        counts.computeIfAbsent(m.group().toLowerCase(java.util.Locale.ROOT), k -> new HashMap<>())
            .merge(vendor, 1, Integer::sum);
      }
    };
    models.values().forEach(m -> count.accept(m.name(), m.vendor()));
    families.values().forEach(f -> count.accept(f.name(), f.vendor()));
    Map<String, String> out = new HashMap<>();
    counts.forEach((word, byVendor) -> {
      int total = byVendor.values().stream().mapToInt(Integer::intValue).sum();
      byVendor.entrySet().stream().max(Map.Entry.comparingByValue())
          .filter(e -> e.getValue() >= SERIES_MIN_MODELS
              && e.getValue() >= SERIES_MIN_SHARE * total)
          .ifPresent(e -> out.put(word, e.getKey()));
    });
    return Collections.unmodifiableMap(out);
  }

  private static <T> Map<String, T> index(
      List<Located<T>> items, java.util.function.Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (Located<T> item : items) {
      out.putIfAbsent(id.apply(item.value()), item.value());
    }
    return Collections.unmodifiableMap(out);
  }

  private Map<String, List<NameTarget>> buildNames() {
    Map<String, List<NameTarget>> out = new HashMap<>();
    for (Model m : models.values()) {
      m.aliases().forEach(a -> add(out, NameTarget.Kind.MODEL, m.id(), a));
    }
    for (Family f : families.values()) {
      f.aliases().forEach(a -> add(out, NameTarget.Kind.FAMILY, f.id(), a));
    }
    for (Product p : products.values()) {
      p.aliases().forEach(a -> add(out, NameTarget.Kind.PRODUCT, p.id(), a));
    }
    for (BenchmarkGroup g : groups.values()) {
      g.aliases().forEach(a -> add(out, NameTarget.Kind.BENCHMARK_GROUP, g.id(), a));
    }
    for (Benchmark bm : benchmarks.values()) {
      bm.aliases().forEach(a -> add(out, NameTarget.Kind.BENCHMARK, bm.id(), a));
    }
    // A declared ambiguous name that nothing else claims is still a name: "DeepSeek" is
    // recognised, and read as ambiguous rather than ignored.
    ambiguityNotes.keySet().forEach(key -> out.computeIfAbsent(key, k -> new ArrayList<>()));
    for (Located<AmbiguousAlias> a : origin.ambiguous) {
      List<NameTarget> list = out.get(Names.key(a.value().alias()));
      if (list.isEmpty()) {
        list.add(new NameTarget(NameTarget.Kind.AMBIGUOUS, a.value().alias(), a.value().alias()));
      }
    }
    // Ids are names too ("gpt-4o-2024-08-06"), unless an alias already claims that spelling:
    // "DeepSeek-V3" the family name wins over deepseek-v3 the snapshot id.
    models.values().forEach(m -> addId(out, NameTarget.Kind.MODEL, m.id()));
    groups.values().forEach(g -> addId(out, NameTarget.Kind.BENCHMARK_GROUP, g.id()));
    benchmarks.values().forEach(b -> addId(out, NameTarget.Kind.BENCHMARK, b.id()));
    addFromVersion(out);
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  /**
   * A model's series word, a version that is a letter and a number, and more words:
   * "deepseek-v3.1-terminus". The group is the name from the version on.
   */
  private static final Pattern SERIES_VERSION = Pattern.compile(
      "(?i)\\p{L}[\\p{L}\\p{N}]*[\\s\\-_]+"
          + "(\\p{L}\\p{N}+(?:\\.\\p{N}+)?[\\s\\-_]+[\\p{L}\\p{N}][\\p{L}\\p{N}.\\s\\-_]*)");

  /**
   * A model's name without its series, from its version on, as writers shorten it once the
   * series is plain: "V3.1-Terminus" for DeepSeek-V3.1-Terminus, "K2 Thinking" for Kimi K2
   * Thinking. Only when the version has words after it ("V3.1" alone is many series' version),
   * no name already claims that spelling, and only one model has it.
   */
  private void addFromVersion(Map<String, List<NameTarget>> out) {
    Map<String, Set<String>> shortened = new HashMap<>();
    Map<String, String> spelling = new HashMap<>();
    for (Model m : models.values()) {
      Stream.concat(Stream.of(m.id()), m.aliases().stream())
          .forEach(a -> {
            Matcher v = SERIES_VERSION.matcher(a);
            if (v.matches()) {
              String key = Names.key(v.group(1));
              shortened.computeIfAbsent(key, k -> new HashSet<>()).add(m.id());
              spelling.putIfAbsent(key, v.group(1));
            }
          });
    }
    shortened.forEach((key, ids) -> {
      if (ids.size() == 1 && !out.containsKey(key)) {
        add(out, NameTarget.Kind.MODEL, ids.iterator().next(), spelling.get(key));
      }
    });
  }

  private static void addId(Map<String, List<NameTarget>> out, NameTarget.Kind kind, String id) {
    if (!out.containsKey(Names.key(id))) {
      add(out, kind, id, id);
    }
  }

  private static void add(
      Map<String, List<NameTarget>> out, NameTarget.Kind kind, String id, String alias) {
    String key = Names.key(alias);
    if (key.isEmpty()) {
      return;
    }
    List<NameTarget> list = out.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.stream().noneMatch(t -> t.kind() == kind && t.id().equals(id))) {
      list.add(new NameTarget(kind, id, alias));
    }
  }

  public Path dir() {
    return dir;
  }

  public Map<String, Model> models() {
    return models;
  }

  public Map<String, Family> families() {
    return families;
  }

  public Map<String, Product> products() {
    return products;
  }

  public Map<String, BenchmarkGroup> groups() {
    return groups;
  }

  public Map<String, Benchmark> benchmarks() {
    return benchmarks;
  }

  public Map<String, Source> sources() {
    return sources;
  }

  public List<Result> results() {
    return results;
  }

  public Optional<Model> model(String id) {
    return Optional.ofNullable(models.get(id));
  }

  public Optional<Benchmark> benchmark(String id) {
    return Optional.ofNullable(benchmarks.get(id));
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  public List<Result> resultsForBenchmark(String benchmarkId) {
    return resultsByBenchmark.getOrDefault(benchmarkId, List.of());
  }

  public List<Result> resultsForModel(String modelId) {
    return resultsByModel.getOrDefault(modelId, List.of());
  }

  /** Every name the registry knows, by comparison key ({@link Names#key}). */
  public Map<String, List<NameTarget>> names() {
    return names;
  }

  /** What a name stands for; empty when unknown. */
  public List<NameTarget> lookup(String name) {
    return names.getOrDefault(Names.key(name), List.of());
  }

  /** Why the registry declares a name ambiguous; empty when it does not. */
  public Optional<String> ambiguityNote(String name) {
    return Optional.ofNullable(ambiguityNotes.get(Names.key(name)));
  }

  /** True when the registry declares the name as one that stands for several things. */
  public boolean isDeclaredAmbiguous(String name) {
    return ambiguousNames.contains(Names.key(name));
  }

  Builder origin() {
    return origin;
  }

  /** Collects what the loader reads, with locations, before indexing. */
  static final class Builder {
    final Path dir;
    final List<Located<Model>> models = new ArrayList<>();
    final List<Located<Family>> families = new ArrayList<>();
    final List<Located<Product>> products = new ArrayList<>();
    final List<Located<AmbiguousAlias>> ambiguous = new ArrayList<>();
    final List<Located<BenchmarkGroup>> groups = new ArrayList<>();
    final List<Located<Benchmark>> benchmarks = new ArrayList<>();
    final List<Located<Source>> sources = new ArrayList<>();
    final List<Located<Result>> results = new ArrayList<>();

    Builder(Path dir) {
      this.dir = dir;
    }

    Registry build() {
      return new Registry(this);
    }
  }
}
