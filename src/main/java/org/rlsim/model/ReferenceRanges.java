package org.rlsim.model;

import java.util.List;

/**
 * The clinical reference values the outputs are read against, with their sources: the model's knowledge of
 * what a laboratory or a guideline calls normal, so that charts, summaries and reports take them from here.
 * Teaching references, not advice.
 */
public final class ReferenceRanges {
    /**
     * Serum ferritin target in RLS, ng/mL ({@link Observable#SERUM_FERRITIN}): iron therapy is recommended below
     * it (IRLSSG consensus, Allen et al. 2018, Sleep Med 41:27; AASM guideline, Winkelman et al. 2025, J Clin
     * Sleep Med 21:137).
     */
    public static final double FERRITIN_TARGET_NG_ML = 75;
    /** Normal transferrin saturation, lower end, % ({@link Observable#TSAT}): the usual adult laboratory range 20–45 %. */
    public static final double TSAT_NORMAL_LOW_PCT = 20;
    /** Normal transferrin saturation, upper end, %. */
    public static final double TSAT_NORMAL_HIGH_PCT = 45;
    /** Haemoglobin below which a non-pregnant woman is anaemic, g/dL ({@link Observable#HB}; WHO 2011, VMNIS). */
    public static final double HB_ANAEMIA_WOMEN_G_DL = 12;
    /** Haemoglobin below which a man is anaemic, g/dL (WHO 2011, VMNIS). */
    public static final double HB_ANAEMIA_MEN_G_DL = 13;

    /** One severity band of a score: from {@code low} to {@code high} points, and its name. */
    public record Band(double low, double high, String name) {
    }

    /**
     * IRLS severity bands of the symptom score ({@link Observable#SYMPTOM_SCORE}), points: mild 1–10, moderate
     * 11–20, severe 21–30, very severe 31–40 (Walters et al. 2003, Sleep Med 4:121).
     */
    public static final List<Band> IRLS_SEVERITY = List.of(new Band(0, 10, "mild"), new Band(10, 20, "moderate"),
            new Band(20, 30, "severe"), new Band(30, 40, "very severe"));

    private ReferenceRanges() {
    }
}
