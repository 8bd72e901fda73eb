package org.rlsim.model;

import java.util.List;

/**
 * Iron transport into the brain across the blood–brain barrier, and the slow turnover of brain iron.
 * Endothelial transferrin receptors take up transferrin iron saturably; when brain iron falls below
 * its reference the receptors are up-regulated, by a gain that is the RLS hypothesis's parameter
 * (autopsy: the receptor is not up-regulated in RLS, Connor 2011).
 * <pre>
 *   uptake = capacity · B_ref/τ · g(TSAT) · max(0, 1 + gain·(1 − B/B_ref))   (plasma → brain)
 *   efflux = B/τ                                                             (brain → plasma)
 * </pre>
 * A healthy brain (capacity 1) sits at its reference when saturation is normal; with gain 0 brain
 * iron simply follows transferrin saturation and the transport capacity.
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
            "Transferrin-receptor transport capacity relative to a healthy barrier",
            "reduced-capacity hypothesis; illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter TSAT_HALF = Parameter.of("bbb.tsat_half_saturation_pct", "%", 30, 1, 200,
            "Transferrin saturation at half-maximal barrier uptake", "illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter GAIN = new Parameter("bbb.upregulation_gain", "1", 4, 0, 50, 0, 10,
            "How strongly the barrier up-regulates transport when brain iron is low (0 = fails, as in RLS)",
            "iron deficiency ≈2× brain iron uptake in rats (Taylor & Morgan 1991); RLS autopsy: no up-regulation (Connor 2011)",
            Grade.ILLUSTRATIVE);

    static final List<Parameter> PARAMETERS = List.of(REFERENCE_IRON, TURNOVER, CAPACITY, TSAT_HALF, GAIN);

    private final Blood blood;
    private final double referenceMg;
    private final double turnoverPerH;
    private final double capacity;
    private final double tsatHalf;
    private final double gain;

    public BloodBrainBarrier(ParameterSet p, Blood blood) {
        this.blood = blood;
        referenceMg = p.get(REFERENCE_IRON);
        turnoverPerH = 1 / (p.get(TURNOVER) * 24);
        capacity = p.get(CAPACITY);
        tsatHalf = p.get(TSAT_HALF) / 100;
        gain = p.get(GAIN);
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double brain = Math.max(0, s.amount(Compartment.BRAIN));
        double tsat = blood.tsat(s.amount(Compartment.PLASMA));
        double upregulation = Math.max(0, 1 + gain * (1 - brain / referenceMg));
        double uptake = capacity * referenceMg * turnoverPerH * blood.saturableTsatResponse(tsat, tsatHalf) * upregulation;
        flows.move(Compartment.PLASMA, Compartment.BRAIN, uptake);
        flows.move(Compartment.BRAIN, Compartment.PLASMA, turnoverPerH * brain);
    }
}
