package org.rlsim.simulation;

/**
 * A run, or a batch of runs, was cancelled through its {@link RunControl}: the caller asked for it, so
 * this is not a failure to report to people. Thrown within one integration step of the cancellation.
 */
public final class RunCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunCancelledException() {
        super("the run was cancelled", null, false, false);
    }
}
