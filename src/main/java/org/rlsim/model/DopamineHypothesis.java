package org.rlsim.model;

/**
 * How the dopaminergic disturbance of low brain iron turns into a dopaminergic signal. The
 * equations are in {@link DopamineSystem}.
 */
public enum DopamineHypothesis implements ModelVariant {
    /**
     * Both findings of RLS autopsies together (Connor 2009: putamen D2 receptors down, tyrosine
     * hydroxylase up): the signal falls and its day–night swing deepens.
     */
    COMBINED("combined", "D2 receptors down and a deeper circadian swing together (Connor 2009 autopsy)"),
    /** Fewer D2 receptors: the whole day's signal falls; the circadian swing stays healthy. */
    D2_DOWN("d2-down", "fewer D2 receptors lower the signal all day; healthy circadian swing"),
    /**
     * Tyrosine hydroxylase up with a circadian mismatch: more presynaptic dopamine by day, to which
     * the post-synaptic side adapts, and an evening/night trough it cannot follow.
     */
    TH_CIRCADIAN("th-circadian", "more dopamine by day, post-synaptic side adapted to it; deep evening/night trough");

    private final String id;
    private final String meaning;

    DopamineHypothesis(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
