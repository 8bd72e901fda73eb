package org.rlsim.model;

/**
 * Regulated, dimensionless model variables that are not iron amounts (nor drug amounts).
 */
public enum Signal {
    /** Plasma hepcidin relative to the healthy reference, a healthy man at his steady state (1 = that reference). */
    HEPCIDIN("hepcidin_rel"),
    /**
     * The hepatocyte's iron signal (holo-transferrin sensing through TfR2/HFE and BMP6–SMAD), relative
     * to a healthy man: it follows transferrin saturation with a delay of hours and drives hepcidin
     * transcription.
     */
    IRON_SIGNAL("iron_signal"),
    /**
     * Dopaminergic disturbance, 0 (none) to 1 (maximal): the slow adaptation of the nigro-striatal
     * dopamine system to low brain iron (tyrosine hydroxylase up, D2 receptors down).
     */
    DOPAMINE_DISTURBANCE("dopamine_disturbance"),
    /**
     * Dopamine-agonist stimulation, 0 (none) to 1 (maximal): receptor occupancy by the agonists in
     * plasma, followed with a delay of about a day (see {@link AgonistTherapy}).
     */
    AGONIST_STIMULATION("agonist_stimulation"),
    /**
     * Fraction of patients who have developed augmentation on dopamine-agonist therapy, 0 to 1: the
     * cumulative incidence of a deterministic population (see {@link AgonistTherapy}).
     */
    AUGMENTATION("augmentation"),
    /**
     * Blood volume missing after an acute loss, as a fraction of the normal blood volume (0 = full): plasma
     * refills it over a day or two, diluting the remaining red cells (see {@link PlasmaVolume}). Negative in
     * pregnancy: the expanded plasma is blood volume above the normal one.
     */
    PLASMA_DEFICIT("plasma_deficit");

    public static final int COUNT = values().length;

    private final String id;

    Signal(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
