package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.OralDose;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.model.TimeUnits;

/**
 * Each patient archetype at its steady state lies in the range its description and the literature give.
 * Ranges are clinical reference limits, not the model's own numbers: they would catch an archetype that
 * drifts out of what it claims to be. Sources: physiology.md §1 (ferritin &lt;15 µg/L absent stores, &lt;30
 * low stores; TSAT 20–50% normal, &lt;16–20% iron-deficient erythropoiesis), WHO anaemia thresholds (Hb
 * &lt;12 g/dL non-pregnant women, &lt;11 g/dL in pregnancy, &lt;13 g/dL men), AASM 2024 (RLS iron threshold
 * ferritin ≤75 ng/mL), IRLS bands (moderate 11–20, severe 21–30).
 */
class ArchetypeTest {
    private static final Simulator SIMULATOR = new Simulator();

    /** Baseline values at 00:00 of day 0. */
    private record Baseline(double ferritin, double tsat, double hb, double hepcidin, double brain, double score) {
    }

    private static Baseline baseline(Patient patient) {
        return baseline(new Physiology(patient.parameterSet()));
    }

    private static Baseline baseline(Physiology model) {
        Trajectory t = SIMULATOR.run(model, SteadyState.of(model, SIMULATOR), List.of(), 1, 1);
        return new Baseline(t.value(Observable.SERUM_FERRITIN, 0), t.value(Observable.TSAT, 0), t.value(Observable.HB, 0),
                t.value(Observable.HEPCIDIN, 0), t.value(Observable.BRAIN_IRON, 0), t.value(Observable.SYMPTOM_SCORE, 0));
    }

    private static Patient patient(String id) {
        return Patient.find(id).orElseThrow();
    }

    @Test
    void healthyArchetypesHaveNormalIronAndNoSymptoms() {
        Baseline man = baseline(patient("healthy-man"));
        assertTrue(man.hb() >= 13.5 && man.hb() <= 17.5, "Hb " + man.hb());
        assertTrue(man.ferritin() >= 30 && man.ferritin() <= 300, "ferritin " + man.ferritin());
        assertTrue(man.tsat() >= 20 && man.tsat() <= 50, "TSAT " + man.tsat());
        assertTrue(man.score() < 1, "symptom score " + man.score());
        Baseline woman = baseline(patient("healthy-woman"));
        assertTrue(woman.hb() >= 12 && woman.hb() <= 15.5, "Hb " + woman.hb());
        assertTrue(woman.ferritin() >= 30 && woman.tsat() >= 20, woman.toString());
    }

    @Test
    void anaemicWomanIsIronDeficientAndAnaemic() {
        Baseline b = baseline(patient("iron-deficient-anaemic-woman"));
        assertTrue(b.hb() < 12, "Hb " + b.hb() + " g/dL is not below the WHO threshold of 12");
        assertTrue(b.hb() > 9, "Hb " + b.hb() + " g/dL: far more anaemic than described");
        assertTrue(b.ferritin() < 15, "ferritin " + b.ferritin() + " ng/mL: stores not empty");
        assertTrue(b.tsat() < 20, "TSAT " + b.tsat() + "%: erythropoiesis not iron-restricted");
        Baseline notAnaemic = baseline(patient("iron-deficient-woman"));
        assertTrue(notAnaemic.hb() >= 12 && notAnaemic.ferritin() < 30, notAnaemic.toString());
    }

    @Test
    void rlsArchetypesHaveLowBrainIronAndModerateOrWorseSymptoms() {
        Baseline deficient = baseline(patient("rls-iron-deficient"));
        assertTrue(deficient.ferritin() <= 75 && deficient.brain() < 85 && deficient.score() >= 11, deficient.toString());
        Baseline normal = baseline(patient("rls-normal-iron"));
        assertTrue(normal.tsat() >= 20 && normal.ferritin() >= 30, "serum iron not normal: " + normal);
        assertTrue(normal.brain() < 85 && normal.score() >= 11, normal.toString());
    }

    /**
     * The RLS man: a man's normal iron (Hb at least 13 g/dL, the WHO threshold for men; ferritin 30–300 ng/mL;
     * TSAT 20–50%), and yet low brain iron and at least moderate symptoms, from the barrier alone.
     */
    @Test
    void rlsManHasAMansNormalIronButLowBrainIron() {
        Baseline b = baseline(patient("rls-man"));
        assertTrue(b.hb() >= 13 && b.hb() <= 17.5, "Hb " + b.hb());
        assertTrue(b.ferritin() >= 30 && b.ferritin() <= 300, "ferritin " + b.ferritin());
        assertTrue(b.tsat() >= 20 && b.tsat() <= 50, "TSAT " + b.tsat());
        assertTrue(b.brain() < 85 && b.score() >= 11, b.toString());
        Baseline healthy = baseline(patient("healthy-man"));
        assertEquals(healthy.ferritin(), b.ferritin(), 0.05 * healthy.ferritin(), "the barrier does not change the blood's iron");
    }

    /**
     * Haemodialysis without IV iron or an erythropoiesis-stimulating agent: Hb 10–11.5 g/dL (the anaemia
     * of CKD), TSAT below 20% (functional iron deficiency), ferritin not low; inflammation is what keeps
     * ferritin up and TSAT down.
     */
    @Test
    void dialysisPatientHasFunctionalIronDeficiencyFromInflammation() {
        Patient ckd = patient("ckd-dialysis");
        Baseline b = baseline(ckd);
        assertTrue(b.hb() >= 10 && b.hb() <= 11.5, "Hb " + b.hb());
        assertTrue(b.tsat() < 20, "TSAT " + b.tsat());
        assertTrue(b.ferritin() >= 30, "ferritin " + b.ferritin());
        Baseline withoutInflammation = baseline(new Physiology(ckd.parameterSet().with(
                ckd.variants().with(org.rlsim.model.Inflammation.NONE))));
        assertTrue(b.hepcidin() > withoutInflammation.hepcidin(), b + " vs " + withoutInflammation);
        assertTrue(b.ferritin() > withoutInflammation.ferritin(), b + " vs " + withoutInflammation);
        assertTrue(b.tsat() < withoutInflammation.tsat(), b + " vs " + withoutInflammation);
    }

    /** Third trimester without supplements: ferritin low (&lt;30), Hb 10.5–12.5 (physiological dilution). */
    @Test
    void pregnantWomanHasLowFerritinAndDilutedHaemoglobin() {
        Baseline b = baseline(patient("pregnant-third-trimester"));
        assertTrue(b.ferritin() < 30, "ferritin " + b.ferritin());
        assertTrue(b.hb() >= 10.5 && b.hb() <= 12.5, "Hb " + b.hb());
        Baseline healthyWoman = baseline(patient("healthy-woman"));
        assertTrue(b.hepcidin() < healthyWoman.hepcidin(), "hepcidin not suppressed: " + b.hepcidin());
    }

    /** Four donations a year: ferritin low (&lt;30), Hb near normal (≥13.5 g/dL, the usual donor minimum for men). */
    @Test
    void frequentDonorHasLowFerritinAndNearNormalHaemoglobin() {
        Baseline b = baseline(patient("frequent-donor"));
        assertTrue(b.ferritin() < 30, "ferritin " + b.ferritin());
        assertTrue(b.hb() >= 13.5, "Hb " + b.hb());
    }

    /**
     * The new losses (chronic blood loss, transfer to the fetus) are flows into the sink, so the iron
     * balance holds with oral iron, IV iron and a donation on top. Tolerance as in SimulatorInvariantsTest:
     * 1e-9 relative, the integrator's rounding over the run.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ckd-dialysis", "pregnant-third-trimester", "frequent-donor", "iron-deficient-anaemic-woman"})
    void ironBalanceHolds(String id) {
        Physiology model = new Physiology(patient(id).parameterSet());
        Trajectory t = SIMULATOR.run(model, SteadyState.of(model, SIMULATOR), List.of(
                new OralDose(8, 65, IntakeCondition.FASTING), new IvInfusion(200, 500, 0.25, IvProduct.IRON_SUCROSE),
                new BloodLoss(400, 500, 0, "donation")), 60 * 24, 6);
        double body0 = t.value(Observable.TOTAL_BODY_IRON, 0);
        for (int row = 0; row < t.size(); row++) {
            double balance = t.value(Observable.TOTAL_BODY_IRON, row) - body0 - t.value(Observable.CUM_ABSORBED, row)
                    - t.value(Observable.CUM_IV, row) + t.value(Observable.CUM_LOST, row);
            assertEquals(0, balance / body0, 1e-9, "relative iron-balance error at t = " + t.timeH(row) + " h");
        }
        assertTrue(t.value(Observable.CUM_LOST, t.size() - 1) > 500 * 0.3, "the donation and the losses were booked");
    }

    /**
     * A pregnancy item in a healthy woman: it ends. Haemoglobin is diluted below 12 g/dL by week 30 and
     * transferrin saturation with it, ferritin falls towards delivery, the iron balance holds throughout (fetus,
     * placenta and the delivery's blood go to the sink), and 30 weeks after delivery haemoglobin and
     * ferritin are back near where they started.
     */
    @Test
    void aPregnancyRunsItsCourseAndEnds() {
        Physiology model = new Physiology(patient("healthy-woman").parameterSet());
        double week = TimeUnits.WEEK_H;
        double startH = 2 * week;
        Trajectory t = SIMULATOR.run(model, SteadyState.of(model, SIMULATOR),
                new org.rlsim.dosing.Regimen(List.of(new RegimenItem.Pregnancy(startH, 500))).events(), 72 * week, 24);
        double body0 = t.value(Observable.TOTAL_BODY_IRON, 0);
        for (int row = 0; row < t.size(); row++) {
            double balance = t.value(Observable.TOTAL_BODY_IRON, row) - body0 - t.value(Observable.CUM_ABSORBED, row)
                    - t.value(Observable.CUM_IV, row) + t.value(Observable.CUM_LOST, row);
            assertEquals(0, balance / body0, 1e-9, "relative iron-balance error at t = " + t.timeH(row) + " h");
        }
        Baseline before = baseline(patient("healthy-woman"));
        int week30 = (int) ((startH + 30 * week) / 24);
        int delivery = (int) ((startH + 40 * week) / 24);
        int after = (int) ((startH + 70 * week) / 24);
        assertTrue(t.value(Observable.HB, week30) < 12, "diluted Hb at week 30: " + t.value(Observable.HB, week30));
        assertTrue(t.value(Observable.TSAT, week30) < before.tsat() - 2, "diluted TSAT at week 30: " + t.value(Observable.TSAT, week30));
        assertTrue(t.value(Observable.SERUM_FERRITIN, delivery) < 0.75 * before.ferritin(),
                "ferritin at delivery " + t.value(Observable.SERUM_FERRITIN, delivery));
        assertEquals(before.hb(), t.value(Observable.HB, after), 0.2, "Hb 30 weeks after delivery");
        assertEquals(before.ferritin(), t.value(Observable.SERUM_FERRITIN, after), 0.1 * before.ferritin(),
                "ferritin 30 weeks after delivery");
    }

    @Test
    void patientsWithoutOwnVariantsUseTheDefaults() {
        assertEquals(ModelVariants.DEFAULT, patient("healthy-man").parameterSet().variants());
        assertEquals(Map.of(), patient("healthy-man").parameters());
    }
}
