package org.rlsim.population;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.rlsim.model.Genotype;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterSet;

/**
 * An RLS locus whose risk alleles a virtual population may draw ({@code genotype: {meis1: drawn}}): each
 * person's two copies are independent draws of the risk allele with its frequency q among people, so the
 * number of risk alleles is binomial(2, q) — Hardy–Weinberg proportions (1 − q)², 2q(1 − q) and q² for 0, 1
 * and 2 — drawn with Commons RNG from the candidate's own stream ({@link PatientStreams}), after its other
 * parameters, so that drawing a genotype leaves every other drawn parameter as it was.
 */
public enum Locus {
    BTBD9(Genotype.BTBD9_RISK_ALLELES, Genotype.BTBD9_ALLELE_FREQUENCY),
    MEIS1(Genotype.MEIS1_RISK_ALLELES, Genotype.MEIS1_ALLELE_FREQUENCY);

    private final Parameter riskAlleles;
    private final Parameter frequency;

    Locus(Parameter riskAlleles, Parameter frequency) {
        this.riskAlleles = riskAlleles;
        this.frequency = frequency;
    }

    /** The parameter holding a person's count of risk alleles at this locus (0, 1 or 2). */
    public Parameter riskAlleles() {
        return riskAlleles;
    }

    /** The parameter holding the risk allele's frequency among people, a fraction. */
    public Parameter frequency() {
        return frequency;
    }

    /** The key under {@code genotype:}, e.g. {@code meis1}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The gene's name as people write it, e.g. {@code MEIS1}. */
    public String gene() {
        return name();
    }

    /**
     * {@code p} with this locus's risk alleles drawn: binomial(2, q) with q = {@code p}'s {@link #frequency()}.
     */
    ParameterSet drawn(ParameterSet p, UniformRandomProvider stream) {
        int alleles = MarsagliaTsangWangDiscreteSampler.Binomial.of(stream, 2, p.get(frequency)).sample();
        return p.with(riskAlleles, alleles);
    }
}
