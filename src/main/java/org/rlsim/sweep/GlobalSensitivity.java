package org.rlsim.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.rlsim.model.Parameter;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Quantity;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.Variation;
import org.rlsim.scenario.Version;
import org.rlsim.simulation.ParallelRuns;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SolverSettings;

/**
 * Global sensitivity: Sobol indices ({@link SobolIndices}) of each metric with every chosen parameter drawn
 * uniformly over its usual range at once. {@code N(k + 2)} full runs for {@code k} parameters and
 * {@code N} base points, in parallel, with results identical to a serial run.
 */
public final class GlobalSensitivity {
    private GlobalSensitivity() {
    }

    /**
     * A global analysis.
     *
     * @param parameters the parameters varied, in order
     * @param indices    per metric, the indices of the parameters in that order
     */
    public record Result(Scenario scenario, Map<String, Double> overrides, List<Metric> metrics, List<Parameter> parameters,
                         List<SobolIndices.Result> indices, String modelVersion, SolverSettings solver) {
        public Result {
            overrides = Map.copyOf(overrides);
            metrics = List.copyOf(metrics);
            parameters = List.copyOf(parameters);
            indices = List.copyOf(indices);
        }

        /** Runs made: N(k + 2). */
        public int runs() {
            return indices.get(0).baseSamples() * (parameters.size() + 2);
        }
    }

    /**
     * Runs the analysis.
     *
     * @param parameters  the parameters to vary (each with a usual range), at least one
     * @param baseSamples N, at least 2 (a power of two balances the Sobol sequence best)
     * @throws SimulationException for the first run (in design order) that fails, or when a metric has no value
     *                             at some point (a level never reached); the message gives the parameter values
     */
    public static Result run(Scenario scenario, Map<String, Double> overrides, List<Metric> metrics, List<Parameter> parameters,
                             int baseSamples, RunControl control, boolean parallel) {
        double[][] design = SobolIndices.design(parameters.size(), baseSamples);
        PointRunner points = new PointRunner(metrics, new Simulator());
        RunControl each = control.withoutProgress();
        IntFunction<double[]> task = r -> {
            Variation.Setting setting = new Variation.Setting(scenario, overrides);
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < parameters.size(); i++) {
                Parameter p = parameters.get(i);
                double value = p.usualMin() + design[r][i] * (p.usualMax() - p.usualMin());
                setting = new Variation.ParameterValue(p).apply(setting, value);
                values.append(i == 0 ? "" : ", ").append(p.name()).append(" = ").append(Quantity.format(value));
            }
            double[] result;
            try {
                result = points.values(setting, each);
            } catch (SimulationException e) {
                String message = "with " + values + ": " + e.getMessage();
                throw new SimulationException(message, message, e.reachedH(), e);
            }
            for (int m = 0; m < result.length; m++) {
                if (Double.isNaN(result[m])) {
                    String message = "with " + values + ", the metric '" + metrics.get(m).text() + "' has no value (it is never"
                            + " reached); Sobol indices need a number at every point: choose a metric that always has one";
                    throw new SimulationException(message, message, 0, null);
                }
            }
            return result;
        };
        List<double[]> f = parallel ? ParallelRuns.map(design.length, control, task) : ParallelRuns.serialMap(design.length, control, task);
        List<SobolIndices.Result> indices = new ArrayList<>();
        for (int m = 0; m < metrics.size(); m++) {
            int metric = m;
            indices.add(SobolIndices.analyse(parameters.size(), f.stream().mapToDouble(v -> v[metric]).toArray()));
        }
        return new Result(scenario, overrides, metrics, parameters, indices, Version.current(), new Simulator().settings());
    }
}
