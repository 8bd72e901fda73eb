package org.rlsim.simulation;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;

/**
 * Presents the model to Commons Math as a first-order ODE system of only the states the run uses
 * ({@link org.rlsim.model.StatesInUse}): the integrator sees a compact vector, the model the full one, in
 * which the states not in use keep their (zero) values. Reuses its arrays, allocates nothing. Checks for
 * cancellation at every evaluation, so a cancelled run stops within one integration step, and that the
 * model changed no state outside those in use (which would mean a dose declared too little).
 */
final class OdeAdapter implements FirstOrderDifferentialEquations {
    private final Physiology model;
    private final Inputs inputs;
    private final int[] active;
    /** The state indices not integrated, whose rates must stay zero. */
    private final int[] inactive;
    private final double[] full = new double[StateLayout.SIZE];
    private final double[] fullRates = new double[StateLayout.SIZE];
    private final ModelState view = new ModelState(full);
    private final Flows flows = new Flows();
    /**
     * Evaluations still allowed. An {@code int}, not a {@code long}: in the browser build a {@code long} is a
     * JavaScript BigInt, and counting with it at every evaluation cost several per cent of a run there.
     */
    private int evaluationsLeft;
    private final RunControl control;

    /**
     * @param maxEvaluations most evaluations of the rates in this run (at most {@link Integer#MAX_VALUE} are
     *                       counted, hours of computing); one more throws {@link TooMuchWorkException}
     * @param control        checked for cancellation at every evaluation
     * @param active         the state indices integrated, increasing
     */
    OdeAdapter(Physiology model, Inputs inputs, long maxEvaluations, RunControl control, int[] active) {
        this.active = active.clone();
        inactive = IntStream.range(0, StateLayout.SIZE).filter(i -> Arrays.binarySearch(this.active, i) < 0).toArray();
        this.model = model;
        this.inputs = inputs;
        evaluationsLeft = (int) Math.min(Integer.MAX_VALUE, maxEvaluations);
        this.control = control;
    }

    /** The model whose rates this adapter evaluates. */
    Physiology model() {
        return model;
    }

    /** Number of states integrated. */
    @Override
    public int getDimension() {
        return active.length;
    }

    /** Copies the full state: the source of the states not in use, and of the compact start vector. */
    void load(double[] fullState, double[] compact) {
        System.arraycopy(fullState, 0, full, 0, full.length);
        for (int k = 0; k < active.length; k++) {
            compact[k] = fullState[active[k]];
        }
    }

    /** Writes a compact state into {@code fullState} (the states not in use are left as they are). */
    void store(double[] compact, double[] fullState) {
        for (int k = 0; k < active.length; k++) {
            fullState[active[k]] = compact[k];
        }
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        if (--evaluationsLeft < 0) {
            throw new TooMuchWorkException(t);
        }
        control.throwIfCancelled();
        store(y, full);
        model.derivatives(t, view, inputs, flows.reset(fullRates));
        for (int k = 0; k < active.length; k++) {
            double d = fullRates[active[k]];
            if (!Double.isFinite(d)) {
                throw new NonFiniteRateException(t);
            }
            yDot[k] = d;
        }
        for (int i : inactive) {
            if (fullRates[i] != 0) {
                if (!Double.isFinite(fullRates[i])) {
                    throw new NonFiniteRateException(t);
                }
                throw new IllegalStateException("the model changed state " + i + ", which no dose of this run declared");
            }
        }
    }

    /** A rate became NaN or infinite: the parameters make the model blow up. */
    static final class NonFiniteRateException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final double timeH;

        NonFiniteRateException(double timeH) {
            super("non-finite rate at t = " + timeH + " h");
            this.timeH = timeH;
        }
    }

    /** The run needed more evaluations than allowed: the solver is crawling (the model is too stiff for it). */
    static final class TooMuchWorkException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final double timeH;

        TooMuchWorkException(double timeH) {
            super("too many evaluations at t = " + timeH + " h");
            this.timeH = timeH;
        }
    }
}
