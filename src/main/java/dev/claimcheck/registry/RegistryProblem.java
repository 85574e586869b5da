package dev.claimcheck.registry;

/** One thing wrong with a registry file, at a 1-based line:column (0 when unknown). */
public record RegistryProblem(String file, int line, int column, String message) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
  }
}
