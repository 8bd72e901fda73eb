package org.rlsim.model;

/**
 * Positions of the model variables in the flat vector handed to the ODE integrator: every
 * {@link Compartment} amount (mg), then every {@link Signal}, then every {@link Tally} (mg).
 * This is the only place that knows the indices.
 */
public final class StateLayout {
    /** Length of the state vector. */
    public static final int SIZE = Compartment.COUNT + Signal.COUNT + Tally.COUNT;

    private StateLayout() {
    }

    public static int index(Compartment c) {
        return c.ordinal();
    }

    public static int index(Signal s) {
        return Compartment.COUNT + s.ordinal();
    }

    public static int index(Tally t) {
        return Compartment.COUNT + Signal.COUNT + t.ordinal();
    }
}
