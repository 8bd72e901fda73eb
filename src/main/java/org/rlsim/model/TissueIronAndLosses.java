package org.rlsim.model;

import java.util.List;

/**
 * Functional tissue iron (myoglobin, enzymes) and the ways iron leaves the body: shedding of cells
 * (basal loss, taken from tissue iron), loss of whole blood (menstruation, other chronic losses,
 * bleeding), which takes red-cell, transferrin and circulating IV-complex iron in proportion to the
 * volume lost, and in pregnancy the transfer of transferrin iron across the placenta to the fetus.
 * <pre>
 *   uptake     = ku · P                                  (plasma → tissue)
 *   shedding   = kl · T                                  (tissue → lost)
 *   blood loss = (q_menstrual + q_chronic + q_dose)/((1 − δ)·BV) · (RBC, P, IV complex)   (→ lost; δ: PlasmaVolume)
 *   fetal      = (F + F_pregnancy(t)) · g_placenta(TSAT)   (plasma → lost: iron that leaves the mother)
 * </pre>
 * F is the constant demand of the steady-state pregnant archetype, F_pregnancy(t) that of a {@link Pregnancy}
 * item, rising by trimester; there are no menstrual losses while a pregnancy item is in force.
 * The placenta's transferrin receptors take maternal iron with priority (half-saturation
 * {@value #PLACENTA_TSAT_HALF} saturation), so the fetus keeps most of its supply while the mother
 * becomes iron-deficient, and the flow stops only as transferrin empties.
 */
public final class TissueIronAndLosses implements Mechanism {
    public static final Parameter UPTAKE = Parameter.of("tissue.uptake_per_d", "1/d", 0.33, 0, 10,
            "Fraction of the plasma iron pool taken into functional tissue iron per day",
            "chosen so tissue uptake balances ≈1 mg/d basal loss at plasma 3 mg", Grade.DERIVED);
    public static final Parameter SHEDDING = Parameter.of("tissue.shedding_per_d", "1/d", 0.0033, 0, 0.1,
            "Fraction of tissue iron lost per day by shedding of skin, gut and urinary cells",
            "basal loss 0.8–1.0 mg/d (FAO/WHO 2004) from ≈300 mg tissue iron", Grade.DERIVED);
    public static final Parameter MENSTRUAL_LOSS = new Parameter("blood.menstrual_loss_ml_per_d", "mL/d", 0, 0, 100, 0, 6,
            "Whole-blood loss from menstruation, averaged over the cycle",
            "median ~30–35 mL per 28-d cycle ≈1.25 mL/d (Hallberg 1966); iron 0.56 mg/d (FAO/WHO 2004)", Grade.MEASURED);

    public static final Parameter CHRONIC_LOSS = new Parameter("blood.chronic_loss_ml_per_d", "mL/d", 0, 0, 100, 0, 15,
            "Other regular whole-blood loss, averaged over time: dialysis circuits and sampling, repeated blood donation, "
            + "occult bleeding",
            "haemodialysis: 1–3 g iron a year lost (dialyser, sampling, bleeding; general knowledge, not in physiology.md); "
            + "one 450–500 mL donation removes 200–250 mg iron (physiology.md §1)", Grade.ILLUSTRATIVE);
    public static final Parameter FETAL_TRANSFER = new Parameter("pregnancy.fetal_transfer_mg_per_d", "mg/d", 0, 0, 20, 0, 8,
            "Iron taken across the placenta by the fetus and placenta at a normal maternal transferrin saturation",
            "third trimester ≈4–6 mg/d of a ≈350 mg fetal and placental total (Bothwell 2000, Am J Clin Nutr 72:257S; "
            + "general knowledge, not in physiology.md)", Grade.ILLUSTRATIVE);

    /** Placental transferrin-receptor half-saturation, fraction: high affinity, so the fetus has priority. */
    static final double PLACENTA_TSAT_HALF = 0.05;

    static final List<Parameter> PARAMETERS = List.of(UPTAKE, SHEDDING, MENSTRUAL_LOSS, CHRONIC_LOSS, FETAL_TRANSFER);

    private final double uptakePerH;
    private final double sheddingPerH;
    private final double regularLossMlPerH;
    private final double bloodVolumeMl;
    private final double fetalMgPerH;
    private final Blood blood;
    private final Pregnancy pregnancy;
    private final double menstrualMlPerH;

    public TissueIronAndLosses(ParameterSet p, Blood blood, Pregnancy pregnancy) {
        this.blood = blood;
        this.pregnancy = pregnancy;
        menstrualMlPerH = p.get(MENSTRUAL_LOSS) / 24;
        uptakePerH = p.get(UPTAKE) / 24;
        sheddingPerH = p.get(SHEDDING) / 24;
        regularLossMlPerH = (p.get(MENSTRUAL_LOSS) + p.get(CHRONIC_LOSS)) / 24;
        bloodVolumeMl = blood.bloodVolumeMl();
        fetalMgPerH = p.get(FETAL_TRANSFER) / 24;
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        flows.move(Compartment.PLASMA, Compartment.TISSUE, uptakePerH * Math.max(0, s.amount(Compartment.PLASMA)));
        flows.move(Compartment.TISSUE, Compartment.LOST, sheddingPerH * Math.max(0, s.amount(Compartment.TISSUE)));
        double fetal = fetalMgPerH + pregnancy.fetalDemandMgPerH(timeH, inputs);
        if (fetal > 0) {
            double tsat = blood.tsat(s);
            flows.move(Compartment.PLASMA, Compartment.LOST, fetal * blood.saturableTsatResponse(tsat, PLACENTA_TSAT_HALF));
        }
        double regular = Pregnancy.inForce(timeH, inputs) ? regularLossMlPerH - menstrualMlPerH : regularLossMlPerH;
        double fractionPerH = (regular + inputs.bloodLossRate()) / (bloodVolumeMl * PlasmaVolume.circulatingFraction(s));
        if (fractionPerH > 0) {
            blood.loseFraction(fractionPerH, s, flows);
        }
    }
}
