package dev.claimcheck.input;

import java.util.Objects;

/**
 * The outcome of reading one input: either a document or the reason it could not be read.
 *
 * @param name the input as reported to the user (path, URL or {@code <stdin>})
 * @param document the document read, or {@code null} on error
 * @param error why the input could not be read, or {@code null} on success
 */
public record LoadedInput(String name, SourceDocument document, InputException error) {

  public LoadedInput {
    Objects.requireNonNull(name, "name");
    if ((document == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of document and error must be set");
    }
  }

  public static LoadedInput ok(SourceDocument document) {
    return new LoadedInput(document.name(), document, null);
  }

  public static LoadedInput failed(InputException error) {
    return new LoadedInput(error.input(), null, error);
  }

  public boolean isError() {
    return error != null;
  }
}
