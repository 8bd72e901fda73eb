package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a product's cleared complex goes: the kidneys take their share of a small labile complex, none of a robust one. */
class IvIronTest {
    private final ParameterSet parameters = ParameterSet.defaults();
    private final IvIron iv = new IvIron(parameters, new Blood(parameters));

    /** The rates (mg/h) the IV mechanism gives with 100 mg of a product's complex in plasma and 3 mg on transferrin. */
    private double[] ratesWith100MgOf(IvProduct product) {
        double[] y = new double[StateLayout.SIZE];
        y[StateLayout.index(Compartment.PLASMA)] = 3;
        y[StateLayout.index(product.compartment())] = 100;
        double[] change = new double[StateLayout.SIZE];
        iv.contribute(0, new ModelState(y), new Inputs(), new Flows().reset(change));
        return change;
    }

    @Test
    void theKidneysTakeTheUrinaryShareOfEveryMgOfIronSucroseThatIsCleared() {
        double[] change = ratesWith100MgOf(IvProduct.IRON_SUCROSE);
        double cleared = Math.log(2) / parameters.get(IvProduct.IRON_SUCROSE.halfLife()) * 100;
        double urinary = parameters.get(IvProduct.IRON_SUCROSE.urinaryFraction());
        assertTrue(urinary > 0 && urinary < 0.05, "below the published 5% of total body clearance: " + urinary);
        assertEquals(-cleared, change[StateLayout.index(IvProduct.IRON_SUCROSE.compartment())], 1e-12);
        assertEquals(urinary * cleared, change[StateLayout.index(Compartment.LOST)], 1e-12);
        double sum = 0;
        for (Compartment c : Compartment.values()) {
            sum += change[StateLayout.index(c)];
        }
        assertEquals(0, sum, 1e-12, "iron moved, none created");
    }

    @Test
    void aRobustComplexLosesNothingToTheUrine() {
        for (IvProduct robust : new IvProduct[] {IvProduct.FERRIC_CARBOXYMALTOSE, IvProduct.LMW_IRON_DEXTRAN,
                IvProduct.FERUMOXYTOL, IvProduct.FERRIC_DERISOMALTOSE}) {
            assertEquals(0, ratesWith100MgOf(robust)[StateLayout.index(Compartment.LOST)], robust.displayName());
        }
    }
}
