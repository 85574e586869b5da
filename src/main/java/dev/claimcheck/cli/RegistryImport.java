package dev.claimcheck.cli;

import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.importer.ImportException;
import dev.claimcheck.registry.importer.RegistryImporter;
import dev.claimcheck.registry.importer.SourceInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code claimcheck registry import}: one raw file into a new dated source of a registry folder. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    sortOptions = false,
    descriptionHeading = "%n",
    description = {
      "Import a published raw file into a registry folder as a new dated source.",
      "",
      "Writes sources/<id>.json (the id carries the publication date) and adds the models and"
          + " benchmarks it names that the registry lacks. A source file already there is never"
          + " overwritten. Then the registry is validated and any problem printed as"
          + " file:line:col: message.",
      "",
      "Writes to --registry DIR, by default ./claims: the registry bundled inside the jar is"
          + " read-only. The source metadata (--publisher, --url, --published, --independent or"
          + " --vendor-reported) is required; --source-id too for csv, whose columns are"
          + " model,benchmark,score[,ci_low,ci_high,stderr,n,variant,system,date] with benchmark"
          + " ids the registry already has.",
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Example:",
      "  claimcheck registry import --format csv --source-id myeval@2025-03-01 \\",
      "      --publisher 'My Lab' --url https://example.org/results.csv \\",
      "      --published 2025-03-01 --independent --license CC-BY-4.0 results.csv",
      "",
      "Exit status:",
      "  0  imported (or already held), and the registry is valid",
      "  1  imported, but the registry now has problems (listed on standard output)",
      "  2  usage error, e.g. missing source metadata",
      "  3  an input file could not be read or is malformed (file and line are named),",
      "     or DIR is not a registry folder; nothing was written",
      "  4  internal error: a bug in claimcheck, please report it",
    })
final class RegistryImport implements Callable<Integer> {
  static final List<String> FORMATS =
      List.of(
          "livebench", "arena-hard", "livecodebench", "aider", "swe-bench", "lmarena", "epoch",
          "zeroeval", "vendor", "csv");

  private final Main main;

  @ParentCommand RegistryCommand parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      required = true,
      converter = FormatConverter.class,
      description = {
        "The raw file format: livebench, arena-hard, livecodebench, aider, swe-bench, lmarena,"
            + " epoch, zeroeval, vendor or csv."
      })
  String format;

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description = "The registry folder to write to (default: ./claims).")
  Path registryDir;

  @Option(
      names = "--source-id",
      paramLabel = "ID",
      description = {
        "The new source's id, e.g. myeval@2025-03-01 (required for csv; other formats"
            + " derive it from the benchmark and --published)."
      })
  String sourceId;

  @Option(names = "--publisher", paramLabel = "P", description = "Who published the figures.")
  String publisher;

  @Option(names = "--publisher-url", paramLabel = "U", description = "The publisher's site.")
  String publisherUrl;

  @Option(names = "--title", paramLabel = "T", description = "What the file is, in a few words.")
  String title;

  @Option(
      names = "--url",
      paramLabel = "U",
      description = "Where the file is published, ideally at a fixed commit.")
  String url;

  @Option(names = "--commit", paramLabel = "SHA", description = "The commit the file was read at.")
  String commit;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      converter = CheckCommand.DateConverter.class,
      description = "When the figures were published.")
  LocalDate published;

  @Option(
      names = "--independent",
      description = "Run by someone other than the models' vendors (counts as evidence).")
  boolean independent;

  @Option(
      names = "--vendor-reported",
      description = "The vendor's own figures (shown, never counted as evidence).")
  boolean vendorReported;

  @Option(
      names = "--reported-by",
      paramLabel = "V",
      description = "The vendor who reported them (required with --vendor-reported).")
  String reportedBy;

  @Option(names = "--license", paramLabel = "L", description = "The figures' licence.")
  String license;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      defaultValue = "evidence",
      converter = RoleConverter.class,
      description = {
        "evidence, or cross-check for second-hand copies that are never counted as evidence"
            + " (default: ${DEFAULT-VALUE})."
      })
  String role;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The raw files to import.")
  List<Path> files;

  RegistryImport(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    SourceInfo overrides = metadata();
    Path dir = parent.writable(registryDir);
    if (!parent.isFolder(dir)) {
      return ExitCodes.UNREADABLE;
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        main.err.println("claimcheck: " + f + ": " + (Files.exists(f) ? "not a file" : "no such file"));
        return ExitCodes.UNREADABLE;
      }
      if (!Files.isReadable(f)) {
        main.err.println("claimcheck: " + f + ": permission denied");
        return ExitCodes.UNREADABLE;
      }
    }
    List<Path> written;
    try {
      written = RegistryImporter.importFiles(format, files, overrides, dir);
    } catch (ImportException e) {
      main.err.println("claimcheck: " + e.getMessage());
      main.err.println("claimcheck: nothing imported");
      return ExitCodes.UNREADABLE;
    } catch (CharacterCodingException e) {
      main.err.println("claimcheck: " + inputs() + ": not UTF-8 text; nothing imported");
      return ExitCodes.UNREADABLE;
    } catch (IOException e) {
      main.err.println("claimcheck: cannot import " + inputs() + ": " + describe(e));
      return ExitCodes.UNREADABLE;
    }
    if (written.isEmpty()) {
      main.out.println("nothing written: " + dir + " already holds these results");
    }
    for (Path p : written) {
      main.out.println("wrote " + p);
    }
    return validate(dir);
  }

  /** Validates {@code dir}, printing "ok: ..." or every problem as file:line:col: message. */
  private int validate(Path dir) {
    try {
      Registry r = main.registries.load(dir);
      main.out.println("ok: " + dir + " is valid: " + RegistryCommand.counts(r));
      return ExitCodes.OK;
    } catch (RegistryException e) {
      return parent.problems(dir, e, " after the import");
    }
  }

  private SourceInfo metadata() {
    List<String> missing = new ArrayList<>();
    if (format.equals("csv") && blank(sourceId)) {
      missing.add("--source-id");
    }
    if (blank(publisher)) {
      missing.add("--publisher");
    }
    if (blank(url)) {
      missing.add("--url");
    }
    if (published == null) {
      missing.add("--published");
    }
    if (!independent && !vendorReported) {
      missing.add("--independent or --vendor-reported");
    }
    if (vendorReported && blank(reportedBy)) {
      missing.add("--reported-by");
    }
    if (!missing.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "missing source metadata: " + String.join(", ", missing)
              + " (every imported figure must say who published it, where and when)");
    }
    if (independent && vendorReported) {
      throw new ParameterException(
          spec.commandLine(), "--independent and --vendor-reported exclude each other");
    }
    if (!blank(sourceId) && !sourceId.matches("[A-Za-z0-9][A-Za-z0-9._@-]*")) {
      throw new ParameterException(
          spec.commandLine(),
          "'" + sourceId + "' is not a source id: letters, digits and . _ @ - only");
    }
    try {
      URI u = new URI(url.trim());
      if (!u.isAbsolute()) {
        throw new URISyntaxException(url, "not absolute");
      }
    } catch (URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "'" + url + "' is not an absolute URL");
    }
    return new SourceInfo(
        blank(sourceId) ? null : sourceId.trim(),
        publisher.trim(),
        blank(publisherUrl) ? null : publisherUrl.trim(),
        blank(title) ? null : title.trim(),
        url.trim(),
        blank(commit) ? null : commit.trim(),
        published.toString(),
        independent,
        vendorReported ? reportedBy.trim() : null,
        role,
        blank(license) ? null : license.trim(),
        null,
        null);
  }

  private String inputs() {
    if (files.size() == 1) {
      return files.get(0).toString();
    }
    StringBuilder b = new StringBuilder("one of ");
    for (Iterator<Path> it = files.iterator(); it.hasNext(); ) {
      b.append(it.next()).append(it.hasNext() ? ", " : "");
    }
    return b.toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  /** --format: the importer's formats. */
  static final class FormatConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (!FORMATS.contains(v)) {
        throw new TypeConversionException(
            "'" + value + "' is not an import format (expected one of "
                + String.join(", ", FORMATS) + ")");
      }
      return v;
    }
  }

  /** --role: evidence or cross-check. */
  static final class RoleConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      if (!v.equals("evidence") && !v.equals("cross-check")) {
        throw new TypeConversionException(
            "'" + value + "' is not a role (expected evidence or cross-check)");
      }
      return v;
    }
  }
}
