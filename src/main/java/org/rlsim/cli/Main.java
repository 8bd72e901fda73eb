package org.rlsim.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code rlsim} command: parses the command line and dispatches to a subcommand. */
@Command(name = "rlsim",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {
            "Teaching simulator of the iron–dopamine hypotheses of restless legs syndrome.",
            "Teaching model — not for clinical decisions."},
        footer = {
            "%nExamples:",
            "  rlsim run scenarios/oral-vs-iv.yaml",
            "  rlsim run scenarios/ --out slides/",
            "  rlsim run scenarios/oral-vs-iv.yaml --set bbb.capacity=1"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the simulation could not be completed (the message says which arm and when)",
            "2:the command line is wrong (unknown option, bad --set)",
            "3:a scenario file is missing or invalid (the message gives file:line:column)",
            "4:the output could not be written",
            "5:a claim was not met (run --check: an expectation; calibration: a target that is not a known miss)",
            "70:an internal error in rlsim (run again with --stacktrace and report it)"})
public final class Main {
    /** Every subcommand, in the order {@code rlsim --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, SweepCommand.class, SensitivityCommand.class,
            ValidateCommand.class, ListCommand.class, DescribeCommand.class, ParamsCommand.class, PatientsCommand.class,
            CalibrationCommand.class, ModelCardCommand.class, ExploreCommand.class, ExportHtmlCommand.class,
            CommandLine.HelpCommand.class);

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an error, also print the Java stack trace (for reporting bugs).")
    boolean stacktrace;

    /** How long commands show their progress: a bar on a terminal, else plain lines. */
    private final ProgressDisplay progressDisplay;

    private Main(ProgressDisplay progressDisplay) {
        this.progressDisplay = progressDisplay;
    }

    /** The command without progress bars (for tests that read its help). */
    Main() {
        this(ProgressDisplay.PLAIN);
    }

    /** Runs rlsim and exits the JVM with its exit code; a progress bar on standard error if it is a terminal. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                ProgressDisplay.forThisProcess()));
    }

    /**
     * Runs rlsim without exiting and without progress bars: the entry point for tests.
     *
     * @return the exit code (see {@link ExitCode})
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, ProgressDisplay.PLAIN);
    }

    /** Runs rlsim without exiting, showing progress on {@code display}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, ProgressDisplay display) {
        CommandLine cli = commandLine(new Main(display), args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean trace = parseResult.hasMatchedOption("--stacktrace")
                    || parseResult.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--stacktrace"));
            return Errors.report(e, commandLine.getErr(), trace);
        });
        return cli.execute(args);
    }

    /** The command line of {@code main} with the subcommands {@code args} need ({@link #subcommandsFor}); all for none. */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cli = new CommandLine(main);
        for (Class<?> subcommand : subcommandsFor(args)) {
            cli.addSubcommand(new CommandLine(subcommand));
        }
        return cli;
    }

    /**
     * The subcommands {@code args} need: only the one named, when the arguments name one (after an optional
     * {@code --stacktrace}), else all (for {@code --help}, {@code help}, and the closest name to a mistyped one).
     * Picocli reads a command's annotations when it is added, about 0.1 s for all of them at the
     * start of a run of about 0.8 s (measured with {@code -Xlog:class+load}), so a run reads only its own.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        int i = args.length > 0 && args[0].equals("--stacktrace") ? 1 : 0;
        if (i < args.length) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand != CommandLine.HelpCommand.class
                        && subcommand.getAnnotation(Command.class).name().equals(args[i])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /**
     * A mistake on the command line as one line, like every other rlsim error: what is wrong, where (the
     * command and the argument) and how to fix it, with the closest valid name when there is one.
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("rlsim: " + org.rlsim.scenario.ScenarioException.oneLine(UsageErrors.message(e)));
        err.flush();
        return ExitCode.USAGE;
    }

    /** Where long commands (run, later cohorts and sweeps) show their progress. */
    ProgressDisplay progressDisplay() {
        return progressDisplay;
    }

    /** Reads the version from the jar manifest. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rlsim " + org.rlsim.scenario.Version.current(),
                "Teaching model — not for clinical decisions. Licence: GPL-3.0-or-later."};
        }
    }
}
