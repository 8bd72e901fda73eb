package org.rlsim.sweep;

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
                    horizonH(setting.scenario(), entry.getValue()));
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
     * run, bit for bit (see {@link ScenarioRunner#runArm(Scenario, Arm, Map, RowSink, RunControl, double)}). A
     * week-12 metric of a 26-week scenario thus costs 13 weeks of simulation, not 26.
     */
    private double horizonH(Scenario scenario, List<Metric.OfCourse> read) {
        double latest = 0;
        for (Metric.OfCourse m : read) {
            latest = Math.max(latest, m.lastTimeReadH(scenario.durationH()));
        }
        return Math.min(scenario.durationH(), latest + maxStepH + scenario.outputIntervalH());
    }

    private static Arm arm(Variation.Setting setting, String name) {
        return setting.scenario().arms().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the scenario has no arm \"" + name + "\""));
    }
}
