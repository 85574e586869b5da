package dev.claimcheck.cli;

import dev.claimcheck.registry.RegistryException;
import dev.claimcheck.registry.RegistryProblem;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The claimcheck command line. Everything the process touches is injected (output and error
 * writers, standard input, the environment, which streams are terminals) so tests drive it fully
 * through {@link #run}. Exit statuses are documented in {@link ExitCodes}; this class is the one
 * place that maps failures to them.
 */
public final class Main {
  final PrintWriter out;
  final PrintWriter err;
  final InputStream in;
  final Map<String, String> env;
  final Terminal terminal;

  RegistrySource registries = RegistrySource.standard();
  Checker.Factory checkers = Checker.Factory.standard();
  Function<Duration, Inputs> inputs = Inputs::standard;
  Clock clock = Clock.systemUTC();
  LongSupplier nanoClock = System::nanoTime;

  public Main(
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Map<String, String> env,
      Terminal terminal) {
    this.out = out;
    this.err = err;
    this.in = in;
    this.env = Map.copyOf(env);
    this.terminal = terminal;
  }

  /** With no terminal anywhere, as in a pipeline. */
  public Main(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env) {
    this(out, err, in, env, Terminal.NONE);
  }

  public static void main(String[] args) {
    System.exit(
        new Main(utf8(System.out), utf8(System.err), System.in, System.getenv(), Terminal.detect())
            .run(args));
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
  }

  /** Runs one command line and returns its exit status. */
  public int run(String... args) {
    try {
      return commandLine().execute(args);
    } catch (RuntimeException | Error e) {
      return internalError(e);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Replaces where registries come from. */
  Main withRegistries(RegistrySource source) {
    this.registries = source;
    return this;
  }

  /** Replaces the engine. */
  Main withChecker(Checker.Factory factory) {
    this.checkers = factory;
    return this;
  }

  /** Replaces the input reader. */
  Main withInputs(Function<Duration, Inputs> factory) {
    this.inputs = factory;
    return this;
  }

  /** Fixes "today" for undated text. */
  Main withClock(Clock clock) {
    this.clock = clock;
    return this;
  }

  /** Replaces the clock that decides when progress is shown. */
  Main withNanoClock(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
    return this;
  }

  CommandLine commandLine() {
    CommandLine cmd = new CommandLine(CheckCommand.class, new Factory());
    cmd.setOut(out);
    cmd.setErr(err);
    boolean color = ColorMode.AUTO.enabled(terminal.stdout(), env);
    cmd.setColorScheme(Help.defaultColorScheme(color ? Help.Ansi.ON : Help.Ansi.OFF));
    cmd.setParameterExceptionHandler(this::usageError);
    cmd.setExecutionExceptionHandler(this::executionError);
    return cmd;
  }

  /** Prints a command's usage on stderr, coloured only when stderr is a terminal. */
  void usageOnErr(CommandLine cmd) {
    boolean color = ColorMode.AUTO.enabled(terminal.stderr(), env);
    cmd.usage(err, Help.defaultColorScheme(color ? Help.Ansi.ON : Help.Ansi.OFF));
    err.flush();
  }

  private int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    err.println("claimcheck: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println(
        "Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private int executionError(Exception ex, CommandLine cmd, ParseResult parsed) {
    if (ex instanceof RegistryException re) {
      registryProblems(re);
      return ExitCodes.UNREADABLE;
    }
    return internalError(ex);
  }

  void registryProblems(RegistryException e) {
    for (RegistryProblem p : e.problems()) {
      err.println("claimcheck: " + p);
    }
    err.flush();
  }

  private int internalError(Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    err.println("claimcheck: internal error: " + e.getClass().getSimpleName() + message);
    err.println(
        "claimcheck: this is a bug; please report it with the command line and the input that"
            + " caused it (set CLAIMCHECK_DEBUG=1 for a stack trace)");
    String debug = env.get("CLAIMCHECK_DEBUG");
    if (debug != null && !debug.isEmpty()) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }

  /** Builds the command objects, giving ours this Main. */
  private final class Factory implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        Constructor<K> c = cls.getDeclaredConstructor(Main.class);
        return c.newInstance(Main.this);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
