package dev.claimcheck.cli;

import dev.claimcheck.input.InputLoader;
import dev.claimcheck.input.InputOptions;
import dev.claimcheck.input.SourceDocument;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * Turns the command line's INPUT arguments into documents. The one seam between the CLI and the
 * input package: {@link #standard} is the only place that picks the implementation.
 */
public interface Inputs {

  /**
   * Reads every argument, in order; an argument that cannot be read yields an error entry and
   * does not stop the others. {@code -} stands for {@code stdin}.
   */
  List<Loaded> load(List<String> args, InputStream stdin);

  /** The reader the CLI uses: files, folders, URLs and standard input. */
  static Inputs standard(Duration timeout) {
    InputLoader loader = new InputLoader(
        InputOptions.defaults().withConnectTimeout(timeout).withReadTimeout(timeout));
    return (args, stdin) -> loader.load(args, stdin).stream()
        .map(l -> l.isError()
            ? Loaded.failed(l.name(), l.error().getMessage())
            : Loaded.ok(l.document()))
        .toList();
  }

  /** One input: either a document or the reason it could not be read. */
  record Loaded(String name, SourceDocument document, String error) {
    public static Loaded ok(SourceDocument doc) {
      return new Loaded(doc.name(), doc, null);
    }

    public static Loaded failed(String name, String error) {
      return new Loaded(name, null, error);
    }

    public boolean isError() {
      return error != null;
    }
  }
}
