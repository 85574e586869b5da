package dev.claimcheck.input;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an input says about itself: its title, its language ({@code <html lang>}, front matter),
 * its publication date (meta tags, JSON-LD, front matter) and the URL it was fetched from.
 */
public record Metadata(
    Optional<String> title,
    Optional<String> language,
    Optional<LocalDate> published,
    Optional<String> url) {

  public static Metadata none() {
    return new Metadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
