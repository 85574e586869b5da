package dev.claimcheck.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code --color auto|always|never}. */
public enum ColorMode {
  /** Colour when stdout is a terminal and NO_COLOR is unset or empty. */
  AUTO,
  /** Always colour, whatever NO_COLOR says (an explicit flag wins, as no-color.org asks). */
  ALWAYS,
  NEVER;

  public boolean enabled(boolean stdoutIsTerminal, Map<String, String> env) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> stdoutIsTerminal && noColorUnset(env);
    };
  }

  static boolean noColorUnset(Map<String, String> env) {
    String v = env.get("NO_COLOR");
    return v == null || v.isEmpty();
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ColorMode::id).toList();
  }

  public static ColorMode parse(String s) {
    String key = s.trim().toLowerCase(Locale.ROOT);
    for (ColorMode m : values()) {
      if (m.id().equals(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "'" + s + "' is not a colour mode (expected one of: " + String.join(", ", ids()) + ")");
  }

  @Override
  public String toString() {
    return id();
  }
}
