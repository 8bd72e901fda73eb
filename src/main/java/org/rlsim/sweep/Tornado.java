package org.rlsim.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import org.rlsim.model.Parameter;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.Variation;
import org.rlsim.scenario.Version;
import org.rlsim.simulation.ParallelRuns;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SolverSettings;

/**
 * One-at-a-time sensitivity: each parameter at the low and at the high end of its usual range
 * ({@link org.rlsim.model.UsualRanges}), every other at the scenario's value, and the change of each
 * metric; drawn as a tornado chart, largest effect ({@link Bar#effect}) on top. {@code 2k + 1} runs for {@code k} parameters
 * (the baseline once), in parallel, with results identical to a serial run.
 */
public final class Tornado {
    private Tornado() {
    }

    /**
     * One parameter's bar.
     *
     * @param parameter the parameter
     * @param atLow     each metric with the parameter at {@link Parameter#usualMin()}
     * @param atHigh    each metric with the parameter at {@link Parameter#usualMax()}
     * @param baseline  each metric with the parameter at the scenario's value
     */
    public record Bar(Parameter parameter, double[] atLow, double[] atHigh, double[] baseline) {
        public Bar {
            Objects.requireNonNull(parameter, "parameter");
            atLow = atLow.clone();
            atHigh = atHigh.clone();
            baseline = baseline.clone();
        }

        /**
         * The size of the effect on metric {@code m}: the span of the metric over the low end, the scenario's
         * value and the high end (|at high − at low| when the effect is monotonic; larger when the metric peaks or
         * dips in between); NaN if any of the three has no value.
         */
        public double effect(int m) {
            double hi = Math.max(baseline[m], Math.max(atLow[m], atHigh[m]));
            double lo = Math.min(baseline[m], Math.min(atLow[m], atHigh[m]));
            return hi - lo;
        }

        public double atLow(int m) {
            return atLow[m];
        }

        public double atHigh(int m) {
            return atHigh[m];
        }

        @Override
        public double[] atLow() {
            return atLow.clone();
        }

        @Override
        public double[] atHigh() {
            return atHigh.clone();
        }

        @Override
        public double[] baseline() {
            return baseline.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bar b && b.parameter.equals(parameter) && java.util.Arrays.equals(b.atLow, atLow)
                    && java.util.Arrays.equals(b.atHigh, atHigh) && java.util.Arrays.equals(b.baseline, baseline);
        }

        @Override
        public int hashCode() {
            return parameter.hashCode();
        }
    }

    /**
     * A tornado analysis.
     *
     * @param scenario  what was run
     * @param overrides {@code --set} values every run had
     * @param metrics   the metrics, in order
     * @param baseline  each metric with every parameter at the scenario's value
     * @param bars      one per parameter, in the order given
     */
    public record Result(Scenario scenario, Map<String, Double> overrides, List<Metric> metrics, double[] baseline,
                         List<Bar> bars, String modelVersion, SolverSettings solver) {
        public Result {
            overrides = Map.copyOf(overrides);
            metrics = List.copyOf(metrics);
            baseline = baseline.clone();
            bars = List.copyOf(bars);
        }

        /** The bars by their effect on metric {@code m}, largest first (ties, and no value, in the given order). */
        public List<Bar> sortedBy(int m) {
            List<Bar> sorted = new ArrayList<>(bars);
            sorted.sort(Comparator.comparingDouble((Bar b) -> Double.isNaN(b.effect(m)) ? -1 : b.effect(m)).reversed());
            return sorted;
        }

        public double baseline(int m) {
            return baseline[m];
        }

        @Override
        public double[] baseline() {
            return baseline.clone();
        }
    }

    /**
     * Runs the analysis.
     *
     * @param parameters the parameters to vary, each with a usual range
     * @param parallel   whether the runs use every core (the numbers are the same either way)
     * @throws SimulationException for the first run (baseline, then parameters in order) that fails; the
     *                             message names the parameter and its value
     */
    public static Result run(Scenario scenario, Map<String, Double> overrides, List<Metric> metrics, List<Parameter> parameters,
                             RunControl control, boolean parallel) {
        PointRunner points = new PointRunner(metrics, new Simulator());
        RunControl each = control.withoutProgress();
        Variation.Setting base = new Variation.Setting(scenario, overrides);
        IntFunction<double[]> task = t -> {
            if (t == 0) {
                return points.values(base, each);
            }
            Parameter p = parameters.get((t - 1) / 2);
            double value = (t - 1) % 2 == 0 ? p.usualMin() : p.usualMax();
            try {
                return points.values(new Variation.ParameterValue(p).apply(base, value), each);
            } catch (SimulationException e) {
                String message = "with " + p.name() + " = " + org.rlsim.scenario.Quantity.format(value) + ": " + e.getMessage();
                throw new SimulationException(message, message, e.reachedH(), e);
            }
        };
        int runs = 1 + 2 * parameters.size();
        List<double[]> values = parallel ? ParallelRuns.map(runs, control, task) : ParallelRuns.serialMap(runs, control, task);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            bars.add(new Bar(parameters.get(i), values.get(1 + 2 * i), values.get(2 + 2 * i), values.get(0)));
        }
        Simulator simulator = new Simulator();
        return new Result(scenario, overrides, metrics, values.get(0), bars, Version.current(), simulator.settings());
    }
}
