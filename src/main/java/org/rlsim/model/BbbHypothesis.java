package org.rlsim.model;

/**
 * How the blood–brain barrier transports iron into the brain: healthy, or one of the two RLS
 * hypotheses for low brain iron. The equations are in {@link BloodBrainBarrier}.
 */
public enum BbbHypothesis implements ModelVariant {
    /** Healthy barrier: transport follows transferrin saturation and up-regulates when brain iron is low. */
    INTACT("healthy barrier: transport up-regulates when brain iron is low"),
    /**
     * Up-regulation failure: normal transport at normal iron status, but the gain on the brain-iron
     * deficit is lost (autopsy: transferrin receptor not up-regulated in RLS microvessels, Connor 2011).
     */
    UPREGULATION_FAILURE("no up-regulation: brain iron follows transferrin saturation (Connor 2011: TfR not raised)"),
    /**
     * Reduced capacity: up-regulation intact, but transport can never exceed a lowered ceiling, so
     * brain iron stays low whatever the serum iron.
     */
    REDUCED_CAPACITY("up-regulation intact but transport capped below healthy: more serum iron does not help");

    private final String meaning;

    BbbHypothesis(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
