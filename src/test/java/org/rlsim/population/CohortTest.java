package org.rlsim.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.model.IvProduct;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.model.TimeUnits;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;

/** Enrolment and runs of virtual patients: screening, determinism on any number of threads, the seed. */
class CohortTest {
    private static final double DURATION_H = 2 * TimeUnits.WEEK_H;
    private static final ParameterSet RLS = Patient.find("rls-normal-iron").orElseThrow().parameterSet();
    private static final Inclusion FERRITIN_BELOW_45 = new Inclusion(Observable.SERUM_FERRITIN, Inclusion.Comparison.BELOW, 45,
            "ferritin below 45 ng/mL");
    private static final Cohort.Arm FCM = new Cohort.Arm("FCM", 1, RLS,
            List.of(new IvInfusion(8, 1000, 0.25, IvProduct.FERRIC_CARBOXYMALTOSE)), 8);

    private static CohortResult run(int threads, long seed, int size, Cohort.Arm arm) throws Exception {
        Population population = new Population(size, seed, List.of(FERRITIN_BELOW_45), List.of());
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> Cohort.run(arm, population, DURATION_H, TimeUnits.DAY_H, new Simulator(), new RunControl())).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSameSeedGivesTheSamePatientsOnOneThreadAsOnFour() throws Exception {
        CohortResult one = run(1, 7, 12, FCM);
        CohortResult four = run(4, 7, 12, FCM);
        assertEquals(one.drawn(), four.drawn());
        assertEquals(12, one.patients().size());
        for (int i = 0; i < one.patients().size(); i++) {
            PatientOutcome a = one.patients().get(i);
            PatientOutcome b = four.patients().get(i);
            assertEquals(a.candidate(), b.candidate());
            assertArrayEquals(a.drawn(), b.drawn());
            assertArrayEquals(a.baseline(), b.baseline());
            for (int o = 0; o < a.course().length; o++) {
                assertArrayEquals(a.course()[o], b.course()[o]);
            }
        }
    }

    @Test
    void drawnGenotypesAreTheSameOnOneThreadAsOnFourAndFixedOnesAreTheArms() throws Exception {
        Cohort.Arm drawing = new Cohort.Arm("Drawn", 1, RLS.with(org.rlsim.model.Genotype.BTBD9_RISK_ALLELES, 1), List.of(),
                Double.NaN, List.of(Locus.MEIS1));
        CohortResult one = run(1, 7, 16, drawing);
        CohortResult four = run(4, 7, 16, drawing);
        int[] meis1 = new int[3];
        for (int i = 0; i < one.patients().size(); i++) {
            PatientOutcome a = one.patients().get(i);
            assertArrayEquals(a.riskAlleles(), four.patients().get(i).riskAlleles());
            assertEquals(1, a.riskAlleles(Locus.BTBD9), "the arm's fixed count at a locus it does not draw");
            meis1[a.riskAlleles(Locus.MEIS1)]++;
        }
        assertTrue(meis1[0] > 0 && meis1[1] > 0, java.util.Arrays.toString(meis1));
        int carriers = 0;
        for (int n = 0; n <= 2; n++) {
            carriers += one.carrying(Locus.MEIS1, n).patients().size();
        }
        assertEquals(16, carriers);
    }

    /**
     * On a dopamine agonist each patient augments or not, at its own time, drawn from the model's cumulative
     * incidence (here made large: 6 weeks of pramipexole at 100 times the usual hazard): the score jumps up at the
     * event and stays up; the same patients augment on one thread as on four; an arm without the drug has no event.
     */
    @Test
    void augmentationIsAnEventOfEachPatientOnTheDrug() throws Exception {
        List<org.rlsim.dosing.DoseEvent> evenings = new java.util.ArrayList<>();
        for (int day = 0; day < 14; day++) {
            evenings.add(new org.rlsim.dosing.AgonistDose(day * TimeUnits.DAY_H + 21,
                    org.rlsim.model.AgonistDrug.PRAMIPEXOLE, 0.25));
        }
        Cohort.Arm agonist = new Cohort.Arm("Pramipexole", 1, RLS.with(org.rlsim.model.AgonistTherapy.HAZARD, 1.8), evenings, 21);
        CohortResult one = run(1, 7, 16, agonist);
        CohortResult four = run(4, 7, 16, agonist);
        int augmented = 0;
        for (int i = 0; i < one.patients().size(); i++) {
            PatientOutcome p = one.patients().get(i);
            assertEquals(p.augmentation(), four.patients().get(i).augmentation());
            if (p.augmentation() > 0) {
                augmented++;
                int k = p.augmentation();
                assertTrue(p.score(k) > p.score(k - 1), "the score jumps at the event: " + p.score(k - 1) + " -> " + p.score(k));
                assertTrue(p.augmented(one.gridTimes() - 1) && !p.augmented(k - 1));
            }
        }
        assertTrue(augmented > 0 && augmented < 16, augmented + " of 16 augmented");
        assertEquals(100.0 * augmented / 16, Readouts.of(one, DURATION_H).augmented().value(), 1e-12);
        assertTrue(run(2, 7, 8, FCM).patients().stream().allMatch(p -> p.augmentation() < 0), "no drug, no augmentation");
    }

    @Test
    void aCohortReportsItsProgressAsItsPatientsFinish() {
        List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Population population = new Population(6, 3, List.of(), List.of());
        Cohort.run(FCM, population, DURATION_H, TimeUnits.DAY_H, new Simulator(), RunControl.withProgress(seen::add));
        assertTrue(seen.stream().anyMatch(p -> p > 0 && p < 1), "fractions between the first and the last patient: " + seen);
        assertTrue(seen.stream().allMatch(p -> p >= 0 && p <= 1), seen.toString());
    }

    @Test
    void anotherSeedOrAnotherArmDrawsOtherPatients() throws Exception {
        CohortResult seven = run(2, 7, 4, FCM);
        CohortResult eight = run(2, 8, 4, FCM);
        CohortResult otherArm = run(2, 7, 4, new Cohort.Arm("FCM again", 2, FCM.base(), FCM.events(), 8));
        assertFalse(java.util.Arrays.equals(seven.patients().get(0).drawn(), eight.patients().get(0).drawn()));
        assertFalse(java.util.Arrays.equals(seven.patients().get(0).drawn(), otherArm.patients().get(0).drawn()));
    }

    @Test
    void everyEnrolledPatientMeetsTheCriteriaAndTheExcludedAreCounted() throws Exception {
        CohortResult result = run(2, 7, 10, FCM);
        int ferritin = Cohort.BASELINE.indexOf(Observable.SERUM_FERRITIN);
        for (PatientOutcome p : result.patients()) {
            assertTrue(p.baseline()[ferritin] < 45, "ferritin " + p.baseline()[ferritin]);
        }
        // The archetype's ferritin is above 45: some candidates must have been screened out.
        Physiology archetype = new Physiology(RLS);
        double archetypeFerritin = Observable.SERUM_FERRITIN.value(0, new ModelState(SteadyState.of(archetype, new Simulator())), archetype);
        assertTrue(archetypeFerritin > 45, "archetype ferritin " + archetypeFerritin);
        assertTrue(result.drawn() > 10, "drawn " + result.drawn());
        assertEquals(result.patients().get(result.patients().size() - 1).candidate() + 1, result.drawn());
    }

    @Test
    void aCriterionNobodyMeetsIsOneLineSayingSo() {
        Population impossible = new Population(2, 7,
                List.of(new Inclusion(Observable.HB, Inclusion.Comparison.BELOW, 1, "haemoglobin below 1 g/dL")), List.of());
        Cohort.Arm none = new Cohort.Arm("Natural course", 0, RLS, List.of(), Double.NaN);
        PopulationException e = assertThrows(PopulationException.class,
                () -> Cohort.run(none, impossible, TimeUnits.DAY_H, TimeUnits.DAY_H, new Simulator(), new RunControl()));
        assertEquals("arm 'Natural course': only 0 of 200 candidates met the inclusion criteria (haemoglobin below 1 g/dL),"
                + " fewer than the 2 asked for; loosen the 'include:' criteria, or change the patient or parameters so more"
                + " candidates meet them", e.getMessage());
    }

    @Test
    void theTreatedArmHasThePlaceboResponseAndTheUntreatedNone() throws Exception {
        CohortResult treated = run(2, 7, 3, FCM);
        assertTrue(treated.placeboResponse());
        CohortResult untreated = run(2, 7, 3, new Cohort.Arm("None", 1, RLS, List.of(), Double.NaN));
        assertFalse(untreated.placeboResponse());
        // Same candidates (same arm index and seed), no treatment: the reported score stays at its baseline.
        PatientOutcome p = untreated.patients().get(0);
        assertEquals(p.baselineScore(), p.score(untreated.gridTimes() - 1), 1e-3 * p.baselineScore());
    }
}
