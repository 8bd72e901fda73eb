package org.rlsim.simulation;

import org.apache.commons.math3.ode.events.EventHandler;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.sampling.AbstractStepInterpolator;
import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.analysis.solvers.UnivariateSolver;
import org.apache.commons.math3.util.Precision;

/**
 * Commons Math's Dormand–Prince 8(5,3) integrator for runs without event handlers (the simulator splits its
 * runs at doses itself), without one cost of the library's event machinery. After every accepted step Commons
 * Math 3.6.1 evaluates the step's dense output at the step's end for the event handlers
 * ({@code AbstractIntegrator.acceptStep}); for this method that means three more evaluations of the rates per
 * step (the interpolant's extra stages), even when no handler is registered. Here a step is accepted as the
 * library does it when there are none — the last-step test, then the step handlers — so the dense output is
 * computed only where a step handler asks for it (an output point inside the step).
 *
 * <p>The steps, and every state and interpolated value, are those of {@link DormandPrince853Integrator}, bit
 * for bit: only evaluations nobody used are left out. Measured (oral-vs-iv's IV-arm patient, 26 untreated
 * weeks from the steady state): 96,242 evaluations with the library's acceptance; 79,472 (−17 %) with this
 * one at daily output, 85,478 (−11 %) at 2-hour output, where more steps hold an output point.
 */
final class DormandPrince853WithoutEvents extends DormandPrince853Integrator {
    DormandPrince853WithoutEvents(double minStep, double maxStep, double absoluteTolerance, double relativeTolerance) {
        super(minStep, maxStep, absoluteTolerance, relativeTolerance);
    }

    @Override
    protected double acceptStep(AbstractStepInterpolator interpolator, double[] y, double[] yDot, double tEnd) {
        double currentT = interpolator.getGlobalCurrentTime();
        isLastStep = isLastStep || Precision.equals(currentT, tEnd, 1);
        for (StepHandler handler : getStepHandlers()) {
            handler.handleStep(interpolator, isLastStep);
        }
        return currentT;
    }

    /** Not supported: this integrator accepts steps without looking for events. */
    @Override
    public void addEventHandler(EventHandler handler, double maxCheckInterval, double convergence, int maxIterationCount) {
        throw new UnsupportedOperationException("event handlers are not supported");
    }

    /** Not supported: this integrator accepts steps without looking for events. */
    @Override
    public void addEventHandler(EventHandler handler, double maxCheckInterval, double convergence, int maxIterationCount,
                                UnivariateSolver solver) {
        throw new UnsupportedOperationException("event handlers are not supported");
    }
}
