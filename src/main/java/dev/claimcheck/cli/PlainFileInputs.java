package dev.claimcheck.cli;

import dev.claimcheck.input.DocumentFormat;
import dev.claimcheck.input.Metadata;
import dev.claimcheck.input.SourceDocument;
import dev.claimcheck.text.LineMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stand-in reader until the input package lands: plain files and standard input only, read as
 * UTF-8 text (BOM dropped, invalid bytes replaced with a warning). URLs and folders are reported
 * as input errors.
 */
final class PlainFileInputs implements Inputs {
  static final String STDIN = "<stdin>";

  @SuppressWarnings("unused")
  private final Duration timeout;

  PlainFileInputs(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public List<Loaded> load(List<String> args, InputStream stdin) {
    List<Loaded> out = new ArrayList<>();
    boolean stdinRead = false;
    for (String arg : args) {
      if (arg.equals("-")) {
        if (stdinRead) {
          out.add(Loaded.failed(STDIN, "standard input was already read"));
          continue;
        }
        stdinRead = true;
        try {
          out.add(Loaded.ok(document(STDIN, stdin.readAllBytes())));
        } catch (IOException e) {
          out.add(Loaded.failed(STDIN, "cannot read: " + e.getMessage()));
        }
        continue;
      }
      String lower = arg.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        out.add(Loaded.failed(arg, "URLs are not supported by this build"));
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        out.add(Loaded.failed(arg, "is a folder; folders are not supported by this build"));
        continue;
      }
      try {
        out.add(Loaded.ok(document(arg, Files.readAllBytes(path))));
      } catch (NoSuchFileException e) {
        out.add(Loaded.failed(arg, "no such file"));
      } catch (AccessDeniedException e) {
        out.add(Loaded.failed(arg, "permission denied"));
      } catch (IOException e) {
        out.add(Loaded.failed(arg, "cannot read: " + e.getMessage()));
      }
    }
    return out;
  }

  static SourceDocument document(String name, byte[] bytes) {
    List<String> warnings = new ArrayList<>();
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, StandardCharsets.UTF_8);
      warnings.add("not valid UTF-8; invalid bytes were replaced");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new SourceDocument(
        name, text, DocumentFormat.TEXT, new LineMap(text), Metadata.none(), warnings);
  }
}
