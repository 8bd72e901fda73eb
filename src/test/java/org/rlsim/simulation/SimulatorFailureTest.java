package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;

/**
 * A run that cannot go on ends in a {@link SimulationException} with one line for people: what went
 * wrong, the simulated time reached and what to try; never in a solver exception or an endless run.
 * Solver settings far stricter than any real run stand in for parameters that make the model too stiff.
 */
class SimulatorFailureTest {
    private final Physiology model = new Physiology(Patient.find("rls-iron-deficient").orElseThrow().parameterSet());
    private final double[] settled = SteadyState.of(model, new Simulator());

    @Test
    void aStepBelowTheSmallestAllowedIsASimulationException() {
        // Tolerances of 1e-30 ask for steps far below SolverSettings.MIN_STEP_H: Commons Math throws
        // NumberIsTooSmallException (an IllegalArgumentException), which used to escape as an internal error.
        Simulator strict = new Simulator(new SolverSettings(1e-30, 1e-30, 168));
        SimulationException e = assertThrows(SimulationException.class, () -> strict.run(model, settled, List.of(), 48, 1));
        assertEquals("the model changed too fast to be followed at day 0, 00:00 (simulated time); " + SimulationException.HINT,
                e.getMessage());
        assertEquals("the model changed too fast to be followed", e.problem());
        assertEquals(0, e.reachedH());
    }

    @Test
    void aRunThatCrawlsStopsWithinItsBudget() {
        // Tolerances of 1e-20 after an infusion keep every step just above the smallest allowed: without a
        // budget this runs for hours.
        Simulator crawling = new Simulator(new SolverSettings(1e-20, 1e-20, 168));
        List<DoseEvent> infusion = List.of(new IvInfusion(1, 1000, 0.25, IvProduct.FERRIC_CARBOXYMALTOSE));
        long start = System.nanoTime();
        SimulationException e = assertThrows(SimulationException.class, () -> crawling.run(model, settled, infusion, 24, 1));
        assertTrue(e.getMessage().startsWith("the model changed too fast to be followed and the simulation got stuck at day 0, "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" (simulated time); " + SimulationException.HINT), e.getMessage());
        assertTrue(e.reachedH() >= 0 && e.reachedH() < 24, "reached " + e.reachedH());
        assertTrue((System.nanoTime() - start) / 1e9 < 60, "gave up within a minute");
    }

    @Test
    void valuesThatAreNotFiniteAreASimulationException() {
        double[] broken = settled.clone();
        broken[0] = Double.POSITIVE_INFINITY;
        SimulationException e = assertThrows(SimulationException.class, () -> new Simulator().run(model, broken, List.of(), 48, 1));
        assertEquals("the simulated values became infinite or undefined at day 0, 00:00 (simulated time); " + SimulationException.HINT,
                e.getMessage());
    }

    @Test
    void theBudgetLeavesRoomForTheLongestAndBusiestScenarios() {
        // Measured need: about 340 evaluations per day with a daily dose (see Simulator.maxEvaluations).
        double hundredYearsH = 100 * 365.25 * 24;
        int dailyDoses = (int) (hundredYearsH / 24);
        assertTrue(Simulator.maxEvaluations(hundredYearsH, dailyDoses) > 20 * 340L * dailyDoses);
        assertTrue(Simulator.maxEvaluations(3 * 365.25 * 24, 0) > 20 * 80L * 3 * 365, "steady-state burn-in");
        assertEquals(StateLayout.SIZE, settled.length);
    }
}
