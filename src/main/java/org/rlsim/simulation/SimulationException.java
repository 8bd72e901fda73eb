package org.rlsim.simulation;

/**
 * The numerical integration could not go on (for example parameters that make the system blow up).
 * The message is for people, one line: what went wrong, the simulated time reached, and what to try.
 */
public final class SimulationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What to try, for people: the usual cause is a parameter changed far from its usual value. */
    public static final String HINT = "the parameters probably take the model far outside its usual range;"
            + " undo the last parameter change, or move changed parameters back toward their usual range"
            + " (rlsim params shows it)";

    private final String problem;
    private final double reachedH;

    /**
     * @param message  the whole message
     * @param reachedH simulated time reached before the failure, h
     */
    public SimulationException(String message, double reachedH, Throwable cause) {
        this(message, message, reachedH, cause);
    }

    /**
     * @param problem  what went wrong, without the time, e.g. "the iron amounts became infinite"
     * @param message  the whole message: the problem, the time and {@link #HINT}
     * @param reachedH simulated time reached before the failure, h
     */
    public SimulationException(String problem, String message, double reachedH, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.reachedH = reachedH;
    }

    /** What went wrong, without the time or the hint. */
    public String problem() {
        return problem;
    }

    /** Simulated time reached before the failure, h. */
    public double reachedH() {
        return reachedH;
    }
}
