package dev.claimcheck.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the user fixed for a run.
 *
 * @param asOf --as-of: the date names and evidence are taken as of, overriding the article's
 * @param language --lang: the article's language, overriding detection
 * @param clock today's date for undated text with no better date
 */
public record CheckOptions(Optional<LocalDate> asOf, Optional<String> language, Clock clock) {
  public static CheckOptions defaults() {
    return new CheckOptions(Optional.empty(), Optional.empty(), Clock.systemUTC());
  }
}
