package org.rlsim.model;

import java.util.Objects;

/**
 * The model's structural alternatives: which of the competing hypotheses each switchable mechanism
 * follows. A variant changes the equations of a mechanism, not just a parameter value; parameters set
 * the strength of whatever the variant puts in place. Immutable.
 *
 * <p>In scenario files: {@code model: {bbb: reduced-capacity, dopamine: th-circadian, inflammation: chronic}},
 * each key optional. A patient archetype carries its own variants ({@link Patient#variants()}); the
 * scenario's {@code model:} applies over them, then an arm's.
 *
 * @param bbb          blood–brain barrier transport ({@link BloodBrainBarrier})
 * @param dopamine     dopaminergic signal ({@link DopamineSystem})
 * @param inflammation chronic inflammatory drive ({@link Hepcidin}, {@link Blood})
 */
public record ModelVariants(BbbHypothesis bbb, DopamineHypothesis dopamine, Inflammation inflammation) {
    /** The model as it was before variants existed: healthy barrier, combined dopamine picture, no inflammation. */
    public static final ModelVariants DEFAULT =
            new ModelVariants(BbbHypothesis.INTACT, DopamineHypothesis.COMBINED, Inflammation.NONE);

    /** Scenario-file keys of the three switchable mechanisms, in this order. */
    public static final String BBB_KEY = "bbb";
    public static final String DOPAMINE_KEY = "dopamine";
    public static final String INFLAMMATION_KEY = "inflammation";

    public ModelVariants {
        Objects.requireNonNull(bbb, "bbb");
        Objects.requireNonNull(dopamine, "dopamine");
        Objects.requireNonNull(inflammation, "inflammation");
    }

    /** A copy with the variants a choice names replaced; the others kept. */
    public ModelVariants with(Choice choice) {
        return new ModelVariants(choice.bbb() != null ? choice.bbb() : bbb,
                choice.dopamine() != null ? choice.dopamine() : dopamine,
                choice.inflammation() != null ? choice.inflammation() : inflammation);
    }

    public ModelVariants with(BbbHypothesis b) {
        return new ModelVariants(b, dopamine, inflammation);
    }

    public ModelVariants with(DopamineHypothesis d) {
        return new ModelVariants(bbb, d, inflammation);
    }

    public ModelVariants with(Inflammation i) {
        return new ModelVariants(bbb, dopamine, i);
    }

    /** As in a scenario file: {@code bbb: intact, dopamine: combined, inflammation: none}. */
    @Override
    public String toString() {
        return BBB_KEY + ": " + bbb.id() + ", " + DOPAMINE_KEY + ": " + dopamine.id() + ", "
                + INFLAMMATION_KEY + ": " + inflammation.id();
    }

    /**
     * A partial choice of variants, as written under {@code model:} in a scenario or an arm: a null
     * component means "keep the variant chosen before" (the patient's, or the scenario's for an arm).
     */
    public record Choice(BbbHypothesis bbb, DopamineHypothesis dopamine, Inflammation inflammation) {
        /** Chooses nothing. */
        public static final Choice NONE = new Choice(null, null, null);
    }
}
