package org.rlsim.model;

import java.util.List;

/**
 * Functional tissue iron (myoglobin, enzymes) and the ways iron leaves the body: shedding of cells
 * (basal loss, taken from tissue iron) and loss of whole blood (menstruation, bleeding), which takes
 * red-cell, transferrin and circulating IV-complex iron in proportion to the volume lost.
 * <pre>
 *   uptake     = ku · P                      (plasma → tissue)
 *   shedding   = kl · T                      (tissue → lost)
 *   blood loss = q/BV · (RBC, P, IV complex) (→ lost)
 * </pre>
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

    static final List<Parameter> PARAMETERS = List.of(UPTAKE, SHEDDING, MENSTRUAL_LOSS);

    private final double uptakePerH;
    private final double sheddingPerH;
    private final double menstrualMlPerH;
    private final double bloodVolumeMl;

    public TissueIronAndLosses(ParameterSet p, Blood blood) {
        uptakePerH = p.get(UPTAKE) / 24;
        sheddingPerH = p.get(SHEDDING) / 24;
        menstrualMlPerH = p.get(MENSTRUAL_LOSS) / 24;
        bloodVolumeMl = blood.bloodVolumeMl();
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        flows.move(Compartment.PLASMA, Compartment.TISSUE, uptakePerH * Math.max(0, s.amount(Compartment.PLASMA)));
        flows.move(Compartment.TISSUE, Compartment.LOST, sheddingPerH * Math.max(0, s.amount(Compartment.TISSUE)));
        double fractionPerH = (menstrualMlPerH + inputs.bloodLossRate()) / bloodVolumeMl;
        if (fractionPerH > 0) {
            loseBlood(s, flows, Compartment.RED_CELLS, fractionPerH);
            loseBlood(s, flows, Compartment.PLASMA, fractionPerH);
            for (IvProduct product : IvProduct.values()) {
                loseBlood(s, flows, product.compartment(), fractionPerH);
            }
        }
    }

    private static void loseBlood(ModelState s, Flows flows, Compartment c, double fractionPerH) {
        flows.move(c, Compartment.LOST, fractionPerH * Math.max(0, s.amount(c)));
    }
}
