package org.rlsim.model;

import java.util.Arrays;

/**
 * A read-only view of one state vector: iron amounts (mg) by compartment, signals, tallies.
 * The view wraps the array it is given (no copy) so the integrator can reuse it without allocation;
 * use {@link #copy()} for a snapshot.
 */
public final class ModelState {
    private static final IvProduct[] PRODUCTS = IvProduct.values();
    private static final Compartment[] COMPARTMENTS = Compartment.values();
    private double[] y;

    public ModelState(double[] y) {
        wrap(y);
    }

    /** Points this view at another state vector of length {@link StateLayout#SIZE}. */
    public ModelState wrap(double[] vector) {
        if (vector.length != StateLayout.SIZE) {
            throw new IllegalArgumentException("state vector has " + vector.length + " entries, expected " + StateLayout.SIZE);
        }
        this.y = vector;
        return this;
    }

    /** Amount in a compartment, mg. */
    public double amount(Compartment c) {
        return y[StateLayout.index(c)];
    }

    public double signal(Signal s) {
        return y[StateLayout.index(s)];
    }

    /** Running total since the start of the run, mg. */
    public double tally(Tally t) {
        return y[StateLayout.index(t)];
    }

    /** A dopamine agonist not yet absorbed from the gut, mg of drug. */
    public double agonistDepotMg(AgonistDrug d) {
        return y[StateLayout.agonistDepot(d)];
    }

    /** A dopamine agonist in the body (central compartment), mg of drug. */
    public double agonistCentralMg(AgonistDrug d) {
        return y[StateLayout.agonistCentral(d)];
    }

    /** Sum of the amounts in the body compartments, mg. */
    public double totalBodyIron() {
        double sum = 0;
        for (Compartment c : COMPARTMENTS) {
            if (c.inBody()) {
                sum += amount(c);
            }
        }
        return sum;
    }

    /** Sum of all IV iron–carbohydrate complexes still in plasma, mg. */
    public double ivComplexTotal() {
        double sum = 0;
        for (IvProduct p : PRODUCTS) {
            sum += amount(p.compartment());
        }
        return sum;
    }

    /** Copies the underlying vector into {@code into} (length {@link StateLayout#SIZE}), allocating nothing. */
    public void copyInto(double[] into) {
        System.arraycopy(y, 0, into, 0, y.length);
    }

    /** An independent copy of the underlying vector. */
    public double[] copy() {
        return Arrays.copyOf(y, y.length);
    }
}
