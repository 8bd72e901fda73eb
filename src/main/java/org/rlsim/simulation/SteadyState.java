package org.rlsim.simulation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;
import org.rlsim.model.TimeUnits;

/**
 * Brings a patient to the steady state of its physiology before day 0, in documented steps:
 * <ol>
 *   <li>Damped Newton's method on "the daily-mean rates are zero", started from typical adult amounts,
 *       finds the slow pools (tissue iron, stores) that would need decades of integration, using a
 *       finite-difference Jacobian and Commons Math's LU solver. The rates are algebraic, so this costs
 *       microseconds.</li>
 *   <li>Only if that Newton fails is the untreated model first integrated for {@value #BURN_IN_YEARS}
 *       year at a loose tolerance, so every fast process settles, and Newton is tried again from there;
 *       if it fails again, the burn-in continues by integration for {@value #FALLBACK_YEARS} years.</li>
 *   <li>When hepcidin has a daily rhythm there is no fixed point but a daily cycle: a quasi-Newton method
 *       on the one-day map finds the state at 00:00 that returns to itself after 24 h. Its first Jacobian is
 *       estimated from the daily-mean rates (no integration), then corrected by Broyden's update after every
 *       step, so each iteration costs one simulated day; only if a step shrinks the mismatch less than
 *       {@value #BROYDEN_CONTRACTION}-fold is the Jacobian recomputed by finite differences (one day per
 *       unknown). When even a step with such a fresh Jacobian no longer shrinks a mismatch already below
 *       {@value #CYCLE_NOISE}, what is left is the integrator's own error over a day, and the best state found
 *       is returned.</li>
 * </ol>
 * Sinks, the gut lumen and the tallies are then zero, so every run starts its bookkeeping at day 0.
 */
public final class SteadyState {
    /** Years of untreated integration before a second Newton try: enough to enter Newton's basin. */
    public static final double BURN_IN_YEARS = 1;
    /**
     * Solver settings of the burn-in: Newton polishes the result to 1e-12, so the burn-in only has to be
     * roughly right, and a 1e-6 tolerance lets it take far fewer steps; nor does it need the output-accuracy
     * cap on the step of {@link SolverSettings#DEFAULT}, so its steps may grow to a week.
     */
    private static final SolverSettings BURN_IN_SOLVER = new SolverSettings(1e-6, 1e-6, TimeUnits.WEEK_H);
    /** Years of integration used instead when Newton fails (several times the slowest time constant). */
    public static final double FALLBACK_YEARS = 60;

    /** Newton stops when the largest relative update is below this: far below any visible difference. */
    private static final double NEWTON_TOLERANCE = 1e-12;
    private static final int NEWTON_MAX_ITERATIONS = 30;
    /** Relative finite-difference step: about the square root of double precision. */
    private static final double FD_STEP = 1e-7;
    /**
     * The one-day map's Jacobian is kept (with Broyden's updates) while each step shrinks the mismatch at least
     * this many times; a slower step means it is poor, and it is recomputed by finite differences.
     */
    private static final double BROYDEN_CONTRACTION = 2;
    /** Relative mismatch after one day accepted as "on the cycle": far below any visible difference. */
    private static final double CYCLE_TOLERANCE = 1e-10;
    /**
     * Relative one-day mismatch below which a step that makes no progress means the integrator's noise has
     * been reached (measured: about 1.5e-8 for the anaemic archetype at the default tolerance), so Newton stops.
     */
    private static final double CYCLE_NOISE = 1e-7;
    /** Finite-difference step of the one-day map: above the integrator's 1e-9 error, so the slopes are not noise. */
    private static final double CYCLE_FD_STEP = 1e-5;

    private SteadyState() {
    }

    /**
     * Steady states already computed, by the parameter values and solver settings they were computed with
     * (a patient's parameter set fully determines its physiology). Bounded: the least recently used are
     * dropped, so a cohort of distinct patients does not fill the heap.
     */
    private static final int CACHE_SIZE = 512;
    private static final Map<List<Object>, double[]> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, double[]> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    /**
     * The steady state of the untreated model (length {@link StateLayout#SIZE}), from the cache when the same
     * parameter values were settled before with the same solver settings. Thread-safe. The unknowns, the
     * starting guess and the dependent states come from the model ({@link Physiology#steadyStateUnknowns} and
     * the methods beside it).
     *
     * @return a new array (the caller may modify it)
     */
    public static double[] of(Physiology model, Simulator simulator) {
        List<Object> key = List.of(model.parameters(), simulator.settings());
        double[] cached = CACHE.get(key);
        if (cached == null) {
            cached = compute(model, simulator);
            CACHE.put(key, cached);
        }
        return cached.clone();
    }

    /**
     * The steady state computed afresh, without the cache: what {@link #of} costs the first time (the
     * benchmark's figure). Thread-safe.
     *
     * @return a new array
     */
    public static double[] compute(Physiology model, Simulator simulator) {
        return compute(model, simulator, null);
    }

    /**
     * The steady state computed afresh, Newton's method starting first from a state close to the expected one,
     * such as the steady state of the typical patient when this is a virtual patient varied from it: from there
     * it converges in a few iterations where the generic guess may fail and need a year of burn-in. The result
     * is the same steady state (to Newton's tolerance) as from the model's own guess. Thread-safe.
     *
     * @param nearby a full state to start from, or null for the model's guess ({@link Physiology#steadyStateGuess})
     * @return a new array
     */
    public static double[] compute(Physiology model, Simulator simulator, double[] nearby) {
        simulator = stepEndsOnly(simulator);
        double[] result = nearby == null ? null : newton(model, model.untreatedStart(nearby));
        if (result == null) {
            double[] y = model.steadyStateGuess();
            result = newton(model, y);
            if (result == null) {
                double[] settled = advance(model, new Simulator(BURN_IN_SOLVER), y, BURN_IN_YEARS * TimeUnits.YEAR_H);
                double[] polished = newton(model, settled);
                result = polished != null ? polished : advance(model, simulator, settled, FALLBACK_YEARS * TimeUnits.YEAR_H);
            }
        }
        model.completeSteadyState(result);
        if (model.hasDailyCycle()) {
            result = onDailyCycle(model, simulator, result);
        }
        return result;
    }

    /**
     * The same tolerances without the cap on the step of {@link SolverSettings#maxStepH}: the steady state
     * uses only the states at the ends of whole days, which the error control holds to the tolerance, while the
     * cap serves output points interpolated between steps. With the cap the anaemic archetype's steady state took
     * 18 ms of CPU instead of 3.8 ms (Benchmark, 2 December 2026).
     */
    private static Simulator stepEndsOnly(Simulator simulator) {
        SolverSettings s = simulator.settings();
        return s.maxStepH() >= TimeUnits.WEEK_H ? simulator
                : new Simulator(new SolverSettings(s.absoluteTolerance(), s.relativeTolerance(), TimeUnits.WEEK_H));
    }

    /**
     * With a diurnal hepcidin rhythm the untreated model has a daily cycle, not a fixed point. Newton
     * (on the daily-mean rates) gives a state close to it; this finds the state at 00:00 that returns to
     * itself after 24 h, by a quasi-Newton method on the one-day map F(y) = y(24 h) − y, in unknowns scaled by
     * their size at the start. Its first Jacobian is estimated without integrating ({@link #estimatedOneDayMapJacobian})
     * and improved after every step by Broyden's rank-one update, so each iteration costs one simulated day.
     * While a step shrinks the mismatch less than {@value #BROYDEN_CONTRACTION}-fold the Jacobian is recomputed
     * by finite differences (one day per unknown). If all fails, the best state found is returned.
     */
    private static double[] onDailyCycle(Physiology model, Simulator simulator, double[] start) {
        int[] unknowns = model.dailyCycleUnknowns();
        int n = unknowns.length;
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            scale[i] = Math.max(1e-3, Math.abs(start[unknowns[i]]));
        }
        RealMatrix jacobian = estimatedOneDayMapJacobian(model, start, unknowns, scale);
        double[] y = start;
        double previousLargest = Double.POSITIVE_INFINITY;
        double[] best = y;
        double bestLargest = Double.POSITIVE_INFINITY;
        boolean finiteDifferences = false;
        RealVector previousF = null;
        RealVector previousStep = null;
        for (int iteration = 0; iteration < NEWTON_MAX_ITERATIONS; iteration++) {
            RealVector f = scaledMismatch(model, simulator, y, unknowns, scale);
            double largest = 0;
            for (int i = 0; i < n; i++) {
                largest = Math.max(largest, Math.abs(f.getEntry(i)) * scale[i] / Math.max(1e-3, Math.abs(y[unknowns[i]])));
            }
            if (largest < CYCLE_TOLERANCE) {
                return y;
            }
            if (largest < bestLargest) {
                best = y;
                bestLargest = largest;
            } else if (finiteDifferences && bestLargest < CYCLE_NOISE) {
                // A step with a finite-difference Jacobian made no progress from an already tiny mismatch: what is left
                // is the integrator's own error over a day (about 1e-8 for the stiffest patients), which no step removes.
                return best;
            }
            if (largest * BROYDEN_CONTRACTION > previousLargest) {
                jacobian = oneDayMapJacobian(model, simulator, y, f, unknowns, scale);
                finiteDifferences = true;
            } else if (previousStep != null && largest > CYCLE_NOISE) {
                // below the noise the change of the mismatch is mostly the integrator's error: an update would spoil J
                broydenUpdate(jacobian, previousStep, f.subtract(previousF));
                finiteDifferences = false;
            }
            previousLargest = largest;
            RealVector step;
            try {
                step = new LUDecomposition(jacobian).getSolver().solve(f.mapMultiply(-1));
            } catch (SingularMatrixException e) {
                return best;
            }
            double[] candidate = y.clone();
            for (int j = 0; j < n; j++) {
                candidate[unknowns[j]] += step.getEntry(j) * scale[j];
                if (!(candidate[unknowns[j]] >= 0)) {
                    return best;
                }
            }
            y = candidate;
            previousF = f;
            previousStep = step;
        }
        return best;
    }

    /** The one-day mismatch {@code y(24 h) − y(0)} over the unknowns, each divided by its scale. */
    private static RealVector scaledMismatch(Physiology model, Simulator simulator, double[] y, int[] unknowns, double[] scale) {
        double[] next = advance(model, simulator, y, 24);
        RealVector f = new ArrayRealVector(unknowns.length);
        for (int i = 0; i < unknowns.length; i++) {
            f.setEntry(i, (next[unknowns[i]] - y[unknowns[i]]) / scale[i]);
        }
        return f;
    }

    /**
     * Broyden's ("good") rank-one update of a Jacobian, in place, so that it maps the last step onto the change
     * of the mismatch it caused: {@code J += (Δf − J·s) sᵀ / (sᵀs)}.
     */
    private static void broydenUpdate(RealMatrix jacobian, RealVector step, RealVector change) {
        RealVector miss = change.subtract(jacobian.operate(step)).mapDivide(step.dotProduct(step));
        jacobian.setSubMatrix(jacobian.add(miss.outerProduct(step)).getData(), 0, 0);
    }

    /**
     * An estimate of the scaled one-day map's Jacobian that costs no integration: the linearised model around
     * the daily-mean rates, {@code dy/dt = J̄·(y − y₀)} with J̄ the Jacobian of those rates at {@code y}, carried
     * over the day in 24 backward-Euler steps of an hour: {@code (I − J̄·1 h)^−24 − I}. Backward Euler damps the
     * fast pools (hours) as the day does, and is accurate for the slow ones (weeks), which set the convergence;
     * what it misses (the rhythm's own effect on the slopes) Broyden's updates learn.
     */
    private static RealMatrix estimatedOneDayMapJacobian(Physiology model, double[] y, int[] unknowns, double[] scale) {
        Rates rates = new Rates(model, unknowns);
        RealMatrix meanSlopes = scaled(finiteDifferenceJacobian(rates::at, y, rates.at(y), unknowns, FD_STEP), scale);
        int n = unknowns.length;
        RealMatrix identity = MatrixUtils.createRealIdentityMatrix(n);
        RealMatrix hour = new LUDecomposition(identity.subtract(meanSlopes)).getSolver().getInverse();
        RealMatrix day = hour.power(24);
        return day.subtract(identity);
    }

    /** The Jacobian of a map scaled as its unknowns are: {@code D⁻¹·J·D} with D = diag(scale). */
    private static RealMatrix scaled(RealMatrix jacobian, double[] scale) {
        RealMatrix result = jacobian.copy();
        for (int i = 0; i < scale.length; i++) {
            for (int j = 0; j < scale.length; j++) {
                result.multiplyEntry(i, j, scale[j] / scale[i]);
            }
        }
        return result;
    }

    /**
     * Finite-difference Jacobian of the scaled one-day mismatch over the cycle unknowns (one day integrated
     * per unknown).
     *
     * @param f the scaled mismatch at {@code y}
     */
    private static RealMatrix oneDayMapJacobian(Physiology model, Simulator simulator, double[] y, RealVector f,
                                                int[] unknowns, double[] scale) {
        RealMatrix jacobian = new Array2DRowRealMatrix(unknowns.length, unknowns.length);
        for (int j = 0; j < unknowns.length; j++) {
            double[] shifted = y.clone();
            shifted[unknowns[j]] += CYCLE_FD_STEP * scale[j];
            jacobian.setColumnVector(j, scaledMismatch(model, simulator, shifted, unknowns, scale).subtract(f)
                    .mapDivide(CYCLE_FD_STEP));
        }
        return jacobian;
    }

    /**
     * Finite-difference Jacobian of {@code map} over the unknowns at {@code y}, with relative step
     * {@code relativeStep} (of at least 1e-3 of the unit).
     *
     * @param f {@code map(y)}
     */
    private static RealMatrix finiteDifferenceJacobian(Function<double[], double[]> map, double[] y, double[] f,
                                                       int[] unknowns, double relativeStep) {
        int n = unknowns.length;
        Array2DRowRealMatrix jacobian = new Array2DRowRealMatrix(n, n);
        for (int j = 0; j < n; j++) {
            double[] shifted = y.clone();
            double h = relativeStep * Math.max(1e-3, Math.abs(y[unknowns[j]]));
            shifted[unknowns[j]] += h;
            double[] g = map.apply(shifted);
            for (int i = 0; i < n; i++) {
                jacobian.setEntry(i, j, (g[i] - f[i]) / h);
            }
        }
        return jacobian;
    }

    /**
     * The untreated state after {@code hours} (a whole number of days, so the clock is 00:00 again), as the
     * start of another run ({@link Physiology#untreatedStart}).
     */
    private static double[] advance(Physiology model, Simulator simulator, double[] start, double hours) {
        LastRow last = new LastRow();
        simulator.run(model, start, List.of(), hours, hours, last, new RunControl());
        return model.untreatedStart(last.state);
    }

    /** Keeps only the last row's state. */
    private static final class LastRow implements RowSink {
        private double[] state;

        @Override
        public void row(double timeH, ModelState s) {
            state = s.copy();
        }
    }

    /** Newton's method on the untreated rates; null if it does not converge to a non-negative state. */
    private static double[] newton(Physiology model, double[] start) {
        double[] y = start.clone();
        int[] unknowns = model.steadyStateUnknowns();
        Rates rates = new Rates(model, unknowns);
        int n = unknowns.length;
        for (int iteration = 0; iteration < NEWTON_MAX_ITERATIONS; iteration++) {
            double[] f = rates.at(y);
            RealMatrix jacobian = finiteDifferenceJacobian(rates::at, y, f, unknowns, FD_STEP);
            RealVector step;
            try {
                step = new LUDecomposition(jacobian).getSolver().solve(new ArrayRealVector(f).mapMultiply(-1));
            } catch (SingularMatrixException e) {
                return null;
            }
            double fraction = stepFractionKeepingNonNegative(y, unknowns, step);
            if (fraction == 0) {
                return null;
            }
            double largest = 0;
            for (int j = 0; j < n; j++) {
                int k = unknowns[j];
                double change = fraction * step.getEntry(j);
                y[k] = Math.max(0, y[k] + change);
                largest = Math.max(largest, Math.abs(change) / Math.max(1e-3, Math.abs(y[k])));
            }
            if (largest < NEWTON_TOLERANCE) {
                return y;
            }
        }
        return null;
    }

    /**
     * Damping: the largest fraction of the Newton step, 1, 1/2, 1/4, …, that keeps every unknown
     * non-negative (up to rounding); 0 if even a tiny fraction does not.
     */
    private static double stepFractionKeepingNonNegative(double[] y, int[] unknowns, RealVector step) {
        for (double fraction = 1; fraction > 1e-6; fraction /= 2) {
            boolean ok = true;
            for (int j = 0; j < unknowns.length && ok; j++) {
                ok = y[unknowns[j]] + fraction * step.getEntry(j) > -NEWTON_TOLERANCE;
            }
            if (ok) {
                return fraction;
            }
        }
        return 0;
    }

    /** The untreated rates of some unknowns. */
    private static final class Rates {
        private final Physiology model;
        private final Inputs none = new Inputs();
        private final Flows flows = new Flows();
        private final ModelState view = new ModelState(new double[StateLayout.SIZE]);
        private final double[] dydt = new double[StateLayout.SIZE];
        private final int[] unknowns;

        Rates(Physiology model, int[] unknowns) {
            this.model = model;
            this.unknowns = unknowns;
        }

        /** Rates at 00:00, or their mean over the day (24 hourly clock times) when hepcidin has a rhythm. */
        double[] at(double[] y) {
            double[] f = new double[unknowns.length];
            int clocks = model.hasDailyCycle() ? 24 : 1;
            for (int hour = 0; hour < clocks; hour++) {
                model.derivatives(hour, view.wrap(y), none, flows.reset(dydt));
                for (int i = 0; i < f.length; i++) {
                    f[i] += dydt[unknowns[i]] / clocks;
                }
            }
            return f;
        }
    }
}
