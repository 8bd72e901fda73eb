package org.rlsim.model;

import java.util.List;

/**
 * Iron absorption through the gut wall, regulated by hepcidin through ferroportin.
 * <ul>
 *   <li>Dietary iron is absorbed at a steady rate: {@code diet · f · fpn(H)}.</li>
 *   <li>Supplement iron sits in the gut lumen; it is absorbed saturably,
 *       {@code Vmax · L/(Km+L) · fpn(H) · intake multiplier}, while the rest moves on at the
 *       transit rate and leaves unabsorbed. Saturation gives the falling fraction absorbed at larger
 *       doses; the rise in hepcidin after a dose cuts the next day's absorption.</li>
 * </ul>
 * Like every flow onto transferrin, absorption is also scaled by free transferrin
 * ({@link Blood#apoTransferrin(double)}), and both are scaled by the BTBD9 genotype's factor
 * ({@link Genotype}; exactly 1 without risk alleles).
 */
public final class GutAbsorption implements Mechanism {
    public static final Parameter DIET_IRON = new Parameter("gut.diet_iron_mg_per_d", "mg/d", 15, 0, 100, 5, 30,
            "Iron in the diet", "mixed Western diet ~15–20 mg/d (repeated-donation study diet 18–20 mg/d)", Grade.MEASURED);
    public static final Parameter DIET_FRACTION = Parameter.of("gut.diet_absorbed_fraction", "1", 0.065, 0, 0.5,
            "Fraction of dietary iron absorbed at baseline hepcidin",
            "absorption ≈1 mg/d of ~15 mg/d in replete men (FAO/WHO 2004; Hallberg 1997)", Grade.DERIVED);
    public static final Parameter SUPPLEMENT_VMAX = Parameter.of("gut.supplement_vmax_mg_per_h", "mg/h", 3.9, 0, 100,
            "Largest rate of supplement iron uptake at baseline hepcidin",
            "fitted to T7, Moretti 2015 dose–response in iron-depleted women: 6.7 of 40 mg, 18.1 of 240 mg absorbed", Grade.FITTED);
    public static final Parameter SUPPLEMENT_KM = Parameter.of("gut.supplement_km_mg", "mg", 145, 1, 2000,
            "Lumen iron at half-maximal uptake",
            "fitted to T7 (Moretti 2015: 6× the dose gives 3× the absorbed iron)", Grade.FITTED);
    public static final Parameter TRANSIT_HALF_LIFE = Parameter.of("gut.transit_half_life_h", "h", 1.5, 0.1, 48,
            "Half-time for supplement iron to move past the absorbing duodenum",
            "serum iron peaks 1–2 h after an oral dose (Am J Med 2008 Table 4)", Grade.DERIVED);

    static final List<Parameter> PARAMETERS = List.of(DIET_IRON, DIET_FRACTION, SUPPLEMENT_VMAX, SUPPLEMENT_KM,
            TRANSIT_HALF_LIFE);

    private final Hepcidin hepcidin;
    private final Blood blood;
    private final Pregnancy pregnancy;
    private final double dietAbsorbedPerH;
    private final double vmaxPerH;
    private final double km;
    private final double transitPerH;
    private final double[] intakeMultiplier = new double[IntakeCondition.values().length];

    public GutAbsorption(ParameterSet p, Hepcidin hepcidin, Blood blood, Pregnancy pregnancy) {
        this.hepcidin = hepcidin;
        this.pregnancy = pregnancy;
        this.blood = blood;
        double genotype = Genotype.absorptionFactor(p);
        dietAbsorbedPerH = p.get(DIET_IRON) * p.get(DIET_FRACTION) * genotype / 24;
        vmaxPerH = p.get(SUPPLEMENT_VMAX) * genotype;
        km = p.get(SUPPLEMENT_KM);
        transitPerH = Math.log(2) / p.get(TRANSIT_HALF_LIFE);
        for (IntakeCondition c : IntakeCondition.values()) {
            intakeMultiplier[c.ordinal()] = p.get(c.multiplier());
        }
    }

    /**
     * Supplement iron leaves the enterocyte whatever the transferrin saturation (after a large dose
     * serum iron rises 100–300 µg/dL and non-transferrin-bound iron appears, Am J Med 2008 Table 4);
     * only as transferrin becomes full (saturation above {@value #FULL_FROM}) does export stop, so
     * saturation stays below 100%.
     */
    private static double nearlyFull(double tsat) {
        return Math.min(1, Math.max(0, (1 - tsat) / (1 - FULL_FROM)));
    }

    /** Saturation above which supplement export is throttled: transferrin is practically full. */
    private static final double FULL_FROM = 0.9;

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double tsat = blood.tsat(s);
        double ferroportin = hepcidin.ferroportinActivity(s.signal(Signal.HEPCIDIN)) * pregnancy.absorptionFactor(timeH, inputs);
        flows.absorbFromDiet(Compartment.PLASMA, dietAbsorbedPerH * ferroportin * blood.apoTransferrin(tsat));
        double lumen = Math.max(0, s.amount(Compartment.GUT_LUMEN));
        double multiplier = intakeMultiplier[inputs.intake().ordinal()];
        flows.move(Compartment.GUT_LUMEN, Compartment.PLASMA,
                vmaxPerH * lumen / (km + lumen) * ferroportin * multiplier * nearlyFull(tsat));
        flows.move(Compartment.GUT_LUMEN, Compartment.UNABSORBED, transitPerH * lumen);
    }
}
