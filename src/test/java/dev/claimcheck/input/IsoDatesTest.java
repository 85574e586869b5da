package dev.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IsoDatesTest {

  @Test
  void readsDatesAndDateTimesAsWritten() {
    LocalDate d = LocalDate.of(2025, 1, 29);
    assertEquals(Optional.of(d), IsoDates.parse("2025-01-29"));
    assertEquals(Optional.of(d), IsoDates.parse(" 2025-01-29T23:30:00+08:00 "));
    assertEquals(Optional.of(d), IsoDates.parse("2025-01-29T23:30:00.123Z"));
    assertEquals(Optional.of(d), IsoDates.parse("2025-01-29T23:30:00-0500"));
    assertEquals(Optional.of(d), IsoDates.parse("2025-01-29 10:00"));
    assertEquals(Optional.of(d), IsoDates.parse("2025-01-29T10:00:00"));
  }

  @Test
  void refusesAnythingElse() {
    assertEquals(Optional.empty(), IsoDates.parse("January 29, 2025"));
    assertEquals(Optional.empty(), IsoDates.parse("2025-02-30"));
    assertEquals(Optional.empty(), IsoDates.parse("2025-01-29 and more"));
    assertEquals(Optional.empty(), IsoDates.parse(null));
  }
}
