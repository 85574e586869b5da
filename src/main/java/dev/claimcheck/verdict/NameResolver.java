package dev.claimcheck.verdict;

import dev.claimcheck.entity.Mention;
import dev.claimcheck.registry.Benchmark;
import dev.claimcheck.registry.BenchmarkGroup;
import dev.claimcheck.registry.Family;
import dev.claimcheck.registry.Model;
import dev.claimcheck.registry.NameTarget;
import dev.claimcheck.registry.Product;
import dev.claimcheck.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the names an article writes as registry models and benchmark versions, as of a date.
 *
 * <p>A dated model name is that model. A family name ("GPT-4o", "Qwen 2.5") or a product name
 * ("ChatGPT") is never silently taken for one model: as the claim's subject, it is read as the
 * newest flagship released by the date (the launch the article covers) and the reading says so;
 * as a competitor, every snapshot available on the date is a candidate and the verdict must hold
 * for all of them. A bare benchmark name means the version current on the date.
 */
public final class NameResolver {
  private final Registry registry;

  public NameResolver(Registry registry) {
    this.registry = registry;
  }

  /** A reading of a model name: the resolution to print and the models to check. */
  public record ModelReading(Resolution resolution, List<Model> candidates) {}

  /** A reading of a benchmark name. */
  public record BenchmarkReading(Resolution resolution, Optional<Benchmark> benchmark) {}

  public ModelReading readModel(Mention m, LocalDate asOf, boolean asSubject) {
    String written = m.text();
    if (!m.isKnown()) {
      return new ModelReading(new Resolution(written, null, null, "unknown",
          "\u201c" + written + "\u201d is not in the registry", List.of()), List.of());
    }
    List<NameTarget> targets = m.targets();
    if (targets.size() == 1 && targets.get(0).kind() == NameTarget.Kind.AMBIGUOUS) {
      String why = registry.ambiguityNote(written).filter(n -> !n.isBlank())
          .map(n -> " is ambiguous in the registry: " + n).orElse(" stands for several models");
      return new ModelReading(new Resolution(written, null, null, "ambiguous",
          "\u201c" + written + "\u201d" + why, List.of()), List.of());
    }
    if (targets.size() > 1) {
      Set<Model> all = new LinkedHashSet<>();
      targets.forEach(t -> all.addAll(expand(t, asOf)));
      if (all.size() == 1 && !registry.isDeclaredAmbiguous(written)) {
        // Several entries, one model: the family and its only snapshot.
        Model only = all.iterator().next();
        return new ModelReading(new Resolution(written, only.id(), only.name(), "alias",
            "\u201c" + written + "\u201d is " + only.name(), List.of()), List.of(only));
      }
    }
    if (targets.size() > 1 || registry.isDeclaredAmbiguous(written)) {
      Set<Model> all = new LinkedHashSet<>();
      for (NameTarget t : targets) {
        all.addAll(expand(t, asOf));
      }
      List<Model> list = List.copyOf(all);
      return new ModelReading(new Resolution(written, null, null, "ambiguous",
          "\u201c" + written + "\u201d names several things in the registry ("
              + String.join(", ", targets.stream().map(NameTarget::id).toList()) + ")",
          ids(list)), list);
    }
    NameTarget t = targets.get(0);
    return switch (t.kind()) {
      case MODEL -> {
        Model model = registry.models().get(t.id());
        yield new ModelReading(new Resolution(written, model.id(), model.name(), "alias",
            "\u201c" + written + "\u201d is " + model.name(), List.of()), List.of(model));
      }
      case FAMILY -> readFamily(written, registry.families().get(t.id()), asOf, asSubject);
      case PRODUCT -> readProduct(written, registry.products().get(t.id()), asOf);
      default -> new ModelReading(new Resolution(written, null, null, "unknown",
          "\u201c" + written + "\u201d is a benchmark, not a model", List.of()), List.of());
    };
  }

  private List<Model> expand(NameTarget t, LocalDate asOf) {
    return switch (t.kind()) {
      case MODEL -> List.of(registry.models().get(t.id()));
      case FAMILY -> available(registry.families().get(t.id()), asOf);
      case PRODUCT -> served(registry.products().get(t.id()), asOf);
      default -> List.of();
    };
  }

  private ModelReading readFamily(String written, Family f, LocalDate asOf, boolean asSubject) {
    List<Model> available = available(f, asOf);
    if (available.isEmpty()) {
      return new ModelReading(new Resolution(written, null, null, "family",
          "\u201c" + written + "\u201d is the " + f.name() + " family, which had no released model by "
              + asOf, ids(members(f))), List.of());
    }
    if (asSubject || available.size() == 1) {
      Model newest = available.get(available.size() - 1);
      String why = available.size() == 1
          ? "the only " + f.name() + " model released by " + asOf
          : "the newest " + f.name() + " flagship released by " + asOf
              + " (a launch article's subject is the model being launched)";
      List<String> others = ids(available).stream().filter(id -> !id.equals(newest.id())).toList();
      return new ModelReading(new Resolution(written, newest.id(), newest.name(), "family",
          "\u201c" + written + "\u201d is the " + f.name() + " family; checked as " + newest.name()
              + ", " + why, others), List.of(newest));
    }
    Model newest = available.get(available.size() - 1);
    List<String> older = ids(available).stream().filter(id -> !id.equals(newest.id())).toList();
    return new ModelReading(new Resolution(written, newest.id(), newest.name(), "family",
        "\u201c" + written + "\u201d is the " + f.name() + " family; read as " + newest.name()
            + ", its newest snapshot on " + asOf + "; the " + older.size() + " older snapshot"
            + (older.size() == 1 ? " is" : "s are") + " checked too, and the verdict must hold"
            + " for every one", older), available);
  }

  private ModelReading readProduct(String written, Product p, LocalDate asOf) {
    List<Model> models = served(p, asOf);
    if (models.isEmpty()) {
      return new ModelReading(new Resolution(written, null, null, "product",
          "\u201c" + written + "\u201d is the product " + p.name()
              + "; the registry knows no model it served on " + asOf, List.of()), List.of());
    }
    List<String> ids = ids(models);
    String sources = String.join(", ", p.served().stream()
        .filter(s -> ids.contains(s.model()))
        .map(Product.Serving::source).distinct().toList());
    if (models.size() == 1) {
      Model m = models.get(0);
      return new ModelReading(new Resolution(written, m.id(), m.name(), "product",
          "\u201c" + written + "\u201d is the product " + p.name() + ", which served " + m.name()
              + " on " + asOf + " (" + sources + ")", List.of()), models);
    }
    return new ModelReading(new Resolution(written, null, null, "product",
        "\u201c" + written + "\u201d is the product " + p.name() + ", which served "
            + models.size() + " models on " + asOf + " (" + sources + "); the claim is checked "
            + "against each", ids(models)), models);
  }

  /** Flagships released by {@code asOf}, oldest first; members when no flagship qualifies. */
  private List<Model> available(Family f, LocalDate asOf) {
    List<Model> flagships = released(f.flagships(), asOf);
    return flagships.isEmpty() ? released(f.members(), asOf) : flagships;
  }

  private List<Model> members(Family f) {
    return f.members().stream().map(registry.models()::get).toList();
  }

  private List<Model> released(List<String> ids, LocalDate asOf) {
    List<Model> out = new ArrayList<>();
    for (String id : ids) {
      Model m = registry.models().get(id);
      if (m != null && m.released() != null && !m.released().isAfter(asOf)) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(Model::released).thenComparing(Model::id));
    return out;
  }

  /**
   * The models a product served on a date. An open-ended serving ends when a later one of the
   * same product starts: the product moved on to the newer model.
   */
  private List<Model> served(Product p, LocalDate asOf) {
    List<Model> out = new ArrayList<>();
    for (Product.Serving s : p.served()) {
      boolean superseded = s.to() == null && s.from() != null && p.served().stream()
          .anyMatch(o -> o != s && o.from() != null && o.from().isAfter(s.from())
              && !o.from().isAfter(asOf));
      if (s.covers(asOf) && !superseded) {
        Model m = registry.models().get(s.model());
        if (m != null && !out.contains(m)) {
          out.add(m);
        }
      }
    }
    return out;
  }

  public BenchmarkReading readBenchmark(Mention m, LocalDate asOf) {
    String written = m.text();
    if (!m.isKnown()) {
      return new BenchmarkReading(new Resolution(written, null, null, "unknown",
          "\u201c" + written + "\u201d is not a benchmark in the registry", List.of()),
          Optional.empty());
    }
    NameTarget t = m.targets().get(0);
    if (t.kind() == NameTarget.Kind.BENCHMARK) {
      Benchmark b = registry.benchmarks().get(t.id());
      return new BenchmarkReading(new Resolution(written, b.id(), b.name(), "alias",
          "\u201c" + written + "\u201d is " + b.name(), List.of()), Optional.of(b));
    }
    BenchmarkGroup g = registry.groups().get(t.id());
    BenchmarkGroup.Current current = null;
    for (BenchmarkGroup.Current c : g.current()) {
      if (c.from() == null || !c.from().isAfter(asOf)) {
        if (current == null || current.from() == null
            || c.from() != null && c.from().isAfter(current.from())) {
          current = c;
        }
      }
    }
    List<String> versions = g.current().stream().map(BenchmarkGroup.Current::benchmark).toList();
    if (g.current().isEmpty()) {
      // No independent leaderboard says which version is current (the registry holds only
      // vendors' own runs): read the name as the configurations it has.
      List<Benchmark> known = registry.benchmarks().values().stream()
          .filter(b -> g.id().equals(b.group()))
          .sorted(Comparator.comparing(Benchmark::id)).toList();
      if (!known.isEmpty()) {
        Benchmark b = known.get(0);
        return new BenchmarkReading(new Resolution(written, b.id(), b.name(), "group",
            "\u201c" + written + "\u201d read as " + b.name() + "; the registry has no "
                + "independent leaderboard of " + g.name() + ", only these configurations",
            known.stream().skip(1).map(Benchmark::id).toList()), Optional.of(b));
      }
    }
    if (current == null) {
      return new BenchmarkReading(new Resolution(written, null, null, "group",
          "no version of " + g.name() + " was out on " + asOf, versions), Optional.empty());
    }
    Benchmark b = registry.benchmarks().get(current.benchmark());
    String chosen = current.benchmark();
    return new BenchmarkReading(new Resolution(written, b.id(), b.name(), "group",
        "\u201c" + written + "\u201d read as " + b.name() + ", the version current on " + asOf,
        versions.stream().filter(v -> !v.equals(chosen)).toList()), Optional.of(b));
  }

  private static List<String> ids(List<Model> models) {
    return models.stream().map(Model::id).toList();
  }
}
