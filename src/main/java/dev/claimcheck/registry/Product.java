package dev.claimcheck.registry;

import java.time.LocalDate;
import java.util.List;

/** A product ("ChatGPT") and the models it served over time, each mapping with its source. */
public record Product(
    String id, String name, String vendor, List<String> aliases, String note, List<Serving> served) {

  public Product {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    served = served == null ? List.of() : List.copyOf(served);
  }

  /** The product served {@code model} from {@code from} until {@code to} (open-ended when null). */
  public record Serving(String model, LocalDate from, LocalDate to, String source) {
    public boolean covers(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
  }
}
