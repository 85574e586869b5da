package dev.claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** claimcheck's version, as Maven recorded it in the jar; {@code dev} when run from classes. */
public final class Version {
  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.claimcheck/claimcheck/pom.properties";
  private static volatile String cached;

  private Version() {}

  public static String get() {
    String v = cached;
    if (v == null) {
      v = read();
      cached = v;
    }
    return v;
  }

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v.trim();
        }
      }
    } catch (IOException e) {
      // fall through
    }
    return "dev";
  }

  /** For {@code -V/--version}. */
  public static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "claimcheck " + get(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
