package org.rlsim.model;

import java.util.List;

/**
 * The hypoxia pathway of RLS (model variant {@link ModelVariants#hypoxia()}): brain iron deficiency
 * activating hypoxia-inducible signalling, and peripheral hypoxia of the legs during immobility.
 * <pre>
 *   b   = B/B_ref                               brain iron relative to healthy
 *   φ   = b·(1 + K)/(b + K)                     prolyl-hydroxylase (PHD) activity, 1 when b = 1 (Fe²⁺ is its cofactor)
 *   H   = 1/(f + (1 − f)·φ)                     HIF-α relative to healthy: made at a constant rate, degraded by
 *                                               PHD (share 1 − f) and by PHD-independent routes (share f)
 *   h   = max(0, H − 1)                         HIF activation
 *
 *   hypoxia: brain and brain-and-legs
 *     tyrosine hydroxylase (a HIF target):  D*' = min(1, D* + k_TH·h·(1 − D*))   added to the dopaminergic
 *                                           disturbance's target D* ({@link DopamineSystem}), so
 *                                           dD/dt = ln2/t½ · (D*' − D)
 *     transferrin receptor (a HIF target), bbb: intact only:
 *                                           extra uptake = V0 · C · g(TSAT) · k_TfR · h   (plasma → brain)
 *   hypoxia: brain-and-legs
 *     leg skin PO₂ during immobility        P = P₀ − ΔP · D · (1 − r·S)   (S: dopamine-agonist stimulation, 0–1)
 *     symptom score                         untreated score + k_leg · (P₀ − P), at most 40
 * </pre>
 * What the sources support and what they do not:
 * <ul>
 *   <li>Measured in people: HIF-1α raised in the substantia nigra's neuromelanin cells and HIF-2α and VEGF
 *       raised in the microvessels of RLS brains (Patton 2011, autopsy; grade C in physiology.md §4); the
 *       barrier's transferrin receptor <em>not</em> raised (Connor 2011); tyrosine hydroxylase raised in
 *       RLS putamen and nigra (Connor 2009); leg skin PO₂ 5.54 vs 7.19 kPa in RLS vs controls during the
 *       suggested immobilisation test, restored to 6.65 kPa by pramipexole (Salminen 2014).</li>
 *   <li>Hypothesis-grade, measured by no human study: that low brain iron is what stabilises HIF (it is
 *       known from cell biology that PHDs need Fe²⁺; K and f are illustrative), that HIF raises tyrosine
 *       hydroxylase enough to matter (k_TH), that a healthy barrier's TfR follows HIF (k_TfR) while the RLS
 *       barrier's does not, that leg hypoxia follows the central dopaminergic disturbance, and how many
 *       symptom points a kPa of leg hypoxia adds (k_leg).</li>
 * </ul>
 * Under {@code hypoxia: none} the mechanism adds nothing, {@link #hifActivity} is 1 and {@link #legPo2Kpa}
 * the healthy value, so every result is that of the model without the pathway.
 */
public final class HypoxiaSignalling implements Mechanism {
    public static final Parameter PHD_IRON_HALF_SATURATION = Parameter.of("hypoxia.phd_iron_half_saturation", "1", 1, 0.01, 100,
            "Brain iron (fraction of healthy) at which the HIF prolyl hydroxylases work at half their maximal rate",
            "PHDs need Fe²⁺ as cofactor (cell biology; grade C); no human brain measurement; illustrative",
            Grade.ILLUSTRATIVE);
    public static final Parameter PHD_INDEPENDENT_DEGRADATION = Parameter.of("hypoxia.phd_independent_degradation", "1", 0.1,
            0.01, 1, "Share of healthy HIF-α degradation that does not need the prolyl hydroxylases (caps HIF activation)",
            "illustrative; no human measurement", Grade.ILLUSTRATIVE);
    public static final Parameter TH_GAIN = Parameter.of("hypoxia.th_gain", "1", 1, 0, 10,
            "Rise of the dopaminergic disturbance's target per unit of HIF activation (tyrosine hydroxylase is a HIF target)",
            "HIF-1α up in RLS nigra (Patton 2011, grade C); TH and phospho-TH up in RLS putamen and nigra (Connor 2009); "
            + "size hypothesis-grade, illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter TFR_GAIN = Parameter.of("hypoxia.tfr_gain", "1", 1, 0, 10,
            "Extra barrier transport per unit of HIF activation, relative to basal (HIF-2α raises endothelial transferrin "
            + "receptors; bbb: intact only)",
            "HIF-2α and VEGF up in RLS microvessels (Patton 2011, grade C) while TfR is down (Connor 2011): the RLS barrier "
            + "does not follow HIF; size illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter LEG_PO2_HEALTHY = Parameter.of("hypoxia.leg_po2_healthy_kpa", "kPa", 7.19, 2, 15,
            "Leg skin PO₂ of a healthy person during the suggested immobilisation test",
            "7.19 kPa, 14 controls (Salminen 2014, Neurology 82:1856)", Grade.MEASURED);
    public static final Parameter LEG_PO2_DROP = Parameter.of("hypoxia.leg_po2_drop_kpa", "kPa", 3.0, 0, 7,
            "Fall of leg skin PO₂ during immobility at full dopaminergic disturbance (hypoxia: brain-and-legs)",
            "fitted: RLS 5.54 vs controls 7.19 kPa (Salminen 2014), a 1.65 kPa gap at a disturbance of about 0.55 "
            + "(an IRLS of about 22; the group's severity is assumed, not read)", Grade.FITTED);
    public static final Parameter AGONIST_PO2_RESTORE = Parameter.of("hypoxia.agonist_po2_restore", "1", 0.9, 0, 1,
            "Share of the leg PO₂ deficit a dopamine agonist removes at full receptor stimulation",
            "fitted: pramipexole raised leg PO₂ 5.54 → 6.65 kPa, 67% of the gap (Salminen 2014), at the stimulation of "
            + "0.25 mg a day in this model (about 0.73; the patients' dose is assumed, not read)", Grade.FITTED);
    public static final Parameter LEG_SYMPTOM_POINTS = Parameter.of("hypoxia.leg_symptom_points_per_kpa", "points/kPa", 2, 0, 20,
            "Symptom points added per kPa of leg PO₂ below healthy (hypoxia: brain-and-legs)",
            "severity correlates with the chest-to-foot O₂ gradient, ρ = 0.69 (Salminen 2014); size illustrative",
            Grade.ILLUSTRATIVE);

    static final List<Parameter> PARAMETERS = List.of(PHD_IRON_HALF_SATURATION, PHD_INDEPENDENT_DEGRADATION, TH_GAIN,
            TFR_GAIN, LEG_PO2_HEALTHY, LEG_PO2_DROP, AGONIST_PO2_RESTORE, LEG_SYMPTOM_POINTS);

    private final HypoxiaHypothesis hypothesis;
    private final boolean barrierFollows;
    private final Blood blood;
    private final DopamineSystem dopamine;
    private final double referenceMg;
    private final double halfSaturation;
    private final double independent;
    private final double thGain;
    private final double basalUptakeMgPerH;
    private final double tsatHalf;
    private final double tfrGain;
    private final double dopamineRatePerH;
    private final double legPo2Healthy;
    private final double legPo2Drop;
    private final double agonistRestore;
    private final double legPoints;

    public HypoxiaSignalling(ParameterSet p, Blood blood, DopamineSystem dopamine) {
        this.blood = blood;
        this.dopamine = dopamine;
        hypothesis = p.variants().hypoxia();
        barrierFollows = p.variants().bbb() == BbbHypothesis.INTACT;
        referenceMg = p.get(BloodBrainBarrier.REFERENCE_IRON);
        halfSaturation = p.get(PHD_IRON_HALF_SATURATION);
        independent = p.get(PHD_INDEPENDENT_DEGRADATION);
        thGain = p.get(TH_GAIN);
        basalUptakeMgPerH = referenceMg / (p.get(BloodBrainBarrier.TURNOVER) * 24) * p.get(BloodBrainBarrier.CAPACITY);
        tsatHalf = p.get(BloodBrainBarrier.TSAT_HALF) / 100;
        tfrGain = p.get(TFR_GAIN);
        dopamineRatePerH = Math.log(2) / (p.get(DopamineSystem.HALF_TIME) * 24);
        legPo2Healthy = p.get(LEG_PO2_HEALTHY);
        legPo2Drop = p.get(LEG_PO2_DROP);
        agonistRestore = p.get(AGONIST_PO2_RESTORE);
        legPoints = p.get(LEG_SYMPTOM_POINTS);
    }

    /** The variant these equations follow. */
    public HypoxiaHypothesis hypothesis() {
        return hypothesis;
    }

    /** HIF-α relative to healthy, H (1 under {@code hypoxia: none}), for a brain-iron amount in mg. */
    public double hifActivity(double brainMg) {
        if (!hypothesis.brain()) {
            return 1;
        }
        double b = Math.max(0, brainMg) / referenceMg;
        double phd = b * (1 + halfSaturation) / (b + halfSaturation);
        return 1 / (independent + (1 - independent) * phd);
    }

    /**
     * The dopaminergic disturbance's target with tyrosine hydroxylase raised by HIF, D*' (0–1).
     *
     * @param target  the target without the pathway, D* ({@link DopamineSystem#targetDisturbance})
     * @param brainMg brain iron, mg
     */
    public double disturbanceTarget(double target, double brainMg) {
        if (!hypothesis.brain()) {
            return target;
        }
        double activation = Math.max(0, hifActivity(brainMg) - 1);
        return Math.min(1, target + thGain * activation * (1 - target));
    }

    /** Leg skin PO₂ during immobility, kPa, never below 0 (the healthy value unless {@code hypoxia: brain-and-legs}). */
    public double legPo2Kpa(ModelState s) {
        return legPo2Healthy - legDeficitKpa(s);
    }

    /** Symptom points that leg hypoxia adds to the untreated score (0 unless {@code hypoxia: brain-and-legs}). */
    public double legSymptomPoints(ModelState s) {
        return legPoints * legDeficitKpa(s);
    }

    private double legDeficitKpa(ModelState s) {
        if (!hypothesis.legs()) {
            return 0;
        }
        double disturbance = Math.min(1, Math.max(0, s.signal(Signal.DOPAMINE_DISTURBANCE)));
        double stimulation = Math.min(1, Math.max(0, s.signal(Signal.AGONIST_STIMULATION)));
        return Math.min(legPo2Healthy, legPo2Drop * disturbance * (1 - agonistRestore * stimulation));
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        if (!hypothesis.brain()) {
            return;
        }
        double brain = s.amount(Compartment.BRAIN);
        double target = dopamine.targetDisturbance(brain);
        flows.signalRate(Signal.DOPAMINE_DISTURBANCE, dopamineRatePerH * (disturbanceTarget(target, brain) - target));
        if (barrierFollows) {
            double activation = Math.max(0, hifActivity(brain) - 1);
            double carried = blood.saturableTsatResponse(blood.tsat(s), tsatHalf);
            flows.move(Compartment.PLASMA, Compartment.BRAIN, basalUptakeMgPerH * carried * tfrGain * activation);
        }
    }
}
