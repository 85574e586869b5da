package dev.claimcheck.claim;

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
 */
public record StatedFact(
    String type,
    String qualifier,
    String value,
    Double number,
    Bound bound,
    double rounding,
    String written) {

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

  /** "671 billion total parameters" style label, for reports. */
  public String describe() {
    String what = switch (type) {
      case "parameters" -> (qualifier == null ? "" : qualifier + " ") + "parameters";
      case "training_tokens" -> "training tokens";
      case "context_length" -> "context length";
      case "open_weights" -> "open weights";
      default -> type;
    };
    String how = switch (bound) {
      case MORE_THAN -> "more than ";
      case LESS_THAN -> "less than ";
      case UP_TO -> "up to ";
      case ABOUT -> "about ";
      case EXACT -> "";
    };
    return what + " " + how + value;
  }
}
