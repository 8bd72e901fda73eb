package org.rlsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rlsim.chart.SlidePreset;
import org.rlsim.scenario.ParameterAssignment;
import org.rlsim.scenario.Plausibility;
import org.rlsim.population.CohortResult;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.scenario.Verdict;
import org.rlsim.sweep.ScenarioAnalyses;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.SimulationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rlsim run}: simulates scenarios and writes their CSV data and charts. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Simulate scenarios and write their CSV data and charts.",
        description = {"Simulate scenario files (or bundled lessons, by name) and write, for each, into"
                + " OUT/<scenario name>/:",
            "  timeseries.csv      one row per time point and arm (units in the column names)",
            "  summary.csv         one row per arm (ferritin, brain iron, symptoms, iron)",
            "  overview.png        every charted output, one panel each",
            "  serum_ferritin.png  one chart per charted output (tsat.png, ...)",
            "  where-is-the-iron-<arm>.png  the body's iron by compartment, per arm",
            "  expectations.csv    each expectation: met or not, with the model's numbers",
            "  run-info.txt        what was run: command line, --set values, patient,",
            "                      parameters, rlsim version, solver",
            "  sweep.csv, sensitivity.csv, sweep-*.png, tornado-*.png  for a scenario with",
            "                      'sweep:' or 'sensitivity:' (see rlsim sweep --help)",
            "Each chart is also written as .svg and .pdf (vector).",
            "A run with --set and without --out writes beside the lesson's own output, into"
                + " OUT/<scenario name>-what-if-<the --set values>/, and says where.",
            "Scenarios run in parallel, one per processor core (--jobs); the files are the same as one at a"
                + " time. One progress line per scenario, in the order of the files, then each expectation as"
                + " 'met' or 'NOT met'; on a terminal a progress bar counts the scenarios done (one with virtual patients moves it as they finish). A scenario that"
                + " cannot be run is reported and the others still run; the exit code is then that of the first"
                + " such scenario."},
        footer = {"%nExamples:",
            "  rlsim run scenarios/oral-vs-iv.yaml",
            "  rlsim run scenarios/                      (every scenario in the folder)",
            "  rlsim run scenarios/oral-vs-iv.yaml --set bbb.capacity=1 --out my-output",
            "  rlsim run scenarios/oral-vs-iv.yaml --slide 4:3 --format pdf",
            "  rlsim run scenarios/ --check              (exit 5 on an unmet expectation)"})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Scenario files (.yaml) or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path outputRoot;

    @Option(names = "--force", description = OutputFolder.FORCE_HELP)
    boolean force;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = {"Change a model parameter for this run (repeatable; rlsim params lists them), e.g.",
                "--set bbb.capacity=1", "--set 'blood.volume_l=4500 mL'"})
    List<String> assignments = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Which files to write: any of ${COMPLETION-CANDIDATES} (default: all).")
    Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);

    @Option(names = "--slide", paramLabel = "SHAPE", converter = SlideConverter.class,
            description = {"Shape of the charts: 16:9 or 4:3 (default: the scenario's 'slide:', else 16:9).",
                "16:9 (PNG 1920x1080, PDF 13.33x7.5 in)", "4:3 (PNG 1440x1080, PDF 10x7.5 in)"})
    SlidePreset slide;

    /** Reads {@code --slide}: {@code 16:9} or {@code 4:3}. */
    static final class SlideConverter implements ITypeConverter<SlidePreset> {
        @Override
        public SlidePreset convert(String value) {
            return SlidePreset.find(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not a slide shape; write 16:9 or 4:3"));
        }
    }

    @Option(names = "--check",
            description = "Exit with code 5 when an expectation of a scenario is not met (without it, an unmet"
                    + " expectation is reported but is not an error).")
    boolean check;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", converter = JobsConverter.class,
            description = "How many scenarios to run at once (default: one per processor core, here "
                    + "${DEFAULT-VALUE}). The output is the same for every N; lines come in the order of the files.")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** Reads {@code --jobs}: a whole number from 1. */
    static final class JobsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // one message below for every kind of wrong value
            }
            throw new TypeConversionException("'" + value + "' is not a number of jobs; write a whole number from 1, e.g. --jobs 2");
        }
    }

    /** The rlsim command, for its progress display. */
    @ParentCommand
    Main main;

    /**
     * Runs every scenario, up to {@code --jobs} at once, and prints one progress line each (with its
     * warnings and expectations) in the order of the files, whatever order they finish in; a scenario
     * that cannot be loaded, run or written is reported on standard error at its place and the others
     * still run. Every scenario writes only its own output folder, and a run depends on nothing but its
     * scenario, so the files are the same for every number of jobs. On a terminal a progress bar on
     * standard error counts the scenarios done; a scenario with virtual patients moves it as its arms and patients
     * finish, and gets a bar even when it runs alone.
     *
     * @return 0; else the exit code of the first scenario that failed; else, with {@code --check}, 5 if an
     *         expectation was not met
     */
    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParameterAssignment overrides = CommandLineParameters.parse(assignments);
        for (String warning : overrides.warnings()) {
            out.println(warning);
        }
        List<ScenarioJob> work = load(ScenarioFiles.expand(inputs));
        OutputFolder folder = new OutputFolder(outputRoot, formats, force);
        String commandLine = WhatIf.commandLine(spec.commandLine().getParseResult().originalArgs());
        boolean beside = !assignments.isEmpty() && !spec.commandLine().getParseResult().hasMatchedOption("--out");
        if (beside) {
            out.println("what-if (--set without --out): written beside each scenario's own output, which is left as"
                    + " it was, into " + outputRoot + java.io.File.separator + WhatIf.folderName("<scenario>", assignments));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, work.size())));
        int failure = ExitCode.OK;
        boolean allMet = true;
        ProgressDisplay display = main == null ? ProgressDisplay.PLAIN : main.progressDisplay();
        boolean virtualPatients = work.stream().anyMatch(ScenarioJob::hasPopulation);
        try (Progress progress = display.start("Running scenarios", work.size(), virtualPatients)) {
            List<Future<Report>> reports = new ArrayList<>();
            for (ScenarioJob job : work) {
                reports.add(pool.submit(() -> {
                    Progress.Step step = progress.begin();
                    Report report = job.run(folder, overrides, beside, commandLine, step);
                    step.done(job.label());
                    return report;
                }));
            }
            for (Future<Report> pending : reports) {
                Report report = result(pending);
                for (String line : report.out()) {
                    progress.println(out, line);
                }
                if (!report.err().isEmpty()) {
                    progress.println(err, report.err().stripTrailing());
                }
                failure = failure == ExitCode.OK ? report.exitCode() : failure;
                allMet &= report.allMet();
            }
        } finally {
            pool.shutdownNow();
        }
        if (failure != ExitCode.OK) {
            return failure;
        }
        return check && !allMet ? ExitCode.NOT_MET : ExitCode.OK;
    }

    /**
     * Loads every file in order, before anything runs: a file that cannot be loaded, or that names a
     * scenario an earlier file named, becomes a job that only reports its error; a file named twice runs once.
     */
    private List<ScenarioJob> load(List<Path> files) {
        ScenarioLoader loader = new ScenarioLoader();
        Map<String, Path> names = new HashMap<>();
        List<ScenarioJob> work = new ArrayList<>();
        for (Path file : files) {
            try {
                Scenario scenario = ScenarioFiles.load(loader, file);
                if (ScenarioFiles.isNew(names, scenario, file)) {
                    work.add(new ScenarioJob(file, scenario, null));
                }
            } catch (UserError e) {
                work.add(new ScenarioJob(file, null, e));
            }
        }
        return work;
    }

    /** The report of a finished job; an internal error in it is thrown here, at its place in the order. */
    private static Report result(Future<Report> pending) throws Exception {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw (Error) e.getCause();
        }
    }

    /** What one scenario printed: its lines for standard output, its error for standard error. */
    private record Report(List<String> out, String err, int exitCode, boolean allMet) {
    }

    /** One scenario file to run, or the error that stopped it from loading. */
    private final class ScenarioJob {
        private final Path file;
        private final Scenario scenario;
        private final UserError loadError;

        ScenarioJob(Path file, Scenario scenario, UserError loadError) {
            this.file = file;
            this.scenario = scenario;
            this.loadError = loadError;
        }

        /** Whether the scenario has virtual patients (a run long enough to show its progress as it goes). */
        boolean hasPopulation() {
            return scenario != null && scenario.population().isPresent();
        }

        /** The scenario's name, or the file's when it did not load. */
        String label() {
            return scenario != null ? scenario.name() : file.getFileName().toString();
        }

        /** @param step where the run reports how far it is: the arms' runs and the virtual patients done */
        Report run(OutputFolder folder, ParameterAssignment overrides, boolean beside, String commandLine, Progress.Step step) {
            StringWriter error = new StringWriter();
            try (PrintWriter err = new PrintWriter(error)) {
                try {
                    if (loadError != null) {
                        throw loadError;
                    }
                    return simulate(folder, overrides, beside, commandLine, step);
                } catch (UserError | SimulationException e) {
                    int code = Errors.report(e, err, false);
                    err.flush();
                    return new Report(List.of(), error.toString(), code, true);
                }
            }
        }

        private Report simulate(OutputFolder folder, ParameterAssignment overrides, boolean beside, String commandLine,
                                Progress.Step step) throws UserError {
            long start = System.nanoTime();
            String folderName = beside ? WhatIf.folderName(scenario.name(), assignments) : scenario.name();
            folder.checkReplaceable(folderName);
            OutputFolder.Written output = folder.write(folderName, scenario.arms().stream().map(Arm::name).toList(),
                    rowsOf -> new ScenarioRunner().run(scenario, overrides.values(), RunControl.withProgress(step::fraction), rowsOf)
                            .withWhatIf(assignments),
                    result -> ScenarioAnalyses.run(scenario, overrides.values(), new RunControl()),
                    slide != null ? slide : SlidePreset.of(scenario.slide()), commandLine);
            ScenarioResult result = output.result();
            Path written = output.folder();
            List<Verdict> verdicts = output.verdicts();
            long met = verdicts.stream().filter(Verdict::met).count();
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%s: %d arm%s over %s -> %s (%.2f s)%s", scenario.name(),
                    scenario.arms().size(), scenario.arms().size() == 1 ? "" : "s",
                    scenario.durationWritten(), written, (System.nanoTime() - start) / 1e9,
                    verdicts.isEmpty() ? "" : ", expectations met: " + met + " of " + verdicts.size()));
            for (String warning : scenario.warnings()) {
                lines.add("  " + warning);
            }
            for (CohortResult cohort : result.cohorts()) {
                lines.add(String.format(Locale.ROOT, "  %s: %,d virtual patients enrolled, %,d drawn to enrol them",
                        cohort.arm(), cohort.patients().size(), cohort.drawn()));
            }
            for (String warning : Plausibility.afterRun(result)) {
                lines.add("  " + warning);
            }
            for (org.rlsim.sweep.SweepResult sweep : output.analyses().sweeps()) {
                lines.add(String.format(Locale.ROOT, "  sweep of %s: %d points", String.join(" and ",
                        sweep.sweep().axes().stream().map(a -> a.variation().name()).toList()), sweep.sweep().points()));
            }
            output.analyses().tornado().ifPresent(t -> lines.add("  tornado of " + t.bars().size() + " parameters: "
                    + (1 + 2 * t.bars().size()) + " runs"));
            output.analyses().sobol().ifPresent(g -> lines.add("  Sobol indices of " + g.parameters().size() + " parameters: "
                    + g.runs() + " runs; " + String.join("; ", g.indices().stream().map(i -> i.convergence()).toList())));
            for (Verdict v : verdicts) {
                lines.add("  " + v.line());
            }
            return new Report(lines, "", ExitCode.OK, met == verdicts.size());
        }
    }
}
