package org.rlsim.model;

import java.util.Objects;

/**
 * The model's structural alternatives: which of the competing hypotheses each switchable mechanism
 * follows. A variant changes the equations of a mechanism, not just a parameter value; parameters set
 * the strength of whatever the variant puts in place. Immutable.
 *
 * <p>In scenario files: {@code model: {bbb: reduced-capacity, dopamine: th-circadian, inflammation: chronic,
 * hypoxia: brain}}, each key optional. A patient archetype carries its own variants ({@link Patient#variants()}); the
 * scenario's {@code model:} applies over them, then an arm's.
 *
 * @param bbb          blood–brain barrier transport ({@link BloodBrainBarrier})
 * @param dopamine     dopaminergic signal ({@link DopamineSystem})
 * @param inflammation chronic inflammatory drive ({@link Hepcidin}, {@link Blood})
 * @param hypoxia      the hypoxia pathway ({@link HypoxiaSignalling})
 */
public record ModelVariants(BbbHypothesis bbb, DopamineHypothesis dopamine, Inflammation inflammation,
                            HypoxiaHypothesis hypoxia) {
    /** The model as it was before variants existed: healthy barrier, combined dopamine picture, no inflammation, no hypoxia pathway. */
    public static final ModelVariants DEFAULT =
            new ModelVariants(BbbHypothesis.INTACT, DopamineHypothesis.COMBINED, Inflammation.NONE, HypoxiaHypothesis.NONE);

    /** Scenario-file keys of the four switchable mechanisms, in this order. */
    public static final String BBB_KEY = "bbb";
    public static final String DOPAMINE_KEY = "dopamine";
    public static final String INFLAMMATION_KEY = "inflammation";
    public static final String HYPOXIA_KEY = "hypoxia";

    public ModelVariants {
        Objects.requireNonNull(bbb, "bbb");
        Objects.requireNonNull(dopamine, "dopamine");
        Objects.requireNonNull(inflammation, "inflammation");
        Objects.requireNonNull(hypoxia, "hypoxia");
    }

    /** Variants without the hypoxia pathway ({@link HypoxiaHypothesis#NONE}). */
    public ModelVariants(BbbHypothesis bbb, DopamineHypothesis dopamine, Inflammation inflammation) {
        this(bbb, dopamine, inflammation, HypoxiaHypothesis.NONE);
    }

    /** A copy with the variants a choice names replaced; the others kept. */
    public ModelVariants with(Choice choice) {
        return new ModelVariants(choice.bbb() != null ? choice.bbb() : bbb,
                choice.dopamine() != null ? choice.dopamine() : dopamine,
                choice.inflammation() != null ? choice.inflammation() : inflammation,
                choice.hypoxia() != null ? choice.hypoxia() : hypoxia);
    }

    public ModelVariants with(BbbHypothesis b) {
        return new ModelVariants(b, dopamine, inflammation, hypoxia);
    }

    public ModelVariants with(DopamineHypothesis d) {
        return new ModelVariants(bbb, d, inflammation, hypoxia);
    }

    public ModelVariants with(Inflammation i) {
        return new ModelVariants(bbb, dopamine, i, hypoxia);
    }

    public ModelVariants with(HypoxiaHypothesis h) {
        return new ModelVariants(bbb, dopamine, inflammation, h);
    }

    /** As in a scenario file: {@code bbb: intact, dopamine: combined, inflammation: none, hypoxia: none}. */
    @Override
    public String toString() {
        return BBB_KEY + ": " + bbb.id() + ", " + DOPAMINE_KEY + ": " + dopamine.id() + ", "
                + INFLAMMATION_KEY + ": " + inflammation.id() + ", " + HYPOXIA_KEY + ": " + hypoxia.id();
    }

    /**
     * A partial choice of variants, as written under {@code model:} in a scenario or an arm: a null
     * component means "keep the variant chosen before" (the patient's, or the scenario's for an arm).
     */
    public record Choice(BbbHypothesis bbb, DopamineHypothesis dopamine, Inflammation inflammation,
                         HypoxiaHypothesis hypoxia) {
        /** Chooses nothing. */
        public static final Choice NONE = new Choice(null, null, null, null);

        /** A choice that leaves the hypoxia pathway as chosen before. */
        public Choice(BbbHypothesis bbb, DopamineHypothesis dopamine, Inflammation inflammation) {
            this(bbb, dopamine, inflammation, null);
        }

        /** This choice where it names a variant, else {@code base}'s: an arm's choice over its scenario's. */
        public Choice over(Choice base) {
            return new Choice(bbb != null ? bbb : base.bbb, dopamine != null ? dopamine : base.dopamine,
                    inflammation != null ? inflammation : base.inflammation, hypoxia != null ? hypoxia : base.hypoxia);
        }
    }
}
