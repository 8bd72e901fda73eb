package org.rlsim.sweep;

import java.util.List;
import java.util.Map;
import org.rlsim.model.Parameter;
import org.rlsim.model.UsualRanges;
import org.rlsim.report.Numbers;
import org.rlsim.report.RunInfo;
import org.rlsim.scenario.Axis;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.simulation.SolverSettings;

/**
 * The {@value RunInfo#FILE_NAME} of a sweep or sensitivity analysis: what was run, what was varied and over
 * which values or ranges (with the source of each usual range), the metrics, the solver, the files. Lines
 * are separated by {@code \n}; the last is the disclaimer.
 */
public final class RunsInfo {
    private RunsInfo() {
    }

    /** The header: command, scenario, version, --set values. */
    public static String header(String what, Scenario s, Map<String, Double> overrides, String version, String commandLine) {
        StringBuilder out = new StringBuilder("rlsim " + what + " information\n\n");
        out.append("Command:    ").append(commandLine).append('\n');
        out.append("Scenario:   ").append(s.name()).append(" (file ").append(s.name()).append(".yaml)\n");
        out.append("Title:      ").append(ScenarioException.oneLine(s.title())).append('\n');
        out.append("rlsim:      version ").append(version).append('\n');
        out.append("Simulated:  ").append(s.durationWritten()).append(", output every ").append(Numbers.format(s.outputIntervalH()))
                .append(" h; every point is a full run of the arms its metrics name\n");
        out.append("What-if:    ").append(overrides.isEmpty() ? "none" : String.join(", ", overrides.entrySet().stream()
                .map(e -> "--set " + e.getKey() + "=" + Numbers.format(e.getValue())).sorted().toList())).append("\n\n");
        return out.toString();
    }

    /** What a sweep varied and read. */
    public static String sweep(SweepResult result, String file) {
        StringBuilder out = new StringBuilder("Sweep (" + file + "): " + result.sweep().points() + " points, each a full run\n");
        for (Axis axis : result.sweep().axes()) {
            String unit = axis.variation().unit().isEmpty() || !axis.variation().categories().isEmpty() ? "" : " " + axis.variation().unit();
            out.append("  varied: ").append(axis.variation().name()).append(unit.isEmpty() ? "" : " (" + unit.trim() + ")")
                    .append(axis.log() ? ", evenly on a log scale" : "").append(": ");
            StringBuilder values = new StringBuilder();
            for (double v : axis.values()) {
                values.append(values.length() == 0 ? "" : ", ").append(SweepRunner.shown(axis.variation(), v));
            }
            out.append(values).append('\n');
        }
        appendMetrics(out, result.sweep().metrics());
        return out.append('\n').toString();
    }

    /** What a tornado varied and read. */
    public static String tornado(Tornado.Result result) {
        StringBuilder out = new StringBuilder("Tornado: each parameter at the low and at the high end of its usual range,"
                + " every other at the scenario's value; " + (1 + 2 * result.bars().size()) + " runs\n");
        appendRanges(out, result.bars().stream().map(Tornado.Bar::parameter).toList());
        out.append("  effect: the span of the metric over the low end, the scenario's value and the high end\n");
        appendMetrics(out, result.metrics());
        return out.append('\n').toString();
    }

    /** What a global analysis varied and read, with its convergence checks. */
    public static String sobol(GlobalSensitivity.Result result) {
        StringBuilder out = new StringBuilder("Global sensitivity: Sobol indices by Saltelli sampling, every parameter uniform over"
                + " its usual range at once; N = " + result.indices().get(0).baseSamples() + " base points, "
                + result.runs() + " runs\n");
        out.append("  estimators: first order Saltelli 2010, total Jansen 1999; 95 % intervals from ")
                .append(SobolIndices.BOOTSTRAP_RESAMPLES).append(" bootstrap resamples\n");
        appendRanges(out, result.parameters());
        appendMetrics(out, result.metrics());
        for (int m = 0; m < result.metrics().size(); m++) {
            out.append("  ").append(result.metrics().get(m).text()).append(": ").append(result.indices().get(m).convergence()).append('\n');
        }
        return out.append('\n').toString();
    }

    /** The footer: solver, files, disclaimer. */
    public static String footer(SolverSettings solver, List<String> files) {
        StringBuilder out = new StringBuilder();
        out.append("Solver:     Dormand–Prince 8(5,3), absolute tolerance ").append(Numbers.format(solver.absoluteTolerance()))
                .append(" mg, relative tolerance ").append(Numbers.format(solver.relativeTolerance())).append(", largest step ")
                .append(Numbers.format(solver.maxStepH())).append(" h\n\n");
        out.append("Output files:\n");
        for (String file : files) {
            out.append("  ").append(file).append('\n');
        }
        return out.append('\n').append(RunInfo.DISCLAIMER).append('\n').toString();
    }

    private static void appendRanges(StringBuilder out, List<Parameter> parameters) {
        for (Parameter p : parameters) {
            String unit = p.unit().equals("1") ? "" : " " + p.unit();
            out.append("  varied: ").append(p.name()).append(" from ").append(Numbers.format(p.usualMin())).append(" to ")
                    .append(Numbers.format(p.usualMax())).append(unit).append(" (usual range: ").append(UsualRanges.source(p)).append(")\n");
        }
    }

    private static void appendMetrics(StringBuilder out, List<Metric> metrics) {
        for (Metric m : metrics) {
            out.append("  metric: ").append(m.text()).append(m.unit().isEmpty() ? "" : " (" + m.unit() + ")").append('\n');
        }
    }
}
