package org.rlsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rlsim.scenario.ParameterAssignment;
import org.rlsim.scenario.Quantity;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlsim run}: simulates scenarios and writes their CSV data and charts. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Simulate scenario files and write, for each, into OUT/<scenario name>/:",
            "  timeseries.csv  one row per time point and arm (units in the column names)",
            "  summary.csv     one row per arm (ferritin, brain iron, symptoms, iron balance)",
            "  overview.png    multi-panel chart, 2x resolution for 16:9 slides",
            "  overview.svg    the same chart as a vector graphic",
            "  iron-by-compartment.png/.svg  where the body's iron is, over time, per arm",
            "  run-info.txt    what was run: patient, parameters, model version, solver"},
        footer = {"%nExamples:",
            "  rlsim run scenarios/oral-vs-iv.yaml",
            "  rlsim run scenarios/                      (every scenario in the folder)",
            "  rlsim run scenarios/oral-vs-iv.yaml --set bbb.capacity=1 --out my-output"})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Scenario files (.yaml) or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder to write into (default: ${DEFAULT-VALUE}).")
    Path outputRoot;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "Change a model parameter for this run, e.g. --set bbb.capacity=1 (repeatable; rlsim params lists them).")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Which files to write: any of ${COMPLETION-CANDIDATES} (default: all).")
    Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ParameterAssignment overrides = CommandLineParameters.parse(assignments);
        for (String warning : overrides.warnings()) {
            out.println("warning: " + warning);
        }
        List<Scenario> scenarios = ScenarioFiles.loadAll(inputs);
        ScenarioRunner runner = new ScenarioRunner();
        OutputFolder folder = new OutputFolder(outputRoot, formats);
        for (Scenario scenario : scenarios) {
            long start = System.nanoTime();
            ScenarioResult result = runner.run(scenario, overrides.values());
            Path written = folder.write(result);
            out.printf(Locale.ROOT, "%s: %d arm%s over %s -> %s (%.2f s)%n", scenario.name(),
                    scenario.arms().size(), scenario.arms().size() == 1 ? "" : "s", describe(scenario.durationH()),
                    written, (System.nanoTime() - start) / 1e9);
            for (String warning : scenario.warnings()) {
                out.println("  warning: " + warning);
            }
            out.flush();
        }
        return ExitCode.OK;
    }

    /** A duration for people: whole weeks or days when it is one, else hours. */
    static String describe(double hours) {
        if (hours % Quantity.WEEK_H == 0) {
            return Quantity.format(hours / Quantity.WEEK_H) + " weeks";
        }
        if (hours % Quantity.DAY_H == 0) {
            return Quantity.format(hours / Quantity.DAY_H) + " days";
        }
        return Quantity.format(hours) + " h";
    }
}
