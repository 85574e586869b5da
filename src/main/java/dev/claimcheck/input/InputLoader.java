package dev.claimcheck.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the inputs named on the command line: files, folders, {@code http(s)} URLs and
 * {@code -} for standard input. One bad input never stops the others: it becomes an error
 * entry in the result. An instance is not meant for use by several threads at once.
 */
public final class InputLoader {
  /** How standard input is named in reports. */
  public static final String STDIN_NAME = "<stdin>";
  static final String EMPTY_FOLDER = "no .txt, .md, .markdown, .html or .htm files in folder";

  private final InputOptions options;
  private final DocumentReader reader = new DocumentReader();
  private final HttpFetcher fetcher;

  public InputLoader(InputOptions options) {
    this.options = options;
    this.fetcher = new HttpFetcher(options, options.format().isEmpty());
  }

  public InputLoader() {
    this(InputOptions.defaults());
  }

  /** Something that reads one input. */
  @FunctionalInterface
  private interface Read {
    SourceDocument read() throws InputException;
  }

  /**
   * Reads every input, in order; a folder expands in place into its files.
   *
   * @param args paths, URLs or {@code -}
   * @param stdin what {@code -} reads
   * @return one entry per file, URL or stdin, each holding a document or an error
   */
  public List<LoadedInput> load(List<String> args, InputStream stdin) {
    List<LoadedInput> out = new ArrayList<>();
    boolean stdinRead = false;
    for (String arg : args) {
      if (arg.equals("-")) {
        boolean again = stdinRead;
        stdinRead = true;
        out.add(safely(STDIN_NAME, () -> readStdin(stdin, again)));
      } else if (isUrl(arg)) {
        out.add(safely(arg, () -> readUrl(arg)));
      } else {
        loadPath(arg, out);
      }
    }
    return out;
  }

  private static boolean isUrl(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private LoadedInput safely(String name, Read read) {
    try {
      return LoadedInput.ok(read.read());
    } catch (InputException e) {
      return LoadedInput.failed(e);
    } catch (RuntimeException | StackOverflowError e) {
      String detail = e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getClass().getSimpleName() + ": " + e.getMessage();
      return LoadedInput.failed(
          new InputException(name, "internal error reading input: " + detail, e));
    }
  }

  private SourceDocument readStdin(InputStream stdin, boolean again) throws InputException {
    if (again) {
      throw new InputException(STDIN_NAME, "standard input can only be read once");
    }
    if (stdin == null) {
      throw new InputException(STDIN_NAME, "no standard input");
    }
    byte[] bytes;
    try {
      bytes = stdin.readAllBytes();
    } catch (IOException e) {
      throw new InputException(STDIN_NAME, "cannot read standard input: " + e.getMessage(), e);
    }
    DocumentFormat format = options.format().orElseGet(() -> Formats.sniff(bytes));
    return reader.read(STDIN_NAME, bytes, format);
  }

  private SourceDocument readUrl(String url) throws InputException {
    HttpFetcher.Page page = fetcher.fetch(url);
    DocumentFormat format = options.format().orElseGet(() -> formatOf(page));
    return reader.read(
        url,
        page.body(),
        format,
        page.contentType().flatMap(ContentType::charset),
        Optional.of(page.uri().toString()));
  }

  /** By content type (plain text named .md is Markdown); sniffed when the type is missing. */
  private static DocumentFormat formatOf(HttpFetcher.Page page) {
    Optional<DocumentFormat> byType = page.contentType().flatMap(ContentType::format);
    if (byType.isEmpty()) {
      return Formats.sniff(page.body());
    }
    String path = page.uri().getPath() == null ? "" : page.uri().getPath();
    if (byType.get() == DocumentFormat.TEXT
        && Formats.byExtension(path).orElse(null) == DocumentFormat.MARKDOWN) {
      return DocumentFormat.MARKDOWN;
    }
    return byType.get();
  }

  /** The largest file read: far beyond any article, small enough to hold in memory. */
  static final int MAX_FILE_BYTES = 64 << 20;

  private void loadPath(String arg, List<LoadedInput> out) {
    if (arg.isBlank()) {
      out.add(LoadedInput.failed(new InputException(arg, "empty file name")));
      return;
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      out.add(LoadedInput.failed(new InputException(arg, "not a valid file name")));
      return;
    }
    if (!Files.isDirectory(path)) {
      out.add(safely(arg, () -> readFile(arg, path)));
      return;
    }
    List<FolderScanner.Entry> entries;
    try {
      entries = FolderScanner.scan(path);
    } catch (IOException | RuntimeException e) {
      out.add(LoadedInput.failed(new InputException(arg, "cannot list folder: " + reason(e), e)));
      return;
    }
    if (entries.isEmpty()) {
      out.add(LoadedInput.failed(new InputException(arg, EMPTY_FOLDER)));
      return;
    }
    for (FolderScanner.Entry entry : entries) {
      String name = path.resolve(entry.relative()).toString();
      if (entry.failure() != null) {
        boolean folder = Files.isDirectory(entry.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS);
        out.add(LoadedInput.failed(
            new InputException(name, (folder ? "cannot list folder: " : "cannot read: ")
                + reason(entry.failure()), entry.failure())));
      } else {
        out.add(safely(name, () -> readFile(name, entry.path())));
      }
    }
  }

  private SourceDocument readFile(String name, Path path) throws InputException {
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(path)) {
      // Bounded, so that a device such as /dev/zero given by mistake cannot exhaust memory.
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      throw new InputException(name, reason(e), e);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw new InputException(name, "larger than " + (MAX_FILE_BYTES >> 20) + " MiB; not an article");
    }
    Path fileName = path.getFileName();
    DocumentFormat format = options.format().orElseGet(() ->
        Formats.byExtension(fileName == null ? "" : fileName.toString())
            .orElse(DocumentFormat.TEXT));
    return reader.read(name, bytes, format);
  }

  /** A short reason for a file system failure, without the path (the caller names it). */
  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason().toLowerCase(Locale.ROOT);
    }
    String msg = e.getMessage();
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : msg;
  }
}
