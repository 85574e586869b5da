package dev.claimcheck.report;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a reporter may need from the caller.
 *
 * @param color whether ANSI colours may be written (the caller decides: terminal, NO_COLOR,
 *     --color)
 * @param toolVersion claimcheck's version, for machine-readable formats
 * @param vendorOf the vendor of a registry model id, when known; lets the text report say that a
 *     claimant is the model's own vendor
 */
public record ReporterConfig(
    boolean color, String toolVersion, Function<String, Optional<String>> vendorOf) {

  public ReporterConfig {
    vendorOf = vendorOf == null ? id -> Optional.empty() : vendorOf;
  }

  public static ReporterConfig plain(String toolVersion) {
    return new ReporterConfig(false, toolVersion, null);
  }
}
