package dev.claimcheck.verdict;

import dev.claimcheck.claim.AtomicClaim;
import dev.claimcheck.claim.ClaimKind;
import dev.claimcheck.registry.Benchmark;
import dev.claimcheck.registry.BenchmarkGroup;
import dev.claimcheck.registry.Model;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.Result;
import dev.claimcheck.registry.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides atomic claims against the registry.
 *
 * <p>Only independent results count as evidence; vendor-reported figures are shown beside them.
 * A comparison is SUPPORTED only when the difference exceeds the 95% margin
 * {@code 1.96 * sqrt(s1^2 + s2^2)} (or the benchmark's documented default margin when the scores
 * carry no uncertainty), CONTRADICTED when it is that far the other way, and WITHIN_MARGIN
 * otherwise. Evidence published after the as-of date is shown separately and never decides.
 */
public final class VerdictEngine {
  private final Registry registry;
  private final NameResolver names;
  private final FactChecker facts;

  public VerdictEngine(Registry registry) {
    this.registry = registry;
    this.names = new NameResolver(registry);
    this.facts = new FactChecker(registry);
  }

  public NameResolver names() {
    return names;
  }

  public Check check(AtomicClaim atom, AsOf asOf) {
    ClaimKind kind = atom.claim().kind();
    NameResolver.ModelReading subject = names.readModel(atom.subject(), asOf.date(), true);
    NameResolver.ModelReading object =
        atom.object() == null ? null : names.readModel(atom.object(), asOf.date(), false);
    NameResolver.BenchmarkReading bench =
        atom.benchmark() == null ? null : names.readBenchmark(atom.benchmark(), asOf.date());
    Draft d = new Draft(atom, asOf, subject.resolution(),
        object == null ? null : object.resolution(), bench == null ? null : bench.resolution());

    switch (kind) {
      case VAGUE:
        return d.unverified("VAGUE_CLAIM",
            "no benchmark named: a claim of superiority in general cannot be checked");
      case FACT:
        return facts.check(atom, asOf, subject);
      case SUPERLATIVE:
        if (bench == null) {
          return d.unverified("NO_BENCHMARK", "no benchmark named for this superlative");
        }
        String qualifier = atom.claim().fact();
        if (qualifier != null && qualifier.startsWith("unchecked:")) {
          return d.unverified("QUALIFIER_NOT_CHECKED", "\u201cbest " + qualifier.substring(10)
              + "\u201d: the registry does not say which models are " + qualifier.substring(10)
              + ", so the superlative cannot be checked");
        }
        if ("open_weights".equals(qualifier) && bench.benchmark().isPresent()
            && !subject.candidates().isEmpty()) {
          List<Outcome> open = new ArrayList<>();
          for (Model s : subject.candidates()) {
            open.add(bestOpen(s, bench.benchmark().get(), asOf));
          }
          return d.combine(open);
        }
        break;
      default:
        break;
    }
    if (subject.candidates().isEmpty()) {
      return d.unverified(subject.resolution().method().equals("unknown")
          ? "MODEL_UNKNOWN" : "MODEL_UNRESOLVED", subject.resolution().reason());
    }
    if (object != null && object.candidates().isEmpty()) {
      return d.unverified(object.resolution().method().equals("unknown")
          ? "MODEL_UNKNOWN" : "MODEL_UNRESOLVED", object.resolution().reason());
    }
    if (bench == null) {
      return d.unverified("NO_BENCHMARK",
          "no benchmark named in the sentence or its paragraph: the claim cannot be checked");
    }
    if (bench.benchmark().isEmpty()) {
      // A known benchmark name with no version out on the date is not an unknown benchmark.
      return d.unverified(bench.resolution().method().equals("group")
          ? "NO_VERSION_ON_DATE" : "BENCHMARK_UNKNOWN", bench.resolution().reason());
    }
    Benchmark b = bench.benchmark().get();

    List<Outcome> outcomes = new ArrayList<>();
    for (Model s : subject.candidates()) {
      if (object == null) {
        outcomes.add(kind == ClaimKind.SCORE
            ? score(s, b, atom.value(), asOf)
            : rank(s, b, asOf));
      } else {
        for (Model o : object.candidates()) {
          if (!o.id().equals(s.id())) {
            outcomes.add(pair(s, o, b, kind, atom.claim().negated(), asOf));
          }
        }
      }
    }
    if (outcomes.isEmpty()) {
      return d.unverified("SAME_MODEL", "the claim compares a model with itself");
    }
    return d.combine(outcomes);
  }

  /** What one (subject, competitor) reading gives. */
  record Outcome(
      Model subject, Model other, Verdict verdict, String reason, String explanation,
      List<Evidence> evidence, List<Evidence> later, List<Evidence> vendor, List<Note> notes) {
    Outcome(Model subject, Model other, Verdict verdict, String reason, String explanation,
        List<Evidence> evidence, List<Evidence> later, List<Evidence> vendor) {
      this(subject, other, verdict, reason, explanation, evidence, later, vendor, List.of());
    }

    Outcome withNotes(List<Note> more) {
      List<Note> all = new ArrayList<>(notes);
      all.addAll(more);
      return new Outcome(subject, other, verdict, reason, explanation, evidence, later, vendor,
          all);
    }
  }

  // ---------------------------------------------------------------- comparisons

  /**
   * A comparison on the benchmark the claim names, with what the rest of the benchmark's family
   * adds: evidence from a sibling version when the named one has none (with a note saying so),
   * NOT_COMPARABLE when the two models were measured only on different versions, and a
   * CHERRY_PICKED note when a supported claim is contradicted on the other versions or windows.
   */
  private Outcome pair(Model s, Model o, Benchmark b, ClaimKind kind, boolean negated, AsOf asOf) {
    Outcome named = pairOn(s, o, b, kind, negated, asOf);
    List<Benchmark> siblings = siblings(b, asOf);
    if (named.verdict() == Verdict.UNVERIFIED && named.evidence().isEmpty()
        && named.later().isEmpty()) {
      for (Benchmark other : siblings) {
        Outcome there = pairOn(s, o, other, kind, negated, asOf);
        if (!there.evidence().isEmpty()) {
          boolean superseded = superseded(other, b);
          String code = superseded ? "SUPERSEDED_VERSION" : "OTHER_CONFIGURATION";
          String text = (superseded
              ? "the evidence is from " + other.name() + ", a version " + b.name()
                  + " has replaced"
              : "the evidence is from " + other.name() + ", another configuration of "
                  + "the benchmark; neither model has a result on " + b.name());
          return there.withNotes(List.of(new Note(code, text, List.of())))
              .withNotes(named.notes());
        }
      }
      List<String> sOnly = measuredOn(s, b, siblings);
      List<String> oOnly = measuredOn(o, b, siblings);
      // Measured on a common version but never in one table (LiveBench's tables are updated
      // in place): comparable, just not compared.
      if (!sOnly.isEmpty() && !oOnly.isEmpty() && java.util.Collections.disjoint(sOnly, oOnly)) {
        return new Outcome(s, o, Verdict.NOT_COMPARABLE, "DIFFERENT_VERSIONS",
            s.name() + " has results only on " + String.join(", ", sOnly) + " and " + o.name()
                + " only on " + String.join(", ", oOnly)
                + "; different versions or configurations are never compared",
            List.of(), named.later(), named.vendor());
      }
      return named;
    }
    if (named.verdict() == Verdict.SUPPORTED && kind != ClaimKind.PARITY) {
      List<Evidence> against = new ArrayList<>();
      for (Benchmark other : siblings) {
        Outcome there = pairOn(s, o, other, kind, negated, asOf);
        if (there.verdict() == Verdict.CONTRADICTED) {
          against.addAll(there.evidence());
        }
      }
      if (!against.isEmpty()) {
        return named.withNotes(List.of(new Note("CHERRY_PICKED", s.name() + " wins on "
            + b.name() + " but loses to " + o.name() + " on "
            + against.stream().map(Evidence::benchmarkName).distinct()
                .collect(Collectors.joining(", ")), against)));
      }
    }
    return named;
  }

  /**
   * Whether {@code other} is a version that {@code b} replaced: it was the group's current
   * version before {@code b} was (Arena-Hard v0.1 before v2.0, a LiveCodeBench window before the
   * next one), else it was released before {@code b}.
   */
  private boolean superseded(Benchmark other, Benchmark b) {
    LocalDate otherFrom = currentFrom(b, other);
    LocalDate bFrom = currentFrom(b, b);
    if (otherFrom != null && bFrom != null) {
      return otherFrom.isBefore(bFrom);
    }
    return other.released() != null && b.released() != null
        && other.released().isBefore(b.released());
  }

  /** When {@code x} became the version a bare name of {@code b}'s group means; null if never. */
  private LocalDate currentFrom(Benchmark b, Benchmark x) {
    BenchmarkGroup g = b.group() == null ? null : registry.groups().get(b.group());
    if (g == null) {
      return null;
    }
    return g.current().stream().filter(c -> c.benchmark().equals(x.id()) && c.from() != null)
        .map(BenchmarkGroup.Current::from).max(Comparator.naturalOrder()).orElse(null);
  }

  /**
   * Other versions, configurations, windows and categories of the same benchmark, released by
   * the date: the same group, or a group one is a part of ("livebench-coding" and "livebench"
   * for the same question release). The newest first: versions by when they became current,
   * then by release; the first with evidence stands in for a named version that has none.
   */
  private List<Benchmark> siblings(Benchmark b, AsOf asOf) {
    if (b.group() == null) {
      return List.of();
    }
    List<Benchmark> out = new ArrayList<>();
    for (Benchmark other : registry.benchmarks().values()) {
      if (other.id().equals(b.id()) || other.group() == null) {
        continue;
      }
      boolean sameGroup = other.group().equals(b.group());
      boolean part = java.util.Objects.equals(other.version(), b.version())
          && (other.group().startsWith(b.group() + "-") || b.group().startsWith(other.group() + "-"));
      boolean released = other.released() == null || !other.released().isAfter(asOf.date());
      if ((sameGroup || part) && released) {
        out.add(other);
      }
    }
    Comparator<LocalDate> newestFirst = Comparator.nullsLast(Comparator.reverseOrder());
    out.sort(Comparator.comparing((Benchmark x) -> currentFrom(b, x), newestFirst)
        .thenComparing(Benchmark::released, newestFirst)
        .thenComparing(Benchmark::id));
    return out;
  }

  /** The benchmarks of a family on which a model has an independent result. */
  private List<String> measuredOn(Model m, Benchmark b, List<Benchmark> siblings) {
    List<String> out = new ArrayList<>();
    for (Benchmark x : java.util.stream.Stream.concat(java.util.stream.Stream.of(b),
        siblings.stream()).toList()) {
      boolean has = registry.resultsForBenchmark(x.id()).stream().anyMatch(r -> matches(r, m)
          && registry.sources().containsKey(r.source())
          && registry.sources().get(r.source()).independent());
      if (has) {
        out.add(x.name());
      }
    }
    return out;
  }

  private Outcome pairOn(Model s, Model o, Benchmark b, ClaimKind kind, boolean negated,
      AsOf asOf) {
    Map<String, List<Result>> bySource = bySource(b);
    List<Evidence> inForce = new ArrayList<>();
    List<Evidence> later = new ArrayList<>();
    List<Evidence> vendor = new ArrayList<>();
    for (Map.Entry<String, List<Result>> e : bySource.entrySet()) {
      Source src = registry.sources().get(e.getKey());
      if (src == null || !src.isEvidence()) {
        continue;
      }
      Optional<Result> rs = pick(e.getValue(), s);
      Optional<Result> ro = pick(e.getValue(), o);
      if (rs.isEmpty() || ro.isEmpty()) {
        continue;
      }
      Evidence ev = compare(b, src, rs.get(), ro.get(), kind, negated);
      bucket(src, asOf, ev, inForce, later, vendor);
    }
    inForce = latestPerPublisher(inForce);
    later = earliestPerPublisher(later);
    String what = s.name() + " vs " + o.name() + " on " + b.name();
    if (inForce.isEmpty()) {
      return missing(s, o, b, what, later, vendor, asOf);
    }
    Set<Verdict> seen = inForce.stream().map(Evidence::outcome)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Verdict.class)));
    Verdict v;
    String reason;
    if (seen.size() == 1) {
      v = seen.iterator().next();
      boolean parity = kind == ClaimKind.PARITY;
      reason = switch (v) {
        case SUPPORTED -> parity ? "NO_SIGNIFICANT_DIFFERENCE" : "SIGNIFICANT_DIFFERENCE";
        case CONTRADICTED -> parity ? "SIGNIFICANT_DIFFERENCE" : "SIGNIFICANT_DIFFERENCE_AGAINST";
        case WITHIN_MARGIN -> "WITHIN_MARGIN";
        default -> "NO_UNCERTAINTY";
      };
    } else if (seen.contains(Verdict.SUPPORTED) && seen.contains(Verdict.CONTRADICTED)) {
      v = Verdict.CONFLICTING;
      reason = "SOURCES_DISAGREE";
    } else if (seen.contains(Verdict.UNVERIFIED)) {
      v = seen.contains(Verdict.CONTRADICTED) ? Verdict.CONTRADICTED
          : seen.contains(Verdict.SUPPORTED) ? Verdict.SUPPORTED : Verdict.WITHIN_MARGIN;
      reason = "PARTIAL_UNCERTAINTY";
    } else {
      v = Verdict.WITHIN_MARGIN;
      reason = "SOURCES_DIFFER_IN_SIGNIFICANCE";
    }
    return new Outcome(s, o, v, reason, explainPair(v, kind, inForce), inForce, later, vendor);
  }

  private Evidence compare(
      Benchmark b, Source src, Result rs, Result ro, ClaimKind kind, boolean negated) {
    Uncertainty us = Uncertainty.of(rs, b);
    Uncertainty uo = Uncertainty.of(ro, b);
    double diff = b.higherIsBetter() ? rs.score() - ro.score() : ro.score() - rs.score();
    double margin;
    String test;
    if (us.known() && uo.known()) {
      margin = Uncertainty.Z95 * Math.sqrt(us.se() * us.se() + uo.se() * uo.se());
      test = "difference against 1.96\u00b7\u221a(s1\u00b2+s2\u00b2), s1 = " + fmt(us.se())
          + " (" + us.how() + "), s2 = " + fmt(uo.se()) + " (" + uo.how() + ")";
    } else if (b.defaultMargin() != null) {
      margin = b.defaultMargin();
      test = "default margin for " + b.name() + ": " + b.marginNote();
    } else {
      margin = Double.NaN;
      test = "no uncertainty published for these scores and no default margin for " + b.name();
    }
    Verdict outcome;
    if (Double.isNaN(margin)) {
      outcome = Verdict.UNVERIFIED;
    } else if (kind == ClaimKind.PARITY) {
      outcome = Math.abs(diff) <= margin ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    } else {
      double d = negated ? -diff : diff;
      outcome = d > margin ? Verdict.SUPPORTED
          : d < -margin ? Verdict.CONTRADICTED : Verdict.WITHIN_MARGIN;
    }
    return new Evidence(b.id(), b.name(), b.version(), b.unit(), score(rs, src, us),
        score(ro, src, uo), diff, margin, test, outcome);
  }

  private Outcome score(Model s, Benchmark b, Double claimed, AsOf asOf) {
    List<Evidence> inForce = new ArrayList<>();
    List<Evidence> later = new ArrayList<>();
    List<Evidence> vendor = new ArrayList<>();
    for (Map.Entry<String, List<Result>> e : bySource(b).entrySet()) {
      Source src = registry.sources().get(e.getKey());
      if (src == null || !src.isEvidence()) {
        continue;
      }
      Optional<Result> rs = pick(e.getValue(), s);
      if (rs.isEmpty()) {
        continue;
      }
      Uncertainty u = Uncertainty.of(rs.get(), b);
      double rounding = rounding(claimed);
      double margin = rounding + (u.known() ? Uncertainty.Z95 * u.se()
          : b.defaultMargin() != null ? b.defaultMargin() : 0);
      String test = "claimed value within rounding (\u00b1" + fmt(rounding) + ")"
          + (u.known() ? " and 1.96 standard errors (" + u.how() + ")"
              : b.defaultMargin() != null ? " and the default margin for " + b.name()
              : "; no uncertainty published");
      double diff = rs.get().score() - claimed;
      Verdict outcome = Math.abs(diff) <= margin + 1e-9 ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
      Evidence ev = new Evidence(b.id(), b.name(), b.version(), b.unit(), score(rs.get(), src, u),
          null, diff, margin, test, outcome);
      bucket(src, asOf, ev, inForce, later, vendor);
    }
    inForce = latestPerPublisher(inForce);
    later = earliestPerPublisher(later);
    String what = s.name() + " on " + b.name();
    if (inForce.isEmpty()) {
      Outcome m = missing(s, null, b, what, later, vendor, asOf);
      boolean vendorMatch = vendor.stream().anyMatch(e -> e.outcome() == Verdict.SUPPORTED);
      if (m.reason().equals("VENDOR_ONLY") && vendorMatch) {
        return new Outcome(s, null, Verdict.UNVERIFIED, "VENDOR_FIGURE_ONLY",
            "the claimed " + fmt(claimed) + " matches only the vendor's own figure for " + what
                + "; no independent result", List.of(), later, vendor);
      }
      return m;
    }
    Set<Verdict> seen = inForce.stream().map(Evidence::outcome).collect(Collectors.toSet());
    Verdict v = seen.size() == 1 ? seen.iterator().next() : Verdict.CONFLICTING;
    Evidence first = inForce.get(0);
    String explanation = switch (v) {
      case SUPPORTED -> first.subject().publisher() + " publishes " + fmt(first.subject().value())
          + " for " + what + (Math.abs(first.difference()) <= rounding(claimed) + 1e-9
              ? ", matching the claimed " + fmt(claimed)
              : ", " + fmt(Math.abs(first.difference())) + " from the claimed " + fmt(claimed)
                  + ", within the 95% margin of " + fmt(first.margin()));
      case CONTRADICTED -> first.subject().publisher() + " publishes "
          + fmt(first.subject().value()) + " for " + what + ", not the claimed " + fmt(claimed)
          + (vendor.stream().anyMatch(e -> e.outcome() == Verdict.SUPPORTED)
              ? " (the claimed figure is the vendor's own)" : "");
      default -> "independent sources disagree on " + what;
    };
    String reason = v == Verdict.SUPPORTED ? "SCORE_MATCHES"
        : v == Verdict.CONTRADICTED ? "SCORE_DIFFERS" : "SOURCES_DISAGREE";
    return new Outcome(s, null, v, reason, explanation, inForce, later, vendor);
  }

  /**
   * "X is the best open model on B": X has open weights, and no model with open weights is
   * significantly ahead of it in the latest independent table in force. Models ahead whose
   * openness the registry does not know leave the claim unverified.
   */
  private Outcome bestOpen(Model s, Benchmark b, AsOf asOf) {
    Boolean subjectOpen = openWeights(s);
    if (Boolean.FALSE.equals(subjectOpen)) {
      return new Outcome(s, null, Verdict.CONTRADICTED, "NOT_OPEN_WEIGHTS",
          s.name() + " is not an open-weights model (" + s.facts().get("open_weights").source()
              + ")", List.of(), List.of(), List.of());
    }
    Source best = null;
    List<Result> table = null;
    for (Map.Entry<String, List<Result>> e : bySource(b).entrySet()) {
      Source src = registry.sources().get(e.getKey());
      if (src == null || !src.isEvidence() || !src.independent()
          || src.published() != null && src.published().isAfter(asOf.date())
          || pick(e.getValue(), s).isEmpty()) {
        continue;
      }
      if (best == null || src.published() != null && best.published() != null
          && src.published().isAfter(best.published())) {
        best = src;
        table = e.getValue();
      }
    }
    if (best == null) {
      return missing(s, null, b, s.name() + " among open models on " + b.name(), List.of(),
          List.of(), asOf);
    }
    Result mine = pick(table, s).orElseThrow();
    List<Evidence> openAhead = new ArrayList<>();
    List<String> unknownAhead = new ArrayList<>();
    for (Result r : table) {
      if (matches(r, s) || r.variant() != null) {
        continue;
      }
      Evidence ev = compare(b, best, r, mine, ClaimKind.COMPARE, false);
      if (ev.outcome() != Verdict.SUPPORTED) {
        continue;
      }
      Model other = registry.models().get(r.model());
      Boolean open = other == null ? null : openWeights(other);
      if (Boolean.TRUE.equals(open)) {
        openAhead.add(ev);
      } else if (open == null) {
        unknownAhead.add(r.model());
      }
    }
    if (!openAhead.isEmpty()) {
      return new Outcome(s, null, Verdict.CONTRADICTED, "OPEN_MODEL_AHEAD",
          openAhead.get(0).subject().model() + ", an open-weights model, is significantly ahead"
              + " of " + s.name() + " on " + b.name(), openAhead, List.of(), List.of());
    }
    if (subjectOpen == null || !unknownAhead.isEmpty()) {
      String why = subjectOpen == null
          ? "the registry does not say whether " + s.name() + " has open weights"
          : unknownAhead.size() + " models are significantly ahead and the registry does not say"
              + " whether their weights are open (" + String.join(", ",
                  unknownAhead.subList(0, Math.min(5, unknownAhead.size())))
              + (unknownAhead.size() > 5 ? ", ..." : "") + ")";
      return new Outcome(s, null, Verdict.UNVERIFIED, "OPEN_WEIGHTS_UNKNOWN", why, List.of(),
          List.of(), List.of());
    }
    return new Outcome(s, null, Verdict.SUPPORTED, "NO_OPEN_MODEL_AHEAD",
        "no open-weights model is significantly ahead of " + s.name() + " in " + best.publisher()
            + "'s table of " + best.published(), List.of(), List.of(), List.of());
  }

  private static Boolean openWeights(Model m) {
    Model.Fact f = m.facts().get("open_weights");
    if (f == null || f.value() == null) {
      return null;
    }
    return f.value() instanceof Boolean b ? b : Boolean.valueOf(f.value().toString());
  }

  /** "X tops B": no other model significantly ahead in the latest table in force. */
  private Outcome rank(Model s, Benchmark b, AsOf asOf) {
    List<Evidence> inForce = new ArrayList<>();
    List<Evidence> later = new ArrayList<>();
    List<Evidence> vendor = new ArrayList<>();
    for (Map.Entry<String, List<Result>> e : bySource(b).entrySet()) {
      Source src = registry.sources().get(e.getKey());
      if (src == null || !src.isEvidence() || !src.independent()) {
        continue;
      }
      Optional<Result> rs = pick(e.getValue(), s);
      if (rs.isEmpty()) {
        continue;
      }
      Result best = e.getValue().stream()
          .filter(r -> !r.model().equals(s.id()))
          .max(Comparator.comparingDouble(r -> b.higherIsBetter() ? r.score() : -r.score()))
          .orElse(null);
      if (best == null) {
        continue;
      }
      Evidence ev = compare(b, src, rs.get(), best, ClaimKind.COMPARE, false);
      // Ahead of or level with the best other model, nobody is ahead: the claim holds whatever
      // the uncertainty. Behind it, the claim holds unless the lead is significant, which needs
      // an uncertainty to tell.
      Verdict outcome = ev.difference() >= 0 ? Verdict.SUPPORTED
          : ev.outcome() == Verdict.CONTRADICTED ? Verdict.CONTRADICTED
          : ev.outcome() == Verdict.UNVERIFIED ? Verdict.UNVERIFIED : Verdict.SUPPORTED;
      ev = new Evidence(ev.benchmark(), ev.benchmarkName(), ev.version(), ev.unit(), ev.subject(),
          ev.other(), ev.difference(), ev.margin(), ev.test()
              + "; compared with the best other model in the table", outcome);
      bucket(src, asOf, ev, inForce, later, vendor);
    }
    // The best other model differs from one snapshot to the next: one table per publisher.
    inForce = latestPerPublisher(inForce, false);
    later = earliestPerPublisher(later, false);
    String what = s.name() + " at the top of " + b.name();
    if (inForce.isEmpty()) {
      return missing(s, null, b, what, later, vendor, asOf);
    }
    Set<Verdict> seen = inForce.stream().map(Evidence::outcome).collect(Collectors.toSet());
    Verdict v = seen.size() == 1 ? seen.iterator().next()
        : seen.contains(Verdict.SUPPORTED) && seen.contains(Verdict.CONTRADICTED)
            ? Verdict.CONFLICTING
            : seen.contains(Verdict.CONTRADICTED) ? Verdict.CONTRADICTED : Verdict.SUPPORTED;
    Evidence first = inForce.stream().filter(e -> e.outcome() == v).findFirst()
        .orElse(inForce.get(0));
    String explanation = switch (v) {
      case SUPPORTED -> "no model is significantly ahead of " + s.name() + " in "
          + first.subject().publisher() + "'s table of " + first.subject().published();
      case CONTRADICTED -> first.other().model() + " is significantly ahead ("
          + fmt(first.other().value()) + " vs " + fmt(first.subject().value()) + ")";
      case UNVERIFIED -> first.other().model() + " is ahead (" + fmt(first.other().value())
          + " vs " + fmt(first.subject().value()) + ") in " + first.subject().publisher()
          + "'s table of " + first.subject().published()
          + ", which publishes no uncertainty to tell whether significantly";
      default -> "independent tables disagree";
    };
    String reason = switch (v) {
      case SUPPORTED -> "NOBODY_SIGNIFICANTLY_AHEAD";
      case CONTRADICTED -> "OTHER_MODEL_AHEAD";
      case UNVERIFIED -> "NO_UNCERTAINTY";
      default -> "SOURCES_DISAGREE";
    };
    return new Outcome(s, null, v, reason, explanation, inForce, later, vendor);
  }

  private Outcome missing(Model s, Model o, Benchmark b, String what, List<Evidence> later,
      List<Evidence> vendor, AsOf asOf) {
    if (!later.isEmpty()) {
      Evidence l = later.get(0);
      return new Outcome(s, o, Verdict.UNVERIFIED, "ONLY_LATER_EVIDENCE",
          "no independent result for " + what + " by " + asOf.date() + "; "
              + l.subject().publisher() + " published one on " + l.subject().published()
              + " (shown below; re-run with --as-of " + l.subject().published()
              + " to use it)", List.of(), later, vendor);
    }
    if (!vendor.isEmpty()) {
      return new Outcome(s, o, Verdict.UNVERIFIED, "VENDOR_ONLY",
          "only vendor-reported figures for " + what + " (" + vendor.get(0).subject().publisher()
              + "); no independent result", List.of(), later, vendor);
    }
    List<String> lacking = new ArrayList<>();
    if (registry.resultsForBenchmark(b.id()).stream().noneMatch(r -> matches(r, s))) {
      lacking.add(s.name());
    }
    if (o != null && registry.resultsForBenchmark(b.id()).stream().noneMatch(r -> matches(r, o))) {
      lacking.add(o.name());
    }
    String detail = lacking.isEmpty()
        ? "no source ranks both on the same table"
        : "the registry has no " + b.name() + " result for " + String.join(" or ", lacking);
    return new Outcome(s, o, Verdict.UNVERIFIED, "NO_INDEPENDENT_RESULT",
        "no independent result for " + what + ": " + detail, List.of(), later, vendor);
  }

  // ---------------------------------------------------------------- helpers

  private Map<String, List<Result>> bySource(Benchmark b) {
    Map<String, List<Result>> out = new LinkedHashMap<>();
    for (Result r : registry.resultsForBenchmark(b.id())) {
      out.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  private boolean matches(Result r, Model m) {
    if (r.model().equals(m.id())) {
      return true;
    }
    Model rm = registry.models().get(r.model());
    return rm != null && m.id().equals(rm.variantOf());
  }

  /** The model's own entry in a source, else its best-scoring variant. */
  private Optional<Result> pick(List<Result> results, Model m) {
    Optional<Result> exact = results.stream()
        .filter(r -> r.model().equals(m.id()) && r.variant() == null).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return results.stream().filter(r -> matches(r, m))
        .max(Comparator.comparingDouble(Result::score));
  }

  /** Sorts evidence by provenance and date; a result's own date, when given, is its publication. */
  private static void bucket(Source src, AsOf asOf, Evidence ev, List<Evidence> inForce,
      List<Evidence> later, List<Evidence> vendor) {
    LocalDate published = ev.subject().published();
    if (ev.other() != null && ev.other().published() != null
        && (published == null || ev.other().published().isAfter(published))) {
      published = ev.other().published();
    }
    if (!src.independent()) {
      vendor.add(ev);
    } else if (published != null && published.isAfter(asOf.date())) {
      later.add(ev);
    } else {
      inForce.add(ev);
    }
  }

  /** Dated snapshots of one publisher's table: keep the newest. */
  private static List<Evidence> latestPerPublisher(List<Evidence> list) {
    return latestPerPublisher(list, true);
  }

  /**
   * Dated snapshots of one publisher's table: keep the newest, per competitor when
   * {@code perCompetitor} (a rank's competitor is whoever leads each snapshot, so it is not).
   */
  private static List<Evidence> latestPerPublisher(List<Evidence> list, boolean perCompetitor) {
    Map<String, Evidence> best = new LinkedHashMap<>();
    for (Evidence e : list) {
      String key = key(e, perCompetitor);
      Evidence cur = best.get(key);
      if (cur == null || newer(e, cur)) {
        best.put(key, e);
      }
    }
    return new ArrayList<>(best.values());
  }

  /** Evidence published after the date: the first snapshot that could have checked the claim. */
  private static List<Evidence> earliestPerPublisher(List<Evidence> list) {
    return earliestPerPublisher(list, true);
  }

  private static List<Evidence> earliestPerPublisher(List<Evidence> list,
      boolean perCompetitor) {
    Map<String, Evidence> best = new LinkedHashMap<>();
    for (Evidence e : list) {
      String key = key(e, perCompetitor);
      Evidence cur = best.get(key);
      if (cur == null || newer(cur, e)) {
        best.put(key, e);
      }
    }
    return new ArrayList<>(best.values());
  }

  private static String key(Evidence e, boolean perCompetitor) {
    return e.subject().publisher() + "|" + e.benchmark() + "|"
        + (!perCompetitor || e.other() == null ? "" : e.other().model());
  }

  private static boolean newer(Evidence a, Evidence b) {
    LocalDate da = a.subject().published();
    LocalDate db = b.subject().published();
    return da != null && (db == null || da.isAfter(db));
  }

  private Score score(Result r, Source src, Uncertainty u) {
    Model m = registry.models().get(r.model());
    return new Score(m == null ? r.model() : m.id(), r.asPublished(), r.score(), r.ciLow(),
        r.ciHigh(), u.se(), u.how(), src.id(), src.publisher(),
        r.date() != null ? r.date() : src.published(), src.url(), src.independent());
  }

  private static String explainPair(Verdict v, ClaimKind kind, List<Evidence> evidence) {
    Evidence e = evidence.get(0);
    String nums = e.subject().model() + " " + fmt(e.subject().value()) + " vs "
        + e.other().model() + " " + fmt(e.other().value()) + " on " + e.benchmarkName()
        + " (" + e.subject().publisher() + ", " + e.subject().published() + ")";
    if (kind == ClaimKind.PARITY && (v == Verdict.SUPPORTED || v == Verdict.CONTRADICTED)) {
      return nums + ": a difference of " + fmt(e.difference())
          + (v == Verdict.SUPPORTED ? " lies within" : " is beyond") + " the 95% margin of "
          + fmt(e.margin()) + (v == Verdict.SUPPORTED ? ", so they are on par" : ": not on par");
    }
    return switch (v) {
      // A negated claim ("trails") is supported by a difference against the subject.
      case SUPPORTED -> nums + (e.difference() < 0 ? ": behind by " : ": ahead by ")
          + fmt(Math.abs(e.difference())) + ", beyond the 95% margin of " + fmt(e.margin());
      case CONTRADICTED -> nums + ": the claim is refuted, the difference of "
          + fmt(e.difference()) + " is beyond the 95% margin of " + fmt(e.margin());
      case WITHIN_MARGIN -> nums + ": a difference of " + fmt(e.difference())
          + " lies within the 95% margin of " + fmt(e.margin()) + ", so no winner can be named";
      case CONFLICTING -> "independent sources disagree: "
          + evidence.stream().map(x -> x.subject().publisher() + " " + x.outcome().name()
              .toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
      default -> nums + ": " + e.test();
    };
  }

  static String fmt(Double d) {
    if (d == null) {
      return "?";
    }
    return BigDecimal.valueOf(Math.round(d * 1000) / 1000.0).stripTrailingZeros().toPlainString();
  }

  /** Half a unit of the claimed value's last written digit. */
  private static double rounding(Double claimed) {
    BigDecimal bd = BigDecimal.valueOf(claimed).stripTrailingZeros();
    int scale = Math.max(0, bd.scale());
    return 0.5 * Math.pow(10, -scale);
  }

  /** Collects the parts of a check and turns outcomes into one verdict. */
  private static final class Draft {
    final AtomicClaim atom;
    final AsOf asOf;
    final Resolution subject;
    final Resolution object;
    final Resolution benchmark;

    Draft(AtomicClaim atom, AsOf asOf, Resolution subject, Resolution object, Resolution bench) {
      this.atom = atom;
      this.asOf = asOf;
      this.subject = subject;
      this.object = object;
      this.benchmark = bench;
    }

    Check unverified(String reason, String explanation) {
      return new Check(atom, Verdict.UNVERIFIED, reason, explanation, subject, object, benchmark,
          asOf, List.of(), List.of(), List.of());
    }

    /** The outcome of the reading the resolutions name, to explain a shared verdict with. */
    Outcome primary(List<Outcome> outcomes) {
      for (Outcome o : outcomes) {
        boolean subjectMatches = subject == null || subject.id() == null
            || subject.id().equals(o.subject().id());
        boolean objectMatches = o.other() == null || object == null || object.id() == null
            || object.id().equals(o.other().id());
        if (subjectMatches && objectMatches) {
          return o;
        }
      }
      return outcomes.get(0);
    }

    Check combine(List<Outcome> outcomes) {
      List<Evidence> evidence = new ArrayList<>();
      List<Evidence> later = new ArrayList<>();
      List<Evidence> vendor = new ArrayList<>();
      outcomes.forEach(o -> {
        evidence.addAll(o.evidence());
        later.addAll(o.later());
        vendor.addAll(o.vendor());
      });
      Set<Verdict> verdicts = outcomes.stream().map(Outcome::verdict).collect(Collectors.toSet());
      List<Note> notes = new ArrayList<>();
      outcomes.forEach(o -> o.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add));
      if (outcomes.size() == 1) {
        Outcome o = outcomes.get(0);
        return new Check(atom, o.verdict(), o.reason(), o.explanation(), subject, object,
            benchmark, asOf, evidence, later, vendor, notes);
      }
      String perCandidate = outcomes.stream()
          .map(o -> (o.other() != null ? o.other().id() : o.subject().id()) + ": "
              + o.verdict().name())
          .collect(Collectors.joining("; "));
      if (verdicts.equals(Set.of(Verdict.NOT_COMPARABLE))) {
        Outcome o = primary(outcomes);
        return new Check(atom, Verdict.NOT_COMPARABLE, o.reason(), o.explanation(), subject,
            object, benchmark, asOf, evidence, later, vendor, notes);
      }
      if (Set.of(Verdict.UNVERIFIED, Verdict.NOT_COMPARABLE).containsAll(verdicts)) {
        Map<String, List<String>> byWhy = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
          byWhy.computeIfAbsent(shortReason(o, asOf), k -> new ArrayList<>())
              .add(o.other() != null ? o.other().id() : o.subject().id());
        }
        String why = byWhy.entrySet().stream()
            .map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
            .collect(Collectors.joining("; "));
        String reason = outcomes.stream().map(Outcome::reason).distinct().count() == 1
            ? outcomes.get(0).reason() : "NO_EVIDENCE_FOR_ANY_CANDIDATE";
        return new Check(atom, Verdict.UNVERIFIED, reason,
            "none of the " + outcomes.size() + " candidates can be checked (" + why + ")",
            subject, object, benchmark, asOf, evidence, later, vendor);
      }
      if (verdicts.size() == 1) {
        Outcome o = primary(outcomes);
        return new Check(atom, o.verdict(), o.reason(),
            "same verdict for every candidate (" + perCandidate + "); " + o.explanation(),
            subject, object, benchmark, asOf, evidence, later, vendor, notes);
      }
      return new Check(atom, Verdict.AMBIGUOUS, "CANDIDATES_DISAGREE",
          "the name stands for several models and the verdict depends on which: " + perCandidate,
          subject, object, benchmark, asOf, evidence, later, vendor, notes);
    }
  }

  private static String shortReason(Outcome o, AsOf asOf) {
    return switch (o.reason()) {
      case "ONLY_LATER_EVIDENCE" -> "independent results only after " + asOf.date();
      case "VENDOR_ONLY", "VENDOR_FIGURE_ONLY" -> "vendor-reported figures only";
      case "NO_INDEPENDENT_RESULT" -> "no independent result";
      case "DIFFERENT_VERSIONS" -> "measured only on other versions than the subject";
      default -> o.explanation();
    };
  }

  /** The release date of a model, for undated text. */
  public static Optional<LocalDate> releaseOf(Model m) {
    return Optional.ofNullable(m.released());
  }
}
