package org.rlsim.model;

import java.util.List;

/**
 * A pregnancy that runs its course: {@value #TERM_WEEKS} weeks of gestation, delivery, then
 * {@value #POSTPARTUM_WEEKS} weeks after it (the puerperium). It is given as a regimen item
 * ({@code - pregnancy: {start: week 4}}); while it runs the mechanisms read the gestational age
 * {@code w} (weeks since its start) from {@link Inputs#pregnancyStartH()}:
 * <pre>
 *   fetal + placental uptake = 3·M·w²/T³ per week · g_placenta(TSAT)     (0 ≤ w &lt; T; total M over T weeks)
 *   plasma excess            = E · p(w)       (blood volume above the non-pregnant one, fraction; PlasmaVolume)
 *   absorption factor        = 1 + (A − 1) · p(w)                         (ferroportin in the gut; GutAbsorption)
 *   haemoglobin target       × (1 − f · p(w))                             (the lower Hb defended in pregnancy; Erythropoiesis)
 *   menstruation             = none while it runs
 *   p(w) = smoothstep from week 6 to week 34 while pregnant; falling back from 1 to 0 over the puerperium
 * </pre>
 * The fetus grows fastest late, so its iron uptake (∝ w², two thirds of it in the third trimester) rises
 * by trimester. Red-cell mass is not imposed: the extra plasma dilutes haemoglobin, erythropoietin
 * answers, and the marrow builds extra red cells, towards a haemoglobin a little lower than outside pregnancy, as
 * far as transferrin supplies the iron (about 0.3 g when iron is plentiful). After delivery the plasma contracts, haemoglobin rises above its target, red-cell
 * production slows and the iron of the extra red cells returns to the stores over their lifespan. The
 * delivery's blood loss is a donation-like loss at week {@value #TERM_WEEKS} ({@code dosing.Pregnancy}).
 * Transferrin is diluted with the expanded plasma at its non-pregnant concentration
 * ({@link Blood#plasmaExpansion}), so saturation and serum iron fall; the rise of transferrin's
 * concentration in pregnancy is not modelled.
 */
public final class Pregnancy {
    /** Weeks of gestation from the start of a pregnancy item to delivery. */
    public static final double TERM_WEEKS = 40;
    /** Weeks after delivery during which the plasma contracts and menstruation has not returned. */
    public static final double POSTPARTUM_WEEKS = 8;
    /** Week from which the plasma volume starts to expand, and the week by which it has reached its plateau. */
    static final double EXPANSION_FROM_WEEK = 6;
    static final double EXPANSION_TO_WEEK = 34;

    public static final Parameter CONCEPTION_IRON = Parameter.of("pregnancy.fetal_placental_iron_mg", "mg", 315, 0, 1000,
            "Iron taken by fetus and placenta over a full-term pregnancy (a pregnancy: item)",
            "products of conception 315 ± 66 mg (IOM DRI 2001, factorial model; fetus ≈270, placenta ≈90 mg in "
            + "Bothwell 2000, Am J Clin Nutr 72:257S; general knowledge, not in physiology.md)", Grade.DERIVED);
    public static final Parameter PLASMA_EXPANSION = Parameter.of("pregnancy.plasma_expansion", "1", 0.3, 0, 0.6,
            "Plasma-volume expansion late in pregnancy, as a fraction of the non-pregnant blood volume (a pregnancy: item)",
            "plasma volume rises by ≈1.25 L (40–50%) by week 32–34 (Hytten 1985; general knowledge, not in "
            + "physiology.md): 1.25 L of the 60-kg woman's 4.2 L blood; red cells follow through erythropoietin "
            + "(IOM DRI 2001: Hb mass expansion 500 ± 35 mg with supplements; the model's unsupplemented healthy woman "
            + "makes ≈0.3 g)", Grade.DERIVED);
    public static final Parameter ABSORPTION_FACTOR = Parameter.of("pregnancy.absorption_factor", "1", 1.5, 1, 5,
            "Gut iron absorption late in pregnancy relative to the same hepcidin outside pregnancy (a pregnancy: item)",
            "hepcidin is suppressed in the second and third trimesters beyond what the stores explain (Fisher & Nemeth "
            + "2017, Am J Clin Nutr 106:1567S); absorption rises several-fold from week 12 to 36 (Barrett 1994, BMJ "
            + "309:79), much of it through emptying stores, which the model produces through hepcidin; the same 1.5 as the "
            + "pregnant-third-trimester archetype; general knowledge, not in physiology.md; value illustrative",
            Grade.ILLUSTRATIVE);

    public static final Parameter HB_SET_POINT_FALL = Parameter.of("pregnancy.hb_set_point_fall", "1", 0.08, 0, 0.3,
            "Fall of the haemoglobin that erythropoietin defends late in pregnancy, fraction of the non-pregnant target "
            + "(a pregnancy: item)",
            "anaemia starts at 11 g/dL in pregnancy, 12 g/dL outside it (WHO 2011, VMNIS): 1/12 ≈ 0.08; with it "
            + "red-cell iron rises by 14% in the healthy woman (Taylor & Lind 1979: +180 mL of red cells unsupplemented, "
            + "+349 mL with iron; physiology.md §1)", Grade.DERIVED);

    static final List<Parameter> PARAMETERS = List.of(CONCEPTION_IRON, PLASMA_EXPANSION, ABSORPTION_FACTOR, HB_SET_POINT_FALL);

    private static final double TERM_H = TERM_WEEKS * TimeUnits.WEEK_H;
    private static final double END_H = (TERM_WEEKS + POSTPARTUM_WEEKS) * TimeUnits.WEEK_H;

    private final double fetalScaleMgPerH;
    private final double plasmaExpansion;
    private final double absorptionGain;
    private final double hbSetPointFall;

    public Pregnancy(ParameterSet p) {
        hbSetPointFall = p.get(HB_SET_POINT_FALL);
        // 3·M·w²/T³ mg per week at week w, with w in hours: 3·M·t²/T_h³ mg per h (integrates to M over T_h).
        fetalScaleMgPerH = 3 * p.get(CONCEPTION_IRON) / (TERM_H * TERM_H * TERM_H);
        plasmaExpansion = p.get(PLASMA_EXPANSION);
        absorptionGain = p.get(ABSORPTION_FACTOR) - 1;
    }

    /** Hours since the start of the pregnancy in force, or NaN when none is (or it has ended). */
    private static double sinceStartH(double timeH, Inputs inputs) {
        double start = inputs.pregnancyStartH();
        double since = timeH - start;
        return since >= 0 && since < END_H ? since : Double.NaN;
    }

    /** Whether a pregnancy or its puerperium is in force at {@code timeH}: no menstruation then. */
    public static boolean inForce(double timeH, Inputs inputs) {
        return !Double.isNaN(sinceStartH(timeH, inputs));
    }

    /** Iron demanded by fetus and placenta at a normal maternal saturation, mg/h (0 outside gestation). */
    public double fetalDemandMgPerH(double timeH, Inputs inputs) {
        double t = sinceStartH(timeH, inputs);
        return t < TERM_H ? fetalScaleMgPerH * t * t : 0; // NaN < x is false
    }

    /** The pregnancy's progress p(w), 0–1: rises with gestation, falls back over the puerperium. */
    private static double progress(double sinceStartH) {
        if (Double.isNaN(sinceStartH)) {
            return 0;
        }
        double weeks = sinceStartH / TimeUnits.WEEK_H;
        if (sinceStartH < TERM_H) {
            return smoothstep((weeks - EXPANSION_FROM_WEEK) / (EXPANSION_TO_WEEK - EXPANSION_FROM_WEEK));
        }
        return 1 - smoothstep((weeks - TERM_WEEKS) / POSTPARTUM_WEEKS);
    }

    private static double smoothstep(double x) {
        double c = Math.min(1, Math.max(0, x));
        return c * c * (3 - 2 * c);
    }

    /** Blood volume above the non-pregnant one that the plasma tends to, fraction of the blood volume (0 outside). */
    public double plasmaExcess(double timeH, Inputs inputs) {
        return plasmaExpansion * progress(sinceStartH(timeH, inputs));
    }

    /** Factor on the haemoglobin that erythropoietin defends: 1 outside pregnancy, lower in it. */
    public double hbTargetFactor(double timeH, Inputs inputs) {
        return 1 - hbSetPointFall * progress(sinceStartH(timeH, inputs));
    }

    /** Factor on gut iron export (ferroportin) through pregnancy: 1 outside it. */
    public double absorptionFactor(double timeH, Inputs inputs) {
        return 1 + absorptionGain * progress(sinceStartH(timeH, inputs));
    }
}
