package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.AgonistDose;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;

/**
 * Dopamine-agonist therapy: pharmacokinetics against closed-form solutions, relief within days,
 * augmentation that only grows on the drug, and an iron balance the drug never touches.
 */
class AgonistTherapyTest {
    private static final double DAY_H = 24;
    /** Integrator error over a few dozen steps at 1e-9 per step (see SimulatorOracleTest). */
    private static final double PK_TOLERANCE = 1e-7;

    private final Simulator simulator = new Simulator();
    private final ParameterSet parameters = Patient.find("rls-iron-deficient").orElseThrow().parameterSet();
    private final Physiology model = new Physiology(parameters);
    private final double[] initial = SteadyState.of(model, simulator);

    /** Pramipexole 0.25 mg at 20:00 every evening, from day 0 for {@code days} days. */
    private static List<DoseEvent> nightly(AgonistDrug drug, double doseMg, int days) {
        List<DoseEvent> doses = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            doses.add(new AgonistDose(d * DAY_H + 20, drug, doseMg));
        }
        return doses;
    }

    @Test
    void aTabletFollowsTheBatemanFunction() {
        AgonistDrug drug = AgonistDrug.PRAMIPEXOLE;
        double dose = 0.5;
        double ka = Math.log(2) / parameters.get(drug.absorptionHalfTime());
        double ke = Math.log(2) / parameters.get(drug.halfLife());
        double f = parameters.get(drug.bioavailability());
        double perMg = 1000 / parameters.get(drug.volume());
        Trajectory t = simulator.run(model, initial, List.of(new AgonistDose(2, drug, dose)), 72, 0.5);
        for (int row = 0; row < t.size(); row++) {
            double after = t.timeH(row) - 2;
            double expectedMg = after <= 0 ? 0 : f * dose * ka / (ka - ke) * (Math.exp(-ke * after) - Math.exp(-ka * after));
            assertEquals(perMg * expectedMg, t.value(Observable.AGONIST_PLASMA, row), perMg * PK_TOLERANCE * dose,
                    "at t = " + t.timeH(row) + " h");
        }
    }

    @Test
    void aPatchIsAConstantInfusionFor24Hours() {
        AgonistDrug drug = AgonistDrug.ROTIGOTINE;
        double dosePerDay = 2;
        double ke = Math.log(2) / parameters.get(drug.halfLife());
        double rate = dosePerDay / AgonistDrug.PATCH_WEAR_H;
        double perMg = 1000 / parameters.get(drug.volume());
        Trajectory t = simulator.run(model, initial, List.of(new AgonistDose(0, drug, dosePerDay)), 48, 0.5);
        double atRemoval = rate / ke * (1 - Math.exp(-ke * 24));
        for (int row = 0; row < t.size(); row++) {
            double h = t.timeH(row);
            double expectedMg = h <= 24 ? rate / ke * (1 - Math.exp(-ke * h)) : atRemoval * Math.exp(-ke * (h - 24));
            assertEquals(perMg * expectedMg, t.value(Observable.AGONIST_PLASMA, row), perMg * PK_TOLERANCE * dosePerDay,
                    "at t = " + h + " h");
        }
    }

    @Test
    void reliefAppearsWithinDaysOfTheFirstDose() {
        Trajectory untreated = simulator.run(model, initial, List.of(), 28 * DAY_H, 1);
        Trajectory treated = simulator.run(model, initial, nightly(AgonistDrug.PRAMIPEXOLE, 0.25, 28), 28 * DAY_H, 1);
        double noon = 12;
        double fullRelief = untreated.valueAt(Observable.SYMPTOM_SCORE, 21 * DAY_H + noon)
                - treated.valueAt(Observable.SYMPTOM_SCORE, 21 * DAY_H + noon);
        double day3 = untreated.valueAt(Observable.SYMPTOM_SCORE, 3 * DAY_H + noon)
                - treated.valueAt(Observable.SYMPTOM_SCORE, 3 * DAY_H + noon);
        double day7 = untreated.valueAt(Observable.SYMPTOM_SCORE, 7 * DAY_H + noon)
                - treated.valueAt(Observable.SYMPTOM_SCORE, 7 * DAY_H + noon);
        // of the order of the pramipexole-vs-placebo difference in trials (−4.64 points, 95% CI −5.95 to −3.33; Liu 2016)
        assertTrue(fullRelief > 3 && fullRelief < 7, "relief at week 3: " + fullRelief + " points");
        assertTrue(day3 > 0.5 * fullRelief, "day 3 relief " + day3 + " of " + fullRelief);
        assertTrue(day7 > 0.9 * fullRelief, "day 7 relief " + day7 + " of " + fullRelief);
        double urgeUntreated = untreated.valueAt(Observable.URGE, 21 * DAY_H + 23);
        assertTrue(treated.valueAt(Observable.URGE, 21 * DAY_H + 23) < urgeUntreated, "the night-time urge is relieved too");
    }

    @Test
    void augmentationGrowsOnTheDrugAndStaysAfterStopping() {
        int daysOnDrug = 182;
        double endH = 365 * DAY_H;
        Trajectory t = simulator.run(model, initial, nightly(AgonistDrug.PRAMIPEXOLE, 0.25, daysOnDrug), endH, 24);
        double stopH = daysOnDrug * DAY_H;
        double previous = -1;
        for (double h = 7 * DAY_H; h <= stopH; h += 7 * DAY_H) {
            double p = t.valueAt(Observable.AUGMENTATION, h);
            assertTrue(p > previous, "augmentation rises every week on the drug: " + p + "% at day " + h / DAY_H);
            previous = p;
        }
        // after the last dose the drug still acts for a few days (t½ 10 h, response half-time 1 day), then nothing changes
        double washedOut = t.valueAt(Observable.AUGMENTATION, stopH + 14 * DAY_H);
        assertTrue(washedOut >= previous);
        assertTrue(washedOut - previous < 0.05 * previous, "little added while the drug washes out");
        assertEquals(washedOut, t.valueAt(Observable.AUGMENTATION, endH), 1e-6 * washedOut, "augmentation stays put after stopping");
        assertEquals(0, t.valueAt(Observable.AGONIST_EFFECT, endH), 1e-6, "the effect is gone half a year after stopping");
        assertEquals(t.valueAt(Observable.SYMPTOM_SCORE, 0), t.valueAt(Observable.SYMPTOM_SCORE, endH), 1e-3,
                "without the drug the augmented patients' extra symptoms are gone: the score returns to baseline");
    }

    @Test
    void aHigherDoseAugmentsMore() {
        double endH = 182 * DAY_H;
        double low = simulator.run(model, initial, nightly(AgonistDrug.PRAMIPEXOLE, 0.25, 182), endH, 24)
                .valueAt(Observable.AUGMENTATION, endH);
        double high = simulator.run(model, initial, nightly(AgonistDrug.PRAMIPEXOLE, 0.75, 182), endH, 24)
                .valueAt(Observable.AUGMENTATION, endH);
        assertTrue(high > 2 * low, "0.75 mg: " + high + "%, 0.25 mg: " + low + "%");
    }

    @Test
    void lowFerritinRaisesTheHazard() {
        AgonistTherapy therapy = model.agonist();
        double[] y = initial.clone();
        y[StateLayout.index(org.rlsim.model.Signal.AGONIST_STIMULATION)] = 0.7;
        double[] replete = y.clone();
        replete[StateLayout.index(Compartment.STORES)] += 2000;
        double low = therapy.hazardPerYear(new ModelState(y));
        double high = therapy.hazardPerYear(new ModelState(replete));
        double ratio = parameters.get(AgonistTherapy.LOW_FERRITIN_HAZARD_RATIO);
        assertTrue(low > 0.9 * ratio * high && low <= ratio * high, "low ferritin " + low + "/yr vs replete " + high + "/yr");
    }

    @Test
    void theDrugLeavesIronAlone() {
        List<DoseEvent> iron = List.of(new IvInfusion(8, 1000, 0.25, IvProduct.FERRIC_CARBOXYMALTOSE));
        List<DoseEvent> both = new ArrayList<>(iron);
        both.addAll(nightly(AgonistDrug.PRAMIPEXOLE, 0.75, 60));
        both.addAll(nightly(AgonistDrug.ROTIGOTINE, 3, 60));
        double endH = 60 * DAY_H;
        Trajectory ironOnly = simulator.run(model, initial, iron, endH, 24);
        Trajectory withDrug = simulator.run(model, initial, both, endH, 24);
        int last = withDrug.size() - 1;
        double body0 = withDrug.value(Observable.TOTAL_BODY_IRON, 0);
        double balance = withDrug.value(Observable.TOTAL_BODY_IRON, last) - body0 - withDrug.value(Observable.CUM_ABSORBED, last)
                - withDrug.value(Observable.CUM_IV, last) + withDrug.value(Observable.CUM_LOST, last);
        assertEquals(0, balance, 1e-9 * body0, "iron balance with the drug");
        assertEquals(1000, withDrug.value(Observable.CUM_IV, last), 1e-9, "no drug counted as iron given");
        // the drug has no iron flows: the iron follows the same course (up to the integrator's steps)
        for (Compartment c : Compartment.values()) {
            assertEquals(ironOnly.amount(c, ironOnly.size() - 1), withDrug.amount(c, last),
                    1e-6 * Math.max(1, ironOnly.amount(c, ironOnly.size() - 1)), c.id());
        }
        assertEquals(ironOnly.value(Observable.BRAIN_IRON, ironOnly.size() - 1), withDrug.value(Observable.BRAIN_IRON, last), 1e-6,
                "brain iron: the drug treats the symptom, not the cause");
    }
}
