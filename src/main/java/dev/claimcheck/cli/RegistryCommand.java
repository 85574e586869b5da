package dev.claimcheck.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimcheck.registry.Benchmark;
import dev.claimcheck.registry.BenchmarkGroup;
import dev.claimcheck.registry.Family;
import dev.claimcheck.registry.Model;
import dev.claimcheck.registry.NameTarget;
import dev.claimcheck.registry.Product;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.RegistryProblem;
import dev.claimcheck.registry.Result;
import dev.claimcheck.registry.Source;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code claimcheck registry validate|stats|show}: look inside a registry. */
@Command(
    name = "registry",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    sortOptions = false,
    subcommands = {
      RegistryCommand.Validate.class,
      RegistryCommand.Stats.class,
      RegistryCommand.Show.class,
      RegistryImport.class,
      RegistryUpdate.class
    },
    synopsisSubcommandLabel = "COMMAND",
    descriptionHeading = "%n",
    description = {
      "Inspect the registry of published results that claims are checked against (the"
          + " bundled one, or the one in --registry DIR), import a raw file into a registry"
          + " folder, or update a registry folder from the publishers' current data."
    },
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {
      "Exit status:",
      "  0  done (validate: the registry is valid)",
      "  1  validate, import: the registry has problems; show: no such name",
      "  2  usage error",
      "  3  the registry or an input could not be read; update: a source failed",
      "  4  internal error: a bug in claimcheck, please report it",
    })
final class RegistryCommand implements Callable<Integer> {
  /** The registry folder that import and update write to when none is given. */
  static final Path DEFAULT_DIR = Path.of("claims");

  private final Main main;

  @ParentCommand CheckCommand top;

  @Spec CommandSpec spec;

  RegistryCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    main.err.println("claimcheck: registry: a command is required");
    main.err.println();
    main.usageOnErr(spec.commandLine());
    return ExitCodes.USAGE;
  }

  /** The subcommand's --registry, else the top command's; null for the bundled registry. */
  Path given(Path own) {
    return own != null ? own : top.registryDir;
  }

  /** The registry to open: the subcommand's --registry, else the top command's, else bundled. */
  Registry open(Path own) throws RegistryException {
    return main.registries.open(given(own));
  }

  String location(Path own) {
    Path dir = given(own);
    return dir == null ? "bundled" : dir.toString();
  }

  /** The folder to write to: the subcommand's --registry, else the top command's, else ./claims. */
  Path writable(Path own) {
    Path dir = given(own);
    return dir != null ? dir : DEFAULT_DIR;
  }

  /** Whether {@code dir} is a folder to write to; if not, says so on standard error. */
  boolean isFolder(Path dir) {
    if (Files.isDirectory(dir)) {
      return true;
    }
    main.err.println(
        "claimcheck: " + dir + ": not a registry folder (no such directory); give --registry DIR");
    return false;
  }

  /**
   * Lists the problems of the registry at {@code where} on standard output, then says how many
   * there are on standard error ("claimcheck: WHERE has N problems" and {@code tail}).
   */
  int problems(Object where, RegistryException e, String tail) {
    for (RegistryProblem p : e.problems()) {
      main.out.println(p);
    }
    main.out.flush();
    int n = e.problems().size();
    main.err.println(
        "claimcheck: " + where + " has " + n + (n == 1 ? " problem" : " problems") + tail);
    return ExitCodes.FINDINGS;
  }

  /** "12 models, 8 benchmarks, 140 results, 9 sources". */
  static String counts(Registry r) {
    return r.models().size() + " models, "
        + r.benchmarks().size() + " benchmarks, "
        + r.results().size() + " results, "
        + r.sources().size() + " sources";
  }

  @Command(
      name = "validate",
      mixinStandardHelpOptions = true,
      versionProvider = Version.Provider.class,
      descriptionHeading = "%n",
      description = {
        "Read and check a registry: JSON syntax and types, unique ids, references that resolve,"
            + " aliases that name one thing, provenance on every result. Prints a count of what"
            + " it holds, or every problem as file:line:col: message."
      },
      footerHeading = "%n",
      footer = {
        "Exit status: 0 valid, 1 problems found, 2 usage error, 3 DIR cannot be read."
      })
  static final class Validate implements Callable<Integer> {
    private final Main main;

    @ParentCommand RegistryCommand parent;

    @Parameters(
        paramLabel = "DIR",
        arity = "0..1",
        description = "The registry folder (default: --registry, else the bundled registry).")
    Path dir;

    Validate(Main main) {
      this.main = main;
    }

    @Override
    public Integer call() {
      Path target = parent.given(dir);
      Registry registry;
      try {
        registry = main.registries.open(target);
      } catch (RegistryException e) {
        if (unreadable(target, e)) {
          main.registryProblems(e);
          return ExitCodes.UNREADABLE;
        }
        return parent.problems(target == null ? "the bundled registry" : target, e, "");
      }
      main.out.println("ok: " + counts(registry));
      return ExitCodes.OK;
    }

    private static boolean unreadable(Path target, RegistryException e) {
      if (target != null) {
        return !Files.isDirectory(target);
      }
      return e.problems().stream().allMatch(p -> p.line() == 0 && p.file().startsWith("<"));
    }
  }

  @Command(
      name = "stats",
      mixinStandardHelpOptions = true,
      versionProvider = Version.Provider.class,
      sortOptions = false,
      descriptionHeading = "%n",
      description = {
        "Count what a registry holds: models, benchmarks, results and sources, results per"
            + " source publisher, and the range of publication dates."
      })
  static final class Stats implements Callable<Integer> {
    private final Main main;

    @ParentCommand RegistryCommand parent;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "text",
        converter = TextOrJson.class,
        description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--registry", paramLabel = "DIR", description = "Use the registry in DIR.")
    Path registryDir;

    Stats(Main main) {
      this.main = main;
    }

    @Override
    public Integer call() throws RegistryException {
      Registry r = parent.open(registryDir);
      String location = parent.location(registryDir);
      Map<String, PublisherCount> publishers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (Source s : r.sources().values()) {
        publishers
            .computeIfAbsent(s.publisher() == null ? "?" : s.publisher(), PublisherCount::new)
            .addSource(s);
      }
      int independent = 0;
      for (Result res : r.results()) {
        Optional<Source> s = r.source(res.source());
        if (s.isPresent()) {
          publishers.get(s.get().publisher() == null ? "?" : s.get().publisher()).results++;
          if (s.get().independent()) {
            independent++;
          }
        }
      }
      LocalDate first =
          r.sources().values().stream()
              .map(Source::published)
              .filter(Objects::nonNull)
              .min(Comparator.naturalOrder())
              .orElse(null);
      LocalDate last =
          r.sources().values().stream()
              .map(Source::published)
              .filter(Objects::nonNull)
              .max(Comparator.naturalOrder())
              .orElse(null);
      int vendor = r.results().size() - independent;
      if (format.equals("json")) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        ObjectNode root = mapper.createObjectNode();
        root.put("location", location);
        root.put("models", r.models().size());
        root.put("families", r.families().size());
        root.put("products", r.products().size());
        root.put("benchmark_groups", r.groups().size());
        root.put("benchmarks", r.benchmarks().size());
        root.put("results", r.results().size());
        root.put("independent_results", independent);
        root.put("vendor_reported_results", vendor);
        root.put("sources", r.sources().size());
        ObjectNode range = root.putObject("published");
        range.put("first", first == null ? null : first.toString());
        range.put("last", last == null ? null : last.toString());
        ArrayNode list = root.putArray("publishers");
        for (PublisherCount p : publishers.values()) {
          ObjectNode o = list.addObject();
          o.put("publisher", p.name);
          o.put("sources", p.sources);
          o.put("results", p.results);
          o.put("independent", p.vendorSources == 0);
        }
        try {
          main.out.println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
        return ExitCodes.OK;
      }
      PrintWriter out = main.out;
      out.println("registry: " + location);
      TextTable counts = new TextTable("", "").numeric(1);
      counts.row("models", String.valueOf(r.models().size()));
      counts.row("families", String.valueOf(r.families().size()));
      counts.row("products", String.valueOf(r.products().size()));
      counts.row("benchmark groups", String.valueOf(r.groups().size()));
      counts.row("benchmarks", String.valueOf(r.benchmarks().size()));
      counts.row("results", String.valueOf(r.results().size()));
      counts.row("  independent", String.valueOf(independent));
      counts.row("  vendor-reported", String.valueOf(vendor));
      counts.row("sources", String.valueOf(r.sources().size()));
      printWithoutHeader(counts, out);
      out.println(
          "published: " + (first == null ? "-" : first + " to " + last));
      if (!publishers.isEmpty()) {
        out.println();
        TextTable t = new TextTable("publisher", "sources", "results", "kind").numeric(1, 2);
        for (PublisherCount p : publishers.values()) {
          t.row(
              p.name,
              String.valueOf(p.sources),
              String.valueOf(p.results),
              p.vendorSources == 0
                  ? "independent"
                  : p.vendorSources == p.sources ? "vendor-reported" : "mixed");
        }
        t.print(out, "");
      }
      return ExitCodes.OK;
    }

    private static void printWithoutHeader(TextTable t, PrintWriter out) {
      java.io.StringWriter buf = new java.io.StringWriter();
      t.print(new PrintWriter(buf), "");
      String text = buf.toString();
      out.print(text.substring(text.indexOf('\n') + 1));
    }

    private static final class PublisherCount {
      final String name;
      int sources;
      int vendorSources;
      int results;

      PublisherCount(String name) {
        this.name = name;
      }

      void addSource(Source s) {
        sources++;
        if (!s.independent()) {
          vendorSources++;
        }
      }
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      versionProvider = Version.Provider.class,
      sortOptions = false,
      descriptionHeading = "%n",
      description = {
        "Show what the registry knows under NAME: a model's or a benchmark's results with their"
            + " sources, independent and vendor-reported apart; a family's members; a product's"
            + " models over time. Names are matched as claimcheck matches them in articles"
            + " (case, spaces and hyphens do not matter).",
        "",
        "A table published as dated snapshots (sources <id>@<date>) shows, for each model and"
            + " benchmark, only its newest snapshot holding that result; --all-snapshots lists"
            + " every one."
      },
      footerHeading = "%n",
      footer = {"Exit status: 0 found, 1 no such name, 2 usage error, 3 registry unreadable."})
  static final class Show implements Callable<Integer> {
    private final Main main;

    @ParentCommand RegistryCommand parent;

    @Parameters(paramLabel = "NAME", description = "A model, family, product or benchmark name.")
    String name;

    @Option(names = "--registry", paramLabel = "DIR", description = "Use the registry in DIR.")
    Path registryDir;

    @Option(
        names = "--all-snapshots",
        description = "List the results of every dated snapshot, not only the newest of each table.")
    boolean allSnapshots;

    Show(Main main) {
      this.main = main;
    }

    @Override
    public Integer call() throws RegistryException {
      Registry r = parent.open(registryDir);
      List<NameTarget> targets = r.lookup(name);
      if (targets.isEmpty()) {
        main.err.println("claimcheck: no model or benchmark named '" + name + "' in the registry");
        return ExitCodes.FINDINGS;
      }
      PrintWriter out = main.out;
      boolean first = true;
      for (NameTarget t : targets) {
        if (!first) {
          out.println();
        }
        first = false;
        switch (t.kind()) {
          case MODEL -> model(r, r.models().get(t.id()), allSnapshots, out);
          case BENCHMARK -> benchmark(r, r.benchmarks().get(t.id()), allSnapshots, out);
          case FAMILY -> family(r.families().get(t.id()), out);
          case PRODUCT -> product(r.products().get(t.id()), out);
          case BENCHMARK_GROUP -> group(r, r.groups().get(t.id()), out);
        }
      }
      if (targets.size() > 1 || r.isDeclaredAmbiguous(name)) {
        out.println();
        out.println("'" + name + "' names " + targets.size() + " things in the registry.");
      }
      return ExitCodes.OK;
    }

    private static void model(Registry r, Model m, boolean all, PrintWriter out) {
      List<String> facts = new ArrayList<>();
      if (m.vendor() != null) {
        facts.add(m.vendor());
      }
      if (m.released() != null) {
        facts.add("released " + m.released());
      }
      if (m.variantOf() != null) {
        facts.add((m.variant() == null ? "variant" : m.variant()) + " of " + m.variantOf());
      }
      if (m.isSystem()) {
        facts.add("system");
      }
      out.println(
          "model " + m.id() + ": " + m.name()
              + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")"));
      if (m.family() != null) {
        out.println("  family: " + m.family());
      }
      if (!m.aliases().isEmpty()) {
        out.println("  aliases: " + String.join(", ", m.aliases()));
      }
      List<Result> results =
          r.resultsForModel(m.id()).stream()
              .sorted(
                  Comparator.comparing(Result::benchmark)
                      .thenComparing(res -> published(r, res), Comparator.nullsFirst(Comparator.naturalOrder())))
              .toList();
      resultTables(r, results, all, "benchmark", res -> benchmarkLabel(r, res.benchmark()), out);
    }

    private static void benchmark(Registry r, Benchmark b, boolean all, PrintWriter out) {
      List<String> facts = new ArrayList<>();
      if (b.metric() != null) {
        facts.add(b.metric());
      }
      if (b.unit() != null) {
        facts.add(b.unit());
      }
      facts.add(b.higherIsBetter() ? "higher is better" : "lower is better");
      if (b.questions() != null) {
        facts.add(b.questions() + " questions");
      }
      out.println(
          "benchmark " + b.id() + ": " + label(b) + " (" + String.join(", ", facts) + ")");
      if (b.group() != null) {
        out.println("  group: " + b.group());
      }
      if (!b.config().isEmpty()) {
        out.println("  config: " + new TreeMap<>(b.config()));
      }
      if (b.defaultMargin() != null) {
        out.println(
            "  default margin: " + score(b.defaultMargin())
                + (b.marginNote() == null ? "" : " (" + b.marginNote() + ")"));
      }
      Comparator<Result> byScore = Comparator.comparingDouble(Result::score);
      List<Result> results =
          r.resultsForBenchmark(b.id()).stream()
              .sorted(b.higherIsBetter() ? byScore.reversed() : byScore)
              .toList();
      resultTables(r, results, all, "model", Result::model, out);
    }

    private static void family(Family f, PrintWriter out) {
      out.println(
          "family " + f.id() + ": " + f.name() + (f.vendor() == null ? "" : " (" + f.vendor() + ")"));
      if (!f.aliases().isEmpty()) {
        out.println("  aliases: " + String.join(", ", f.aliases()));
      }
      out.println("  members: " + String.join(", ", f.members()));
      if (!f.flagships().isEmpty()) {
        out.println(
            "  flagships (a bare family name means the newest released by then): "
                + String.join(", ", f.flagships()));
      }
    }

    private static void product(Product p, PrintWriter out) {
      out.println(
          "product " + p.id() + ": " + p.name() + (p.vendor() == null ? "" : " (" + p.vendor() + ")"));
      if (!p.aliases().isEmpty()) {
        out.println("  aliases: " + String.join(", ", p.aliases()));
      }
      TextTable t = new TextTable("model", "from", "to", "source");
      for (Product.Serving s : p.served()) {
        t.row(s.model(), date(s.from()), s.to() == null ? "now" : s.to().toString(), s.source());
      }
      if (!t.isEmpty()) {
        out.println();
        t.print(out, "  ");
      }
    }

    private static void group(Registry r, BenchmarkGroup g, PrintWriter out) {
      out.println("benchmark group " + g.id() + ": " + g.name());
      if (!g.aliases().isEmpty()) {
        out.println("  aliases: " + String.join(", ", g.aliases()));
      }
      TextTable t = new TextTable("benchmark", "meant from", "results").numeric(2);
      for (BenchmarkGroup.Current c : g.current()) {
        t.row(c.benchmark(), date(c.from()), String.valueOf(r.resultsForBenchmark(c.benchmark()).size()));
      }
      if (!t.isEmpty()) {
        out.println();
        t.print(out, "  ");
      }
    }

    private static void resultTables(
        Registry r,
        List<Result> all,
        boolean allSnapshots,
        String firstColumn,
        java.util.function.Function<Result, String> first,
        PrintWriter out) {
      List<Result> results = allSnapshots ? all : newestSnapshots(r, all);
      TextTable independent = resultTable(firstColumn);
      TextTable vendor = resultTable(firstColumn);
      for (Result res : results) {
        Optional<Source> s = r.source(res.source());
        boolean isIndependent = s.map(Source::independent).orElse(false);
        String source = res.source() + (s.isPresent() && !s.get().isEvidence() ? " (cross-check)" : "");
        (isIndependent ? independent : vendor)
            .row(
                first.apply(res),
                score(res.score()),
                uncertainty(res),
                s.map(Source::publisher).orElse("?"),
                date(s.map(Source::published).orElse(null)),
                source);
      }
      out.println();
      if (independent.isEmpty()) {
        out.println("  no independent results");
      } else {
        out.println("  independent results:");
        independent.print(out, "    ");
      }
      if (!vendor.isEmpty()) {
        out.println();
        out.println("  vendor-reported (not evidence):");
        vendor.print(out, "    ");
      }
      int hidden = all.size() - results.size();
      if (hidden > 0) {
        out.println();
        out.println(
            "  " + hidden + (hidden == 1 ? " result" : " results")
                + " of older snapshots of the same tables not shown (--all-snapshots lists them)");
      }
    }

    /** What makes results repeats of one figure across a table's dated snapshots. */
    private record SnapshotKey(
        String publisher, String series, String benchmark, String model, String variant,
        String system) {}

    /**
     * Keeps, for each table published as dated snapshots ({@code <series>@<date>}) and each
     * benchmark, model, variant and system, the results of the newest snapshot holding one.
     */
    static List<Result> newestSnapshots(Registry r, List<Result> results) {
      Map<SnapshotKey, Source> newest = new java.util.HashMap<>();
      Comparator<Source> order =
          Comparator.comparing(Source::published, Comparator.nullsFirst(Comparator.naturalOrder()))
              .thenComparing(Source::id);
      for (Result res : results) {
        Optional<Source> s = r.source(res.source());
        if (s.isEmpty()) {
          continue;
        }
        newest.merge(
            snapshotKey(res, s.get()), s.get(), (a, b) -> order.compare(a, b) >= 0 ? a : b);
      }
      return results.stream()
          .filter(
              res -> {
                Optional<Source> s = r.source(res.source());
                return s.isEmpty()
                    || newest.get(snapshotKey(res, s.get())).id().equals(s.get().id());
              })
          .toList();
    }

    private static SnapshotKey snapshotKey(Result res, Source s) {
      return new SnapshotKey(
          s.publisher(), series(s.id()), res.benchmark(), res.model(), res.variant(), res.system());
    }

    /** The table a source is a snapshot of: its id without a trailing {@code @YYYY-MM-DD}. */
    static String series(String sourceId) {
      int at = sourceId.lastIndexOf('@');
      return at > 0 && sourceId.substring(at + 1).matches("\\d{4}-\\d{2}-\\d{2}")
          ? sourceId.substring(0, at)
          : sourceId;
    }

    private static TextTable resultTable(String firstColumn) {
      return new TextTable(firstColumn, "score", "95% CI / SE", "publisher", "published", "source")
          .numeric(1);
    }

    private static String uncertainty(Result res) {
      if (res.ciLow() != null && res.ciHigh() != null) {
        return "[" + score(res.ciLow()) + ", " + score(res.ciHigh()) + "]";
      }
      if (res.stderr() != null) {
        return "se " + score(res.stderr());
      }
      if (res.n() != null) {
        return "n = " + res.n();
      }
      return "";
    }

    private static LocalDate published(Registry r, Result res) {
      return r.source(res.source()).map(Source::published).orElse(null);
    }

    private static String benchmarkLabel(Registry r, String id) {
      return r.benchmark(id).map(b -> label(b) + " (" + id + ")").orElse(id);
    }

    private static String label(Benchmark b) {
      return b.version() == null || b.name().contains(b.version())
          ? b.name()
          : b.name() + " " + b.version();
    }
  }

  static String score(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  static String date(LocalDate d) {
    return d == null ? "-" : d.toString();
  }

  /** {@code --format text|json} for the registry commands. */
  static final class TextOrJson implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (!v.equals("text") && !v.equals("json")) {
        throw new TypeConversionException("'" + value + "' is not a format (expected text or json)");
      }
      return v;
    }
  }
}
