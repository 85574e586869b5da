package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Writes one JSON document the way the JSON reports lay it out: two-space indentation, {@code
 * "key": value}, empty arrays and objects as {@code []} and {@code {}}, and a final newline.
 */
final class PrettyJson {
  /** Writes the document's content to a generator set up for it. */
  interface Content {
    void write(JsonGenerator g) throws IOException;
  }

  private PrettyJson() {}

  /**
   * Writes {@code content} to {@code out} with a generator from {@code factory}, then a newline,
   * and flushes {@code out}; an I/O failure is thrown as an {@link UncheckedIOException}.
   */
  static void write(JsonFactory factory, PrintWriter out, Content content) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter pretty =
          new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withArrayEmptySeparator("")
                  .withObjectEmptySeparator(""));
      pretty.indentObjectsWith(indenter);
      pretty.indentArraysWith(indenter);
      g.setPrettyPrinter(pretty);
      content.write(g);
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
