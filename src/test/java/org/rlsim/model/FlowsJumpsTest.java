package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rates add up, and jumps are booked through the same ledger as flows. */
class FlowsJumpsTest {
    private final Physiology model = new Physiology(ParameterSet.defaults());
    private final double[] change = new double[StateLayout.SIZE];
    private final Flows flows = new Flows();

    @Test
    void signalAndAgonistRatesAddUpAcrossCalls() {
        flows.reset(change);
        flows.signalRate(Signal.HEPCIDIN, 0.25);
        flows.signalRate(Signal.HEPCIDIN, 0.5);
        flows.agonistRates(AgonistDrug.values()[0], 1, 2);
        flows.agonistRates(AgonistDrug.values()[0], 3, 4);
        assertEquals(0.75, change[StateLayout.index(Signal.HEPCIDIN)]);
        assertEquals(4, change[StateLayout.agonistDepot(AgonistDrug.values()[0])]);
        assertEquals(6, change[StateLayout.agonistCentral(AgonistDrug.values()[0])]);
    }

    @Test
    void aSwallowedTabletEntersTheGutOutsideTheBodyAndIsNotYetAbsorbed() {
        model.swallowIron(65, flows.reset(change));
        assertEquals(65, change[StateLayout.index(Compartment.GUT_LUMEN)]);
        assertEquals(0, change[StateLayout.index(Tally.ABSORBED)]);
    }

    @Test
    void aBolusEntersItsComplexAndCountsAsInfused() {
        model.injectIron(IvProduct.IRON_SUCROSE, 200, flows.reset(change));
        assertEquals(200, change[StateLayout.index(IvProduct.IRON_SUCROSE.compartment())]);
        assertEquals(200, change[StateLayout.index(Tally.INFUSED)]);
    }

    @Test
    void aDonationTakesTheSameFractionOfEveryCompartmentBloodCarriesIntoLost() {
        double[] y = new double[StateLayout.SIZE];
        y[StateLayout.index(Compartment.RED_CELLS)] = 2000;
        y[StateLayout.index(Compartment.PLASMA)] = 3;
        y[StateLayout.index(IvProduct.FERUMOXYTOL.compartment())] = 100;
        y[StateLayout.index(Compartment.STORES)] = 500;
        model.loseBlood(500, new ModelState(y), flows.reset(change)); // 500 mL of 5 L: 10 %
        assertEquals(-200, change[StateLayout.index(Compartment.RED_CELLS)], 1e-12);
        assertEquals(-0.3, change[StateLayout.index(Compartment.PLASMA)], 1e-12);
        assertEquals(-10, change[StateLayout.index(IvProduct.FERUMOXYTOL.compartment())], 1e-12);
        assertEquals(0, change[StateLayout.index(Compartment.STORES)]);
        assertEquals(210.3, change[StateLayout.index(Compartment.LOST)], 1e-12);
        double sum = 0;
        for (Compartment c : Compartment.values()) {
            sum += change[StateLayout.index(c)];
        }
        assertEquals(0, sum, 1e-12, "iron moved, none created");
    }
}
