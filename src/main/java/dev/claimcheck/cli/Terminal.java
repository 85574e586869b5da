package dev.claimcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which of the standard streams are terminals. */
public record Terminal(boolean stdin, boolean stdout, boolean stderr) {
  /** No terminal anywhere: pipes and files, as in CI and tests. */
  public static final Terminal NONE = new Terminal(false, false, false);

  /**
   * Looks at the real streams. On Linux each file descriptor is checked on its own through
   * {@code /proc/self/fd}; elsewhere {@link System#console()} answers for all three.
   */
  public static Terminal detect() {
    boolean console = System.console() != null;
    return new Terminal(isTty(0, console), isTty(1, console), isTty(2, console));
  }

  private static boolean isTty(int fd, boolean fallback) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/")
          || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return fallback;
    }
  }
}
