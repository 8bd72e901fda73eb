package org.rlsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rlsim.model.BloodBrainBarrier;
import org.rlsim.model.GutAbsorption;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.TissueIronAndLosses;

/** The distributions of the parameters that differ between people. */
class VariabilityTest {
    private static final Variability CAPACITY = new Variability("barrier", List.of(BloodBrainBarrier.CAPACITY),
            Variability.Shape.LOG_NORMAL, 0.25, "test", org.rlsim.model.Grade.ILLUSTRATIVE);
    private static final Variability ABSORPTION = new Variability("absorption", List.of(GutAbsorption.DIET_FRACTION),
            Variability.Shape.LOGIT_NORMAL, 0.45, "test", org.rlsim.model.Grade.ILLUSTRATIVE);

    @Test
    void theArchetypesValueIsTheMedianAndOneSigmaIsExactlyTheSpread() {
        Parameter p = BloodBrainBarrier.CAPACITY;
        assertEquals(0.7, CAPACITY.value(p, 0.7, 0), 0);
        assertEquals(0.7 * Math.exp(0.25), CAPACITY.value(p, 0.7, 1), 1e-15);
        double logit = Math.log(0.065 / 0.935) - 0.45;
        assertEquals(1 / (1 + Math.exp(-logit)), ABSORPTION.value(GutAbsorption.DIET_FRACTION, 0.065, -1), 1e-15);
    }

    @Test
    void drawsStayInTheAllowedRangeAndAZeroMedianStaysZero() {
        assertEquals(BloodBrainBarrier.CAPACITY.max(), CAPACITY.value(BloodBrainBarrier.CAPACITY, 0.7, 40), 0);
        Variability menstrual = Variabilities.all().stream().filter(v -> v.parameter() == TissueIronAndLosses.MENSTRUAL_LOSS)
                .findFirst().orElseThrow();
        assertEquals(0, menstrual.value(TissueIronAndLosses.MENSTRUAL_LOSS, 0, 2.5), 0);
    }

    @Test
    void everyParameterVariesOnceAndTheDrawsOfAStreamAreReproducible() {
        Set<String> names = new HashSet<>();
        for (Variability v : Variabilities.all()) {
            for (Parameter p : v.parameters()) {
                assertTrue(names.add(p.name()), p.name() + " is drawn twice");
            }
        }
        assertTrue(Variabilities.all().size() >= 15, "at least 15 ways to differ");
        double[] first = new double[Variabilities.all().size()];
        double[] again = new double[first.length];
        ParameterSet a = Variabilities.draw(ParameterSet.defaults(), PatientStreams.of(7, 0, 3), first);
        ParameterSet b = Variabilities.draw(ParameterSet.defaults(), PatientStreams.of(7, 0, 3), again);
        assertEquals(a, b);
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(again));
    }

    @Test
    void theNormalDrawsOfManyPatientsHaveMeanZeroAndUnitSpread() {
        int n = 4000;
        double sum = 0;
        double sumSquares = 0;
        double[] z = new double[Variabilities.all().size()];
        for (int i = 0; i < n; i++) {
            Variabilities.draw(ParameterSet.defaults(), PatientStreams.of(11, 0, i), z);
            sum += z[0];
            sumSquares += z[0] * z[0];
        }
        double mean = sum / n;
        double sd = Math.sqrt(sumSquares / n - mean * mean);
        // 4000 draws: the standard error of the mean is 0.016 and of the SD 0.011; 4 standard errors each.
        assertEquals(0, mean, 0.064);
        assertEquals(1, sd, 0.045);
    }
}
