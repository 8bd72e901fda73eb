package org.rlsim.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.rlsim.simulation.SolverSettings;

/**
 * The metrics at every point of a sweep.
 *
 * @param sweep        what was run
 * @param values       {@code values[p][m]}: metric {@code m} at point {@code p} (see {@link Sweep} for the
 *                     numbering), in the metric's unit; NaN where a metric has no value
 * @param modelVersion the rlsim version that ran it (provenance)
 * @param solver       the integrator settings (provenance)
 */
public record SweepResult(Sweep sweep, double[][] values, String modelVersion, SolverSettings solver) {
    public SweepResult {
        Objects.requireNonNull(sweep, "sweep");
        values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
        if (values.length != sweep.points()) {
            throw new IllegalArgumentException("one row of values per point is needed");
        }
    }

    /** Metric {@code m} at point {@code p}. */
    public double value(int p, int m) {
        return values[p][m];
    }

    /** Metric {@code m} along the first axis, at index {@code j} of the second (0 for a one-axis sweep). */
    public double[] line(int m, int j) {
        int n = sweep.axes().get(0).size();
        double[] line = new double[n];
        for (int i = 0; i < n; i++) {
            line[i] = values[j * n + i][m];
        }
        return line;
    }

    @Override
    public double[][] values() {
        return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepResult r && r.sweep.equals(sweep) && Arrays.deepEquals(r.values, values)
                && r.modelVersion.equals(modelVersion) && r.solver.equals(solver);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sweep, Arrays.deepHashCode(values), modelVersion);
    }

    /** The metrics' texts, in order. */
    public List<String> metricTexts() {
        return sweep.metrics().stream().map(org.rlsim.scenario.Metric::text).toList();
    }
}
