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
import org.rlsim.scenario.Plausibility;
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
            "Each chart is also written as .svg and .pdf (vector).",
            "A run with --set and without --out writes beside the lesson's own output, into"
                + " OUT/<scenario name>-what-if-<the --set values>/, and says where.",
            "One progress line per scenario, then each expectation as 'met' or 'NOT met'. A scenario that"
                + " cannot be run is reported and the others still run; the exit code is then that scenario's."},
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
                "16:9 (PNG 3840x2160, PDF 13.33x7.5 in)", "4:3 (PNG 2880x2160, PDF 10x7.5 in)"})
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
            out.println(warning);
        }
        List<Path> files = ScenarioFiles.expand(inputs);
        ScenarioLoader loader = new ScenarioLoader();
        ScenarioRunner runner = new ScenarioRunner();
        OutputFolder folder = new OutputFolder(outputRoot, formats, force);
        String commandLine = WhatIf.commandLine(spec.commandLine().getParseResult().originalArgs());
        boolean beside = !assignments.isEmpty() && !spec.commandLine().getParseResult().hasMatchedOption("--out");
        if (beside) {
            out.println("what-if (--set without --out): written beside each scenario's own output, which is left as"
                    + " it was, into " + outputRoot + java.io.File.separator + WhatIf.folderName("<scenario>", assignments));
        }
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
                String folderName = beside ? WhatIf.folderName(scenario.name(), assignments) : scenario.name();
                folder.checkReplaceable(folderName);
                ScenarioResult result = runner.run(scenario, overrides.values()).withWhatIf(assignments);
                List<Verdict> verdicts = Expectations.check(result);
                Path written = folder.write(folderName, result, verdicts,
                        slide != null ? slide : SlidePreset.of(scenario.slide()), commandLine);
                long met = verdicts.stream().filter(Verdict::met).count();
                allMet &= met == verdicts.size();
                out.printf(Locale.ROOT, "%s: %d arm%s over %s -> %s (%.2f s)%s%n", scenario.name(),
                        scenario.arms().size(), scenario.arms().size() == 1 ? "" : "s",
                        scenario.durationWritten(), written, (System.nanoTime() - start) / 1e9,
                        verdicts.isEmpty() ? "" : ", expectations met: " + met + " of " + verdicts.size());
                for (String warning : scenario.warnings()) {
                    out.println("  " + warning);
                }
                for (String warning : Plausibility.afterRun(result)) {
                    out.println("  " + warning);
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
