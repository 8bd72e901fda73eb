package org.rlsim.simulation;

import java.util.List;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;

/**
 * Where a run's output rows go, one at a time, as the simulator produces them: into memory for charts
 * ({@link TrajectorySink}), straight to a file, into a running summary or a cohort aggregate. A run
 * therefore needs memory only for what its sinks keep.
 *
 * <p>Contract: {@link #begin} once, then {@link #row} for every output row in time order (at an
 * instantaneous dose two rows with the same time, before and after it), then {@link #end} once if the
 * run completed. A failed or cancelled run stops calling the sink without {@code end}. A sink serves one
 * run at a time (one thread); use one sink per run in a batch.
 */
public interface RowSink {
    /**
     * Called once before the first row.
     *
     * @param model     the physiology being run (for {@link org.rlsim.model.Observable#value})
     * @param events    the dose events the run applies, in time order
     * @param durationH the run's duration, h
     */
    default void begin(Physiology model, List<DoseEvent> events, double durationH) {
    }

    /**
     * One output row.
     *
     * @param timeH simulated time, h since 00:00 of day 0
     * @param state the state at that time, amounts non-negative; a view valid only during this call
     *              (copy what you keep)
     */
    void row(double timeH, ModelState state);

    /** Called once after the last row of a run that completed. */
    default void end() {
    }

    /** A sink that passes every call to {@code first}, then to {@code second}. */
    static RowSink both(RowSink first, RowSink second) {
        return new RowSink() {
            @Override
            public void begin(Physiology model, List<DoseEvent> events, double durationH) {
                first.begin(model, events, durationH);
                second.begin(model, events, durationH);
            }

            @Override
            public void row(double timeH, ModelState state) {
                first.row(timeH, state);
                second.row(timeH, state);
            }

            @Override
            public void end() {
                first.end();
                second.end();
            }
        };
    }
}
