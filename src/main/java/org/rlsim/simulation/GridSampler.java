package org.rlsim.simulation;

import org.apache.commons.math3.ode.sampling.StepHandler;
import org.apache.commons.math3.ode.sampling.StepInterpolator;

/**
 * Samples the integrator's dense output on a regular grid, strictly inside the current integration
 * segment; the simulator records segment ends itself (that is where doses are applied). Sampling by
 * interpolation keeps output points from shortening the integrator's steps.
 */
final class GridSampler implements StepHandler {
    private final double intervalH;
    private final RowEmitter rows;
    private final OdeAdapter ode;
    private final double[] full = new double[org.rlsim.model.StateLayout.SIZE];
    private double segmentStart;
    private double segmentEnd;

    /** @param ode turns the integrator's compact states into full ones */
    GridSampler(double intervalH, RowEmitter rows, OdeAdapter ode) {
        this.intervalH = intervalH;
        this.rows = rows;
        this.ode = ode;
    }

    /**
     * Sets the segment being integrated.
     *
     * @param state the full state at its start: the source of the states not integrated
     */
    void setSegment(double startH, double endH, double[] state) {
        segmentStart = startH;
        segmentEnd = endH;
        System.arraycopy(state, 0, full, 0, full.length);
    }

    /** True if {@code timeH} is a grid point, to within rounding. */
    boolean onGrid(double timeH) {
        double k = Math.rint(timeH / intervalH);
        return Math.abs(timeH - k * intervalH) <= 1e-9 * Math.max(1, timeH);
    }

    @Override
    public void init(double t0, double[] y0, double t) {
        // nothing to prepare: the segment is set by the simulator
    }

    @Override
    public void handleStep(StepInterpolator interpolator, boolean isLast) {
        double from = Math.max(interpolator.getPreviousTime(), segmentStart);
        double to = interpolator.getCurrentTime();
        double margin = 1e-9 * Math.max(1, segmentEnd);
        // k counts grid points as a double (exact far beyond any run): a long is a BigInt in the browser build
        for (double k = Math.floor(from / intervalH) + 1; ; k++) {
            double t = k * intervalH;
            if (t > to || t >= segmentEnd - margin) {
                break;
            }
            if (t <= segmentStart + margin) {
                continue;
            }
            interpolator.setInterpolatedTime(t);
            ode.store(interpolator.getInterpolatedState(), full);
            rows.emit(t, full);
        }
    }
}
