package org.rlsim.model;

/**
 * Whether the model has the hypoxia pathway of RLS, and how much of it: brain iron deficiency activating
 * hypoxia-inducible signalling, and peripheral hypoxia of the legs. The equations are in
 * {@link HypoxiaSignalling}. Every link of the pathway is hypothesis-grade: autopsy and skin-oxygen
 * studies show that it is active in RLS, no human study measures how strongly each step drives the next.
 */
public enum HypoxiaHypothesis implements ModelVariant {
    /** No hypoxia pathway: the model as it was before this variant existed. */
    NONE("no hypoxia pathway"),
    /**
     * Brain iron deficiency stabilises HIF-α (iron is the cofactor of the prolyl hydroxylases that degrade
     * it; HIF-1α up in RLS substantia nigra, HIF-2α and VEGF up in RLS microvessels, Patton 2011): HIF raises
     * tyrosine hydroxylase (dopaminergic disturbance up) and, at a healthy barrier only, endothelial
     * transferrin receptors (more brain iron uptake).
     */
    BRAIN("brain iron deficiency activates HIF: tyrosine hydroxylase up; transferrin receptors up only at a healthy barrier"),
    /**
     * {@link #BRAIN}, and the legs' skin oxygen falls during immobility in step with the dopaminergic
     * disturbance, adding to the symptom score; dopamine agonists restore it (Salminen 2014).
     */
    BRAIN_AND_LEGS("brain HIF pathway plus leg hypoxia during immobility, which adds symptoms and dopamine agonists relieve");

    private final String meaning;

    HypoxiaHypothesis(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }

    /** True when the brain part of the pathway is modelled. */
    public boolean brain() {
        return this != NONE;
    }

    /** True when the leg part of the pathway is modelled. */
    public boolean legs() {
        return this == BRAIN_AND_LEGS;
    }
}
