package org.rlsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rlsim.chart.SlidePreset;
import org.rlsim.report.Numbers;
import org.rlsim.scenario.Analyses;
import org.rlsim.scenario.Axis;
import org.rlsim.scenario.ExpectationReader;
import org.rlsim.scenario.Expectations;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.ParameterAssignment;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.VariationReader;
import org.rlsim.scenario.Version;
import org.rlsim.sweep.RunsInfo;
import org.rlsim.sweep.Sweep;
import org.rlsim.sweep.SweepResult;
import org.rlsim.sweep.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rlsim sweep}: a scenario run over a range of something, each point a full run. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        header = "Run a scenario over a range of values, each a full run.",
        description = {"Run a scenario once per value of what --vary names (two --vary: every pair of values),"
                + " each a full run of the arms the metrics name, and write into OUT/<scenario name>-sweep/:",
            "  sweep.csv           one row per point: the varied values, then each metric",
            "                      (units in the column names)",
            "  sweep-<metric>.png  one chart per metric: a line over one variable, a heat map",
            "                      with contour lines over two (also .svg and .pdf)",
            "  run-info.txt        what was varied and over which values, the metrics, rlsim",
            "                      version, solver",
            "Without --vary, runs the sweeps of the scenario file's 'sweep:' block (docs/scenario-format.md).",
            "What can be varied: a parameter (as --set names it, rlsim params lists them), arm \"ARM\" dose,"
                + " arm \"ARM\" interval, arm \"ARM\" doses per day, model bbb|dopamine|inflammation|hypoxia.",
            "A metric is written like an expectation (docs/scenario-format.md):",
            "  OUTPUT in \"ARM\" at TIME            daily mean of OUTPUT in \"ARM\" at TIME",
            "  change of OUTPUT in \"ARM\" between TIME and TIME",
            "  day OUTPUT in \"ARM\" reaches VALUE",
            "  peak OUTPUT in \"ARM\"                lowest OUTPUT in \"ARM\"",
            "and, with virtual patients (population:), the trial readouts, e.g.",
            "  responders in \"ARM\" at TIME        remitters in \"ARM\" at TIME",
            "  patients with symptoms in \"ARM\" with 2 MEIS1 risk alleles at TIME",
            "Points run in parallel, one per processor core; the numbers are the same as one at a time."},
        footer = {"%nExamples:",
            "  rlsim sweep scenarios/oral-vs-iv.yaml --steps 8 \\",
            "      --vary 'arm \"IV ferric carboxymaltose\" dose=250 mg..2000 mg' \\",
            "      --metric 'brain iron in \"IV ferric carboxymaltose\" at week 12'",
            "  rlsim sweep scenarios/oral-vs-iv.yaml --vary bbb.capacity=0.3..2 \\",
            "      --vary 'model bbb' --metric 'peak tsat in \"Oral ferrous sulfate\"'",
            "  rlsim sweep scenarios/oral-vs-iv.yaml --log --steps 6 \\",
            "      --vary 'arm \"IV ferric carboxymaltose\" dose=250 mg..2000 mg' \\",
            "      --vary bbb.capacity=0.3..2 \\",
            "      --metric 'brain iron in \"IV ferric carboxymaltose\" at week 12'",
            "  rlsim sweep scenarios/dose-response.yaml          (the sweeps of the file)"})
final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The scenario file (.yaml), or a bundled lesson by name"
            + " (rlsim list shows them).")
    String file;

    @Option(names = "--vary", paramLabel = "NAME=FROM..TO",
            description = {"What to vary and over which values (once: a line chart; twice: a heat map), e.g.",
                "--vary bbb.capacity=0.3..2", "--vary 'arm \"IV\" dose=250 mg..2000 mg'", "--vary 'model bbb'  (every variant)",
                "--vary 'arm \"Oral\" doses per day=1,2,3'  (these values)"})
    List<String> vary = new ArrayList<>();

    @Option(names = "--steps", paramLabel = "N", defaultValue = "" + VariationReader.DEFAULT_STEPS,
            description = "Values of each FROM..TO range, both ends included (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--log", description = {"Put the varied numbers on a log scale: each FROM..TO range spaced evenly"
            + " on it (both axes of a heat map; a model variant keeps its variants). Every value must be above 0."})
    boolean log;

    @Option(names = "--metric", paramLabel = "METRIC", description = "What each point gives (repeatable), e.g."
            + " --metric 'brain iron in \"IV\" at week 12'.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Change a model parameter at every point (repeatable).")
    List<String> assignments = new ArrayList<>();

    @Mixin
    ChartOutputOptions output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ParameterAssignment overrides = CommandLineParameters.parse(assignments);
        overrides.warnings().forEach(out::println);
        Scenario scenario = ScenarioFiles.load(new ScenarioLoader(), ScenarioFiles.find(file, null));
        List<Sweep> sweeps = new ArrayList<>();
        for (Analyses.SweepPlan plan : plans(scenario)) {
            sweeps.add(new Sweep(scenario, overrides.values(), plan.axes(), plan.metrics()));
        }
        int points = sweeps.stream().mapToInt(Sweep::points).sum();
        if (points > Sweep.MAX_POINTS) {
            throw new UserError(ExitCode.USAGE, "" + points + " points are more than " + Sweep.MAX_POINTS
                    + "; give fewer --steps");
        }
        String folderName = scenario.name() + "-sweep";
        OutputFolder folder = output.folder();
        folder.checkReplaceable(folderName);
        long start = System.nanoTime();
        List<SweepResult> results = new ArrayList<>();
        ProgressDisplay display = main == null ? ProgressDisplay.PLAIN : main.progressDisplay();
        try (Progress progress = display.start("Sweeping " + scenario.name(), points)) {
            for (Sweep sweep : sweeps) {
                results.add(new SweepRunner().run(sweep, RunsOutput.control(progress, sweep.points())));
            }
        }
        RunsOutput runs = new RunsOutput(results, Optional.empty(), Optional.empty());
        SlidePreset shape = output.shape(scenario.slide());
        String commandLine = WhatIf.commandLine(spec.commandLine().getParseResult().originalArgs());
        Path written = folder.write(folderName, dir -> runs.writeInto(dir, folder, shape,
                RunsInfo.header("sweep", scenario, overrides.values(), Version.current(), commandLine), results.get(0).solver()));
        out.printf(Locale.ROOT, "%s: sweep of %d point%s -> %s (%.2f s)%n", scenario.name(), points, points == 1 ? "" : "s",
                written, (System.nanoTime() - start) / 1e9);
        for (SweepResult result : results) {
            table(out, result);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The sweeps asked for: from --vary and --metric, else the file's. */
    private List<Analyses.SweepPlan> plans(Scenario scenario) throws UserError {
        if (vary.isEmpty()) {
            if (!metrics.isEmpty()) {
                throw new UserError(ExitCode.USAGE, "--metric without --vary; say what to vary, e.g. --vary bbb.capacity=0.3..2");
            }
            if (scenario.analyses().sweeps().isEmpty()) {
                throw new UserError(ExitCode.USAGE, "" + file + " has no 'sweep:' block; say what to vary and what to read,"
                        + " e.g. --vary bbb.capacity=0.3..2 --metric 'brain iron in \"" + scenario.arms().get(0).name() + "\" at week 12'");
            }
            return scenario.analyses().sweeps();
        }
        if (vary.size() > 2) {
            throw new UserError(ExitCode.USAGE, "" + vary.size() + " --vary options; a sweep varies one or two things");
        }
        if (metrics.isEmpty()) {
            throw new UserError(ExitCode.USAGE, "no --metric; say what each point gives, e.g. --metric 'brain iron in \""
                    + scenario.arms().get(0).name() + "\" at week 12'");
        }
        VariationReader reader = new VariationReader(scenario.arms());
        List<Axis> axes = new ArrayList<>();
        for (String v : vary) {
            try {
                Axis axis = reader.axis(v, steps, log);
                if (!axes.isEmpty() && axes.get(0).variation().name().equals(axis.variation().name())) {
                    throw new IllegalArgumentException(axis.variation().name() + " is varied twice; vary two different things");
                }
                axes.add(axis);
            } catch (IllegalArgumentException e) {
                throw new UserError(ExitCode.USAGE, "--vary " + v + ": " + e.getMessage(), e);
            }
        }
        if (log) {
            try {
                reader.requireLogScale(axes);
            } catch (IllegalArgumentException e) {
                throw new UserError(ExitCode.USAGE, "--log: " + e.getMessage(), e);
            }
        }
        return List.of(new Analyses.SweepPlan(axes, metrics(scenario, metrics)));
    }

    /** Reads --metric options. */
    static List<Metric> metrics(Scenario scenario, List<String> texts) throws UserError {
        ExpectationReader reader = new ExpectationReader(scenario.arms(), scenario.durationH(), scenario.population().isPresent(), Analyses.NONE);
        List<Metric> list = new ArrayList<>();
        for (String text : texts) {
            try {
                list.add(reader.metric("--metric", text));
            } catch (ScenarioException e) {
                throw new UserError(ExitCode.USAGE, e.getMessage(), e);
            }
        }
        return list;
    }

    /** A one-variable sweep's values, one line per point. */
    private static void table(PrintWriter out, SweepResult result) {
        Sweep sweep = result.sweep();
        if (sweep.axes().size() != 1) {
            return;
        }
        for (int m = 0; m < sweep.metrics().size(); m++) {
            Metric metric = sweep.metrics().get(m);
            out.println("  " + metric.text() + ":");
            for (int p = 0; p < sweep.points(); p++) {
                double v = result.value(p, m);
                out.println("    " + SweepRunner.describe(sweep, p) + ": "
                        + (Double.isNaN(v) ? "never" : Expectations.number(v, metric.unit())));
            }
        }
    }
}
