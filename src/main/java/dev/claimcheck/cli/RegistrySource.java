package dev.claimcheck.cli;

import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.RegistryLoader;
import java.nio.file.Path;

/** Where the CLI gets its registry; replaceable in tests. */
public interface RegistrySource {
  /** The registry bundled in the jar. */
  Registry bundled() throws RegistryException;

  /** Reads and validates the registry in {@code dir}. */
  Registry load(Path dir) throws RegistryException;

  /** The registry in {@code dir}, or the bundled one when {@code dir} is null. */
  default Registry open(Path dir) throws RegistryException {
    return dir == null ? bundled() : load(dir);
  }

  static RegistrySource standard() {
    return new RegistrySource() {
      @Override
      public Registry bundled() throws RegistryException {
        return new RegistryLoader().loadBundled();
      }

      @Override
      public Registry load(Path dir) throws RegistryException {
        return new RegistryLoader().load(dir);
      }
    };
  }
}
