package org.rlsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rlsim.model.Parameter;

/**
 * What a scenario file asks to be run over many runs besides its arms: its {@code sweep:} block (one or more
 * sweeps) and its {@code sensitivity:} block (format in {@code docs/scenario-format.md}). The expectations
 * about them ({@link Expectation#overRuns()}) are checked against their results.
 *
 * @param sweeps      the sweeps, in file order (may be empty)
 * @param sensitivity the sensitivity analysis, if the file asks for one
 */
public record Analyses(List<SweepPlan> sweeps, Optional<SensitivityPlan> sensitivity) {
    /** Nothing besides the arms. */
    public static final Analyses NONE = new Analyses(List.of(), Optional.empty());

    public Analyses {
        sweeps = List.copyOf(sweeps);
        Objects.requireNonNull(sensitivity, "sensitivity");
    }

    /** Whether there is anything to run. */
    public boolean isEmpty() {
        return sweeps.isEmpty() && sensitivity.isEmpty();
    }

    /**
     * One sweep: every point of the grid over the axes is a full run, each giving the metrics.
     *
     * @param axes    one or two axes
     * @param metrics at least one
     */
    public record SweepPlan(List<Axis> axes, List<Metric> metrics) {
        public SweepPlan {
            axes = List.copyOf(axes);
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * A sensitivity analysis: a tornado over the parameters' usual ranges, or with {@code global} Sobol indices.
     *
     * @param metrics     at least one
     * @param parameters  the parameters to vary, each with a usual range
     * @param global      Sobol indices instead of a tornado
     * @param baseSamples N, base points of the Sobol design (used only when global)
     */
    public record SensitivityPlan(List<Metric> metrics, List<Parameter> parameters, boolean global, int baseSamples) {
        public SensitivityPlan {
            metrics = List.copyOf(metrics);
            parameters = List.copyOf(parameters);
        }
    }
}
