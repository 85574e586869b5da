package dev.claimcheck.verdict;

import dev.claimcheck.claim.AtomicClaim;
import dev.claimcheck.claim.StatedFact;
import dev.claimcheck.registry.Family;
import dev.claimcheck.registry.Model;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.Source;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides fact claims (architecture, licence, open weights, parameters, training tokens, context
 * length) against the facts the registry states for each model, with their source and quote.
 *
 * <p>A number holds when it is within 5% of the registry's, or within the rounding of the
 * written number ("14.8 trillion" covers ±0.05 trillion); "more than N" holds above N and "less
 * than N" below it. A licence holds when it names the same licence; "open source" holds for
 * open-source licences and "proprietary" for proprietary ones. A family name as subject ("Qwen
 * 2.5") stands for each of its flagships released by the date: when the facts stated for them
 * disagree with one another on the claim, the verdict is AMBIGUOUS and says for which it holds.
 * A fact no source states is UNVERIFIED (FACT_NOT_IN_REGISTRY); nothing is inferred.
 */
public final class FactChecker {
  /** How many models a list names before it counts the rest. */
  private static final int LISTED = 5;

  /** How far a stated number may be from the registry's. */
  static final double RELATIVE_TOLERANCE = 0.05;

  /** Facts that can change after a model's release: a later source does not decide them. */
  private static final Set<String> MUTABLE = Set.of("license", "open_weights");

  /** Licences whose terms are open source, by their normalised key. */
  private static final Set<String> OPEN_SOURCE = Set.of(
      "apache 2.0", "apache", "mit", "bsd", "gpl", "lgpl", "mpl 2.0", "cc by 4.0", "cc by",
      "open source");
  /** Words a licence name is written with that do not tell licences apart. */
  private static final Set<String> FILLER = Set.of(
      "license", "licence", "the", "community", "agreement", "version", "terms", "of", "use",
      "la", "le", "de");
  /** Spellings of one licence that the sources use. */
  private static final Map<String, String> SPELLINGS = Map.of(
      "propretary", "proprietary", "qianwen", "qwen", "libre", "open source",
      "open-source", "open source", "ouverte", "open source", "permissive", "open source");

  private final Registry registry;

  public FactChecker(Registry registry) {
    this.registry = registry;
  }

  /** Checks one stated fact value of a subject read as {@code reading}. */
  public Check check(AtomicClaim atom, AsOf asOf, NameResolver.ModelReading reading) {
    Resolution subject = reading.resolution();
    StatedFact stated = atom.stated();
    if (stated == null) {
      return check(atom, asOf, subject, Verdict.UNVERIFIED, "FACT_NOT_READ",
          "the fact's value could not be read from the sentence", List.of());
    }
    if (reading.candidates().isEmpty()) {
      return check(atom, asOf, subject, Verdict.UNVERIFIED,
          subject.method().equals("unknown") ? "MODEL_UNKNOWN" : "MODEL_UNRESOLVED",
          subject.reason(), List.of());
    }
    boolean negated = atom.claim().negated();
    StatedFact.Scope scope = stated.scope();
    List<Model> candidates = candidates(reading, scope, asOf);
    subject = describe(reading, scope, candidates, asOf);
    List<Outcome> outcomes = new ArrayList<>();
    List<Model> lacking = new ArrayList<>();
    for (Model m : candidates) {
      Model.Fact f = m.facts().get(stated.registryKey());
      if (f == null || f.value() == null) {
        lacking.add(m);
      } else {
        outcomes.add(outcome(m, f, stated, negated, asOf));
      }
    }
    String what = label(stated) + " of " + names(candidates, " or ");
    if (outcomes.isEmpty()) {
      return check(atom, asOf, subject, Verdict.UNVERIFIED, "FACT_NOT_IN_REGISTRY",
          "no source in the registry states the " + what, List.of());
    }
    List<Evidence> evidence = outcomes.stream().map(Outcome::evidence).toList();
    List<Outcome> decided = outcomes.stream()
        .filter(o -> o.verdict() != Verdict.UNVERIFIED).toList();
    String notStated = lacking.isEmpty() ? ""
        : "; no source states it for " + names(lacking, " or ");
    if (decided.isEmpty() && outcomes.stream().allMatch(Outcome::later)) {
      return new Check(atom, Verdict.UNVERIFIED, "ONLY_LATER_EVIDENCE",
          explain(outcomes) + notStated, subject, null, null, asOf, List.of(), evidence,
          List.of());
    }
    if (decided.isEmpty()) {
      Outcome o = outcomes.get(0);
      return check(atom, asOf, subject, Verdict.UNVERIFIED, "FACT_NOT_COMPARABLE",
          o.explanation() + notStated, evidence);
    }
    List<Outcome> holds = decided.stream().filter(o -> o.verdict() == Verdict.SUPPORTED).toList();
    List<Outcome> fails = decided.stream()
        .filter(o -> o.verdict() == Verdict.CONTRADICTED).toList();
    if (scope.some()) {
      // "plusieurs versions ... sous licence Apache 2.0": one model for which it holds is enough.
      if (!holds.isEmpty()) {
        return check(atom, asOf, subject, Verdict.SUPPORTED, "FACT_MATCHES",
            "stated of some of the family's models; it holds for " + models(holds, " and ")
                + " (" + explain(holds) + ")", evidence);
      }
      if (lacking.isEmpty()) {
        return check(atom, asOf, subject, Verdict.CONTRADICTED, "FACT_DIFFERS",
            "stated of some of the family's models, but it holds for none of them ("
                + explain(fails) + ")", evidence);
      }
      return check(atom, asOf, subject, Verdict.UNVERIFIED, "FACT_NOT_IN_REGISTRY",
          "stated of some of the family's models: it does not hold for " + models(fails, " or ")
              + " (" + explain(fails) + ")" + notStated, evidence);
    }
    if (!scope.sizes().isEmpty()) {
      // "les modèles 3B et 72B ...": it must hold for each of them.
      if (!fails.isEmpty()) {
        return check(atom, asOf, subject, Verdict.CONTRADICTED, "FACT_DIFFERS",
            "stated of the " + String.join(", ", scope.sizes()) + " models; it does not hold for "
                + models(fails, " and ") + " (" + explain(fails) + ")", evidence);
      }
      if (lacking.isEmpty()) {
        return check(atom, asOf, subject, Verdict.SUPPORTED, "FACT_MATCHES",
            explain(holds), evidence);
      }
      return check(atom, asOf, subject, Verdict.UNVERIFIED, "FACT_NOT_IN_REGISTRY",
          "it holds for " + models(holds, " and ") + " (" + explain(holds) + ")" + notStated,
          evidence);
    }
    if (holds.isEmpty() || fails.isEmpty()) {
      Verdict v = holds.isEmpty() ? Verdict.CONTRADICTED : Verdict.SUPPORTED;
      return check(atom, asOf, subject, v,
          v == Verdict.SUPPORTED ? "FACT_MATCHES" : "FACT_DIFFERS", explain(decided) + notStated,
          evidence);
    }
    String explanation = "\u201c" + subject.written() + "\u201d stands for several models and the "
        + label(stated) + " differs between them: the claim holds for " + models(holds, " and ")
        + " but not for " + models(fails, " and ") + " (" + explain(decided) + ")" + notStated;
    return check(atom, asOf, subject, Verdict.AMBIGUOUS, "CANDIDATES_DISAGREE", explanation,
        evidence);
  }

  private static String explain(List<Outcome> outcomes) {
    return outcomes.stream().map(Outcome::explanation).collect(Collectors.joining("; "));
  }

  private static String models(List<Outcome> outcomes, String joiner) {
    return names(outcomes.stream().map(Outcome::model).toList(), joiner);
  }

  /**
   * The models the claim is checked for: the reading's, and for a family subject read as its
   * newest flagship, the family's other flagships released by the date too (a fact stated of
   * "Qwen 2.5" is stated of the family). A fact stated of some of a family's models is checked
   * for all its models released by the date; one stated of sizes ("3B et 72B"), for the models
   * of those sizes.
   */
  private List<Model> candidates(
      NameResolver.ModelReading reading, StatedFact.Scope scope, AsOf asOf) {
    Set<Model> out = new LinkedHashSet<>(reading.candidates());
    if ("family".equals(reading.resolution().method())) {
      for (String id : reading.resolution().candidates()) {
        Model m = registry.models().get(id);
        if (m != null) {
          out.add(m);
        }
      }
    }
    if (scope.whole()) {
      return List.copyOf(out);
    }
    Set<Model> members = new LinkedHashSet<>();
    for (Model m : out) {
      Family f = m.family() == null ? null : registry.families().get(m.family());
      if (f == null) {
        continue;
      }
      for (String id : f.members()) {
        Model member = registry.models().get(id);
        if (member != null && (member.released() == null || asOf == null
            || !member.released().isAfter(asOf.date()))) {
          members.add(member);
        }
      }
    }
    if (!scope.sizes().isEmpty()) {
      List<Model> sized = members.stream().filter(m -> scope.sizes().stream()
          .anyMatch(size -> hasSize(m, size))).toList();
      return sized.isEmpty() ? List.copyOf(out) : sized;
    }
    return members.isEmpty() ? List.copyOf(out) : List.copyOf(members);
  }

  /** How the subject was read, when a fact is checked for more models than the reading's. */
  private Resolution describe(NameResolver.ModelReading reading, StatedFact.Scope scope,
      List<Model> candidates, AsOf asOf) {
    Resolution r = reading.resolution();
    if (candidates.equals(reading.candidates())) {
      return r;
    }
    String date = asOf == null ? "" : " released by " + asOf.date();
    String which;
    if (!scope.sizes().isEmpty()) {
      which = "the fact is stated of its " + String.join(", ", scope.sizes())
          + " models, checked for each: ";
    } else if (scope.some()) {
      which = "the fact is stated of some of its models, checked for each of them" + date + ": ";
    } else {
      which = "a model fact stated of a family is checked for each of its flagships" + date
          + ": ";
    }
    Family family = reading.candidates().stream()
        .map(m -> m.family() == null ? null : registry.families().get(m.family()))
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    String reason = "\u201c" + r.written() + "\u201d is "
        + (family == null ? "several models" : "the " + family.name() + " family") + "; "
        + which + names(candidates, " and ");
    boolean single = candidates.size() == 1;
    return new Resolution(r.written(), single ? candidates.get(0).id() : null,
        single ? candidates.get(0).name() : null, r.method(), reason,
        single ? List.of() : candidates.stream().map(Model::id).toList());
  }

  /** "qwen2.5-72b-instruct" is a 72B model; "qwen2.5-32b" is not a 3B one. */
  private static boolean hasSize(Model m, String size) {
    Pattern p = Pattern.compile("(?<![\\p{N}.])" + Pattern.quote(size) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE);
    return p.matcher(m.id()).find() || p.matcher(m.name()).find();
  }

  /** What one model's registry fact says about the claim. */
  /**
   * What one model's registry fact says of the claim; {@code later} when the fact can change
   * (licence, open weights) and its source stated it only after the claim's date.
   */
  private record Outcome(
      Model model, Verdict verdict, String explanation, Evidence evidence, boolean later) {}

  private Outcome outcome(Model m, Model.Fact f, StatedFact stated, boolean negated, AsOf asOf) {
    Double registryNumber = f.value() instanceof Number n ? n.doubleValue() : null;
    String registryText = registryNumber != null ? plain(registryNumber)
        : String.valueOf(f.value());
    Verdict v;
    String test;
    double difference = Double.NaN;
    // A fact has no statistical margin: the tolerance is told in the test.
    double margin = Double.NaN;
    switch (stated.type()) {
      case "parameters", "training_tokens", "context_length" -> {
        if (registryNumber == null || stated.number() == null) {
          v = Verdict.UNVERIFIED;
          test = "not a number";
        } else {
          double claimed = stated.number();
          difference = registryNumber - claimed;
          double tolerance = Math.max(RELATIVE_TOLERANCE * registryNumber, stated.rounding());
          v = switch (stated.bound()) {
            case MORE_THAN -> registryNumber > claimed ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
            case LESS_THAN -> registryNumber < claimed ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
            default -> Math.abs(difference) <= tolerance ? Verdict.SUPPORTED
                : Verdict.CONTRADICTED;
          };
          test = switch (stated.bound()) {
            case MORE_THAN -> "more than the stated " + compact(claimed);
            case LESS_THAN -> "less than the stated " + compact(claimed);
            default -> "within " + compact(tolerance) + " (5% or the rounding of the stated "
                + compact(claimed) + ")";
          };
        }
      }
      case "license" -> {
        v = license(stated.value(), registryText);
        test = "the licence named";
      }
      case "open_weights" -> {
        boolean claimed = Boolean.parseBoolean(stated.value());
        v = f.value() instanceof Boolean b ? (b == claimed ? Verdict.SUPPORTED
            : Verdict.CONTRADICTED) : Verdict.UNVERIFIED;
        test = "whether the weights are published";
      }
      default -> {
        v = stated.value().equalsIgnoreCase(registryText) ? Verdict.SUPPORTED
            : Verdict.CONTRADICTED;
        test = "the " + label(stated) + " named";
      }
    }
    if (negated && v != Verdict.UNVERIFIED) {
      v = v == Verdict.SUPPORTED ? Verdict.CONTRADICTED : Verdict.SUPPORTED;
    }
    Verdict onItsDate = v;
    boolean later = MUTABLE.contains(stated.type()) && f.date() != null && asOf != null
        && f.date().isAfter(asOf.date());
    if (later) {
      // Phi-4 was out under a research licence in December 2024 and under MIT from January
      // 2025: a source stating a licence after the claim's date neither backs nor refutes it.
      v = Verdict.UNVERIFIED;
    }
    Provenance p = provenance(f.source());
    String shown = show(stated.type(), registryNumber, registryText);
    String claimed = show(stated.type(), stated.number(), stated.value());
    String says = p.publisher() + " states " + shown + " for " + m.name()
        + (f.quote() == null ? "" : " (\u201c" + f.quote() + "\u201d)")
        + (f.date() == null ? "" : " on " + f.date());
    String explanation = later
        ? says + ", after the claim's date " + asOf.date() + ": a " + label(stated)
            + " can change, so this later statement"
            + (onItsDate == Verdict.SUPPORTED ? ", which matches the claim,"
                : onItsDate == Verdict.CONTRADICTED ? ", which contradicts the claim," : "")
            + " does not decide it"
        : switch (v) {
      case SUPPORTED -> says + (negated ? ", so not " + claimed : ", matching the stated "
          + claimed);
      case CONTRADICTED -> says + (negated ? ", which the claim denies"
          : ", not the stated " + claimed);
      default -> says + "; \u201c" + stated.written() + "\u201d cannot be compared with it";
    };
    Score score = new Score(m.id(), registryText,
        registryNumber == null ? Double.NaN : registryNumber, null, null, null, null,
        p.source(), p.publisher(), p.published(), f.source(), false);
    Evidence e = new Evidence("fact:" + stated.registryKey(), label(stated), null,
        unit(stated), score, null, difference, margin,
        test + (f.quote() == null ? "" : "; quote: \u201c" + f.quote() + "\u201d"), v);
    return new Outcome(m, v, explanation, e, later);
  }

  /** Whether the stated licence is the registry's. */
  static Verdict license(String stated, String registered) {
    String s = licenseKey(stated);
    String r = licenseKey(registered);
    if (s.isEmpty() || r.isEmpty()) {
      return Verdict.UNVERIFIED;
    }
    if (s.equals(r) || (" " + r + " ").contains(" " + s + " ")
        || (" " + s + " ").contains(" " + r + " ")) {
      return Verdict.SUPPORTED;
    }
    if (s.equals("open source")) {
      return OPEN_SOURCE.contains(r) ? Verdict.SUPPORTED : Verdict.CONTRADICTED;
    }
    boolean namedOrKnown = s.equals("proprietary") || OPEN_SOURCE.contains(s)
        || Character.isUpperCase(stated.strip().charAt(0));
    return namedOrKnown ? Verdict.CONTRADICTED : Verdict.UNVERIFIED;
  }

  /** "Apache-2.0", "Apache 2.0 license" → "apache 2.0"; "Llama 3.1 Community" → "llama 3.1". */
  static String licenseKey(String name) {
    String s = name.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ')
        .replaceAll("[^\\p{L}\\p{N}. ]", " ");
    List<String> words = new ArrayList<>();
    for (String w : s.split("\\s+")) {
      if (w.isEmpty() || FILLER.contains(w)) {
        continue;
      }
      String spelled = SPELLINGS.getOrDefault(w, w);
      if (w.matches("\\d+") && !words.isEmpty()) {
        spelled = w + ".0";
      }
      words.add(spelled);
    }
    String key = String.join(" ", words);
    return key.equals("source open") ? "open source" : key;
  }

  private record Provenance(String source, String publisher, java.time.LocalDate published) {}

  /** Who states a fact: the registry source with that address, else the address's site. */
  private Provenance provenance(String url) {
    for (Source s : registry.sources().values()) {
      if (url != null && url.equals(s.url())) {
        return new Provenance(null, s.publisher(), null);
      }
    }
    if (url == null) {
      return new Provenance(null, "the registry", null);
    }
    try {
      URI u = URI.create(url);
      String host = u.getHost() == null ? url : u.getHost().replaceFirst("^www\\.", "");
      String[] path = u.getPath() == null ? new String[0] : u.getPath().split("/");
      return new Provenance(null, host.equals("github.com") && path.length > 2
          ? "github.com/" + path[1] + "/" + path[2] : host, null);
    } catch (IllegalArgumentException e) {
      return new Provenance(null, url, null);
    }
  }

  private static String label(StatedFact f) {
    return switch (f.registryKey()) {
      case "parameters_total" -> "total parameter count";
      case "parameters_active" -> "active parameter count";
      case "training_tokens" -> "training token count";
      case "context_length" -> "context length";
      case "open_weights" -> "open-weights status";
      case "license" -> "licence";
      default -> f.type();
    };
  }

  private static String unit(StatedFact f) {
    return switch (f.type()) {
      case "parameters" -> "parameters";
      case "training_tokens", "context_length" -> "tokens";
      default -> null;
    };
  }

  /** Model names joined; a long list is cut to its first few and a count of the others. */
  private static String names(List<Model> models, String joiner) {
    List<String> all = new ArrayList<>(new LinkedHashSet<>(
        models.stream().map(Model::name).toList()));
    if (all.size() > LISTED) {
      int more = all.size() - (LISTED - 1);
      all = new ArrayList<>(all.subList(0, LISTED - 1));
      all.add(more + " other models");
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    return String.join(", ", all.subList(0, all.size() - 1)) + joiner + all.get(all.size() - 1);
  }

  /** A value as a reader wants it: "671B", "open weights", "Apache 2.0". */
  private static String show(String type, Double number, String text) {
    if (number != null) {
      return compact(number);
    }
    if (type.equals("open_weights")) {
      return Boolean.parseBoolean(text) ? "open weights" : "closed weights";
    }
    return text;
  }

  /** 671e9 → "671B", 14.8e12 → "14.8T", 128000 → "128K". */
  static String compact(double n) {
    String[] units = {"T", "B", "M", "K"};
    double[] factors = {1e12, 1e9, 1e6, 1e3};
    for (int i = 0; i < units.length; i++) {
      if (Math.abs(n) >= factors[i]) {
        return BigDecimal.valueOf(n / factors[i]).round(new java.math.MathContext(4))
            .stripTrailingZeros().toPlainString() + units[i];
      }
    }
    return plain(n);
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static Check check(AtomicClaim atom, AsOf asOf, Resolution subject, Verdict v,
      String reason, String explanation, List<Evidence> evidence) {
    return new Check(atom, v, reason, explanation, subject, null, null, asOf, evidence,
        List.of(), List.of());
  }
}
