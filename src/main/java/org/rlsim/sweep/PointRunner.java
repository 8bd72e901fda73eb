package org.rlsim.sweep;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rlsim.model.Observable;
import org.rlsim.population.CohortResult;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.scenario.Variation;
import org.rlsim.simulation.RowSink;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.RunningSummary;
import org.rlsim.simulation.Simulator;

/**
 * Computes the metrics of one point: runs each arm the metrics of a course name (once, however many metrics
 * read it) into a {@link RunningSummary} and reads every such metric from its arm's summary; runs the virtual
 * patients of each arm a readout names (once) and reads the readouts from them. Arms no metric names are not
 * run. Thread-safe: every call has its own summaries; steady states are shared through
 * {@link org.rlsim.simulation.SteadyState}'s cache.
 */
final class PointRunner {
    private final List<Metric> metrics;
    private final ScenarioRunner runner;
    /** The solver's largest step, h. */
    private final double maxStepH;

    /** @param metrics what every point computes, in order (at least one) */
    PointRunner(List<Metric> metrics, Simulator simulator) {
        this.metrics = List.copyOf(metrics);
        if (this.metrics.isEmpty()) {
            throw new IllegalArgumentException("at least one metric is needed");
        }
        this.runner = ScenarioRunner.serial(simulator);
        this.maxStepH = simulator.settings().maxStepH();
    }

    List<Metric> metrics() {
        return metrics;
    }

    /**
     * The metrics' values at one point, in metric order, in each metric's unit (NaN where a metric has none).
     *
     * @throws org.rlsim.simulation.SimulationException if an arm cannot be simulated there
     */
    double[] values(Variation.Setting setting, RunControl control) {
        Map<String, List<Metric.OfCourse>> byArm = new LinkedHashMap<>();
        Map<String, CohortResult> cohorts = new HashMap<>();
        for (Metric m : metrics) {
            if (m instanceof Metric.OfCourse course) {
                byArm.computeIfAbsent(m.subject().arm(), a -> new ArrayList<>()).add(course);
            } else {
                ((Metric.Readout) m).arms().forEach(a -> cohorts.put(a, null));
            }
        }
        Map<Metric, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<Metric.OfCourse>> entry : byArm.entrySet()) {
            Set<Observable> outputs = EnumSet.noneOf(Observable.class);
            entry.getValue().forEach(m -> outputs.add(m.subject().output()));
            RunningSummary summary = new RunningSummary(outputs.toArray(Observable[]::new));
            entry.getValue().forEach(m -> m.watch(summary));
            runner.runArm(setting.scenario(), arm(setting, entry.getKey()), setting.overrides(), summary, control,
                    horizonH(setting.scenario(), entry.getValue()), outputIntervalH(setting.scenario().outputIntervalH(), entry.getValue()));
            entry.getValue().forEach(m -> values.put(m, m.value(summary)));
        }
        cohorts.replaceAll((name, none) -> runner.runCohort(setting.scenario(), arm(setting, name), setting.overrides(), control));
        for (Metric m : metrics) {
            if (m instanceof Metric.Readout r) {
                values.put(m, r.estimate(cohorts::get).value());
            }
        }
        return metrics.stream().mapToDouble(m -> Objects.requireNonNull(values.get(m))).toArray();
    }

    /**
     * How long an arm's run must last for its metrics: past the latest time they read by the solver's largest
     * step and one output interval, so that every row they read, and the row after it, is the row of the whole
     * run, bit for bit (see {@link ScenarioRunner#runArm(Scenario, Arm, Map, RowSink, RunControl, double, double)}). A
     * week-12 metric of a 26-week scenario thus costs 13 weeks of simulation, not 26.
     */
    private double horizonH(Scenario scenario, List<Metric.OfCourse> read) {
        double latest = 0;
        for (Metric.OfCourse m : read) {
            latest = Math.max(latest, m.lastTimeReadH(scenario.durationH()));
        }
        return Math.min(scenario.durationH(), latest + maxStepH + scenario.outputIntervalH());
    }

    /**
     * The spacing of the rows of a point's run of one arm, h: when every metric of the arm reads only values at
     * times on the scenario's output grid ({@link Metric.OfCourse#timesRead}), the longest whole multiple of the
     * scenario's interval that has them all on its grid, where they are the same rows bit for bit (the
     * integrator's steps do not depend on where its output is sampled, and a step with no output time in it is
     * not interpolated, which spares three of its sixteen evaluations of the rates); otherwise the scenario's own.
     */
    static double outputIntervalH(double scenarioIntervalH, List<Metric.OfCourse> metrics) {
        List<Double> times = new ArrayList<>();
        long steps = 0; // the greatest common divisor of the times read, in output intervals
        for (Metric.OfCourse m : metrics) {
            double[] read = m.timesRead();
            if (read == null) {
                return scenarioIntervalH;
            }
            for (double t : read) {
                double k = Math.rint(t / scenarioIntervalH);
                if (k * scenarioIntervalH != t || k < 0 || k > 1L << 52) {
                    return scenarioIntervalH; // between rows: read by interpolating between the scenario's rows
                }
                steps = BigInteger.valueOf(steps).gcd(BigInteger.valueOf((long) k)).longValue();
                times.add(t);
            }
        }
        double coarse = steps * scenarioIntervalH;
        if (steps <= 1 || !times.stream().allMatch(t -> Math.rint(t / coarse) * coarse == t)) {
            return scenarioIntervalH; // every output time is read, or rounding would move a time read
        }
        return coarse;
    }

    private static Arm arm(Variation.Setting setting, String name) {
        return setting.scenario().arms().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the scenario has no arm \"" + name + "\""));
    }
}
