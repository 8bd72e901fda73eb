package org.rlsim.model;

import java.util.List;

/**
 * Iron transport into the brain across the blood–brain barrier, and the slow turnover of brain iron.
 * Endothelial transferrin receptors take up transferrin iron saturably; in a healthy barrier they are
 * up-regulated when brain iron falls below its reference (iron deficiency ≈2× brain iron uptake in
 * rats, Taylor &amp; Morgan 1991). How the barrier fails in RLS is a competing hypothesis, chosen by
 * {@link ModelVariants#bbb()}:
 * <pre>
 *   b = B/B_ref                         brain iron relative to healthy
 *   V0 = B_ref/τ                         healthy basal uptake, mg/h
 *   R = max(0, 1 + gain·(1 − b))         receptor up-regulation (1 = none)
 *   x = g(TSAT) · R                      what the receptors would carry, relative to healthy basal
 *
 *   intact                uptake = C · V0 · x
 *   upregulation-failure  uptake = C · V0 · g(TSAT)              (R ≡ 1: the gain is lost)
 *   reduced-capacity      uptake = V0 · min(x, C)                (up-regulation intact, transport capped at C)
 *
 *   efflux = B/τ                                                  (brain → plasma)
 * </pre>
 * C ({@code bbb.capacity}) is in every variant the barrier's transport at normal saturation when it
 * cannot make up for a deficit, relative to a healthy barrier. The two RLS hypotheses differ in what
 * more serum iron does:
 * <ul>
 *   <li><b>upregulation-failure</b> (Connor 2011, Brain 134:959: microvessel TfR and IRP activity not
 *       raised in RLS despite low brain iron): at steady state b = C·g(TSAT), so brain iron is normal at
 *       normal saturation if C = 1, falls in step with saturation in iron deficiency, and rises when IV
 *       iron raises saturation;</li>
 *   <li><b>reduced-capacity</b> (fewer transport sites or a limited endothelial export step): b = C as
 *       long as up-regulation can reach the ceiling, so brain iron is low even at normal serum iron and
 *       raising saturation does not raise it; only in deep iron deficiency does x fall below C.</li>
 * </ul>
 * The gain is used by {@code intact} and {@code reduced-capacity}; {@code upregulation-failure} has no
 * such term. MEIS1 risk alleles scale it down ({@link Genotype}; exactly 1 without them). A healthy brain (intact, C = 1) sits at its reference when saturation is normal.
 *
 * <p>Steady state under {@code upregulation-failure}, in closed form. Brain iron then obeys
 * {@code dB/dt = C·V0·g(s) − B/τ}, linear in B and driven by saturation s alone, so at rest
 * <pre>
 *   brain iron (% of healthy) = 100 · B/B_ref = 100 · C · g(s) = 100 · C · s/(k + s) · (k + s_ref)/s_ref
 * </pre>
 * with k = {@code bbb.tsat_half_saturation_pct} and s_ref = {@code blood.reference_tsat_pct}, whatever τ
 * and the rest of the model. With hepcidin's daily rhythm the steady state is a daily cycle; integrating
 * the equation over one day (B returns to itself) gives the same form for the daily means, exactly:
 * {@code ⟨B⟩/B_ref = C·⟨g(s)⟩}. {@code BloodBrainBarrierTest} checks both against the computed steady state.
 */
public final class BloodBrainBarrier implements Mechanism {
    public static final Parameter REFERENCE_IRON = Parameter.of("brain.reference_iron_mg", "mg", 5, 0.1, 100,
            "Nigro-striatal iron of a healthy adult (brain_iron_pct = 100)",
            "caudate, putamen, pallidum and nigra ≈30 g × ≈15 mg/100 g (Hallgren & Sourander 1958)", Grade.DERIVED);
    public static final Parameter TURNOVER = Parameter.of("brain.turnover_d", "d", 80, 5, 3650,
            "Mean residence time of brain iron",
            "no human measurement (physiology.md §4); fitted to T15 and T17: symptoms return ≈6 months after 1000 mg IV iron "
            + "(Earley 2005), caudate QSM +14% 6 weeks after FCM (Kim 2023)", Grade.FITTED);
    public static final Parameter CAPACITY = new Parameter("bbb.capacity", "1", 1, 0, 5, 0.3, 2,
            "Barrier transport at normal transferrin saturation, without up-regulation, relative to a healthy barrier "
            + "(a scale on transport; under bbb: reduced-capacity its ceiling)",
            "RLS hypotheses of low brain iron at normal serum iron (Connor 2011); illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter TSAT_HALF = Parameter.of("bbb.tsat_half_saturation_pct", "%", 30, 1, 200,
            "Transferrin saturation at half-maximal barrier uptake", "illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter GAIN = new Parameter("bbb.upregulation_gain", "1", 4, 0, 50, 0, 10,
            "How strongly the barrier up-regulates transport when brain iron is low (not used by bbb: upregulation-failure)",
            "iron deficiency ≈2× brain iron uptake in rats (Taylor & Morgan 1991); RLS autopsy: no up-regulation (Connor 2011)",
            Grade.ILLUSTRATIVE);

    static final List<Parameter> PARAMETERS = List.of(REFERENCE_IRON, TURNOVER, CAPACITY, TSAT_HALF, GAIN);

    private final Blood blood;
    private final double referenceMg;
    private final double turnoverPerH;
    private final double capacity;
    private final double tsatHalf;
    private final double gain;
    private final BbbHypothesis hypothesis;

    public BloodBrainBarrier(ParameterSet p, Blood blood) {
        this.blood = blood;
        hypothesis = p.variants().bbb();
        referenceMg = p.get(REFERENCE_IRON);
        turnoverPerH = 1 / (p.get(TURNOVER) * 24);
        capacity = p.get(CAPACITY);
        tsatHalf = p.get(TSAT_HALF) / 100;
        gain = Genotype.upregulationGain(p);
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double brain = Math.max(0, s.amount(Compartment.BRAIN));
        double tsat = blood.tsat(s);
        double carried = blood.saturableTsatResponse(tsat, tsatHalf);
        double relativeUptake = switch (hypothesis) {
            case INTACT -> capacity * carried * upregulation(brain);
            case UPREGULATION_FAILURE -> capacity * carried;
            case REDUCED_CAPACITY -> Math.min(carried * upregulation(brain), capacity);
        };
        double uptake = referenceMg * turnoverPerH * relativeUptake;
        flows.move(Compartment.PLASMA, Compartment.BRAIN, uptake);
        flows.move(Compartment.BRAIN, Compartment.PLASMA, turnoverPerH * brain);
    }

    /** Receptor up-regulation R = max(0, 1 + gain·(1 − B/B_ref)) for a brain-iron amount in mg. */
    private double upregulation(double brainMg) {
        return Math.max(0, 1 + gain * (1 - brainMg / referenceMg));
    }
}
