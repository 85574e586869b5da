package dev.claimcheck.claim;

import java.util.List;
import java.util.Locale;

/**
 * One value a sentence states for a model fact, read into a comparable form.
 *
 * @param type the fact type: architecture, license, open_weights, parameters, training_tokens
 *     or context_length
 * @param qualifier what a parameter count counts: {@code total}, {@code active}, or null when the
 *     text does not say
 * @param value the value as text: "moe" or "dense", a licence name, "true" or "false" for open
 *     weights, the number for counts
 * @param number the number for counts (parameters, tokens), null otherwise
 * @param bound how the number is meant: exactly, more than, less than, up to or about
 * @param rounding half a unit of the number's last written digit ("14.8 trillion": 5e10)
 * @param written the words the value was read from
 * @param scope which of the subject's models the fact is stated of
 */
public record StatedFact(
    String type,
    String qualifier,
    String value,
    Double number,
    Bound bound,
    double rounding,
    String written,
    Scope scope) {

  public StatedFact {
    scope = scope == null ? Scope.WHOLE : scope;
  }

  /**
   * Which of the subject's models a fact is stated of: all of it (the default), some of its
   * models ("plusieurs versions", "some variants"), or its models of the sizes named ("les
   * modèles 3B et 72B").
   */
  public record Scope(boolean some, List<String> sizes) {
    public static final Scope WHOLE = new Scope(false, List.of());

    public Scope {
      sizes = List.copyOf(sizes);
    }

    public boolean whole() {
      return !some && sizes.isEmpty();
    }
  }

  /** This value, stated of {@code scope}. */
  public StatedFact within(Scope scope) {
    return new StatedFact(type, qualifier, value, number, bound, rounding, written, scope);
  }

  /** How a stated number relates to the true one. */
  public enum Bound {
    EXACT,
    MORE_THAN,
    LESS_THAN,
    UP_TO,
    ABOUT;

    /** Reads a lexicon's bound kind ("more_than"); null and unknown kinds are exact. */
    public static Bound of(String kind) {
      if (kind == null) {
        return EXACT;
      }
      try {
        return valueOf(kind.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return EXACT;
      }
    }
  }

  /** The registry key the fact is checked against: parameters_total, parameters_active ... */
  public String registryKey() {
    if (type.equals("parameters")) {
      return "active".equals(qualifier) ? "parameters_active" : "parameters_total";
    }
    return type;
  }

  /** "total parameters 671B", "open weights", "license Apache 2.0": a label for reports. */
  public String describe() {
    String how = switch (bound) {
      case MORE_THAN -> "more than ";
      case LESS_THAN -> "less than ";
      case UP_TO -> "up to ";
      case ABOUT -> "about ";
      case EXACT -> "";
    };
    return switch (type) {
      case "parameters" -> (qualifier == null ? "" : qualifier + " ") + "parameters " + how
          + compact(number);
      case "training_tokens" -> "training tokens " + how + compact(number);
      case "context_length" -> "context length " + how + compact(number);
      case "open_weights" -> Boolean.parseBoolean(value) ? "open weights" : "closed weights";
      default -> type + " " + value;
    };
  }

  /** 671e9 → "671B", 14.8e12 → "14.8T", 128000 → "128K". */
  static String compact(Double n) {
    if (n == null) {
      return "?";
    }
    String[] units = {"T", "B", "M", "K"};
    double[] factors = {1e12, 1e9, 1e6, 1e3};
    for (int i = 0; i < units.length; i++) {
      if (Math.abs(n) >= factors[i]) {
        return java.math.BigDecimal.valueOf(n / factors[i]).round(new java.math.MathContext(6))
            .stripTrailingZeros().toPlainString() + units[i];
      }
    }
    return java.math.BigDecimal.valueOf(n).stripTrailingZeros().toPlainString();
  }
}
