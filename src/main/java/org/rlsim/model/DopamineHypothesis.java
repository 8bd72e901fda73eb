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
    COMBINED("D2 receptors down and a deeper circadian swing together (Connor 2009 autopsy)"),
    /** Fewer D2 receptors: the whole day's signal falls; the circadian swing stays healthy. */
    D2_DOWN("fewer D2 receptors lower the signal all day; healthy circadian swing"),
    /**
     * Tyrosine hydroxylase up with a circadian mismatch: more presynaptic dopamine by day, to which
     * the post-synaptic side adapts, and an evening/night trough it cannot follow.
     */
    TH_CIRCADIAN("more dopamine by day, post-synaptic side adapted to it; deep evening/night trough");

    private final String meaning;

    DopamineHypothesis(String meaning) {
        this.meaning = meaning;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
