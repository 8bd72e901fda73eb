package org.rlsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rlsim.chart.SlidePreset;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.model.UsualRanges;
import org.rlsim.scenario.Expectations;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.ParameterAssignment;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.Version;
import org.rlsim.scenario.DidYouMean;
import org.rlsim.sweep.GlobalSensitivity;
import org.rlsim.sweep.RunsInfo;
import org.rlsim.sweep.SobolIndices;
import org.rlsim.sweep.Tornado;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rlsim sensitivity}: which parameters matter most for a metric. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
        header = "Rank parameters by their effect on a metric (tornado, Sobol).",
        description = {"Vary each parameter that has a usual range (rlsim params shows it; --parameter chooses"
                + " some) and write into OUT/<scenario name>-sensitivity/:",
            "  sensitivity.csv       one row per parameter (units in the column names)",
            "  tornado-<metric>.png  each parameter at the low and the high end of its usual",
            "                        range, the others as the scenario says; largest on top",
            "  sobol-<metric>.png    with --global: first-order and total Sobol indices, with",
            "                        95 %% intervals",
            "  run-info.txt          the ranges and where each comes from, metrics, solver",
            "--global draws every parameter uniformly over its usual range at once (Saltelli sampling on a Sobol"
                + " sequence, N(k + 2) runs for k parameters and N --samples) and states whether the indices converged.",
            "Metrics are written as for rlsim sweep. Runs go in parallel, one per processor core; the numbers are the"
                + " same as one at a time."},
        footer = {"%nExamples:",
            "  rlsim sensitivity scenarios/oral-vs-iv.yaml \\",
            "      --metric 'symptom score in \"IV ferric carboxymaltose\" at week 12'",
            "  rlsim sensitivity scenarios/oral-vs-iv.yaml --global --samples 512 \\",
            "      --metric 'brain iron in \"IV ferric carboxymaltose\" at week 12'"})
final class SensitivityCommand implements Callable<Integer> {
    /** Base points of the Sobol design when --samples is not given: a power of two. */
    static final int DEFAULT_SAMPLES = 256;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The scenario file (.yaml), or a bundled lesson by name"
            + " (rlsim list shows them).")
    String file;

    @Option(names = "--metric", paramLabel = "METRIC", required = true,
            description = "What each run gives (repeatable), e.g. --metric 'brain iron in \"IV\" at week 12'.")
    List<String> metrics = new ArrayList<>();

    @Option(names = "--parameter", paramLabel = "NAME",
            description = "A parameter to vary (repeatable; default: every parameter with a usual range).")
    List<String> parameters = new ArrayList<>();

    @Option(names = "--global", description = "Sobol indices (first order and total) instead of a tornado.")
    boolean global;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "" + DEFAULT_SAMPLES,
            description = "Base points N of the Sobol design with --global (default: ${DEFAULT-VALUE}; runs: N(k + 2)).")
    int samples;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Change a model parameter in every run (repeatable).")
    List<String> assignments = new ArrayList<>();

    @Mixin
    ChartOutputOptions output;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ParameterAssignment overrides = CommandLineParameters.parse(assignments);
        overrides.warnings().forEach(out::println);
        if (samples < 2 || samples > 1 << 16) {
            throw new UserError(ExitCode.USAGE, "--samples " + samples + " is outside 2 to 65536; give e.g. --samples 256");
        }
        Scenario scenario = ScenarioFiles.load(new ScenarioLoader(), ScenarioFiles.find(file, null));
        List<Metric> read = SweepCommand.metrics(scenario, metrics);
        List<Parameter> chosen = parameters();
        String folderName = scenario.name() + "-sensitivity";
        OutputFolder folder = output.folder();
        folder.checkReplaceable(folderName);
        long start = System.nanoTime();
        int runs = global ? samples * (chosen.size() + 2) : 1 + 2 * chosen.size();
        ProgressDisplay display = main == null ? ProgressDisplay.PLAIN : main.progressDisplay();
        RunsOutput result;
        try (Progress progress = display.start("Sensitivity of " + scenario.name(), runs)) {
            result = global
                    ? new RunsOutput(List.of(), Optional.empty(), Optional.of(GlobalSensitivity.run(scenario, overrides.values(), read,
                    chosen, samples, RunsOutput.control(progress, runs), true)))
                    : new RunsOutput(List.of(), Optional.of(Tornado.run(scenario, overrides.values(), read, chosen,
                    RunsOutput.control(progress, runs), true)), Optional.empty());
        }
        SlidePreset shape = output.shape(scenario.slide());
        String commandLine = WhatIf.commandLine(spec.commandLine().getParseResult().originalArgs());
        org.rlsim.simulation.SolverSettings solver = result.tornado().map(Tornado.Result::solver)
                .orElseGet(() -> result.sobol().orElseThrow().solver());
        Path written = folder.write(folderName, dir -> result.writeInto(dir, folder, shape,
                RunsInfo.header("sensitivity", scenario, overrides.values(), Version.current(), commandLine), solver));
        out.printf(Locale.ROOT, "%s: %s of %d parameter%s, %d runs -> %s (%.2f s)%n", scenario.name(),
                global ? "Sobol indices" : "tornado", chosen.size(), chosen.size() == 1 ? "" : "s", runs, written,
                (System.nanoTime() - start) / 1e9);
        result.tornado().ifPresent(t -> printTornado(out, t));
        result.sobol().ifPresent(s -> printSobol(out, s));
        out.flush();
        return ExitCode.OK;
    }

    private List<Parameter> parameters() throws UserError {
        if (parameters.isEmpty()) {
            return UsualRanges.parameters();
        }
        List<Parameter> chosen = new ArrayList<>();
        List<String> names = UsualRanges.parameters().stream().map(Parameter::name).toList();
        for (String name : parameters) {
            Optional<Parameter> p = ParameterCatalog.find(name.trim());
            if (p.isEmpty() || !p.get().hasUsualRange()) {
                throw new UserError(ExitCode.USAGE, "--parameter " + name + ": " + (p.isEmpty()
                        ? "unknown parameter" : "it has no usual range to vary it over") + "; "
                        + DidYouMean.advice(name, names, "parameters with a usual range: " + String.join(", ", names)));
            }
            if (!chosen.contains(p.get())) {
                chosen.add(p.get());
            }
        }
        return chosen;
    }

    private static void printTornado(PrintWriter out, Tornado.Result t) {
        for (int m = 0; m < t.metrics().size(); m++) {
            Metric metric = t.metrics().get(m);
            out.println("  " + metric.text() + " (as the scenario is: " + Expectations.number(t.baseline(m), metric.unit()) + "), largest effect first:");
            for (Tornado.Bar b : t.sortedBy(m)) {
                Parameter p = b.parameter();
                String unit = p.unit().equals("1") ? "" : " " + p.unit();
                out.println("    " + p.name() + " " + Expectations.number(p.usualMin(), "") + " → " + Expectations.number(p.usualMax(), "")
                        + unit + ": " + Expectations.number(b.atLow(m), metric.unit()) + " → "
                        + Expectations.number(b.atHigh(m), metric.unit()) + " (effect " + Expectations.number(b.effect(m), metric.unit()) + ")");
            }
        }
    }

    private static void printSobol(PrintWriter out, GlobalSensitivity.Result s) {
        for (int m = 0; m < s.metrics().size(); m++) {
            SobolIndices.Result r = s.indices().get(m);
            out.println("  " + s.metrics().get(m).text() + ": first-order and total Sobol indices, 95 % intervals:");
            for (int i = 0; i < s.parameters().size(); i++) {
                SobolIndices.Estimate first = r.firstOrder()[i];
                SobolIndices.Estimate total = r.total()[i];
                out.printf(Locale.ROOT, "    %-34s S1 %6.3f [%6.3f, %6.3f]   ST %6.3f [%6.3f, %6.3f]%n", s.parameters().get(i).name(),
                        first.value(), first.low(), first.high(), total.value(), total.low(), total.high());
            }
            out.println("  " + r.convergence());
        }
    }
}
