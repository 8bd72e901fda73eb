package org.rlsim.model;

import java.util.Locale;

/**
 * Quantities derived from the state that people read: laboratory values, brain iron, the dopamine
 * signal and symptoms (the population's expected value under dopamine-agonist therapy, see
 * {@link AgonistTherapy}), the agonist's effect and augmentation, and the iron-balance bookkeeping. Each has a column name that carries its unit.
 */
public enum Observable {
    SERUM_FERRITIN("serum_ferritin_ng_ml", "Serum ferritin", "ng/mL"),
    SERUM_IRON("serum_iron_umol_l", "Serum iron (transferrin-bound)", "µmol/L"),
    TSAT("tsat_pct", "Transferrin saturation", "%"),
    HB("hb_g_dl", "Haemoglobin", "g/dL"),
    HEPCIDIN("hepcidin_rel", "Hepcidin", "× healthy reference"),
    BRAIN_IRON("brain_iron_pct", "Brain iron", "% of healthy"),
    DOPAMINE_SIGNAL("dopamine_signal", "Dopaminergic signal", "× healthy mean"),
    SYMPTOM_SCORE("symptom_score", "RLS symptom score (IRLS-equivalent)", "points, 0–40"),
    URGE("urge_now", "Momentary urge to move", "0–10"),
    AGONIST_PLASMA("agonist_plasma_ng_ml", "Dopamine agonist in plasma", "ng/mL"),
    AGONIST_EFFECT("agonist_effect_pct", "Dopamine-agonist receptor stimulation", "% of maximum"),
    AUGMENTATION("augmentation_pct", "Patients with augmentation", "%"),
    /** Brain HIF-α relative to healthy; 1 unless the model has the hypoxia pathway ({@link HypoxiaSignalling}). */
    HIF_ACTIVITY("hif_activity_rel", "Brain HIF activity (hypoxia pathway)", "× healthy"),
    /** Leg skin PO₂ during immobility; the healthy value unless {@code hypoxia: brain-and-legs}. */
    LEG_PO2("leg_po2_kpa", "Leg skin PO₂ during immobility", "kPa"),
    IV_COMPLEX("iv_complex_mg", "IV iron complex in plasma", "mg"),
    TOTAL_BODY_IRON("total_body_iron_mg", "Total body iron", "mg"),
    CUM_ABSORBED("cum_absorbed_mg", "Iron absorbed since day 0", "mg"),
    CUM_IV("cum_iv_mg", "IV iron given since day 0", "mg"),
    CUM_LOST("cum_lost_mg", "Iron lost since day 0", "mg");

    private final String column;
    private final String label;
    private final String unit;

    Observable(String column, String label, String unit) {
        this.column = column;
        this.label = label;
        this.unit = unit;
    }

    /** CSV column name, with its unit, e.g. {@code serum_ferritin_ng_ml}. */
    public String column() {
        return column;
    }

    /**
     * The name scenario files, chart files and commands use for it, e.g. {@code serum_ferritin}: the
     * column name without its unit.
     */
    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The short name as words, for sentences, e.g. "serum ferritin". */
    public String shortNameInWords() {
        return shortName().replace('_', ' ');
    }

    /** Name for people, e.g. "Serum ferritin". */
    public String label() {
        return label;
    }

    /** Unit for people, e.g. "ng/mL". */
    public String unit() {
        return unit;
    }

    /**
     * The value of this observable.
     *
     * @param timeH simulated time, h since 00:00 of day 0 (the circadian clock)
     */
    public double value(double timeH, ModelState s, Physiology model) {
        Blood blood = model.blood();
        double disturbance = s.signal(Signal.DOPAMINE_DISTURBANCE);
        return switch (this) {
            case SERUM_FERRITIN -> blood.ferritinNgPerMl(s);
            case SERUM_IRON -> blood.serumIronUmolPerL(s);
            case TSAT -> 100 * blood.tsat(s);
            case HB -> blood.hbGPerDl(s.amount(Compartment.RED_CELLS)) * PlasmaVolume.concentrationFactor(s);
            case HEPCIDIN -> s.signal(Signal.HEPCIDIN);
            case BRAIN_IRON -> 100 * s.amount(Compartment.BRAIN) / model.parameters().get(BloodBrainBarrier.REFERENCE_IRON);
            case DOPAMINE_SIGNAL -> model.dopamine().signal(timeH, disturbance);
            case SYMPTOM_SCORE -> model.agonist().expectedSymptoms(untreatedScore(model, disturbance, s),
                    DopamineSystem.IRLS_MAX, s);
            case URGE -> model.agonist().expectedSymptoms(model.dopamine().urge(model.dopamine().signal(timeH, disturbance)),
                    DopamineSystem.URGE_MAX, s);
            case AGONIST_PLASMA -> model.agonist().plasmaNgPerMl(s);
            case AGONIST_EFFECT -> 100 * s.signal(Signal.AGONIST_STIMULATION);
            case AUGMENTATION -> 100 * s.signal(Signal.AUGMENTATION);
            case HIF_ACTIVITY -> model.hypoxia().hifActivity(s.amount(Compartment.BRAIN));
            case LEG_PO2 -> model.hypoxia().legPo2Kpa(s);
            case IV_COMPLEX -> s.ivComplexTotal();
            case TOTAL_BODY_IRON -> s.totalBodyIron();
            case CUM_ABSORBED -> s.tally(Tally.ABSORBED);
            case CUM_IV -> s.tally(Tally.INFUSED);
            case CUM_LOST -> s.amount(Compartment.LOST);
        };
    }

    /** The symptom score before any agonist effect: the dopaminergic score, plus leg hypoxia's points when modelled. */
    private static double untreatedScore(Physiology model, double disturbance, ModelState s) {
        double score = model.dopamine().symptomScore(disturbance);
        if (!model.hypoxia().hypothesis().legs()) {
            return score;
        }
        return Math.min(DopamineSystem.IRLS_MAX, score + model.hypoxia().legSymptomPoints(s));
    }
}
