package org.rlsim.model;

import java.util.stream.IntStream;

/**
 * Which entries of the state vector a run must integrate. Every body pool, sink, tally and regulatory signal
 * is always in use; the gut lumen and the unabsorbed sink only with oral iron, an IV complex only when its
 * product is given, a drug's amounts and the agonist signals only with that drug. Without them these
 * states stay exactly zero (nothing flows into them), so leaving them out changes nothing but the cost:
 * an IV-iron run integrates 14 states instead of {@value StateLayout#SIZE}. Doses declare what they touch
 * ({@code DoseEvent.declareStates}); the simulator also keeps any state that is not zero at the start.
 */
public final class StatesInUse {
    private final boolean[] used = new boolean[StateLayout.SIZE];

    /** The states every run uses. */
    public StatesInUse() {
        for (Compartment c : Compartment.values()) {
            used[StateLayout.index(c)] = c != Compartment.GUT_LUMEN && c != Compartment.UNABSORBED && !isIvComplex(c);
        }
        for (Tally t : Tally.values()) {
            used[StateLayout.index(t)] = true;
        }
        used[StateLayout.index(Signal.HEPCIDIN)] = true;
        used[StateLayout.index(Signal.IRON_SIGNAL)] = true;
        used[StateLayout.index(Signal.DOPAMINE_DISTURBANCE)] = true;
    }

    private static boolean isIvComplex(Compartment c) {
        for (IvProduct p : IvProduct.values()) {
            if (p.compartment() == c) {
                return true;
            }
        }
        return false;
    }

    /** Oral iron is given: the gut lumen and the unabsorbed sink are in use. */
    public void oralIron() {
        used[StateLayout.index(Compartment.GUT_LUMEN)] = true;
        used[StateLayout.index(Compartment.UNABSORBED)] = true;
    }

    /** An IV product is given: its complex is in use. */
    public void ivProduct(IvProduct product) {
        used[StateLayout.index(product.compartment())] = true;
    }

    /** A dopamine agonist is given: its depot and central amounts and the agonist signals are in use. */
    public void agonist(AgonistDrug drug) {
        used[StateLayout.agonistDepot(drug)] = true;
        used[StateLayout.agonistCentral(drug)] = true;
        used[StateLayout.index(Signal.AGONIST_STIMULATION)] = true;
        used[StateLayout.index(Signal.AUGMENTATION)] = true;
    }

    /** Blood is lost by a dosing event (a donation or a bleed): the plasma deficit it leaves is in use. */
    public void bloodLoss() {
        used[StateLayout.index(Signal.PLASMA_DEFICIT)] = true;
    }

    /** Every state that is not zero in {@code state} is in use. */
    public void nonZero(double[] state) {
        for (int i = 0; i < used.length; i++) {
            used[i] |= state[i] != 0;
        }
    }

    /** The indices in use, increasing. */
    public int[] indices() {
        return IntStream.range(0, used.length).filter(i -> used[i]).toArray();
    }
}
