package org.rlsim.model;

import java.util.List;

/**
 * Blood volumes and the laboratory read-outs computed from compartment amounts: transferrin
 * saturation, serum iron, haemoglobin and serum ferritin.
 */
public final class Blood {
    /** mg of iron per µmol. */
    public static final double MG_PER_UMOL_FE = 0.055845;
    /** Serum iron in µg/dL per µmol/L, the US unit per the SI one: 55.845 µg per µmol, 10 dL per L (≈5.585). */
    public static final double UG_DL_PER_UMOL_L = MG_PER_UMOL_FE * 100;

    public static final Parameter BLOOD_VOLUME = Parameter.of("blood.volume_l", "L", 5.0, 1.0, 10.0,
            "Whole-blood volume", "≈70 mL/kg × 70 kg; Saito 2014 model man 4.8 L", Grade.DERIVED);
    public static final Parameter PLASMA_VOLUME = Parameter.of("blood.plasma_volume_l", "L", 3.0, 0.5, 6.0,
            "Plasma volume (transferrin iron distributes in it)", "physiology.md §1: plasma ≈3 L", Grade.DERIVED);
    public static final Parameter TIBC = new Parameter("blood.tibc_umol_l", "umol/L", 60, 10, 150, 40, 90,
            "Total iron-binding capacity of transferrin", "TIBC 250–370 µg/dL ≈ 45–66 µmol/L (reference pages)", Grade.MEASURED);
    public static final Parameter HB_IRON = Parameter.of("blood.hb_iron_mg_per_g", "mg/g", 3.39, 3.0, 3.6,
            "Iron content of haemoglobin", "IOM DRI 2001 citing Smith & Rios 1974", Grade.MEASURED);
    public static final Parameter FERRITIN_STORES = new Parameter("ferritin.store_mg_per_ng_ml", "mg/(ng/mL)", 8.5, 4, 15, 8, 10,
            "Storage iron (stores + macrophage) per ng/mL of serum ferritin",
            "8–10 mg per µg/L: Walters 1973 / Cook, via Benkhedda 2010", Grade.MEASURED);

    public static final Parameter FERRITIN_MACROPHAGE_WEIGHT = Parameter.of("ferritin.macrophage_weight", "1", 10, 1, 50,
            "Serum ferritin per mg of macrophage (reticulo-endothelial) iron, relative to per mg of storage iron",
            "serum ferritin is secreted mainly by macrophages (Cohen 2010, Blood 116:1574); fitted to T13: after 1000 mg "
            + "FCM ferritin rises to ≈1150 µg/L at week 1 (Santer 2020), far above the 8–10 mg per µg/L store relation",
            Grade.FITTED);
    public static final Parameter REFERENCE_TSAT = Parameter.of("blood.reference_tsat_pct", "%", 30, 10, 60,
            "Transferrin saturation of a healthy adult; iron-sensing mechanisms are normalised to it",
            "normal 20–50%, typically ~30% (reference pages)", Grade.MEASURED);

    public static final Parameter FERRITIN_ACUTE_PHASE = new Parameter("ferritin.acute_phase_factor", "1", 2.5, 1, 20, 1, 5,
            "Serum ferritin with chronic inflammation relative to the same iron without it (acute-phase reactant); "
            + "used only with inflammation: chronic",
            "ferritin is an acute-phase protein: in haemodialysis patients ferritin 200–500 µg/L is common with "
            + "functional iron deficiency (KDIGO 2012; general knowledge, not in physiology.md); value illustrative",
            Grade.ILLUSTRATIVE);

    /**
     * Body weight, kg. No equation uses it: it turns doses per kg ({@code 20 mg/kg}) into mg and sets the
     * label and iron-overload plausibility checks of a scenario.
     */
    public static final Parameter BODY_WEIGHT = new Parameter("body.weight_kg", "kg", 70, 30, 250, 40, 150,
            "Body weight; used only for doses per kg (20 mg/kg) and the plausibility warnings",
            "model man 70 kg (Cook 1973; Saito 2014 Table 2), woman 60 kg (target T1; physiology.md §1)", Grade.MEASURED);

    static final List<Parameter> PARAMETERS = List.of(BLOOD_VOLUME, PLASMA_VOLUME, TIBC, HB_IRON, FERRITIN_STORES,
            FERRITIN_MACROPHAGE_WEIGHT, REFERENCE_TSAT, FERRITIN_ACUTE_PHASE, BODY_WEIGHT);

    private final double bloodVolumeMl;
    private final double plasmaVolumeL;
    private final double capacityMg;
    private final double hbIronMgPerG;
    private final double storeMgPerNgMl;
    private final double macrophageWeight;
    private final double referenceTsat;
    private final double acutePhase;

    public Blood(ParameterSet p) {
        acutePhase = p.variants().inflammation() == Inflammation.CHRONIC ? p.get(FERRITIN_ACUTE_PHASE) : 1;
        bloodVolumeMl = p.get(BLOOD_VOLUME) * 1000;
        plasmaVolumeL = p.get(PLASMA_VOLUME);
        capacityMg = p.get(TIBC) * plasmaVolumeL * MG_PER_UMOL_FE;
        hbIronMgPerG = p.get(HB_IRON);
        storeMgPerNgMl = p.get(FERRITIN_STORES);
        macrophageWeight = p.get(FERRITIN_MACROPHAGE_WEIGHT);
        referenceTsat = p.get(REFERENCE_TSAT) / 100;
    }

    /** Healthy reference transferrin saturation, fraction. */
    public double referenceTsat() {
        return referenceTsat;
    }

    /**
     * Free (apo-)transferrin available to accept iron, relative to a healthy adult:
     * {@code (1 − s)/(1 − s_ref)}, 0 when transferrin is full. Every flow that loads iron onto
     * transferrin is scaled by it, so saturation can approach but never exceed 100%.
     *
     * @param tsat transferrin saturation, fraction
     */
    public double apoTransferrin(double tsat) {
        return Math.max(0, 1 - tsat) / (1 - referenceTsat);
    }

    /**
     * A saturable response to transferrin saturation, normalised to 1 at the reference saturation:
     * {@code s/(k+s) · (k+s_ref)/s_ref}. Used by every mechanism that takes iron from transferrin.
     *
     * @param tsat          transferrin saturation, fraction
     * @param halfSaturation saturation at half-maximal response, fraction
     */
    public double saturableTsatResponse(double tsat, double halfSaturation) {
        double s = Math.max(0, tsat);
        return s / (halfSaturation + s) * (halfSaturation + referenceTsat) / referenceTsat;
    }

    /**
     * The compartments whole blood carries, each lost in proportion to the volume of blood lost: red-cell
     * iron, transferrin iron and every IV iron complex still in plasma.
     */
    public static final List<Compartment> CARRIED = carried();

    private static List<Compartment> carried() {
        List<Compartment> carried = new java.util.ArrayList<>(List.of(Compartment.RED_CELLS, Compartment.PLASMA));
        for (IvProduct p : IvProduct.values()) {
            carried.add(p.compartment());
        }
        return List.copyOf(carried);
    }

    private static final Compartment[] CARRIED_ARRAY = CARRIED.toArray(new Compartment[0]);

    /**
     * Books the loss of a fraction of the blood: that fraction of every {@link #CARRIED} compartment
     * moves to {@link Compartment#LOST}. With {@code flows} collecting rates, {@code fraction} is per h; as
     * a jump (a donation), it is the fraction lost at once.
     *
     * @param fraction fraction of the blood volume lost (per h for a rate), ≥ 0
     */
    public void loseFraction(double fraction, ModelState s, Flows flows) {
        for (Compartment c : CARRIED_ARRAY) {
            double amount = s.amount(c);
            if (amount > 0) { // an IV complex not given is empty: no flow to book (the common case, skipped for speed)
                flows.move(c, Compartment.LOST, fraction * amount);
            }
        }
    }

    /** Whole-blood volume, mL. */
    public double bloodVolumeMl() {
        return bloodVolumeMl;
    }

    /** Transferrin saturation as a fraction (0–1) for a transferrin-bound pool of {@code plasmaMg}. */
    public double tsat(double plasmaMg) {
        return plasmaMg / capacityMg;
    }

    /** Serum (transferrin-bound) iron, µmol/L, for a pool of {@code plasmaMg} in the normal plasma volume. */
    public double serumIronUmolPerL(double plasmaMg) {
        return plasmaMg / plasmaVolumeL / MG_PER_UMOL_FE;
    }

    /**
     * The plasma in circulation relative to the normal plasma volume: above 1 when a pregnancy has expanded it
     * (the blood volume's excess, {@code −δ} of {@link PlasmaVolume}, is plasma), else 1. Transferrin is
     * diluted with it at the same concentration (TIBC), so its binding capacity in mg grows and, for the same
     * transferrin iron, saturation and serum iron fall. A deficit after a loss leaves it at 1.
     */
    public double plasmaExpansion(ModelState s) {
        double excess = -s.signal(Signal.PLASMA_DEFICIT);
        return excess > 0 ? 1 + excess * bloodVolumeMl / 1000 / plasmaVolumeL : 1;
    }

    /** Transferrin saturation of a state, fraction: its transferrin iron over the capacity of the plasma in circulation. */
    public double tsat(ModelState s) {
        return s.amount(Compartment.PLASMA) / (capacityMg * plasmaExpansion(s));
    }

    /** Serum (transferrin-bound) iron of a state, µmol/L, in the plasma in circulation. */
    public double serumIronUmolPerL(ModelState s) {
        return serumIronUmolPerL(s.amount(Compartment.PLASMA)) / plasmaExpansion(s);
    }

    /** Haemoglobin, g/dL, for a red-cell iron pool of {@code redCellMg}. */
    public double hbGPerDl(double redCellMg) {
        return redCellMg / hbIronMgPerG / (bloodVolumeMl / 100);
    }

    /** Red-cell iron (mg) that corresponds to a haemoglobin of {@code hbGPerDl}. */
    public double redCellIronForHb(double hbGPerDl) {
        return hbGPerDl * hbIronMgPerG * bloodVolumeMl / 100;
    }

    /**
     * Serum ferritin, ng/mL (= µg/L): {@code a · (stores + w · macrophage)/k}. At a steady state the
     * macrophage pool is a few mg, so ferritin reflects storage iron at k mg per µg/L; macrophages
     * loaded with IV iron secrete far more ferritin per mg (weight w). With {@code inflammation: chronic}
     * ferritin, an acute-phase protein, is raised by the factor a ({@code ferritin.acute_phase_factor};
     * otherwise a = 1), so it overstates the stores.
     *
     * @param storesMg     storage iron (liver), mg
     * @param macrophageMg macrophage iron (labile and storage pools), mg
     */
    public double ferritinNgPerMl(double storesMg, double macrophageMg) {
        return acutePhase * (storesMg + macrophageWeight * macrophageMg) / storeMgPerNgMl;
    }

    /** Serum ferritin of a state, ng/mL: {@link #ferritinNgPerMl} of its stores and both macrophage pools. */
    public double ferritinNgPerMl(ModelState s) {
        return ferritinNgPerMl(s.amount(Compartment.STORES),
                s.amount(Compartment.MACROPHAGE) + s.amount(Compartment.MACROPHAGE_STORE));
    }
}
