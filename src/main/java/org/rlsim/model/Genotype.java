package org.rlsim.model;

import java.util.List;

/**
 * Risk alleles of the two RLS loci with the best evidence on iron, and the mechanisms the model lets them
 * act on. A person carries 0, 1 or 2 risk alleles at each locus; each allele multiplies its mechanism's
 * parameter by a factor, so a factor f gives f (one allele) and f² (two):
 * <pre>
 *   BTBD9 (rs3923809)  iron absorption from the gut × f_BTBD9^n       the same diet and losses settle at lower stores
 *   MEIS1 (rs2300478)  barrier up-regulation gain  × f_MEIS1^n        a weaker answer of the barrier to a brain-iron deficit
 * </pre>
 * What the studies say:
 * <ul>
 *   <li>BTBD9: odds ratio 1.8 per allele for RLS with periodic limb movements (Iceland), 1.5 (USA); serum
 *       ferritin lower in carriers (Stefansson 2007), but the RLS loci did not change serum iron, ferritin,
 *       transferrin or TSAT in 3447 people of the KORA cohorts (Oexle 2013). How BTBD9 would lower ferritin is
 *       unknown; the model's choice, a little less iron absorbed from the same diet (and tablets), lowers the
 *       stores hepcidin settles at while absorption still matches the losses, and is hypothesis-grade. (A
 *       lower store level defended by hepcidin was tried first: it lowers transferrin saturation, not
 *       ferritin, by 0.6% per allele.)</li>
 *   <li>MEIS1: odds ratio 1.74 per allele (Winkelmann 2007); the risk haplotype lowers MEIS1 expression and
 *       goes with more ferritin and DMT1 in RLS brain tissue (Catoire 2011): a link to brain iron handling,
 *       not to serum iron. That it weakens the barrier's up-regulation is the model's hypothesis (the
 *       barrier's failure to up-regulate is the RLS autopsy finding, Connor 2011); its size is fitted to the
 *       odds ratio as the model measures it: cases (a score above 10 points) against the others, risk alleles
 *       counted, in virtual healthy women and men whose genotypes are drawn.
 *       Under {@code bbb: upregulation-failure} the gain is not used, so MEIS1 alleles change nothing there.</li>
 * </ul>
 * With no risk alleles (the default of every archetype) every factor is exactly 1, so every result is that
 * of the model without genotypes. The risk-allele frequencies are not used by the model itself: virtual
 * populations draw genotypes from them (org.rlsim.population.Locus).
 */
public final class Genotype {
    public static final Parameter BTBD9_RISK_ALLELES = Parameter.of("genotype.btbd9_risk_alleles", "1", 0, 0, 2,
            "Risk alleles at BTBD9 (rs3923809), 0, 1 or 2 (scenario key genotype: {btbd9: N})",
            "a count, not an estimate; the risk allele is common in Europeans (about 0.65–0.8; Stefansson 2007, grade C in physiology.md §6); default: none", Grade.ILLUSTRATIVE);
    public static final Parameter MEIS1_RISK_ALLELES = Parameter.of("genotype.meis1_risk_alleles", "1", 0, 0, 2,
            "Risk alleles at MEIS1 (rs2300478), 0, 1 or 2 (scenario key genotype: {meis1: N})",
            "a count, not an estimate; risk-allele frequency about 0.25 in Europeans (Winkelmann 2007, grade C in physiology.md §6); default: none", Grade.ILLUSTRATIVE);
    public static final Parameter BTBD9_ABSORPTION_FACTOR = Parameter.of("genotype.btbd9_absorption_factor_per_allele", "1",
            0.875, 0.3, 1, "Factor on iron absorption from the gut (diet and tablets), per BTBD9 risk allele",
            "fitted: serum ferritin 13% lower per risk allele in healthy-woman at the same diet and losses (Stefansson 2007, "
            + "grade C); no such effect in KORA (Oexle 2013); mechanism hypothesis-grade", Grade.FITTED);
    public static final Parameter MEIS1_GAIN_FACTOR = Parameter.of("genotype.meis1_upregulation_factor_per_allele", "1", 0.75,
            0, 1, "Factor on the barrier's up-regulation gain (bbb.upregulation_gain), per MEIS1 risk allele",
            "fitted: allelic odds ratio 1.74 per allele for a score above 10 (Winkelmann 2007, grade A/B) in drawn healthy"
            + " women and men (genotype: drawn, 3000 of each, seeds 5 and 6: 1.76 and 1.64); MEIS1 risk haplotype: less"
            + " MEIS1, more ferritin and DMT1 in RLS brain (Catoire 2011); acting on the barrier is hypothesis-grade",
            Grade.FITTED);

    public static final Parameter BTBD9_ALLELE_FREQUENCY = Parameter.of("genotype.btbd9_risk_allele_frequency", "1", 0.72,
            0, 1, "Frequency of the BTBD9 risk allele (rs3923809 A) among people, for genotypes drawn in virtual populations"
            + " (genotype: {btbd9: drawn}, Hardy-Weinberg)", "European controls: about 0.65-0.8 (Stefansson 2007; frequencies"
            + " recalled, not read: confidence C in physiology.md §6); 0.72 is the middle of that range", Grade.MEASURED);
    public static final Parameter MEIS1_ALLELE_FREQUENCY = Parameter.of("genotype.meis1_risk_allele_frequency", "1", 0.25,
            0, 1, "Frequency of the MEIS1 risk allele (rs2300478 G) among people, for genotypes drawn in virtual populations"
            + " (genotype: {meis1: drawn}, Hardy-Weinberg)", "European controls: about 0.25 (Winkelmann 2007; frequency recalled,"
            + " not read: confidence C in physiology.md §6)", Grade.MEASURED);

    static final List<Parameter> PARAMETERS = List.of(BTBD9_RISK_ALLELES, MEIS1_RISK_ALLELES, BTBD9_ABSORPTION_FACTOR,
            MEIS1_GAIN_FACTOR, BTBD9_ALLELE_FREQUENCY, MEIS1_ALLELE_FREQUENCY);

    private Genotype() {
    }

    /** The factor on iron absorption from the gut, f_BTBD9^n (exactly 1 without risk alleles). */
    static double absorptionFactor(ParameterSet p) {
        return Math.pow(p.get(BTBD9_ABSORPTION_FACTOR), p.get(BTBD9_RISK_ALLELES));
    }

    /** The barrier's up-regulation gain: {@link BloodBrainBarrier#GAIN} × f_MEIS1^n. */
    static double upregulationGain(ParameterSet p) {
        return p.get(BloodBrainBarrier.GAIN) * Math.pow(p.get(MEIS1_GAIN_FACTOR), p.get(MEIS1_RISK_ALLELES));
    }
}
