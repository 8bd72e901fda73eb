package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;

/** Each model variant changes what its hypothesis says it changes, and nothing it should not. */
class ModelVariantsTest {
    private static final Simulator SIMULATOR = new Simulator();
    private static final ParameterSet WOMAN = Patient.find("healthy-woman").orElseThrow().parameterSet();
    private static final ParameterSet RLS = Patient.find("rls-normal-iron").orElseThrow().parameterSet();

    private static Trajectory untreatedDay(ParameterSet p) {
        Physiology model = new Physiology(p);
        return SIMULATOR.run(model, SteadyState.of(model, SIMULATOR), List.of(), 24, 0.5);
    }

    /** Reduced capacity lowers brain iron although serum iron stays normal (the brain holds ~0.1% of body iron). */
    @Test
    void reducedCapacityLowersBrainIronAtNormalSerumIron() {
        ParameterSet reduced = WOMAN.with(BloodBrainBarrier.CAPACITY, 0.7).with(WOMAN.variants().with(BbbHypothesis.REDUCED_CAPACITY));
        Trajectory healthy = untreatedDay(WOMAN);
        Trajectory low = untreatedDay(reduced);
        assertEquals(healthy.value(Observable.TSAT, 0), low.value(Observable.TSAT, 0), 0.1);
        assertTrue(healthy.value(Observable.BRAIN_IRON, 0) > 95, "healthy " + healthy.value(Observable.BRAIN_IRON, 0));
        assertTrue(low.value(Observable.BRAIN_IRON, 0) < 75, "reduced " + low.value(Observable.BRAIN_IRON, 0));
        assertTrue(low.value(Observable.SYMPTOM_SCORE, 0) > 11, "score " + low.value(Observable.SYMPTOM_SCORE, 0));
    }

    /**
     * The two RLS barrier hypotheses start from about the same brain iron at normal serum iron, but IV iron
     * (1000 mg FCM, saturation raised for weeks) refills the brain under up-regulation failure, whose
     * transport follows saturation, and hardly under reduced capacity, whose transport is at its ceiling.
     */
    @Test
    void ivIronRaisesBrainIronUnderUpregulationFailureButHardlyUnderReducedCapacity() {
        double failureGain = brainIronGainAfterIvIron(BbbHypothesis.UPREGULATION_FAILURE);
        double capacityGain = brainIronGainAfterIvIron(BbbHypothesis.REDUCED_CAPACITY);
        assertTrue(failureGain > 5, "upregulation-failure: +" + failureGain + " points");
        assertTrue(capacityGain < failureGain / 3, "reduced-capacity: +" + capacityGain + " vs +" + failureGain);
    }

    private static double brainIronGainAfterIvIron(BbbHypothesis bbb) {
        Physiology model = new Physiology(RLS.with(RLS.variants().with(bbb)));
        Trajectory t = SIMULATOR.run(model, SteadyState.of(model, SIMULATOR),
                List.of(new IvInfusion(8, 1000, 0.25, IvProduct.FERRIC_CARBOXYMALTOSE)), 42 * 24, 24);
        return t.valueAt(Observable.BRAIN_IRON, 42 * 24) - t.value(Observable.BRAIN_IRON, 0);
    }

    /** Chronic inflammation: hepcidin and ferritin up, TSAT down (functional iron deficiency). */
    @Test
    void chronicInflammationRaisesHepcidinAndFerritinAndLowersTsat() {
        ParameterSet man = ParameterSet.defaults();
        Trajectory none = untreatedDay(man);
        Trajectory chronic = untreatedDay(man.with(man.variants().with(Inflammation.CHRONIC)));
        assertTrue(chronic.value(Observable.HEPCIDIN, 0) > 1.5 * none.value(Observable.HEPCIDIN, 0));
        assertTrue(chronic.value(Observable.SERUM_FERRITIN, 0) > none.value(Observable.SERUM_FERRITIN, 0));
        assertTrue(chronic.value(Observable.TSAT, 0) < none.value(Observable.TSAT, 0) - 3,
                chronic.value(Observable.TSAT, 0) + "% vs " + none.value(Observable.TSAT, 0) + "%");
    }

    /** With low brain iron every dopamine variant puts the peak urge in the evening or night (18:00–06:00). */
    @ParameterizedTest
    @EnumSource(DopamineHypothesis.class)
    void urgePeaksInTheEveningOrNight(DopamineHypothesis dopamine) {
        Trajectory day = untreatedDay(RLS.with(RLS.variants().with(dopamine)));
        int peak = 0;
        for (int row = 0; row < day.size(); row++) {
            if (day.value(Observable.URGE, row) > day.value(Observable.URGE, peak)) {
                peak = row;
            }
        }
        double clock = day.timeH(peak) % 24;
        assertTrue(clock >= 18 || clock <= 6, dopamine + ": peak urge at " + clock + " h");
        assertTrue(day.value(Observable.URGE, peak) > 2, dopamine + ": peak urge " + day.value(Observable.URGE, peak));
    }

    /**
     * The variants differ in the day: with fewer D2 receptors the signal is low all day (urge at 13:00),
     * with the TH/circadian mismatch the daytime signal is above normal (no urge at 13:00).
     */
    @Test
    void d2DownGivesDaytimeUrgeAndThCircadianDoesNot() {
        double noonD2 = untreatedDay(RLS.with(RLS.variants().with(DopamineHypothesis.D2_DOWN))).valueAt(Observable.URGE, 13);
        Trajectory th = untreatedDay(RLS.with(RLS.variants().with(DopamineHypothesis.TH_CIRCADIAN)));
        assertTrue(noonD2 > 2, "d2-down urge at 13:00: " + noonD2);
        assertEquals(0, th.valueAt(Observable.URGE, 13), "th-circadian urge at 13:00");
        assertTrue(th.valueAt(Observable.DOPAMINE_SIGNAL, 13) > 1, "th-circadian daytime signal above normal");
    }

    /** The dopamine variants change the momentary signal, not the slow disturbance: the same symptom score. */
    @Test
    void dopamineVariantsShareTheSymptomScore() {
        double combined = untreatedDay(RLS).value(Observable.SYMPTOM_SCORE, 0);
        double th = untreatedDay(RLS.with(RLS.variants().with(DopamineHypothesis.TH_CIRCADIAN))).value(Observable.SYMPTOM_SCORE, 0);
        assertEquals(combined, th, 1e-9);
    }

    @Test
    void variantsAreKeptThroughParameterChangesAndTellSetsApart() {
        ParameterSet chronic = ParameterSet.defaults().with(ParameterSet.defaults().variants().with(Inflammation.CHRONIC));
        assertEquals(Inflammation.CHRONIC, chronic.with(Map.of("rbc.lifespan_d", 100.0)).variants().inflammation());
        assertTrue(!chronic.equals(ParameterSet.defaults()), "sets with different variants must differ (steady-state cache key)");
    }
}
