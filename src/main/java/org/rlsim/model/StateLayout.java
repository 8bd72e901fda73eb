package org.rlsim.model;

/**
 * Positions of the model variables in the flat vector handed to the ODE integrator: every
 * {@link Compartment} amount (mg), then every {@link Signal}, then every {@link Tally} (mg), then, per
 * {@link AgonistDrug}, its gut (or skin) depot and its central amount (mg of drug, not iron).
 * This is the only place that knows the indices.
 */
public final class StateLayout {
    /** Length of the state vector. */
    public static final int SIZE = Compartment.COUNT + Signal.COUNT + Tally.COUNT + 2 * AgonistDrug.COUNT;

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

    /** Index of a drug's unabsorbed amount in the gut, mg of drug. */
    public static int agonistDepot(AgonistDrug d) {
        return Compartment.COUNT + Signal.COUNT + Tally.COUNT + 2 * d.ordinal();
    }

    /** Index of a drug's amount in the body (central compartment), mg of drug. */
    public static int agonistCentral(AgonistDrug d) {
        return agonistDepot(d) + 1;
    }
}
