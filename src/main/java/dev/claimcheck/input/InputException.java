package dev.claimcheck.input;

/** An input that could not be read: a missing file, a dead URL, a non-HTML page. */
public final class InputException extends Exception {
  private final String input;

  public InputException(String input, String message) {
    super(message);
    this.input = input;
  }

  public InputException(String input, String message, Throwable cause) {
    super(message, cause);
    this.input = input;
  }

  /** The input as the user named it. */
  public String input() {
    return input;
  }
}
