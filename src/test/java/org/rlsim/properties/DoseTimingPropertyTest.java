package org.rlsim.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Observable;
import org.rlsim.simulation.Trajectory;

/** Doses arrive when they are given, in full, and not before. */
@AddLifecycleHook(SeedPolicy.class)
class DoseTimingPropertyTest {

    @Provide
    Arbitrary<RandomScenario> scenarios() {
        return ScenarioArbitraries.scenarios();
    }

    @Provide
    Arbitrary<Double> fractions() {
        return ScenarioArbitraries.fractions();
    }

    @Provide
    Arbitrary<Double> bolusMg() {
        return Arbitraries.doubles().between(100, 1000).ofScale(2);
    }

    /**
     * A bolus at a random time t0 off the output grid, on top of a random regimen: the trajectory
     * has exactly two rows at t0, and from the first (before the dose) to the second (after it)
     * {@code cum_iv} and the product's complex rise by exactly the dose — the same floating-point
     * sum, no tolerance. Before t0 the run agrees with the run without the bolus to solver accuracy:
     * the dose does not act early.
     */
    @Property(tries = 100)
    void anIvBolusRaisesCumIvByExactlyItsAmountAtItsTime(@ForAll("scenarios") RandomScenario scenario,
                                                         @ForAll("fractions") double at, @ForAll IvProduct product,
                                                         @ForAll("bolusMg") double mg) {
        double t0 = at * scenario.durationH();
        Assume.that(!onGrid(t0, scenario.outputIntervalH()));
        Assume.that(scenario.regimen().events().stream().noneMatch(e -> e.startH() == t0 || e.endH() == t0));
        RandomScenario dosed = scenario.plus(new RegimenItem.Iv(product, mg, 0, Schedule.once(t0)));

        Trajectory t = dosed.run();
        int post = t.rowAt(t0);
        int pre = post - 1;
        assertTrue(pre >= 0 && t.timeH(pre) == t0 && t.timeH(post) == t0, "two rows at t0 = " + t0 + " h");
        assertTrue(pre == 0 || t.timeH(pre - 1) < t0, "only two rows at t0 = " + t0 + " h");
        assertEquals(t.value(Observable.CUM_IV, pre) + mg, t.value(Observable.CUM_IV, post), 0.0, "cum_iv jump");
        assertEquals(t.amount(product.compartment(), pre) + mg, t.amount(product.compartment(), post), 0.0,
                product + " complex jump");

        Trajectory undosed = scenario.run();
        for (int row = 0; row < pre; row++) {
            assertEquals(undosed.timeH(row), t.timeH(row), 0.0, "row times before the dose");
            double scale = Math.max(1, undosed.value(Observable.TOTAL_BODY_IRON, row));
            for (Observable o : new Observable[] {Observable.CUM_IV, Observable.TOTAL_BODY_IRON}) {
                assertEquals(undosed.value(o, row), t.value(o, row), 1e-9 * scale,
                        o.column() + " at t = " + t.timeH(row) + " h, before the dose");
            }
        }
    }

    /**
     * At the end of a run, {@code cum_iv} is the sum of the IV doses given, counting an infusion
     * still running at the end in proportion to the time it has run. Tolerance 1e-9 relative: an
     * infusion is integrated, and each solver step's end time is rounded to the run's clock.
     */
    @Property(tries = 100)
    void ivCoursesDeliverTheirDose(@ForAll("scenarios") RandomScenario scenario) {
        Trajectory t = scenario.run();
        double expected = 0;
        for (DoseEvent e : scenario.regimen().events()) {
            if (e instanceof IvInfusion iv && iv.startH() <= scenario.durationH()) {
                double given = iv.endH() <= scenario.durationH() ? 1
                        : (scenario.durationH() - iv.startH()) / (iv.endH() - iv.startH());
                expected += iv.amountMg() * given;
            }
        }
        assertEquals(expected, t.value(Observable.CUM_IV, t.size() - 1), 1e-9 * Math.max(1, expected));
    }

    /** Whether a time is on the output grid, to rounding (as the simulator decides it). */
    private static boolean onGrid(double timeH, double intervalH) {
        double k = Math.rint(timeH / intervalH);
        return Math.abs(timeH - k * intervalH) <= 1e-9 * Math.max(1, timeH);
    }
}
