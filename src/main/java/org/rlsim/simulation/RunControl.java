package org.rlsim.simulation;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleConsumer;

/**
 * Lets a caller cancel a run (or a batch of runs) from another thread and follow its progress.
 *
 * <p>{@link #cancel()} may be called from any thread at any time; the run then throws
 * {@link RunCancelledException} within one integration step (the simulator checks at every evaluation
 * of the model's rates and at every output row). Progress is reported as a fraction from 0 to 1: of
 * simulated time for one run, of finished runs for a batch ({@link ParallelRuns}); the listener is
 * called from the running thread(s), at most about every 1 % (it must be thread-safe for a batch).
 */
public final class RunControl {
    private static final DoubleConsumer IGNORE = fraction -> { };

    private final AtomicBoolean cancelled;
    private final DoubleConsumer progress;

    private RunControl(AtomicBoolean cancelled, DoubleConsumer progress) {
        this.cancelled = cancelled;
        this.progress = progress;
    }

    /** A control that nobody has cancelled yet and that reports progress nowhere. */
    public RunControl() {
        this(new AtomicBoolean(), IGNORE);
    }

    /** A control that reports progress (fraction 0–1) to {@code listener}. */
    public static RunControl withProgress(DoubleConsumer listener) {
        return new RunControl(new AtomicBoolean(), Objects.requireNonNull(listener, "listener"));
    }

    /**
     * The same cancellation, without the progress listener: what a batch hands to each of its runs, so the
     * batch alone reports progress.
     */
    public RunControl withoutProgress() {
        return new RunControl(cancelled, IGNORE);
    }

    /**
     * The same cancellation, reporting a part of this control's progress: a fraction f reported to the result is
     * reported here as {@code from + f·(to − from)}. For a run that is one stage of a longer one (the virtual
     * patients of one arm of a scenario). Without a listener here, the result has none either.
     *
     * @param from the progress here when the part starts, 0–1
     * @param to   the progress here when the part is done, {@code from}–1
     */
    public RunControl part(double from, double to) {
        if (!(from >= 0 && from <= to && to <= 1)) {
            throw new IllegalArgumentException("a part of the progress is from 0 <= from <= to <= 1, not " + from + " to " + to);
        }
        return progress == IGNORE ? withoutProgress() : new RunControl(cancelled, f -> progress.accept(from + f * (to - from)));
    }

    /** Asks the run(s) to stop; idempotent, thread-safe. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link RunCancelledException} if cancelled. */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new RunCancelledException();
        }
    }

    /** Reports progress, a fraction from 0 to 1. */
    void report(double fraction) {
        progress.accept(fraction);
    }

    /** Whether anyone listens to progress (so the simulator can skip computing it). */
    boolean reportsProgress() {
        return progress != IGNORE;
    }
}
