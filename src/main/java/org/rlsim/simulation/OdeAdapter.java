package org.rlsim.simulation;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;

/**
 * Presents the model to Commons Math as a first-order ODE system; reuses its views, allocates nothing.
 * Checks for cancellation at every evaluation, so a cancelled run stops within one integration step.
 */
final class OdeAdapter implements FirstOrderDifferentialEquations {
    private final Physiology model;
    private final Inputs inputs;
    private final ModelState view = new ModelState(new double[StateLayout.SIZE]);
    private final Flows flows = new Flows();
    private final long maxEvaluations;
    private final RunControl control;
    private long evaluations;

    /**
     * @param maxEvaluations most evaluations of the rates in this run; one more throws {@link TooMuchWorkException}
     * @param control        checked for cancellation at every evaluation
     */
    OdeAdapter(Physiology model, Inputs inputs, long maxEvaluations, RunControl control) {
        this.model = model;
        this.inputs = inputs;
        this.maxEvaluations = maxEvaluations;
        this.control = control;
    }

    /** The model whose rates this adapter evaluates. */
    Physiology model() {
        return model;
    }

    @Override
    public int getDimension() {
        return StateLayout.SIZE;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
        if (++evaluations > maxEvaluations) {
            throw new TooMuchWorkException(t);
        }
        control.throwIfCancelled();
        model.derivatives(t, view.wrap(y), inputs, flows.reset(yDot));
        for (double d : yDot) {
            if (!Double.isFinite(d)) {
                throw new NonFiniteRateException(t);
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
