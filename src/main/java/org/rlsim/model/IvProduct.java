package org.rlsim.model;

import java.util.List;

/**
 * Intravenous iron–carbohydrate products. Each has its own complex compartment in plasma, cleared by
 * macrophages with a product-specific half-life; a small labile fraction donates its iron directly to
 * transferrin instead. Each also has its brand names (so scenarios can name the product as a clinician
 * does) and the largest single dose its label allows, for plausibility warnings only (never dosing advice).
 */
public enum IvProduct {
    FERRIC_CARBOXYMALTOSE("ferric carboxymaltose", "fcm", List.of("Ferinject", "Injectafer"),
            Compartment.IV_FERRIC_CARBOXYMALTOSE, 9.4, 0.015, 0, 0,
            "t½ 7.4 h (100 mg) to 9.4 h (1000 mg): Geisser & Burckhardt 2011 via IJMS 2022 Table 5; labile 1–2%: WJG 2014 Table 3",
            "negligible renal elimination after 100–1000 mg (Geisser & Banké 2010, physiology.md §3)", Grade.MEASURED,
            new LabelMaximum(1000, 20, "EU label: 20 mg/kg and at most 1000 mg at once (physiology.md §3)")),
    IRON_SUCROSE("iron sucrose", "sucrose", List.of("Venofer"), Compartment.IV_IRON_SUCROSE, 5.3, 0.045, 0.85, 0.04,
            "t½ 5.3 h: IJMS 2022 Table 5; labile 4–5%: WJG 2014 Table 3",
            "renal elimination within 4 h of 100 mg, below 5% of total body clearance, healthy volunteers (Venofer label;"
            + " physiology.md §3); value 4%, chosen within that bound", Grade.ILLUSTRATIVE,
            new LabelMaximum(200, 0, "label: 200 mg per injection; 300–500 mg only in specific protocols (physiology.md §3)")),
    FERRIC_GLUCONATE("ferric gluconate", "gluconate", List.of("Ferrlecit"), Compartment.IV_FERRIC_GLUCONATE, 1.42, 0.055, 0.95, 0.04,
            "t½ 1.42 h: IJMS 2022 Table 5; labile 5–6%: WJG 2014 Table 3",
            "no value read: Seligman 2004 collected 24-h urine after 62.5 and 125 mg but its abstract gives no figure;"
            + " set as iron sucrose's, the other labile complex (physiology.md §3)", Grade.ILLUSTRATIVE,
            new LabelMaximum(125, 0, "label: 125 mg per dose (physiology.md §3)")),
    LMW_IRON_DEXTRAN("low-molecular-weight iron dextran", "dextran", List.of("INFeD", "CosmoFer"),
            Compartment.IV_LMW_IRON_DEXTRAN, 20.0, 0.015, 0, 0,
            "t½ ~20 h: IJMS 2022 Table 5, WJG 2014 Table 3; labile 1–2%: WJG 2014",
            "no significant radio-iron in urine after intramuscular ⁵⁹Fe-iron dextran (physiology.md §3)", Grade.MEASURED,
            new LabelMaximum(1000, 20, "total-dose infusion: 1000 mg (20 mg/kg) over 4–6 h (physiology.md §3)")),
    FERUMOXYTOL("ferumoxytol", "ferumoxytol", List.of("Feraheme", "Rienso"), Compartment.IV_FERUMOXYTOL, 14.7, 0.005, 0, 0,
            "t½ 14.7 h: IJMS 2022 Table 5; labile <1%: WJG 2014 Table 3",
            "robust complex, like FCM and iron dextran (physiology.md §3); no urinary figure read", Grade.ILLUSTRATIVE,
            new LabelMaximum(510, 0, "label: 510 mg per dose, a second 3–8 days later (physiology.md §3)")),
    FERRIC_DERISOMALTOSE("ferric derisomaltose", "derisomaltose", List.of("Monofer", "Monoferric", "iron isomaltoside"),
            Compartment.IV_FERRIC_DERISOMALTOSE, 27.0, 0.005, 0, 0,
            "t½ 27 h (1000 mg): IJMS 2022 Table 5; labile <1%: WJG 2014 Table 3",
            "robust complex, like FCM and iron dextran (physiology.md §3); no urinary figure read", Grade.ILLUSTRATIVE,
            new LabelMaximum(Double.POSITIVE_INFINITY, 20, "EU label (Monofer SmPC): up to 20 mg/kg in one infusion"
                    + " (general knowledge, not in physiology.md)"));

    /**
     * The largest single dose a product's label allows, for plausibility warnings.
     *
     * @param mg      largest single dose, mg of iron (infinite when the label gives only a dose per kg)
     * @param mgPerKg largest single dose per kg of body weight, mg/kg (0 when the label gives none)
     * @param source  the label and where the project cites it
     */
    public record LabelMaximum(double mg, double mgPerKg, String source) {
        /** The largest single dose for a patient of this weight, mg: the smaller of the two limits. */
        public double forWeightMg(double weightKg) {
            return mgPerKg > 0 ? Math.min(mg, mgPerKg * weightKg) : mg;
        }
    }

    /** Source of every product's fast-release fraction (a holder: enum constructors cannot read the enum's statics). */
    private static final class Sources {
        static final String FAST_RELEASE = "complex stability: robust type I (iron dextran, ferumoxytol, FCM, "
            + "derisomaltose), semi-robust type II (iron sucrose), labile type III (gluconate), Geisser & Burckhardt 2011, "
            + "Pharmaceutics 3:12 (classification: general knowledge, not in physiology.md); iron sucrose reaches red cells "
            + "fast (59–97% utilised at 4 weeks, Beshara 1999) and gives the highest NTBI peak, early (1.25 µM at 4 h vs FCM "
            + "0.57 µM at 24 h), while ferritin rises most after FCM (Garbowski 2021); values illustrative";
    }

    private final String displayName;
    private final String key;
    private final List<String> brands;
    private final Compartment compartment;
    private final Parameter halfLife;
    private final Parameter labileFraction;
    private final Parameter fastRelease;
    private final Parameter urinaryFraction;
    private final LabelMaximum labelMaximum;

    IvProduct(String displayName, String key, List<String> brands, Compartment compartment, double halfLifeH,
              double labile, double fast, double urinary, String source, String urinarySource, Grade urinaryGrade,
              LabelMaximum labelMaximum) {
        this.displayName = displayName;
        this.key = key;
        this.brands = brands;
        this.labelMaximum = labelMaximum;
        this.compartment = compartment;
        this.halfLife = Parameter.of("iv." + key + ".half_life_h", "h", halfLifeH, 0.1, 500,
                "Plasma half-life of the " + displayName + " complex (macrophage clearance)", source, Grade.MEASURED);
        this.labileFraction = Parameter.of("iv." + key + ".labile_fraction", "1", labile, 0, 0.5,
                "Fraction of " + displayName + " iron donated directly to transferrin", source, Grade.MEASURED);
        this.fastRelease = Parameter.of("iv." + key + ".fast_release_fraction", "1", fast, 0, 1,
                "Fraction of the " + displayName + " iron taken up by macrophages that they release within hours "
                + "(a labile complex) instead of storing it for weeks", Sources.FAST_RELEASE, Grade.ILLUSTRATIVE);
        this.urinaryFraction = Parameter.of("iv." + key + ".urinary_fraction", "1", urinary, 0, 0.2,
                "Fraction of the " + displayName + " iron cleared from plasma that leaves in the urine (small complex"
                + " and unbound iron filtered by the kidneys)", urinarySource, urinaryGrade);
    }

    /** Name for people, e.g. "ferric carboxymaltose". */
    public String displayName() {
        return displayName;
    }

    /** Short key used in parameter names and scenario files, e.g. {@code fcm}. */
    public String key() {
        return key;
    }

    /** Brand names (and other names) under which the product is sold, e.g. Ferinject, Injectafer. */
    public List<String> brands() {
        return brands;
    }

    /** The largest single dose its label allows, for plausibility warnings. */
    public LabelMaximum labelMaximum() {
        return labelMaximum;
    }

    /** The compartment holding this product's complex while it circulates. */
    public Compartment compartment() {
        return compartment;
    }

    public Parameter halfLife() {
        return halfLife;
    }

    public Parameter labileFraction() {
        return labileFraction;
    }

    /**
     * Fraction of the cleared complex's iron (after the labile part) that macrophages release within hours
     * into their labile pool; the rest goes to macrophage storage and is released over weeks.
     */
    public Parameter fastReleaseFraction() {
        return fastRelease;
    }

    /** Fraction of the cleared complex's iron that the kidneys excrete, lost from the body; the rest goes to plasma or macrophages. */
    public Parameter urinaryFraction() {
        return urinaryFraction;
    }

    static List<Parameter> parameters() {
        List<Parameter> list = new java.util.ArrayList<>();
        for (IvProduct p : values()) {
            list.add(p.halfLife);
            list.add(p.labileFraction);
            list.add(p.fastRelease);
            list.add(p.urinaryFraction);
        }
        return list;
    }
}
