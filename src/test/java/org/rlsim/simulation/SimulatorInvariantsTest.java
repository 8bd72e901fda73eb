package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.OralDose;
import org.rlsim.dosing.Regimen;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.Compartment;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;

/** Mass balance, non-negativity, dose timing and determinism of whole-model runs. */
class SimulatorInvariantsTest {
    private static final double YEAR_H = 365 * 24;

    private final Simulator simulator = new Simulator();

    /** A busy year: oral iron twice daily with changing intake, monthly IV iron, donations and periods. */
    private static List<DoseEvent> busyYear() {
        List<DoseEvent> events = new ArrayList<>();
        IntakeCondition[] intakes = IntakeCondition.values();
        for (int day = 0; day < 365; day++) {
            events.add(new OralDose(day * 24 + 8, 65, intakes[day % intakes.length]));
            events.add(new OralDose(day * 24 + 20, 65, IntakeCondition.FASTING));
        }
        for (int month = 0; month < 12; month++) {
            events.add(new IvInfusion(month * 730 + 10, 500, 0.25, IvProduct.values()[month % IvProduct.values().length]));
            events.add(new BloodLoss(month * 730 + 100, 60, 5 * 24, "menstrual period"));
        }
        events.add(new BloodLoss(2000, 500, 0, "blood donation"));
        events.add(new IvInfusion(4000, 200, 0, IvProduct.IRON_SUCROSE));
        return events;
    }

    @Test
    void ironBalanceHoldsToRoundingOverABusyYear() {
        Physiology model = new Physiology(Patient.find("iron-deficient-woman").orElseThrow().parameterSet());
        Trajectory t = simulator.run(model, SteadyState.of(model, simulator), busyYear(), YEAR_H, 6);
        double body0 = t.value(Observable.TOTAL_BODY_IRON, 0);
        double worst = 0;
        for (int row = 0; row < t.size(); row++) {
            double balance = t.value(Observable.TOTAL_BODY_IRON, row) - body0 - t.value(Observable.CUM_ABSORBED, row)
                    - t.value(Observable.CUM_IV, row) + t.value(Observable.CUM_LOST, row);
            worst = Math.max(worst, Math.abs(balance) / body0);
        }
        assertTrue(t.value(Observable.CUM_IV, t.size() - 1) > 6000, "the year really did give IV iron");
        assertTrue(worst < 1e-9, "worst relative iron-balance error " + worst);
    }

    @Test
    void amountsNeverGoNegative() {
        Physiology model = new Physiology(Patient.find("rls-iron-deficient").orElseThrow().parameterSet());
        Trajectory t = simulator.run(model, SteadyState.of(model, simulator), busyYear(), YEAR_H, 1);
        for (Compartment c : Compartment.values()) {
            double[] series = t.series(c);
            for (int row = 0; row < series.length; row++) {
                assertTrue(series[row] >= 0, c + " is " + series[row] + " mg at t = " + t.timeH(row) + " h");
            }
        }
    }

    @Test
    void doseAtTimeZeroIsAppliedWithPreAndPostRows() {
        Physiology model = new Physiology(Patient.find("healthy-man").orElseThrow().parameterSet());
        Trajectory t = simulator.run(model, SteadyState.of(model, simulator),
                List.of(new OralDose(0, 65, IntakeCondition.FASTING)), 24, 1);
        assertEquals(0, t.timeH(0));
        assertEquals(0, t.timeH(1));
        assertEquals(0, t.amount(Compartment.GUT_LUMEN, 0));
        assertEquals(65, t.amount(Compartment.GUT_LUMEN, 1));
        assertEquals(1, t.timeH(2));
    }

    @Test
    void twoDosesAtOneTimeAreBothApplied() {
        Physiology model = new Physiology(Patient.find("healthy-man").orElseThrow().parameterSet());
        Trajectory t = simulator.run(model, SteadyState.of(model, simulator),
                List.of(new OralDose(10.5, 65, IntakeCondition.FASTING), new OralDose(10.5, 40, IntakeCondition.FASTING),
                        new IvInfusion(10.5, 100, 0, IvProduct.IRON_SUCROSE)), 24, 1);
        int post = t.rowAt(10.5);
        assertEquals(10.5, t.timeH(post - 1), "pre-dose row at the dose time, off the output grid");
        assertEquals(105, t.amount(Compartment.GUT_LUMEN, post) - t.amount(Compartment.GUT_LUMEN, post - 1), 1e-12);
        assertEquals(100, t.amount(Compartment.IV_IRON_SUCROSE, post) - t.amount(Compartment.IV_IRON_SUCROSE, post - 1), 1e-12);
    }

    @Test
    void doseAtTheEndShowsBeforeAndAfter() {
        Physiology model = new Physiology(Patient.find("healthy-man").orElseThrow().parameterSet());
        Trajectory t = simulator.run(model, SteadyState.of(model, simulator),
                List.of(new IvInfusion(48, 1000, 0, IvProduct.FERRIC_CARBOXYMALTOSE)), 48, 6);
        int last = t.size() - 1;
        assertEquals(48, t.timeH(last));
        assertEquals(48, t.timeH(last - 1));
        assertEquals(1000, t.value(Observable.CUM_IV, last));
        assertEquals(0, t.value(Observable.CUM_IV, last - 1));
    }

    @Test
    void infusionStartAndStopSplitIntegrationExactly() {
        Physiology model = new Physiology(Patient.find("healthy-man").orElseThrow().parameterSet());
        // a 15-minute infusion that starts and ends between output points
        Trajectory t = simulator.run(model, SteadyState.of(model, simulator),
                List.of(new IvInfusion(3.1, 1000, 0.25, IvProduct.FERRIC_CARBOXYMALTOSE)), 12, 1);
        assertEquals(1000, t.value(Observable.CUM_IV, t.size() - 1), 1e-9);
        assertEquals(0, t.value(Observable.CUM_IV, t.rowAt(3.0)), 0);
    }

    /**
     * Found by the property tests (shrunk counterexample): back-to-back bleeds, each lasting its
     * interval. The end of the second ({@code (0.005304 + 24) + 24}) and the start of the third
     * ({@code 0.005304 + 2·24}) differ by one rounding, and integrating across that sliver threw
     * Commons Math's "too small integration interval".
     */
    @Test
    void breakpointsThatDifferOnlyByRoundingAreCrossed() {
        double first = 0.005304;
        assertTrue(first + 24 + 24 != first + 2 * 24, "the premise: two breakpoints one rounding apart");
        Physiology model = new Physiology(Patient.find("healthy-man").orElseThrow().parameterSet());
        List<DoseEvent> events = new ArrayList<>(new Regimen(List.of(
                new RegimenItem.Bleed("blood loss", 50, 24, new Schedule(first, 24, 3)),
                new RegimenItem.Iv(IvProduct.IRON_SUCROSE, 200, 4, new Schedule(first, 4, 3)))).events());
        Trajectory t = simulator.run(model, SteadyState.of(model, simulator), events, 53.04, 1);
        int last = t.size() - 1;
        assertEquals(600, t.value(Observable.CUM_IV, last), 1e-9, "every infusion delivered");
        double body0 = t.value(Observable.TOTAL_BODY_IRON, 0);
        double balance = t.value(Observable.TOTAL_BODY_IRON, last) - body0 - t.value(Observable.CUM_ABSORBED, last)
                - t.value(Observable.CUM_IV, last) + t.value(Observable.CUM_LOST, last);
        assertEquals(0, balance, 1e-9 * body0, "iron balance across the slivers");
    }

    /**
     * A very short infusion late in a run delivers its whole dose. Its rate used to be amount ÷
     * duration while it acted between {@code start} and the rounded {@code start + duration}: for
     * 1e-9 h at 2000.3 h that is 1e-13 h off, and 499.9947 mg of 500 arrived.
     */
    @Test
    void aVeryShortInfusionDeliversItsWholeDose() {
        Physiology model = new Physiology(Patient.find("healthy-man").orElseThrow().parameterSet());
        double[] start = SteadyState.of(model, simulator);
        for (double lastsH : new double[] {Math.ulp(2000.3), 1e-12, 1e-10, 1e-9}) {
            Trajectory t = simulator.run(model, start, List.of(new IvInfusion(2000.3, 500, lastsH, IvProduct.IRON_SUCROSE)),
                    2001, 1);
            assertEquals(500, t.value(Observable.CUM_IV, t.size() - 1), 1e-12 * 500, "infusion lasting " + lastsH + " h");
        }
    }

    @Test
    void identicalInputGivesIdenticalOutput() {
        Physiology model = new Physiology(Patient.find("rls-normal-iron").orElseThrow().parameterSet());
        Trajectory a = simulator.run(model, SteadyState.of(model, simulator), busyYear(), YEAR_H / 4, 2);
        Trajectory b = new Simulator().run(new Physiology(model.parameters()), SteadyState.of(model, simulator),
                busyYear(), YEAR_H / 4, 2);
        assertArrayEquals(a.timeH(), b.timeH());
        for (Observable o : Observable.values()) {
            assertArrayEquals(a.series(o), b.series(o), o.name());
        }
    }
}
