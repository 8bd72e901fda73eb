package org.rlsim.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trial readouts and the Kaplan–Meier curve, on cohorts whose answers are worked out by hand. */
class ReadoutsTest {
    private static final double DAY_H = 24;

    /** A cohort on a daily grid whose patients report these scores. */
    private static CohortResult cohort(double[]... scores) {
        List<PatientOutcome> patients = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            float[][] course = new float[1][scores[i].length];
            for (int k = 0; k < scores[i].length; k++) {
                course[0][k] = (float) scores[i][k];
            }
            patients.add(new PatientOutcome(i + 1, i, new double[0], new int[Locus.values().length], new double[0], course, -1));
        }
        return new CohortResult("arm", scores.length, 0, DAY_H, scores[0].length, true, patients);
    }

    @Test
    void theAllelicOddsRatioCountsTheRiskAllelesOfCasesAndControls() {
        // cases (score above 10) carry 2, 1, 1, 0 MEIS1 risk alleles: 4 risk, 4 other; controls 1, 0, 0, 0, 0, 1: 2 and 10
        int[] meis1 = {2, 1, 1, 0, 1, 0, 0, 0, 0, 1};
        double[] score = {15, 12, 11, 30, 10, 0, 2, 5, 9, 1};
        List<PatientOutcome> patients = new ArrayList<>();
        for (int i = 0; i < meis1.length; i++) {
            int[] alleles = new int[Locus.values().length];
            alleles[Locus.MEIS1.ordinal()] = meis1[i];
            patients.add(new PatientOutcome(i + 1, i, new double[0], alleles, new double[0], new float[][] {{(float) score[i]}}, -1));
        }
        CohortResult cohort = new CohortResult("arm", meis1.length, 0, DAY_H, 1, false, patients);
        Readouts.Estimate or = Readouts.allelicOddsRatio(List.of(cohort.carrying(Locus.MEIS1, 0), cohort.carrying(Locus.MEIS1, 1),
                cohort.carrying(Locus.MEIS1, 2)), Locus.MEIS1, 0);
        assertEquals((4.0 / 4) / (2.0 / 10), or.value(), 1e-12);
        double half = 1.959963984540054 * Math.sqrt(1 / 4.0 + 1 / 4.0 + 1 / 2.0 + 1 / 10.0);
        assertEquals(Math.exp(Math.log(5) - half), or.low(), 1e-9);
        assertEquals(Math.exp(Math.log(5) + half), or.high(), 1e-9);
        assertTrue(Double.isNaN(Readouts.allelicOddsRatio(List.of(cohort), Locus.BTBD9, 0).value()),
                "no BTBD9 risk allele at all: an empty cell, no odds ratio");
    }

    @Test
    void respondersRemittersAndTheReturnOfSymptoms() {
        PatientOutcome p = cohort(new double[] {20, 10, 9, 11, 11}).patients().get(0);
        assertTrue(p.responder(1), "10 of 20: exactly 50 % less");
        assertEquals(1, p.firstResponse());
        assertEquals(3, p.symptomReturn());
        assertTrue(p.remitter(1), "10 points is a remission (IRLS ≤ 10)");
        assertFalse(p.remitter(3));
    }

    @Test
    void theMeanChangeHasItsTIntervalAndTheFractionsTheirWilsonIntervals() {
        // Changes −1 … −5: mean −3, SD 1.5811, t(4; 0.975) = 2.7764, so ±1.9632.
        CohortResult c = cohort(new double[] {20, 19}, new double[] {20, 18}, new double[] {20, 17}, new double[] {20, 16},
                new double[] {20, 15});
        Readouts.Arm arm = Readouts.of(c, DAY_H);
        assertEquals(-3, arm.change().value(), 1e-9);
        assertEquals(-3 - 1.9632, arm.change().low(), 1e-3);
        assertEquals(-3 + 1.9632, arm.change().high(), 1e-3);
        // 45 of 100 by Wilson: 35.62 % to 54.75 % (worked by hand: centre 0.4519, half-width 0.0957).
        Readouts.Estimate f = Readouts.fraction(45, 100);
        assertEquals(45, f.value(), 1e-12);
        assertEquals(35.62, f.low(), 0.01);
        assertEquals(54.75, f.high(), 0.01);
    }

    @Test
    void theDifferenceHasWelchsInterval() {
        // Changes −1 … −5 against −2, −4, … −10: difference 3, SE √(0.5 + 2) = 1.5811, Welch df 5.882,
        // t(5.882; 0.975) ≈ 2.46 (interpolated in 1/df between 5 and 6): 3 ± 3.89 within 0.01.
        CohortResult a = cohort(new double[] {20, 19}, new double[] {20, 18}, new double[] {20, 17}, new double[] {20, 16},
                new double[] {20, 15});
        CohortResult b = cohort(new double[] {20, 18}, new double[] {20, 16}, new double[] {20, 14}, new double[] {20, 12},
                new double[] {20, 10});
        Readouts.Estimate d = Readouts.difference(Readouts.of(a, DAY_H), Readouts.of(b, DAY_H));
        assertEquals(3, d.value(), 1e-9);
        assertEquals(3 - 3.89, d.low(), 0.01);
        assertEquals(3 + 3.89, d.high(), 0.01);
    }

    @Test
    void kaplanMeierOfTheRespondersByHand() {
        CohortResult c = cohort(
                new double[] {20, 8, 8, 15, 15},    // responds on day 1, symptoms back on day 3
                new double[] {20, 9, 9, 9, 9},      // still responding at the end: censored on day 4
                new double[] {20, 20, 20, 20, 20},  // never responds: not on the curve
                new double[] {20, 10, 12, 12, 12}); // responds on day 1, back on day 2
        KaplanMeier km = KaplanMeier.of(c);
        assertEquals(3, km.atRisk());
        assertArrayEquals(new double[] {2 * DAY_H, 3 * DAY_H}, km.timesH());
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, km.survival(), 1e-12);
        // Greenwood: (2/3)²·1/(3·2) and (1/3)²·(1/6 + 1/(2·1)).
        assertArrayEquals(new double[] {4.0 / 9 / 6, 1.0 / 9 * (1.0 / 6 + 0.5)}, km.greenwood(), 1e-12);
        assertEquals(3 * DAY_H, km.medianH());
        assertEquals(1, km.survivalAt(DAY_H));
        assertEquals(2.0 / 3, km.survivalAt(2.5 * DAY_H), 1e-12);
    }
}
