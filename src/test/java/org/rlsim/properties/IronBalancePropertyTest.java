package org.rlsim.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.simulation.Trajectory;

/** Iron bookkeeping over random scenarios: iron neither appears nor vanishes. */
@AddLifecycleHook(SeedPolicy.class)
class IronBalancePropertyTest {

    @Provide
    Arbitrary<RandomScenario> scenarios() {
        return ScenarioArbitraries.scenarios();
    }

    /**
     * At every row, {@code body(t) − body(0) − absorbed − infused + lost} is zero to 1e-9 of the body
     * iron at that row. Every flow moves iron between compartments and the tallies are integrated
     * with the amounts, so the balance is exact up to rounding in the sums.
     */
    @Property(tries = 100)
    void ironBalanceHoldsAtEveryRow(@ForAll("scenarios") RandomScenario scenario) {
        Trajectory t = scenario.run();
        double body0 = t.value(Observable.TOTAL_BODY_IRON, 0);
        for (int row = 0; row < t.size(); row++) {
            double body = t.value(Observable.TOTAL_BODY_IRON, row);
            double imbalance = body - body0 - t.value(Observable.CUM_ABSORBED, row) - t.value(Observable.CUM_IV, row)
                    + t.value(Observable.CUM_LOST, row);
            assertTrue(Math.abs(imbalance) <= 1e-9 * body, "iron balance off by " + imbalance + " mg of " + body
                    + " mg body iron at row " + row + ", t = " + t.timeH(row) + " h");
        }
    }

    /** No compartment ever holds a negative amount of iron, at any row (exactly: no tolerance). */
    @Property(tries = 100)
    void noCompartmentEverHoldsNegativeIron(@ForAll("scenarios") RandomScenario scenario) {
        Trajectory t = scenario.run();
        for (Compartment c : Compartment.values()) {
            for (int row = 0; row < t.size(); row++) {
                assertTrue(t.amount(c, row) >= 0, c + " holds " + t.amount(c, row) + " mg at t = " + t.timeH(row) + " h");
            }
        }
    }
}
