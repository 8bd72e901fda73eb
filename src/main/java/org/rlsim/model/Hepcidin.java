package org.rlsim.model;

import java.util.List;

/**
 * Hepcidin, the iron-regulatory hormone, as an indirect-response signal relative to a healthy man's
 * baseline. Its target level rises with storage iron and transferrin saturation (so with each oral
 * dose) and with inflammation, and falls with erythropoietic drive:
 * <pre>
 *   H* = inflammation · (storage/storage_ref)^a · (TSAT/TSAT_ref)^b / drive^c
 *   dH/dt = ln2/t½ · (H* − H)
 * </pre>
 * Hepcidin acts by degrading ferroportin, the only iron exporter: {@link #ferroportinActivity(double)}
 * scales gut absorption and release from macrophages and stores.
 */
public final class Hepcidin implements Mechanism {
    public static final Parameter HALF_LIFE = Parameter.of("hepcidin.response_half_time_h", "h", 6, 0.5, 72,
            "Half-time of hepcidin's approach to its target",
            "hepcidin up 8 h and 24 h after ≥60 mg oral iron, baseline by 48 h (Moretti 2015)", Grade.FITTED);
    public static final Parameter STORE_EXPONENT = Parameter.of("hepcidin.storage_exponent", "1", 0.5, 0, 3,
            "Sensitivity of hepcidin to storage iron (power)", "BMP6 signalling tracks liver iron; value illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter TSAT_EXPONENT = Parameter.of("hepcidin.tsat_exponent", "1", 1.0, 0, 4,
            "Sensitivity of hepcidin to transferrin saturation (power)", "holo-transferrin sensing (TfR2/HFE); value fitted to T8–T10", Grade.FITTED);
    public static final Parameter ERYTHROID_EXPONENT = Parameter.of("hepcidin.erythroid_exponent", "1", 1.0, 0, 4,
            "Suppression of hepcidin by erythropoietic drive (power)", "erythroferrone; value illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter INFLAMMATION = new Parameter("hepcidin.inflammation", "1", 1, 0.1, 50, 1, 10,
            "Multiplier on hepcidin from inflammation (IL-6); 1 = none",
            "raised in chronic kidney disease and inflammation; value illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter REFERENCE_STORAGE = Parameter.of("hepcidin.reference_storage_mg", "mg", 1000, 50, 5000,
            "Storage iron at which the storage term equals 1", "≈1000 mg stores in men (ISBT review; Gordeuk 2008 0.8 g)", Grade.MEASURED);
    public static final Parameter FERROPORTIN_SENSITIVITY = Parameter.of("hepcidin.ferroportin_sensitivity", "1", 4, 0, 50,
            "K in ferroportin activity (1+K)/(1+K·H): how strongly hepcidin blocks iron export",
            "chosen so absorption rises ~3.5× when hepcidin is very low (maximal absorption 3.5–4 mg/d vs 1 mg/d)", Grade.FITTED);

    static final List<Parameter> PARAMETERS = List.of(HALF_LIFE, STORE_EXPONENT, TSAT_EXPONENT, ERYTHROID_EXPONENT,
            INFLAMMATION, REFERENCE_STORAGE, FERROPORTIN_SENSITIVITY);

    /** Bounds of the hepcidin target, relative to baseline; keeps powers finite at empty stores. */
    private static final double MIN_TARGET = 0.01;
    private static final double MAX_TARGET = 100;

    private final Blood blood;
    private final Erythropoiesis erythropoiesis;
    private final double rate;
    private final double a;
    private final double b;
    private final double c;
    private final double inflammation;
    private final double referenceStorage;
    private final double fpnK;

    public Hepcidin(ParameterSet p, Blood blood, Erythropoiesis erythropoiesis) {
        this.blood = blood;
        this.erythropoiesis = erythropoiesis;
        rate = Math.log(2) / p.get(HALF_LIFE);
        a = p.get(STORE_EXPONENT);
        b = p.get(TSAT_EXPONENT);
        c = p.get(ERYTHROID_EXPONENT);
        inflammation = p.get(INFLAMMATION);
        referenceStorage = p.get(REFERENCE_STORAGE);
        fpnK = p.get(FERROPORTIN_SENSITIVITY);
    }

    /** Target hepcidin (relative to baseline) for a state. */
    public double target(ModelState s) {
        double storage = Math.max(0, s.amount(Compartment.STORES) + s.amount(Compartment.MACROPHAGE));
        double tsatRatio = Math.max(0, blood.tsat(s.amount(Compartment.PLASMA))) / blood.referenceTsat();
        double drive = erythropoiesis.drive(s.amount(Compartment.RED_CELLS));
        double h = inflammation * Math.pow(storage / referenceStorage, a) * Math.pow(tsatRatio, b) / Math.pow(drive, c);
        return Math.min(MAX_TARGET, Math.max(MIN_TARGET, h));
    }

    /**
     * Ferroportin activity relative to baseline, {@code (1+K)/(1+K·H)}: 1 at baseline hepcidin,
     * at most 1+K when hepcidin is absent, falling towards 0 as hepcidin rises.
     */
    public double ferroportinActivity(double hepcidin) {
        return (1 + fpnK) / (1 + fpnK * Math.max(0, hepcidin));
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        flows.signalRate(Signal.HEPCIDIN, rate * (target(s) - s.signal(Signal.HEPCIDIN)));
    }
}
