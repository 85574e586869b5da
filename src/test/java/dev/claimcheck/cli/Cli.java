package dev.claimcheck.cli;

import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.RegistryLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Runs {@link Main} in-process with captured streams and the test registry as "bundled". */
final class Cli {
  static final Path REGISTRY = resource("/cli/registry");

  private Terminal terminal = Terminal.NONE;
  private final Map<String, String> env = new HashMap<>();
  private String stdin = "";
  private Checker.Factory checker;
  private java.util.function.LongSupplier nanoClock = () -> 0L;
  private RegistrySource registries = testRegistries();

  /** Uses the registry bundled with claimcheck, as a user would. */
  Cli bundledRegistry() {
    this.registries = RegistrySource.standard();
    return this;
  }

  Cli terminal(Terminal t) {
    this.terminal = t;
    return this;
  }

  Cli env(String key, String value) {
    env.put(key, value);
    return this;
  }

  Cli stdin(String text) {
    this.stdin = text;
    return this;
  }

  /** The clock that decides when a run is long; by default time stands still. */
  Cli nanoClock(java.util.function.LongSupplier clock) {
    this.nanoClock = clock;
    return this;
  }

  Cli checker(Checker.Factory factory) {
    this.checker = factory;
    return this;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Main main =
        new Main(
                new PrintWriter(out),
                new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                env,
                terminal)
            .withRegistries(registries)
            .withClock(Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC))
            .withNanoClock(nanoClock);
    if (checker != null) {
      main.withChecker(checker);
    }
    int code = main.run(args);
    return new Result(code, out.toString(), err.toString());
  }

  static RegistrySource testRegistries() {
    return new RegistrySource() {
      @Override
      public Registry bundled() throws RegistryException {
        return new RegistryLoader().load(REGISTRY);
      }

      @Override
      public Registry load(Path dir) throws RegistryException {
        return new RegistryLoader().load(dir);
      }
    };
  }

  /** A copy of the test registry in {@code dir}, to break. */
  static Path copyRegistry(Path dir) {
    try (Stream<Path> files = Files.walk(REGISTRY)) {
      for (Path p : files.toList()) {
        Path target = dir.resolve(REGISTRY.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(Cli.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }
}
