package org.rlsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rlsim.dosing.AgonistDose;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;

/** The hypoxia pathway: off by default and then exactly absent; when on, its equations and nothing else. */
class HypoxiaSignallingTest {
    private static final Simulator SIMULATOR = new Simulator();
    private static final ParameterSet RLS = Patient.find("rls-iron-deficient").orElseThrow().parameterSet();
    private static final ParameterSet HEALTHY_BARRIER = Patient.find("iron-deficient-woman").orElseThrow().parameterSet();

    private static ParameterSet with(ParameterSet p, HypoxiaHypothesis h) {
        return p.with(p.variants().with(h));
    }

    private static double[] start(ParameterSet p) {
        return SteadyState.of(new Physiology(p), SIMULATOR);
    }

    private static Trajectory run(ParameterSet p, List<DoseEvent> events, double hours) {
        Physiology model = new Physiology(p);
        return SIMULATOR.run(model, SteadyState.of(model, SIMULATOR), events, hours, 24);
    }

    @Test
    void isOffByDefaultInEveryPatient() {
        assertEquals(HypoxiaHypothesis.NONE, ModelVariants.DEFAULT.hypoxia());
        for (Patient patient : Patient.all()) {
            assertEquals(HypoxiaHypothesis.NONE, patient.variants().hypoxia(), patient.id());
        }
    }

    /** Choosing {@code hypoxia: none} explicitly is the default model to the last bit, through a treated year. */
    @Test
    void noneIsTheModelWithoutThePathwayBitForBit() {
        ParameterSet explicit = with(RLS, HypoxiaHypothesis.NONE);
        assertEquals(RLS, explicit);
        List<DoseEvent> events = List.of(new IvInfusion(30 * 24, 1000, 0.25, IvProduct.FERRIC_CARBOXYMALTOSE));
        Trajectory a = run(RLS, events, 365 * 24);
        Trajectory b = run(explicit, events, 365 * 24);
        Physiology model = new Physiology(RLS);
        for (int row = 0; row < a.size(); row++) {
            assertEquals(1.0, a.value(Observable.HIF_ACTIVITY, row));
            assertEquals(model.parameters().get(HypoxiaSignalling.LEG_PO2_HEALTHY), a.value(Observable.LEG_PO2, row));
            for (Observable o : Observable.values()) {
                assertEquals(a.value(o, row), b.value(o, row), o + " row " + row);
            }
        }
    }

    /** H = 1/(f + (1 − f)·φ), φ = b(1 + K)/(b + K): 1 at healthy brain iron, the closed form below it. */
    @Test
    void hifFollowsTheProlylHydroxylaseClosedForm() {
        ParameterSet p = with(RLS, HypoxiaHypothesis.BRAIN);
        HypoxiaSignalling hypoxia = new Physiology(p).hypoxia();
        double reference = p.get(BloodBrainBarrier.REFERENCE_IRON);
        double k = p.get(HypoxiaSignalling.PHD_IRON_HALF_SATURATION);
        double f = p.get(HypoxiaSignalling.PHD_INDEPENDENT_DEGRADATION);
        assertEquals(1.0, hypoxia.hifActivity(reference), 1e-15);
        for (double b : new double[] {0, 0.3, 0.76, 1.4}) {
            double phd = b * (1 + k) / (b + k);
            assertEquals(1 / (f + (1 - f) * phd), hypoxia.hifActivity(b * reference), 1e-12, "b = " + b);
        }
        assertEquals(1 / f, hypoxia.hifActivity(0), 1e-12, "no iron: only PHD-independent degradation is left");
    }

    /**
     * Under the RLS barrier (up-regulation failure) the pathway changes no iron flow: the steady state's iron is
     * the same to the solver's precision; the dopaminergic disturbance settles to D* + k_TH·(H − 1)·(1 − D*).
     * The steady state is a daily cycle (hepcidin's rhythm moves brain iron a little), and the disturbance at
     * midnight lags the day's brain iron by about 1e-4: hence the tolerance of 1e-3.
     */
    @Test
    void rlsBarrierDoesNotFollowHifButTyrosineHydroxylaseDoes() {
        ParameterSet brain = with(RLS, HypoxiaHypothesis.BRAIN);
        double[] without = start(RLS);
        double[] with = start(brain);
        int brainIndex = StateLayout.index(Compartment.BRAIN);
        assertEquals(without[brainIndex], with[brainIndex], 1e-9 * without[brainIndex]);
        Physiology model = new Physiology(brain);
        double b = with[brainIndex];
        double target = model.dopamine().targetDisturbance(b);
        double h = model.hypoxia().hifActivity(b) - 1;
        assertTrue(h > 0.1, "HIF activation " + h);
        double expected = target + brain.get(HypoxiaSignalling.TH_GAIN) * h * (1 - target);
        assertEquals(expected, with[StateLayout.index(Signal.DOPAMINE_DISTURBANCE)], 1e-3);
        assertTrue(with[StateLayout.index(Signal.DOPAMINE_DISTURBANCE)] > without[StateLayout.index(Signal.DOPAMINE_DISTURBANCE)]
                + 0.02, "tyrosine hydroxylase raises the disturbance");
    }

    /** A healthy barrier raises its transport with HIF (TfR is a HIF target): more brain iron than without the pathway. */
    @Test
    void healthyBarrierRaisesTransportWithHif() {
        int brainIndex = StateLayout.index(Compartment.BRAIN);
        double without = start(HEALTHY_BARRIER.with(BloodBrainBarrier.CAPACITY, 0.8))[brainIndex];
        double with = start(with(HEALTHY_BARRIER.with(BloodBrainBarrier.CAPACITY, 0.8), HypoxiaHypothesis.BRAIN))[brainIndex];
        assertTrue(with > without * 1.005, with + " mg vs " + without + " mg");
    }

    /** Leg PO₂ = P₀ − ΔP·D·(1 − r·S) and the score gains k_leg per kPa; pramipexole raises leg PO₂. */
    @Test
    void legHypoxiaFollowsTheDisturbanceAndTheAgonist() {
        ParameterSet legs = with(RLS, HypoxiaHypothesis.BRAIN_AND_LEGS);
        Physiology model = new Physiology(legs);
        List<DoseEvent> eveningTablets = IntStream.range(7, 14)
                .mapToObj(day -> (DoseEvent) new AgonistDose(24 * day + 21, AgonistDrug.PRAMIPEXOLE, 0.25)).toList();
        Trajectory t = SIMULATOR.run(model, SteadyState.of(model, SIMULATOR), eveningTablets, 24 * 14, 1);
        double p0 = legs.get(HypoxiaSignalling.LEG_PO2_HEALTHY);
        double drop = legs.get(HypoxiaSignalling.LEG_PO2_DROP);
        double restore = legs.get(HypoxiaSignalling.AGONIST_PO2_RESTORE);
        for (int row : new int[] {0, t.size() - 1}) {
            double d = t.signal(Signal.DOPAMINE_DISTURBANCE, row);
            double s = t.signal(Signal.AGONIST_STIMULATION, row);
            assertEquals(p0 - drop * d * (1 - restore * s), t.value(Observable.LEG_PO2, row), 1e-12);
        }
        double before = t.value(Observable.LEG_PO2, 0);
        assertTrue(before < 6, "untreated leg PO2 " + before + " kPa (Salminen 2014: 5.54 kPa in RLS)");
        assertTrue(t.value(Observable.LEG_PO2, t.size() - 1) > before + 0.5, "pramipexole raises leg PO2");
        double d0 = t.signal(Signal.DOPAMINE_DISTURBANCE, 0);
        assertEquals(40 * d0 + legs.get(HypoxiaSignalling.LEG_SYMPTOM_POINTS) * (p0 - before),
                t.value(Observable.SYMPTOM_SCORE, 0), 1e-9);
    }

    /** Iron balance holds to 1e-9 with the pathway on, through an infusion (the TfR flow moves iron, never makes it). */
    @ParameterizedTest
    @EnumSource(HypoxiaHypothesis.class)
    void ironBalanceHolds(HypoxiaHypothesis h) {
        ParameterSet p = with(HEALTHY_BARRIER, h);
        Trajectory t = run(p, List.of(new IvInfusion(24, 1000, 0.25, IvProduct.FERRIC_CARBOXYMALTOSE)), 120 * 24);
        int last = t.size() - 1;
        double balance = t.value(Observable.TOTAL_BODY_IRON, last) - t.value(Observable.TOTAL_BODY_IRON, 0)
                - t.value(Observable.CUM_ABSORBED, last) - t.value(Observable.CUM_IV, last) + t.value(Observable.CUM_LOST, last);
        assertEquals(0, balance, 1e-9 * t.value(Observable.TOTAL_BODY_IRON, 0));
    }
}
