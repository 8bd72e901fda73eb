package org.rlsim.simulation;

import java.util.List;
import org.rlsim.model.Compartment;
import org.rlsim.model.Physiology;
import org.rlsim.model.Signal;
import org.rlsim.model.StateLayout;

/**
 * Brings a patient to the steady state of its physiology before day 0: starting from typical adult
 * amounts, the untreated model is integrated for {@value #BURN_IN_YEARS} years, long enough for the
 * slowest pool (functional tissue iron, a few hundred days) to settle. Sinks, the gut lumen and the
 * tallies are then set to zero, so every run starts its bookkeeping at day 0.
 */
public final class SteadyState {
    /** Years of untreated burn-in; several times the slowest time constant of the model. */
    public static final double BURN_IN_YEARS = 40;

    private SteadyState() {
    }

    /** The steady state of the untreated model (length {@link StateLayout#SIZE}). */
    public static double[] of(Physiology model, Simulator simulator) {
        double[] y = new double[StateLayout.SIZE];
        set(y, Compartment.PLASMA, 3);
        set(y, Compartment.MACROPHAGE, 15);
        set(y, Compartment.STORES, 800);
        set(y, Compartment.RED_CELLS, model.erythropoiesis().targetRedCellMg());
        set(y, Compartment.TISSUE, 300);
        set(y, Compartment.BRAIN, model.parameters().get(org.rlsim.model.BloodBrainBarrier.REFERENCE_IRON));
        y[StateLayout.index(Signal.HEPCIDIN)] = 1;
        double burnInH = BURN_IN_YEARS * 365.25 * 24;
        Trajectory t = simulator.run(model, y, List.of(), burnInH, burnInH);
        double[] end = new double[StateLayout.SIZE];
        int last = t.size() - 1;
        for (Compartment c : Compartment.values()) {
            end[StateLayout.index(c)] = c.inBody() ? t.amount(c, last) : 0;
        }
        end[StateLayout.index(Signal.HEPCIDIN)] = t.value(org.rlsim.model.Observable.HEPCIDIN, last);
        end[StateLayout.index(Signal.DOPAMINE_DISTURBANCE)] =
                model.dopamine().targetDisturbance(t.amount(Compartment.BRAIN, last));
        return end;
    }

    private static void set(double[] y, Compartment c, double mg) {
        y[StateLayout.index(c)] = mg;
    }
}
