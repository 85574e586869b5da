package dev.claimcheck.registry;

import dev.claimcheck.registry.RegistryLoader.Located;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Consistency checks that JSON syntax cannot express: unique ids, references that resolve,
 * aliases that point at one thing only, provenance on every result.
 */
final class RegistryValidator {
  private static final Set<String> UNITS = Set.of("percent", "elo", "score");

  private final Registry registry;
  private final Registry.Builder in;
  private final List<RegistryProblem> problems = new ArrayList<>();

  RegistryValidator(Registry registry) {
    this.registry = registry;
    this.in = registry.origin();
  }

  List<RegistryProblem> validate() {
    unique(in.models, Model::id, "model");
    unique(in.families, Family::id, "family");
    unique(in.products, Product::id, "product");
    unique(in.groups, BenchmarkGroup::id, "benchmark group");
    unique(in.benchmarks, Benchmark::id, "benchmark");
    unique(in.sources, Source::id, "source");
    for (Located<Model> m : in.models) {
      Model v = m.value();
      required(m, v.id(), "id");
      required(m, v.name(), "name");
      if (v.variantOf() != null && !registry.models().containsKey(v.variantOf())) {
        problems.add(m.problem("variant_of names unknown model \"" + v.variantOf() + "\""));
      }
      if (v.family() != null && !registry.families().containsKey(v.family())) {
        problems.add(m.problem("family names unknown family \"" + v.family() + "\""));
      }
    }
    for (Located<Family> f : in.families) {
      for (String member : f.value().members()) {
        if (!registry.models().containsKey(member)) {
          problems.add(f.problem("family member \"" + member + "\" is not a known model"));
        }
      }
      for (String flagship : f.value().flagships()) {
        if (!f.value().members().contains(flagship)) {
          problems.add(f.problem("flagship \"" + flagship + "\" is not a member of the family"));
        }
      }
    }
    for (Located<Product> p : in.products) {
      for (Product.Serving s : p.value().served()) {
        if (!registry.models().containsKey(s.model())) {
          problems.add(p.problem("product serves unknown model \"" + s.model() + "\""));
        }
        if (s.source() == null || s.source().isBlank()) {
          problems.add(p.problem("serving of \"" + s.model() + "\" has no source"));
        }
      }
    }
    for (Located<BenchmarkGroup> g : in.groups) {
      for (BenchmarkGroup.Current c : g.value().current()) {
        if (!registry.benchmarks().containsKey(c.benchmark())) {
          problems.add(g.problem("current benchmark \"" + c.benchmark() + "\" is not known"));
        }
      }
    }
    for (Located<Benchmark> b : in.benchmarks) {
      Benchmark v = b.value();
      if (v.group() != null && !registry.groups().containsKey(v.group())) {
        problems.add(b.problem("benchmark group \"" + v.group() + "\" is not known"));
      }
      if (!UNITS.contains(v.unit())) {
        problems.add(b.problem("unit must be one of " + UNITS + ", not \"" + v.unit() + "\""));
      }
    }
    for (Located<Source> s : in.sources) {
      Source v = s.value();
      required(s, v.id(), "id");
      required(s, v.publisher(), "publisher");
      required(s, v.url(), "url");
      if (v.published() == null) {
        problems.add(s.problem("source has no \"published\" date"));
      }
      if (!v.independent() && (v.reportedBy() == null || v.reportedBy().isBlank())) {
        problems.add(s.problem("a vendor-reported source needs \"reported_by\""));
      }
    }
    for (Located<Result> r : in.results) {
      Result v = r.value();
      if (!registry.models().containsKey(v.model())) {
        problems.add(r.problem("result names unknown model \"" + v.model() + "\""));
      }
      if (!registry.benchmarks().containsKey(v.benchmark())) {
        problems.add(r.problem("result names unknown benchmark \"" + v.benchmark() + "\""));
      }
      if (!Double.isFinite(v.score())) {
        problems.add(r.problem("score is not a finite number"));
      }
      if (v.ciLow() != null && v.ciHigh() != null
          && !(v.ciLow() <= v.score() && v.score() <= v.ciHigh())) {
        problems.add(r.problem("score " + v.score() + " lies outside its interval ["
            + v.ciLow() + ", " + v.ciHigh() + "]"));
      }
      if (v.stderr() != null && v.stderr() < 0) {
        problems.add(r.problem("negative stderr"));
      }
    }
    aliases();
    return problems;
  }

  private void aliases() {
    Map<String, Located<?>> where = new HashMap<>();
    Map<String, String> owner = new HashMap<>();
    checkAliases(in.models, m -> "model " + m.id(), Model::aliases, where, owner);
    checkAliases(in.families, f -> "family " + f.id(), Family::aliases, where, owner);
    checkAliases(in.products, p -> "product " + p.id(), Product::aliases, where, owner);
    checkAliases(in.groups, g -> "benchmark group " + g.id(), BenchmarkGroup::aliases, where, owner);
    checkAliases(in.benchmarks, b -> "benchmark " + b.id(), Benchmark::aliases, where, owner);
  }

  private <T> void checkAliases(
      List<Located<T>> items,
      Function<T, String> who,
      Function<T, List<String>> aliases,
      Map<String, Located<?>> where,
      Map<String, String> owner) {
    for (Located<T> item : items) {
      String me = who.apply(item.value());
      for (String alias : aliases.apply(item.value())) {
        String key = Names.key(alias);
        if (key.isEmpty()) {
          problems.add(item.problem("alias \"" + alias + "\" has no letters or digits"));
          continue;
        }
        String other = owner.putIfAbsent(key, me);
        if (other != null && !other.equals(me) && !registry.isDeclaredAmbiguous(alias)
            && !sameBenchmark(other, me)) {
          Located<?> first = where.get(key);
          problems.add(item.problem("alias \"" + alias + "\" of " + me + " already names " + other
              + " (" + first.file() + ":" + first.line() + ")"
              + "; list it under ambiguous_aliases if it really stands for both"));
        }
        where.putIfAbsent(key, item);
      }
    }
  }

  /**
   * A benchmark may repeat its own group's name ("SWE-bench Verified" the group and its only
   * version): both readings lead to the same results.
   */
  private boolean sameBenchmark(String a, String b) {
    String group = a.startsWith("benchmark group ") ? a.substring(16)
        : b.startsWith("benchmark group ") ? b.substring(16) : null;
    String bench = a.startsWith("benchmark ") && !a.startsWith("benchmark group ") ? a.substring(10)
        : b.startsWith("benchmark ") && !b.startsWith("benchmark group ") ? b.substring(10) : null;
    if (group == null || bench == null) {
      return false;
    }
    Benchmark benchmark = registry.benchmarks().get(bench);
    return benchmark != null && group.equals(benchmark.group());
  }

  private <T> void unique(List<Located<T>> items, Function<T, String> id, String what) {
    Set<String> seen = new HashSet<>();
    for (Located<T> item : items) {
      String value = id.apply(item.value());
      if (value != null && !seen.add(value)) {
        problems.add(item.problem("duplicate " + what + " id \"" + value + "\""));
      }
    }
  }

  private void required(Located<?> item, String value, String field) {
    if (value == null || value.isBlank()) {
      problems.add(item.problem("missing \"" + field + "\""));
    }
  }
}
