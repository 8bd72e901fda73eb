package org.rlsim.model;

import java.util.Arrays;

/**
 * Collects the rates of a model evaluation into a derivative vector. Mechanisms never write a
 * derivative directly: they declare flows of iron from one compartment to another, intake from
 * outside, or the rate of change of a signal. Whatever leaves one compartment enters another, so
 * iron mass balance holds by construction. All rates are in mg/h (signals: 1/h). Every call adds to
 * what is already booked, so two mechanisms may act on the same variable.
 *
 * <p>The same collector books <em>jumps</em>, the doses given at once (a tablet into the gut, a bolus
 * injection, a blood donation; see {@link Physiology#swallowIron}): reset onto a vector of changes, it
 * collects amounts (mg, drug mg) instead of rates, and the simulator adds that vector to the state. So
 * every transfer of iron, continuous or at once, goes through this one ledger.
 */
public final class Flows {
    private double[] dydt;
    private final double[] outflow = new double[Compartment.COUNT];

    /** Points the collector at a derivative vector and sets it to zero. */
    public Flows reset(double[] derivative) {
        this.dydt = derivative;
        Arrays.fill(derivative, 0.0);
        Arrays.fill(outflow, 0.0);
        return this;
    }

    /**
     * Moves iron from one compartment to another.
     *
     * @param rateMgPerH flow rate, mg/h; must be finite and non-negative
     */
    public void move(Compartment from, Compartment to, double rateMgPerH) {
        dydt[StateLayout.index(from)] -= rateMgPerH;
        dydt[StateLayout.index(to)] += rateMgPerH;
        outflow[from.ordinal()] += rateMgPerH;
        if (!from.inBody() && to.inBody()) {
            dydt[StateLayout.index(Tally.ABSORBED)] += rateMgPerH;
        }
    }

    /** Dietary iron absorbed into a body compartment from outside the model, mg/h. */
    public void absorbFromDiet(Compartment to, double rateMgPerH) {
        enterFromOutside(to, rateMgPerH);
    }

    /**
     * Iron entering a compartment from outside the model (diet, a swallowed tablet), mg/h; counted as
     * absorbed ({@link Tally#ABSORBED}) when the compartment is in the body.
     */
    public void enterFromOutside(Compartment to, double rateMgPerH) {
        dydt[StateLayout.index(to)] += rateMgPerH;
        if (to.inBody()) {
            dydt[StateLayout.index(Tally.ABSORBED)] += rateMgPerH;
        }
    }

    /** Intravenous infusion into a body compartment, mg/h. */
    public void infuse(Compartment to, double rateMgPerH) {
        dydt[StateLayout.index(to)] += rateMgPerH;
        dydt[StateLayout.index(Tally.INFUSED)] += rateMgPerH;
    }

    /**
     * Total rate of the flows that left a compartment since the last {@link #reset}, mg/h: its
     * turnover (e.g. plasma iron turnover for {@link Compartment#PLASMA}), not its net change.
     */
    public double outflow(Compartment c) {
        return outflow[c.ordinal()];
    }

    /** Adds to the rate of change of a signal, 1/h. */
    public void signalRate(Signal s, double ratePerH) {
        dydt[StateLayout.index(s)] += ratePerH;
    }

    /**
     * Adds to the rates of change of a dopamine agonist's amounts, mg of drug per h. Drug amounts are not
     * iron: they never enter a compartment or a tally.
     */
    public void agonistRates(AgonistDrug d, double depotMgPerH, double centralMgPerH) {
        dydt[StateLayout.agonistDepot(d)] += depotMgPerH;
        dydt[StateLayout.agonistCentral(d)] += centralMgPerH;
    }
}
