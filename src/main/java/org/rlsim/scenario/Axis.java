package org.rlsim.scenario;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One varied quantity of a sweep and the values it takes, in order.
 *
 * @param variation what is varied
 * @param values    its values, in {@link Variation#unit()} (for a model variant: category indices); at least one
 * @param log       whether the axis is on a log scale: a range's values are then spaced evenly on it and charts
 *                  draw it logarithmically; only a numeric variation, with every value above 0
 */
public record Axis(Variation variation, double[] values, boolean log) {
    public Axis {
        Objects.requireNonNull(variation, "variation");
        values = values.clone();
        if (values.length == 0) {
            throw new IllegalArgumentException("an axis needs at least one value");
        }
        if (log && (!variation.categories().isEmpty() || !Arrays.stream(values).allMatch(v -> v > 0 && Double.isFinite(v)))) {
            throw new IllegalArgumentException("a log axis needs numbers above 0: " + variation.name() + " = " + Arrays.toString(values));
        }
    }

    /**
     * {@code steps} values from {@code from} to {@code to}, both included, evenly spaced (on a log scale
     * when {@code log}: then both must be positive).
     */
    public static Axis range(Variation variation, double from, double to, int steps, boolean log) {
        if (steps < 2) {
            throw new IllegalArgumentException("a range needs at least 2 steps, got " + steps);
        }
        if (log && !(from > 0 && to > 0)) {
            throw new IllegalArgumentException("a log range needs positive ends");
        }
        double[] values = IntStream.range(0, steps).mapToDouble(i -> {
            double f = (double) i / (steps - 1);
            return i == steps - 1 ? to : log ? from * Math.pow(to / from, f) : from + f * (to - from);
        }).toArray();
        return new Axis(variation, values, log);
    }

    /** Every category of a categorical variation, in order. */
    public static Axis categories(Variation variation) {
        return new Axis(variation, IntStream.range(0, variation.categories().size()).asDoubleStream().toArray(), false);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /** How many values. */
    public int size() {
        return values.length;
    }

    /** The value at this index. */
    public double value(int i) {
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Axis a && a.variation.equals(variation) && Arrays.equals(a.values, values) && a.log == log;
    }

    @Override
    public int hashCode() {
        return 31 * variation.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return variation.name() + " = " + Arrays.toString(values);
    }
}
