package org.rlsim.simulation;

/**
 * The numerical integration could not go on (for example parameters that make the system blow up).
 * The message is for people: it says how far the run got and what to try.
 */
public final class SimulationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final double reachedH;

    public SimulationException(String message, double reachedH, Throwable cause) {
        super(message, cause);
        this.reachedH = reachedH;
    }

    /** Simulated time reached before the failure, h. */
    public double reachedH() {
        return reachedH;
    }
}
