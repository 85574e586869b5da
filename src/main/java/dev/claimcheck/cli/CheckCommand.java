package dev.claimcheck.cli;

import dev.claimcheck.check.CheckOptions;
import dev.claimcheck.registry.Model;
import dev.claimcheck.registry.Registry;
import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.report.DocumentReport;
import dev.claimcheck.report.Reporter;
import dev.claimcheck.report.ReporterConfig;
import dev.claimcheck.report.ReportFormat;
import dev.claimcheck.report.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code claimcheck [OPTIONS] [INPUT...]}: check the claims in some articles. */
@Command(
    name = "claimcheck",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    subcommands = {RegistryCommand.class},
    sortOptions = false,
    abbreviateSynopsis = true,
    synopsisSubcommandLabel = "[COMMAND]",
    descriptionHeading = "%n",
    description = {
      "Fact-checks benchmark claims in AI-model news. claimcheck reads articles (URLs,"
          + " files, folders or standard input), finds claims such as \"Qwen2.5-Max beats"
          + " GPT-4o on Arena-Hard\", splits them into atomic claims (one competitor, one"
          + " benchmark) and checks each against a bundled registry of independently published"
          + " results. Vendor-reported figures are shown, never counted as evidence. Each"
          + " verdict comes with its evidence: scores, sources, the margin of error used and"
          + " how each name was read.",
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    footerHeading = "%n",
    footer = {
      "Verdicts (one per atomic claim, from least to most severe):",
      "  supported      independent evidence backs the claim beyond its margin of error",
      "  unverified     cannot be checked: no independent result, unknown model or",
      "                 benchmark, or no benchmark named",
      "  not-comparable the models were measured only on different versions or",
      "                 configurations of the benchmark, which are never compared",
      "  ambiguous      a name stands for several models that the evidence treats",
      "                 differently",
      "  conflicting    independent sources disagree: one backs the claim, one refutes it",
      "  within-margin  the difference lies within the 95%% margin of error: \"beats\" is",
      "                 not shown",
      "  contradicted   independent evidence refutes the claim",
      "",
      "Examples:",
      "  Check an article on the web:",
      "    claimcheck https://example.com/2025/01/qwen-2-5-max-launch",
      "  Check text piped in on standard input:",
      "    xclip -o | claimcheck",
      "  Check a file as of a given date, in French:",
      "    claimcheck --as-of 2025-02-01 --lang fr article.md",
      "  In CI: a folder, a JSON report, a failing build on contradicted claims:",
      "    claimcheck --format json --fail-on contradicted articles/ > report.json",
      "  Validate a registry you are editing:",
      "    claimcheck registry validate claims/",
      "",
      "Exit status:",
      "  0  no verdict at or above --fail-on, and every input was read",
      "  1  at least one verdict at or above --fail-on (default: contradicted)",
      "  2  usage error: unknown option, bad value, no input",
      "  3  an input or the registry could not be read; the other inputs are still",
      "     checked and reported. 3 wins over 1: a partial run never looks clean",
      "  4  internal error: a bug in claimcheck, please report it",
      "",
      "The JSON report (schema_version 1) is described by a JSON Schema, draft",
      "2020-12: claimcheck --print-schema prints it.",
      "Colour: see --color; NO_COLOR turns it off when --color is auto.",
    })
final class CheckCommand implements Callable<Integer> {
  static final String SCHEMA_RESOURCE = "/report/claimcheck-report.schema.json";

  private final Main main;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "INPUT",
      arity = "0..*",
      description = {
        "A URL, a file, a folder, or - for standard input. With no INPUT, standard input is"
            + " read when it is not a terminal."
      })
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      completionCandidates = FormatIds.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "contradicted",
      converter = FailOnConverter.class,
      completionCandidates = FailOnIds.class,
      description = {
        "Exit 1 when a verdict is at or above LEVEL: ${COMPLETION-CANDIDATES}"
            + " (default: ${DEFAULT-VALUE})."
      })
  FailOn failOn;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = {
        "Take names and evidence as of this date instead of the article's publication date."
      })
  LocalDate asOf;

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description = "Use the registry in DIR instead of the bundled one.")
  Path registryDir;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = LanguageConverter.class,
      description = "Read the articles in this language (en, fr, de, es) instead of detecting it.")
  String language;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = ColorConverter.class,
      completionCandidates = ColorIds.class,
      description = {
        "Colour the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: when"
            + " standard output is a terminal and NO_COLOR is not set)."
      })
  ColorMode color;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "20",
      converter = SecondsConverter.class,
      description = "Give up fetching a URL after SECONDS (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = {"-q", "--quiet"},
      description = "Show no progress.")
  boolean quiet;

  @Option(
      names = "--progress",
      description = {
        "Show progress on long runs even when standard error is not a terminal."
      })
  boolean progress;

  @Option(
      names = "--print-schema",
      description = "Print the JSON Schema of the JSON report and exit.")
  boolean printSchema;

  CheckCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws RegistryException, IOException {
    if (printSchema) {
      printSchema();
      return ExitCodes.OK;
    }
    List<String> args = inputs;
    if (args.isEmpty()) {
      if (main.terminal.stdin()) {
        main.err.println("claimcheck: no input: name a URL, file or folder, or pipe text in");
        main.err.println();
        main.usageOnErr(spec.commandLine());
        return ExitCodes.USAGE;
      }
      args = List.of("-");
    }
    Registry registry = main.registries.open(registryDir);
    Checker checker =
        main.checkers.create(
            registry,
            new CheckOptions(Optional.ofNullable(asOf), Optional.ofNullable(language), main.clock));
    List<Inputs.Loaded> loaded = main.inputs.apply(timeout).load(args, main.in);

    List<RunReport.InputError> errors = new ArrayList<>();
    for (Inputs.Loaded l : loaded) {
      if (l.isError()) {
        errors.add(new RunReport.InputError(l.name(), l.error()));
        main.err.println("claimcheck: " + l.name() + ": " + l.error());
      }
    }
    main.err.flush();
    Progress bar =
        new Progress(
            main.err,
            !quiet && (progress || main.terminal.stderr()),
            main.terminal.stderr(),
            main.nanoClock,
            loaded.size());
    List<DocumentReport> documents = new ArrayList<>();
    int done = 0;
    for (Inputs.Loaded l : loaded) {
      if (!l.isError()) {
        documents.add(checker.check(l.document()));
      }
      bar.update(++done);
    }
    bar.finish();

    RunReport run =
        new RunReport(
            documents,
            errors,
            new RunReport.RegistryInfo(
                registryDir == null ? "bundled" : registryDir.toString(),
                registry.models().size(),
                registry.benchmarks().size(),
                registry.results().size(),
                registry.sources().size()));
    Reporter reporter =
        format.create(
            new ReporterConfig(
                color.enabled(main.terminal.stdout(), main.env),
                Version.get(),
                id -> registry.model(id).map(Model::vendor)));
    reporter.write(run, main.out);
    main.out.flush();
    return ExitCodes.forRun(run, failOn);
  }

  private void printSchema() throws IOException {
    try (InputStream in = CheckCommand.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
      }
      main.out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      main.out.flush();
    }
  }

  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class FormatIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ReportFormat.ids().iterator();
    }
  }

  static final class FailOnConverter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      try {
        return FailOn.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class FailOnIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return FailOn.ids().iterator();
    }
  }

  static final class ColorConverter implements ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      try {
        return ColorMode.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class ColorIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ColorMode.ids().iterator();
    }
  }

  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2025-01-28");
      }
    }
  }

  static final class LanguageConverter implements ITypeConverter<String> {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    @Override
    public String convert(String value) {
      String v = value.trim();
      if (!TAG.matcher(v).matches()) {
        throw new TypeConversionException(
            "'" + value + "' is not a language code; expected e.g. en, fr, de");
      }
      String code = v.replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
      List<String> read = new dev.claimcheck.lexicon.LexiconLoader().languageCodes();
      if (!read.contains(code)) {
        throw new TypeConversionException(
            "'" + value + "': claimcheck reads " + String.join(", ", read) + " only");
      }
      return code;
    }
  }

  static final class SecondsConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        long s = Long.parseLong(value.trim());
        if (s > 0 && s <= 3600) {
          return Duration.ofSeconds(s);
        }
      } catch (NumberFormatException e) {
        // fall through
      }
      throw new TypeConversionException(
          "'" + value + "' is not a number of seconds between 1 and 3600");
    }
  }
}
