package dev.claimcheck.cli;

import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.RegistryProblem;
import dev.claimcheck.registry.importer.HttpDownloader;
import dev.claimcheck.registry.importer.ImportException;
import dev.claimcheck.registry.importer.RegistryUpdater;
import dev.claimcheck.registry.importer.UpdateSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claimcheck registry update}: new dated snapshots of the publishers' current data. */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    sortOptions = false,
    descriptionHeading = "%n",
    description = {
      "Add a new dated snapshot of each publisher's current data to a registry folder.",
      "",
      "Downloads the files listed in update-sources.json of the registry folder (else the"
          + " bundled list) and imports them as sources/<id>@<date>.json, dated today unless the"
          + " data carries its own date."
          + " When the figures equal those of the newest snapshot already held, the source is"
          + " reported unchanged and nothing is written. Older snapshots are never rewritten or"
          + " removed.",
      "",
      "Each source is all or nothing: it is downloaded, imported and validated on a copy of"
          + " the registry first, and only then moved in, file by file, through atomic renames."
          + " If any step fails (HTTP error, cut-off or malformed data, a registry that would not"
          + " validate), nothing of that source is written, the error is reported and the other"
          + " sources go on.",
      "",
      "Writes to --registry DIR, by default ./claims: the registry bundled inside the jar is"
          + " read-only.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit status:",
      "  0  every source updated or unchanged (or, with --dry-run, would be)",
      "  1  the registry has problems before the update (listed); nothing was done",
      "  2  usage error, e.g. an unknown --source",
      "  3  at least one source failed (the others were still updated), or DIR or the",
      "     list of sources could not be read",
      "  4  internal error: a bug in claimcheck, please report it",
    })
final class RegistryUpdate implements Callable<Integer> {
  static final String BASE_URL_ENV = "CLAIMCHECK_UPDATE_BASE_URL";
  static final String SOURCES_FILE = "update-sources.json";

  private final Main main;

  @ParentCommand RegistryCommand parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = {
        "Update only this source (repeatable): livebench, arena-hard, aider, swe-bench, epoch"
            + " in the bundled list."
      })
  List<String> only = new ArrayList<>();

  @Option(
      names = "--registry",
      paramLabel = "DIR",
      description = "The registry folder to update (default: ./claims).")
  Path registryDir;

  @Option(
      names = "--dry-run",
      description = "Download, import and validate, but write nothing; say what would be written.")
  boolean dryRun;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      converter = CheckCommand.SecondsConverter.class,
      description = "Give up a download after SECONDS (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  /** Fetch every file from this base URL instead (mirrors, tests); also CLAIMCHECK_UPDATE_BASE_URL. */
  @Option(names = "--base-url", paramLabel = "URL", hidden = true)
  String baseUrl;

  RegistryUpdate(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    String base = baseUrl();
    Path dir = parent.writable(registryDir);
    if (!parent.isFolder(dir)) {
      return ExitCodes.UNREADABLE;
    }
    List<UpdateSource> sources;
    try {
      sources = sources(dir);
    } catch (IOException | ImportException e) {
      main.err.println("claimcheck: " + RegistryImport.describe(e));
      return ExitCodes.UNREADABLE;
    }
    List<UpdateSource> selected = select(sources);
    try {
      main.registries.load(dir);
    } catch (RegistryException e) {
      return parent.problems(dir, e, "; fix them before updating (nothing was downloaded)");
    }

    LocalDate today = LocalDate.now(main.clock);
    HttpDownloader downloader =
        new HttpDownloader(
            HttpDownloader.DEFAULT_CONNECT_TIMEOUT.compareTo(timeout) < 0
                ? HttpDownloader.DEFAULT_CONNECT_TIMEOUT
                : timeout,
            timeout,
            HttpDownloader.DEFAULT_MAX_BYTES,
            HttpDownloader.DEFAULT_MAX_REDIRECTS,
            "claimcheck/" + Version.get() + " (registry update)");
    RegistryUpdater updater = new RegistryUpdater(dir, downloader, today, base, dryRun);
    int failed = 0;
    for (UpdateSource s : selected) {
      RegistryUpdater.Outcome o = updater.update(s);
      switch (o.status()) {
        case UPDATED ->
            main.out.println(
                s.name() + ": new snapshot " + o.snapshotId() + " (" + o.results() + " results);"
                    + " wrote " + String.join(", ", o.files()));
        case WOULD_UPDATE ->
            main.out.println(
                s.name() + ": would write snapshot " + o.snapshotId() + " (" + o.results()
                    + " results): " + String.join(", ", o.files()) + " (dry run, nothing written)");
        case UNCHANGED ->
            main.out.println(
                s.name() + ": unchanged (same figures as " + o.snapshotId() + "); nothing written");
        case FAILED -> {
          failed++;
          for (RegistryProblem p : o.problems()) {
            main.out.println(p);
          }
          main.out.flush();
          main.err.println("claimcheck: " + s.name() + ": " + o.message());
          main.err.println("claimcheck: " + s.name() + ": failed; nothing of it was written");
        }
      }
      main.out.flush();
      main.err.flush();
    }
    if (failed > 0) {
      main.err.println(
          "claimcheck: " + failed + " of " + selected.size()
              + (selected.size() == 1 ? " source" : " sources") + " failed; " + dir
              + " holds none of their new data");
      return ExitCodes.UNREADABLE;
    }
    return ExitCodes.OK;
  }

  private String baseUrl() {
    String b = baseUrl != null ? baseUrl : main.env.get(BASE_URL_ENV);
    if (b == null || b.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(b.trim());
      if (u.getScheme() == null || u.getHost() == null) {
        throw new URISyntaxException(b, "no scheme or host");
      }
    } catch (URISyntaxException e) {
      throw new ParameterException(
          spec.commandLine(),
          "'" + b + "' is not a base URL such as http://127.0.0.1:8080/"
              + (baseUrl != null ? "" : " (from " + BASE_URL_ENV + ")"));
    }
    return b.trim();
  }

  /** The registry folder's own list when it has one, else the list bundled in the jar. */
  private static List<UpdateSource> sources(Path dir) throws IOException {
    Path own = dir.resolve(SOURCES_FILE);
    if (Files.isRegularFile(own)) {
      return UpdateSource.read(own);
    }
    String resource = "/claims/" + SOURCES_FILE;
    try (InputStream in = RegistryUpdate.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("<bundled registry>/" + SOURCES_FILE + ": not found on the class path");
      }
      return UpdateSource.read(in, "<bundled registry>/" + SOURCES_FILE);
    }
  }

  private List<UpdateSource> select(List<UpdateSource> sources) {
    if (only.isEmpty()) {
      return sources;
    }
    Set<String> wanted = new LinkedHashSet<>(only);
    List<String> names = sources.stream().map(UpdateSource::name).toList();
    for (String w : wanted) {
      if (!names.contains(w)) {
        throw new ParameterException(
            spec.commandLine(),
            "no source named '" + w + "'; known: " + String.join(", ", names));
      }
    }
    return sources.stream().filter(s -> wanted.contains(s.name())).toList();
  }
}
