package org.rlsim.simulation;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;

/** Presents the model to Commons Math as a first-order ODE system; reuses its views, allocates nothing. */
final class OdeAdapter implements FirstOrderDifferentialEquations {
    private final Physiology model;
    private final Inputs inputs;
    private final ModelState view = new ModelState(new double[StateLayout.SIZE]);
    private final Flows flows = new Flows();

    OdeAdapter(Physiology model, Inputs inputs) {
        this.model = model;
        this.inputs = inputs;
    }

    @Override
    public int getDimension() {
        return StateLayout.SIZE;
    }

    @Override
    public void computeDerivatives(double t, double[] y, double[] yDot) {
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
}
