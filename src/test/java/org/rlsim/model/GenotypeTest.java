package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;

/** Risk alleles: none by default (factors exactly 1), and each acting on its own mechanism only. */
class GenotypeTest {
    private static final Simulator SIMULATOR = new Simulator();

    private static double[] start(ParameterSet p) {
        return SteadyState.of(new Physiology(p), SIMULATOR);
    }

    private static double ferritin(ParameterSet p) {
        Physiology model = new Physiology(p);
        return Observable.SERUM_FERRITIN.value(0, new ModelState(SteadyState.of(model, SIMULATOR)), model);
    }

    private static double brain(ParameterSet p) {
        return start(p)[StateLayout.index(Compartment.BRAIN)];
    }

    @Test
    void withoutRiskAllelesEveryFactorIsExactlyOne() {
        for (Patient patient : Patient.all()) {
            ParameterSet p = patient.parameterSet();
            assertEquals(0, p.get(Genotype.BTBD9_RISK_ALLELES), patient.id());
            assertEquals(0, p.get(Genotype.MEIS1_RISK_ALLELES), patient.id());
            assertEquals(1.0, Genotype.absorptionFactor(p));
            assertEquals(p.get(BloodBrainBarrier.GAIN), Genotype.upregulationGain(p));
        }
    }

    /**
     * The fitted target: 13% lower serum ferritin per BTBD9 risk allele (Stefansson 2007) in the healthy woman at
     * the same diet and losses; the healthy man, not fitted, lands within 1.5 points of it.
     */
    @Test
    void eachBtbd9AlleleLowersFerritinBy13PercentAtTheSameDietAndLosses() {
        ParameterSet woman = Patient.find("healthy-woman").orElseThrow().parameterSet();
        ParameterSet man = Patient.find("healthy-man").orElseThrow().parameterSet();
        assertEquals(0.87, ferritin(woman.with(Genotype.BTBD9_RISK_ALLELES, 1)) / ferritin(woman), 0.005);
        assertEquals(0.87, ferritin(man.with(Genotype.BTBD9_RISK_ALLELES, 1)) / ferritin(man), 0.015);
        double two = ferritin(woman.with(Genotype.BTBD9_RISK_ALLELES, 2)) / ferritin(woman);
        assertEquals(0.87 * 0.87, two, 0.01, "two alleles");
    }

    /** MEIS1 weakens the barrier's up-regulation: felt in iron deficiency at an intact barrier, not at all without up-regulation. */
    @Test
    void meis1ActsThroughTheBarriersUpRegulationOnly() {
        ParameterSet deficient = Patient.find("iron-deficient-woman").orElseThrow().parameterSet();
        double none = brain(deficient);
        double one = brain(deficient.with(Genotype.MEIS1_RISK_ALLELES, 1));
        double two = brain(deficient.with(Genotype.MEIS1_RISK_ALLELES, 2));
        assertTrue(none > one && one > two, none + " > " + one + " > " + two + " mg");
        // Body iron unchanged to 1e-6 relative: the few mg the brain holds less leave plasma iron a hair higher.
        assertEquals(ferritin(deficient), ferritin(deficient.with(Genotype.MEIS1_RISK_ALLELES, 2)), 1e-6 * ferritin(deficient),
                "MEIS1 does not touch body iron");
        ParameterSet rls = Patient.find("rls-iron-deficient").orElseThrow().parameterSet();
        assertEquals(brain(rls), brain(rls.with(Genotype.MEIS1_RISK_ALLELES, 2)), 0.0,
                "without up-regulation (bbb: upregulation-failure) there is nothing for MEIS1 to weaken");
    }
}
