package org.rlsim.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleFunction;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.model.Observable;
import org.rlsim.simulation.SolverSettings;
import org.rlsim.simulation.Trajectory;

/** More iron in never means less ferritin; more blood out never means more. */
@AddLifecycleHook(SeedPolicy.class)
class MonotonicityPropertyTest {
    /**
     * Allowed shortfall, relative to the ferritin it is compared with: the solver's relative
     * tolerance (1e-9). The two runs have different inputs, so the adaptive integrator takes
     * different steps in each, and each is only accurate to about that tolerance; a smaller
     * shortfall could not be told from integration error. (In 3200 cases tried while writing these
     * properties no shortfall occurred at all; the smallest real gain seen was 3e-13 relative.)
     */
    static final double SOLVER_NOISE = SolverSettings.DEFAULT.relativeTolerance();

    @Provide
    Arbitrary<RandomScenario> scenarios() {
        return ScenarioArbitraries.scenarios();
    }

    @Provide
    Arbitrary<Double> factors() {
        return Arbitraries.doubles().between(1, 3).ofScale(3);
    }

    @Provide
    Arbitrary<DoubleFunction<RegimenItem>> extraIvDoses() {
        return ScenarioArbitraries.singleIvDoses();
    }

    @Provide
    Arbitrary<DoubleFunction<RegimenItem>> extraBloodLosses() {
        return ScenarioArbitraries.singleBloodLosses();
    }

    /** Every oral and IV dose of a regimen that gives iron, times 1–3: ferritin at the end is no lower. */
    @Property(tries = 100)
    void scalingEveryIronDoseUpNeverLowersFerritin(@ForAll("scenarios") RandomScenario scenario,
                                                   @ForAll("factors") double factor) {
        Assume.that(gives(scenario, e -> !(e instanceof BloodLoss)));
        RandomScenario more = scenario.mapItems(item -> scaleIron(item, factor));
        assertNotLower(endFerritin(more), endFerritin(scenario));
    }

    /** One more IV dose (bolus or infusion) anywhere in the run: ferritin at the end is no lower. */
    @Property(tries = 100)
    void anExtraIvDoseNeverLowersFerritin(@ForAll("scenarios") RandomScenario scenario,
                                          @ForAll("extraIvDoses") DoubleFunction<RegimenItem> extra) {
        RandomScenario more = scenario.plus(extra.apply(scenario.durationH()));
        assertNotLower(endFerritin(more), endFerritin(scenario));
    }

    /**
     * Every blood loss of a regimen that has one, times 1–3: ferritin at the end is no higher. Only
     * about 30% of random scenarios lose blood, so 300 tries give about 90 checks.
     */
    @Property(tries = 300)
    void losingMoreBloodNeverRaisesFerritin(@ForAll("scenarios") RandomScenario scenario,
                                            @ForAll("factors") double factor) {
        Assume.that(gives(scenario, e -> e instanceof BloodLoss));
        RandomScenario more = scenario.mapItems(item -> scaleBlood(item, factor));
        assertNotLower(endFerritin(scenario), endFerritin(more));
    }

    /** One more blood loss (at once or over days) anywhere in the run: ferritin at the end is no higher. */
    @Property(tries = 100)
    void anExtraBloodLossNeverRaisesFerritin(@ForAll("scenarios") RandomScenario scenario,
                                             @ForAll("extraBloodLosses") DoubleFunction<RegimenItem> extra) {
        RandomScenario more = scenario.plus(extra.apply(scenario.durationH()));
        assertNotLower(endFerritin(scenario), endFerritin(more));
    }

    private static double endFerritin(RandomScenario s) {
        Trajectory t = s.run();
        return t.value(Observable.SERUM_FERRITIN, t.size() - 1);
    }

    private static void assertNotLower(double higher, double lower) {
        assertTrue(higher >= lower - SOLVER_NOISE * Math.abs(lower), "ferritin " + higher
                + " ng/mL should be at least " + lower + " ng/mL (difference " + (higher - lower) + ")");
    }

    /** Whether the run contains an event of this kind (so that scaling it changes something). */
    private static boolean gives(RandomScenario s, Predicate<DoseEvent> kind) {
        return s.regimen().events().stream().anyMatch(e -> e.startH() <= s.durationH() && kind.test(e));
    }

    /** Oral and IV doses times {@code factor}; blood losses unchanged. */
    static RegimenItem scaleIron(RegimenItem item, double factor) {
        if (item instanceof RegimenItem.Oral o) {
            return new RegimenItem.Oral(o.label(), o.elementalMg() * factor, o.intake(), o.schedule());
        }
        if (item instanceof RegimenItem.Iv iv) {
            return new RegimenItem.Iv(iv.product(), iv.doseMg() * factor, iv.durationH(), iv.schedule());
        }
        return item;
    }

    /** Blood-loss volumes times {@code factor}; iron doses unchanged. */
    static RegimenItem scaleBlood(RegimenItem item, double factor) {
        if (item instanceof RegimenItem.Bleed b) {
            return new RegimenItem.Bleed(b.label(), b.volumeMl() * factor, b.durationH(), b.schedule());
        }
        return item;
    }
}
