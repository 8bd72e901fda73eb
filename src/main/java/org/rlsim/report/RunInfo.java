package org.rlsim.report;

import java.util.List;
import java.util.Map;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.simulation.SolverSettings;

/**
 * The provenance of a run as a short plain-text file for people ({@value #FILE_NAME}): the command
 * line, every what-if change ({@code --set}), scenario, patient, rlsim version, model variants, parameters that differ from the model defaults, solver settings, the
 * output files, and the teaching-model disclaimer. It is kept out of the CSV files so that they open
 * cleanly in spreadsheets.
 */
public final class RunInfo {
    /** Default file name. */
    public static final String FILE_NAME = "run-info.txt";

    /** The disclaimer every output carries. */
    public static final String DISCLAIMER = "Teaching model — not for clinical decisions.";

    private RunInfo() {
    }

    /**
     * The text of {@value #FILE_NAME}, lines separated by {@code \n}, with the solver settings the run
     * used ({@link ScenarioResult#solver()}).
     *
     * @param result      what was run, with its what-if changes
     * @param outputFiles names of the files written next to it, listed as given
     * @param commandLine the command that made it, as it could be typed again
     */
    public static String text(ScenarioResult result, List<String> outputFiles, String commandLine) {
        Scenario s = result.scenario();
        StringBuilder out = new StringBuilder();
        out.append("rlsim run information\n\n");
        out.append("Command:    ").append(commandLine).append('\n');
        out.append("Scenario:   ").append(s.name()).append(" (file ").append(s.name()).append(".yaml)\n");
        out.append("Title:      ").append(ScenarioException.oneLine(s.title())).append('\n');
        if (s.patients().size() == 1) {
            out.append("Patient:    ").append(s.patients().get(0).id()).append(" — ").append(s.patients().get(0).title()).append('\n');
        } else {
            for (var arm : s.arms()) {
                out.append("Patient:    ").append(arm.patient().id()).append(" — ").append(arm.patient().title())
                        .append(" (arm ").append(arm.name()).append(")\n");
            }
        }
        out.append("rlsim:      version ").append(result.modelVersion()).append('\n');
        out.append("Simulated:  ").append(s.durationWritten()).append(" (").append(Numbers.format(s.durationH() / 24))
                .append(" days), output every ")
                .append(Numbers.format(s.outputIntervalH())).append(" h\n");
        out.append("Arms:       ");
        out.append(String.join("; ", result.arms().stream().map(a -> a.arm().name()).toList())).append("\n\n");

        if (result.whatIf().isEmpty()) {
            out.append("What-if:    none; the scenario as its file says\n\n");
        } else {
            out.append("What-if:    this run changed, in every arm, what the scenario file says:\n");
            for (String change : result.whatIf()) {
                out.append("  --set ").append(change).append('\n');
            }
            out.append('\n');
        }

        List<ModelVariants> variants = result.arms().stream().map(a -> a.parameters().variants()).toList();
        if (variants.stream().distinct().count() == 1) {
            out.append("Model variants (every arm): ").append(variants.get(0)).append("\n\n");
        } else {
            out.append("Model variants:\n");
            for (ArmResult arm : result.arms()) {
                out.append("  ").append(arm.arm().name()).append(": ").append(arm.parameters().variants()).append('\n');
            }
            out.append('\n');
        }

        List<Map<String, Double>> changed = result.arms().stream().map(a -> a.parameters().changedFromDefaults()).toList();
        if (changed.stream().distinct().count() == 1) {
            out.append("Parameters that differ from the model defaults (every arm):\n");
            appendParameters(out, changed.get(0));
        } else {
            for (ArmResult arm : result.arms()) {
                out.append("Parameters that differ from the model defaults, arm ").append(arm.arm().name()).append(":\n");
                appendParameters(out, arm.parameters().changedFromDefaults());
            }
        }

        SolverSettings solver = result.solver();
        out.append("\nSolver:     Dormand–Prince 8(5,3), absolute tolerance ")
                .append(Numbers.format(solver.absoluteTolerance())).append(" mg, relative tolerance ")
                .append(Numbers.format(solver.relativeTolerance())).append(", largest step ")
                .append(Numbers.format(solver.maxStepH())).append(" h\n\n");

        out.append("Output files:\n");
        for (String file : outputFiles) {
            out.append("  ").append(file).append('\n');
        }
        out.append("\nIn ").append(TimeSeriesCsv.FILE_NAME).append(", a time that appears twice in one arm is a dose")
                .append(" given at once: the first row is just before it, the second just after.\n\n");
        out.append(DISCLAIMER).append('\n');
        return out.toString();
    }

    private static void appendParameters(StringBuilder out, Map<String, Double> values) {
        if (values.isEmpty()) {
            out.append("  (none)\n");
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            String unit = ParameterCatalog.find(e.getKey()).map(Parameter::unit).orElse("1");
            out.append("  ").append(e.getKey()).append(" = ").append(Numbers.format(e.getValue()))
                    .append(unit.equals("1") ? "" : " " + unit).append('\n');
        }
    }
}
