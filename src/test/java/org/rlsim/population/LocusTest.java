package org.rlsim.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Genotype;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Patient;

/** Genotypes drawn for virtual patients: Hardy–Weinberg proportions, one stream per candidate, other draws untouched. */
class LocusTest {
    private static final ParameterSet WOMAN = Patient.find("healthy-woman").orElseThrow().parameterSet();

    /** Counts of 0, 1 and 2 risk alleles among {@code n} candidates of arm 0 under {@code seed}. */
    private static int[] genotypes(Locus locus, ParameterSet base, long seed, int n) {
        int[] counts = new int[3];
        for (int i = 0; i < n; i++) {
            double[] draws = new double[Variabilities.all().size()];
            var stream = PatientStreams.of(seed, 0, i);
            ParameterSet p = locus.drawn(Variabilities.draw(base, stream, draws), stream);
            counts[(int) p.get(locus.riskAlleles())]++;
        }
        return counts;
    }

    @Test
    void riskAllelesFollowHardyWeinbergAtThePublishedFrequencies() {
        int n = 20_000;
        for (Locus locus : Locus.values()) {
            double q = WOMAN.get(locus.frequency());
            int[] counts = genotypes(locus, WOMAN, 3, n);
            double[] expected = {(1 - q) * (1 - q) * n, 2 * q * (1 - q) * n, q * q * n};
            double chiSquare = 0;
            for (int k = 0; k < 3; k++) {
                chiSquare += (counts[k] - expected[k]) * (counts[k] - expected[k]) / expected[k];
            }
            // Two degrees of freedom; a fixed seed, so this either always holds or never does.
            double p = 1 - new ChiSquaredDistribution(2).cumulativeProbability(chiSquare);
            assertTrue(p > 0.001, locus + ": " + java.util.Arrays.toString(counts) + " against " + java.util.Arrays.toString(expected));
        }
        assertEquals(0.25, WOMAN.get(Genotype.MEIS1_ALLELE_FREQUENCY), 0);
        assertEquals(0.72, WOMAN.get(Genotype.BTBD9_ALLELE_FREQUENCY), 0);
    }

    @Test
    void theFrequencyIsAParameterLikeAnyOther() {
        assertArrayEquals(new int[] {0, 0, 500}, genotypes(Locus.MEIS1, WOMAN.with(Genotype.MEIS1_ALLELE_FREQUENCY, 1), 3, 500));
        assertArrayEquals(new int[] {500, 0, 0}, genotypes(Locus.MEIS1, WOMAN.with(Genotype.MEIS1_ALLELE_FREQUENCY, 0), 3, 500));
    }

    @Test
    void drawingAGenotypeLeavesTheOtherDrawsAsTheyWere() {
        for (int i = 0; i < 50; i++) {
            double[] without = new double[Variabilities.all().size()];
            double[] with = new double[Variabilities.all().size()];
            ParameterSet plain = Variabilities.draw(WOMAN, PatientStreams.of(11, 0, i), without);
            var stream = PatientStreams.of(11, 0, i);
            ParameterSet drawn = Locus.MEIS1.drawn(Locus.BTBD9.drawn(Variabilities.draw(WOMAN, stream, with), stream), stream);
            assertArrayEquals(without, with);
            for (Variability v : Variabilities.all()) {
                assertEquals(plain.get(v.parameter()), drawn.get(v.parameter()), 0);
            }
        }
    }

    @Test
    void theSameCandidateDrawsTheSameGenotype() {
        assertArrayEquals(genotypes(Locus.MEIS1, WOMAN, 9, 300), genotypes(Locus.MEIS1, WOMAN, 9, 300));
    }
}
