package org.rlsim.model;

/**
 * Keeps amounts non-negative without breaking the iron balance. When a pool drains completely, the
 * integrator (and its interpolation between steps) can leave it a hair below zero, within the solver's
 * absolute tolerance (about 1e-9 mg). Such a pool is set to zero and the same amount is taken from a
 * large pool on the same side of the balance: from red-cell iron for a body compartment, from the
 * unabsorbed sink for the gut lumen. Total iron, and the body-iron balance, stay exact.
 */
final class NonNegativeAmounts {
    private static final int RED_CELLS = StateLayout.index(Compartment.RED_CELLS);
    private static final int UNABSORBED = StateLayout.index(Compartment.UNABSORBED);
    private static final Compartment[] COMPARTMENTS = Compartment.values();

    private NonNegativeAmounts() {
    }

    /** Clamps the state in place, as described above. */
    static void clamp(double[] y) {
        for (Compartment c : COMPARTMENTS) {
            int i = StateLayout.index(c);
            if (y[i] < 0) {
                int donor = c == Compartment.GUT_LUMEN ? UNABSORBED : RED_CELLS;
                if (c.kind() != Compartment.Kind.SINK && i != donor && y[donor] >= -y[i]) {
                    y[donor] += y[i];
                    y[i] = 0;
                }
            }
        }
    }
}
