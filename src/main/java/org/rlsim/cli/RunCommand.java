package org.rlsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rlsim.chart.SlidePreset;
import org.rlsim.scenario.ParameterAssignment;
import org.rlsim.scenario.Quantity;
import org.rlsim.scenario.Expectations;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.scenario.Verdict;
import org.rlsim.simulation.SimulationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlsim run}: simulates scenarios and writes their CSV data and charts. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulate scenario files and write, for each, into OUT/<scenario name>/:",
            "  timeseries.csv  one row per time point and arm (units in the column names)",
            "  summary.csv     one row per arm (ferritin, brain iron, symptoms, iron balance)",
            "  overview.png    every charted output, one panel each (PNG at 2x the slide size)",
            "  serum_ferritin.png, ...        one chart per charted output",
            "  where-is-the-iron-<arm>.png    the body's iron by compartment over time, per arm",
            "  (each chart also as .svg and .pdf, vector)",
            "  expectations.csv  each expectation of the scenario: met or not, with the model's numbers",
            "  run-info.txt    what was run: patient, parameters, model version, solver",
            "One progress line per scenario, then each expectation as 'met' or 'NOT met'. A scenario that",
            "cannot be run is reported and the others still run; the exit code is then that scenario's."},
        footer = {"%nExamples:",
            "  rlsim run scenarios/oral-vs-iv.yaml",
            "  rlsim run scenarios/                      (every scenario in the folder)",
            "  rlsim run scenarios/oral-vs-iv.yaml --set bbb.capacity=1 --out my-output",
            "  rlsim run scenarios/oral-vs-iv.yaml --slide 4:3 --format pdf",
            "  rlsim run scenarios/ --check              (exit code 5 if an expectation is not met)"})
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
            description = "Change a model parameter for this run, e.g. --set bbb.capacity=1 (repeatable; rlsim params lists them).")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Which files to write: any of ${COMPLETION-CANDIDATES} (default: all).")
    Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);

    @Option(names = "--slide", paramLabel = "SHAPE", converter = SlideConverter.class,
            description = "Shape of the charts: 16:9 (1920x1080) or 4:3 (1440x1080) (default: the scenario's"
                    + " 'slide:', else 16:9).")
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

    /**
     * Runs every scenario, one progress line each; a scenario that cannot be loaded, run or written is
     * reported on standard error and the others still run.
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
            out.println("warning: " + warning);
        }
        List<Path> files = ScenarioFiles.expand(inputs);
        ScenarioLoader loader = new ScenarioLoader();
        ScenarioRunner runner = new ScenarioRunner();
        OutputFolder folder = new OutputFolder(outputRoot, formats, force);
        Map<String, Path> names = new HashMap<>();
        int failure = ExitCode.OK;
        boolean allMet = true;
        for (Path file : files) {
            try {
                long start = System.nanoTime();
                Scenario scenario = ScenarioFiles.load(loader, file);
                if (!ScenarioFiles.isNew(names, scenario, file)) {
                    continue;
                }
                folder.checkReplaceable(scenario.name());
                ScenarioResult result = runner.run(scenario, overrides.values());
                List<Verdict> verdicts = Expectations.check(result);
                Path written = folder.write(result, verdicts, slide != null ? slide : SlidePreset.of(scenario.slide()));
                long met = verdicts.stream().filter(Verdict::met).count();
                allMet &= met == verdicts.size();
                out.printf(Locale.ROOT, "%s: %d arm%s over %s -> %s (%.2f s)%s%n", scenario.name(),
                        scenario.arms().size(), scenario.arms().size() == 1 ? "" : "s",
                        Quantity.describe(scenario.durationH()), written, (System.nanoTime() - start) / 1e9,
                        verdicts.isEmpty() ? "" : ", expectations met: " + met + " of " + verdicts.size());
                for (String warning : scenario.warnings()) {
                    out.println("  warning: " + warning);
                }
                for (Verdict v : verdicts) {
                    out.println("  " + v.line());
                }
            } catch (UserError | SimulationException e) {
                int code = Errors.report(e, err, false);
                failure = failure == ExitCode.OK ? code : failure;
            }
            out.flush();
        }
        if (failure != ExitCode.OK) {
            return failure;
        }
        return check && !allMet ? ExitCode.NOT_MET : ExitCode.OK;
    }
}
