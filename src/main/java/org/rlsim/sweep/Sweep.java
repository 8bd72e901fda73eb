package org.rlsim.sweep;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rlsim.scenario.Axis;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.Variation;

/**
 * A sweep: a scenario run at every point of a grid over one or two axes, each point giving the metrics.
 * Points are numbered with the first axis fastest: point {@code p} has value {@code p % n1} of the first axis
 * and {@code p / n1} of the second.
 *
 * @param scenario  what is run at each point
 * @param overrides parameter values applied first at every point ({@code --set}), by name
 * @param axes      one or two axes; a parameter, arm or mechanism is varied by one axis only
 * @param metrics   what each point gives, at least one
 */
public record Sweep(Scenario scenario, Map<String, Double> overrides, List<Axis> axes, List<Metric> metrics) {
    /** Most points of one sweep: a 100 × 100 grid. */
    public static final int MAX_POINTS = 10_000;

    public Sweep {
        Objects.requireNonNull(scenario, "scenario");
        overrides = Map.copyOf(overrides);
        axes = List.copyOf(axes);
        metrics = List.copyOf(metrics);
        if (axes.isEmpty() || axes.size() > 2) {
            throw new IllegalArgumentException("a sweep varies one or two things, not " + axes.size());
        }
        if (axes.size() == 2 && axes.get(0).variation().name().equals(axes.get(1).variation().name())) {
            throw new IllegalArgumentException(axes.get(0).variation().name() + " is varied twice");
        }
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one metric");
        }
    }

    /** The number of points. */
    public int points() {
        return axes.stream().mapToInt(Axis::size).reduce(1, (a, b) -> a * b);
    }

    /** The index along {@code axis} of point {@code p}. */
    public int index(int p, int axis) {
        return axis == 0 ? p % axes.get(0).size() : p / axes.get(0).size();
    }

    /** The scenario and overrides of point {@code p}: each axis's value applied in axis order. */
    public Variation.Setting setting(int p) {
        Variation.Setting setting = new Variation.Setting(scenario, overrides);
        for (int a = 0; a < axes.size(); a++) {
            Axis axis = axes.get(a);
            setting = axis.variation().apply(setting, axis.value(index(p, a)));
        }
        return setting;
    }
}
