package org.rlsim.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.model.Physiology;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;

/** The same input gives the same output, bit for bit, steady state included. */
@AddLifecycleHook(SeedPolicy.class)
class DeterminismPropertyTest {

    @Provide
    Arbitrary<RandomScenario> scenarios() {
        return ScenarioArbitraries.scenarios();
    }

    @Property(tries = 50)
    void identicalInputGivesBitIdenticalOutput(@ForAll("scenarios") RandomScenario scenario) {
        Trajectory a = runFromScratch(scenario);
        Trajectory b = runFromScratch(scenario);
        assertEquals(a.size(), b.size(), "number of rows");
        assertBitIdentical(a.timeH(), b.timeH(), "time");
        for (Observable o : Observable.values()) {
            assertBitIdentical(a.series(o), b.series(o), o.column());
        }
        for (Compartment c : Compartment.values()) {
            assertBitIdentical(a.series(c), b.series(c), c.id());
        }
        assertEquals(a.events(), b.events(), "events");
    }

    /** New model, new simulator, new steady state (no cache), new event list. */
    private static Trajectory runFromScratch(RandomScenario scenario) {
        Physiology model = new Physiology(scenario.parameterSet());
        Simulator simulator = new Simulator();
        double[] initial = SteadyState.of(model, simulator);
        List<DoseEvent> events = scenario.regimen().events();
        return simulator.run(model, initial, events, scenario.durationH(), scenario.outputIntervalH());
    }

    /** Equal raw bits, so even NaN payloads and the sign of zero must match. */
    private static void assertBitIdentical(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            long e = Double.doubleToRawLongBits(expected[i]);
            long a = Double.doubleToRawLongBits(actual[i]);
            if (e != a) {
                assertEquals(expected[i], actual[i], 0.0, what + " differs at row " + i);
                throw new AssertionError(what + " differs in its bits at row " + i + ": " + expected[i] + " vs " + actual[i]);
            }
        }
    }
}
