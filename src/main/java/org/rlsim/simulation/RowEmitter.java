package org.rlsim.simulation;

import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;

/**
 * Hands output rows to the run's sink: copies the state into a scratch vector (the integrator's arrays are
 * reused), keeps its amounts non-negative, checks for cancellation and reports progress. Allocates
 * nothing per row.
 */
final class RowEmitter {
    private final Physiology model;
    private final RowSink sink;
    private final RunControl control;
    private final double[] scratch = new double[StateLayout.SIZE];
    private final ModelState view = new ModelState(scratch);
    private final double durationH;
    private final boolean reportsProgress;
    private double reported;

    /** @param durationH the run's duration, h: progress is the fraction of it simulated */
    RowEmitter(Physiology model, RowSink sink, RunControl control, double durationH) {
        this.model = model;
        this.sink = sink;
        this.control = control;
        this.durationH = durationH;
        reportsProgress = control.reportsProgress();
    }

    void emit(double timeH, double[] state) {
        control.throwIfCancelled();
        System.arraycopy(state, 0, scratch, 0, scratch.length);
        model.keepNonNegative(scratch);
        sink.row(timeH, view);
        if (reportsProgress && timeH >= reported + PROGRESS_STEP * durationH) {
            reported = timeH;
            control.report(Math.min(1, timeH / durationH));
        }
    }

    /** Progress is reported about every 1 % of the run. */
    private static final double PROGRESS_STEP = 0.01;
}
