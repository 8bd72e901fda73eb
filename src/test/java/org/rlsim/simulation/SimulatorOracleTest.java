package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.OralDose;
import org.rlsim.model.Compartment;
import org.rlsim.model.GutAbsorption;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Physiology;

/**
 * The solver and the dose handling against closed-form one-compartment solutions. Each IV complex
 * compartment is exactly a one-compartment model (infusion in, first-order clearance out, nothing
 * else touches it in a man), and with the gut's active uptake switched off the gut lumen is a
 * first-order depot emptying into the unabsorbed sink.
 *
 * <p>Tolerance: the integrator runs at 1e-9 relative and absolute per step; over a few hundred
 * steps the global error stays below 1e-7 of the dose, which is what the assertions allow.
 */
class SimulatorOracleTest {
    private static final double TOLERANCE = 1e-7;
    private static final IvProduct PRODUCT = IvProduct.FERRIC_CARBOXYMALTOSE;

    private final Simulator simulator = new Simulator();
    private final ParameterSet parameters = ParameterSet.defaults();
    private final Physiology model = new Physiology(parameters);
    private final double[] initial = SteadyState.of(model, simulator);
    private final double k = Math.log(2) / parameters.get(PRODUCT.halfLife());

    @Test
    void ivBolusDecaysExponentially() {
        double dose = 1000;
        double t0 = 5;
        Trajectory t = simulator.run(model, initial, List.of(new IvInfusion(t0, dose, 0, PRODUCT)), 96, 0.5);
        for (int row = 0; row < t.size(); row++) {
            double time = t.timeH(row);
            boolean beforeDose = time < t0 || (time == t0 && t.timeH(row + 1) == t0);
            double expected = beforeDose ? 0 : dose * Math.exp(-k * (time - t0));
            assertEquals(expected, t.amount(PRODUCT.compartment(), row), TOLERANCE * dose, "at t = " + time + " h");
        }
    }

    @Test
    void constantRateInfusionRisesThenDecays() {
        double dose = 500;
        double start = 2;
        double duration = 6;
        double rate = dose / duration;
        Trajectory t = simulator.run(model, initial, List.of(new IvInfusion(start, dose, duration, PRODUCT)), 72, 0.25);
        for (int row = 0; row < t.size(); row++) {
            double time = t.timeH(row);
            double expected;
            if (time <= start) {
                expected = 0;
            } else if (time <= start + duration) {
                expected = rate / k * (1 - Math.exp(-k * (time - start)));
            } else {
                expected = rate / k * (1 - Math.exp(-k * duration)) * Math.exp(-k * (time - start - duration));
            }
            assertEquals(expected, t.amount(PRODUCT.compartment(), row), TOLERANCE * dose, "at t = " + time + " h");
        }
    }

    @Test
    void repeatedFirstOrderDepotMatchesSuperposition() {
        Physiology passive = new Physiology(parameters.with(GutAbsorption.SUPPLEMENT_VMAX, 0));
        double kTransit = Math.log(2) / parameters.get(GutAbsorption.TRANSIT_HALF_LIFE);
        List<DoseEvent> doses = new ArrayList<>();
        double[] times = {0, 7.3, 24, 24, 31.9};
        for (double time : times) {
            doses.add(new OralDose(time, 65, IntakeCondition.FASTING));
        }
        Trajectory t = simulator.run(passive, initial, doses, 60, 1);
        for (int row = 0; row < t.size(); row++) {
            double time = t.timeH(row);
            double lumen = 0;
            double given = 0;
            for (int i = 0; i < times.length; i++) {
                boolean applied = times[i] < time || (times[i] == time && isPostDoseRow(t, row));
                if (applied) {
                    lumen += 65 * Math.exp(-kTransit * (time - times[i]));
                    given += 65;
                }
            }
            assertEquals(lumen, t.amount(Compartment.GUT_LUMEN, row), TOLERANCE * 325, "lumen at t = " + time + " h");
            assertEquals(given - lumen, t.amount(Compartment.UNABSORBED, row), TOLERANCE * 325, "unabsorbed at t = " + time + " h");
        }
    }

    /** At a dose time the second of the two rows is the post-dose row. */
    private static boolean isPostDoseRow(Trajectory t, int row) {
        return row > 0 && t.timeH(row - 1) == t.timeH(row);
    }
}
