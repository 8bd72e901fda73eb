package org.rlsim.sweep;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * First-order and total Sobol indices by Saltelli sampling, with bootstrap confidence intervals and a
 * convergence check: the numbers of {@code rlsim sensitivity --global}, for any model of {@code k} inputs on
 * the unit cube.
 *
 * <p>Design (Saltelli et al. 2010, Comput Phys Commun 181:259, §2–3): {@code N} points of a
 * {@code 2k}-dimensional Sobol sequence (Commons Math's {@link SobolSequenceGenerator}, its first point, the
 * origin, skipped) give two matrices A (the first {@code k} coordinates) and B (the last {@code k}); matrix
 * AB<sub>i</sub> is A with its column {@code i} from B. The model runs at the {@code N(k + 2)} rows of A, B and
 * every AB<sub>i</sub>. Estimators, with V the variance of f over A and B together:
 * <ul>
 *   <li>first order (Saltelli 2010, Table 2 (b)): S<sub>i</sub> = mean(f(B)·(f(AB<sub>i</sub>) − f(A))) / V;</li>
 *   <li>total (Jansen 1999, Saltelli 2010 Table 2 (f)): S<sub>Ti</sub> = mean((f(A) − f(AB<sub>i</sub>))²) / (2V).</li>
 * </ul>
 * Confidence intervals: 95 % percentile intervals of {@value #BOOTSTRAP_RESAMPLES} bootstrap resamples of the
 * {@code N} base points (the same resampled rows for A, B and every AB<sub>i</sub>), drawn from a fixed seed
 * so that the same inputs always give the same intervals. Convergence: the indices from the first
 * {@code N/2} base points (itself a Saltelli design) against those from all {@code N}; the estimate is
 * called converged when no index moved by more than {@value #CONVERGED_CHANGE}.
 */
public final class SobolIndices {
    /** Bootstrap resamples for the confidence intervals: enough for stable 2.5 % and 97.5 % percentiles. */
    public static final int BOOTSTRAP_RESAMPLES = 1000;
    /** Largest change of any index between N/2 and N base points for the estimate to count as converged. */
    public static final double CONVERGED_CHANGE = 0.05;
    /** Seed of the bootstrap's generator: fixed, so that the intervals are reproducible. */
    private static final long BOOTSTRAP_SEED = 20100101L;

    private SobolIndices() {
    }

    /** An index with its 95 % bootstrap interval. */
    public record Estimate(double value, double low, double high) {
        /** Whether {@code x} lies within the interval (ends included). */
        public boolean covers(double x) {
            return x >= low && x <= high;
        }
    }

    /**
     * The indices of one output.
     *
     * @param firstOrder    S<sub>i</sub> per input, in input order
     * @param total         S<sub>Ti</sub> per input
     * @param variance      V, in the output's unit squared
     * @param baseSamples   N
     * @param largestChange the largest change of any index between N/2 and N base points
     */
    public record Result(Estimate[] firstOrder, Estimate[] total, double variance, int baseSamples, double largestChange) {
        public Result {
            firstOrder = firstOrder.clone();
            total = total.clone();
        }

        @Override
        public Estimate[] firstOrder() {
            return firstOrder.clone();
        }

        @Override
        public Estimate[] total() {
            return total.clone();
        }

        /** Whether no index moved by more than {@link #CONVERGED_CHANGE} between N/2 and N base points. */
        public boolean converged() {
            return largestChange <= CONVERGED_CHANGE;
        }

        /** The convergence check in one sentence, for people. */
        public String convergence() {
            return String.format(java.util.Locale.ROOT, "convergence: the largest change of an index from %d to %d base"
                    + " points is %.3f, %s %.2f: %s", baseSamples / 2, baseSamples, largestChange,
                    converged() ? "within" : "more than", CONVERGED_CHANGE,
                    converged() ? "converged" : "NOT converged (give more --samples)");
        }
    }

    /**
     * The points to run the model at: {@code N(k + 2)} rows of {@code k} coordinates in [0, 1), in the order
     * A, B, AB<sub>1</sub> … AB<sub>k</sub> ({@code N} rows each).
     *
     * @param inputs k, at least 1
     * @param n      N, base points, at least 2
     */
    public static double[][] design(int inputs, int n) {
        if (inputs < 1 || n < 2) {
            throw new IllegalArgumentException("need at least 1 input and 2 base points, got " + inputs + " and " + n);
        }
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * inputs);
        sequence.nextVector(); // the origin: the same in A and B, it adds nothing
        double[][] rows = new double[n * (inputs + 2)][];
        for (int j = 0; j < n; j++) {
            double[] point = sequence.nextVector();
            double[] a = Arrays.copyOfRange(point, 0, inputs);
            double[] b = Arrays.copyOfRange(point, inputs, 2 * inputs);
            rows[j] = a;
            rows[n + j] = b;
            for (int i = 0; i < inputs; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                rows[(2 + i) * n + j] = ab;
            }
        }
        return rows;
    }

    /**
     * The indices from the model's values at the {@link #design} points.
     *
     * @param inputs k
     * @param f      the model's value at each design row, in design order
     */
    public static Result analyse(int inputs, double[] f) {
        int n = f.length / (inputs + 2);
        if (n < 2 || f.length != n * (inputs + 2)) {
            throw new IllegalArgumentException("need N(k + 2) values, N >= 2, got " + f.length + " for k = " + inputs);
        }
        int[] all = new int[n];
        Arrays.setAll(all, j -> j);
        double[][] point = indices(inputs, n, f, all);
        int[] half = Arrays.copyOf(all, n / 2);
        double[][] halfEstimate = indices(inputs, n, f, half);
        double largestChange = 0;
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < inputs; i++) {
                largestChange = Math.max(largestChange, Math.abs(point[s][i] - halfEstimate[s][i]));
            }
        }
        double[][][] boot = new double[2][inputs][BOOTSTRAP_RESAMPLES];
        RandomGenerator random = new Well19937c(BOOTSTRAP_SEED);
        int[] rows = new int[n];
        for (int b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            double[][] estimate = indices(inputs, n, f, rows);
            for (int s = 0; s < 2; s++) {
                for (int i = 0; i < inputs; i++) {
                    boot[s][i][b] = estimate[s][i];
                }
            }
        }
        Estimate[][] estimates = new Estimate[2][inputs];
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < inputs; i++) {
                double[] sorted = boot[s][i];
                Arrays.sort(sorted);
                estimates[s][i] = new Estimate(point[s][i], percentile(sorted, 0.025), percentile(sorted, 0.975));
            }
        }
        return new Result(estimates[0], estimates[1], variance(n, f, all), n, largestChange);
    }

    /** {first order, total} per input from the base points {@code rows} (indices into 0 … N − 1, repeats allowed). */
    private static double[][] indices(int inputs, int n, double[] f, int[] rows) {
        double v = variance(n, f, rows);
        double[][] s = new double[2][inputs];
        for (int i = 0; i < inputs; i++) {
            int ab = (2 + i) * n;
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double fa = f[j];
                double fb = f[n + j];
                double fab = f[ab + j];
                first += fb * (fab - fa);
                total += (fa - fab) * (fa - fab);
            }
            s[0][i] = first / rows.length / v;
            s[1][i] = total / (2.0 * rows.length) / v;
        }
        return s;
    }

    /** The variance of f over the rows of A and B named by {@code rows} (population variance, as in the estimators). */
    private static double variance(int n, double[] f, int[] rows) {
        double sum = 0;
        double sumSquares = 0;
        for (int j : rows) {
            for (double x : new double[] {f[j], f[n + j]}) {
                sum += x;
                sumSquares += x * x;
            }
        }
        int count = 2 * rows.length;
        double mean = sum / count;
        return sumSquares / count - mean * mean;
    }

    /** The {@code q} quantile of sorted values, linear between order statistics. */
    private static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
