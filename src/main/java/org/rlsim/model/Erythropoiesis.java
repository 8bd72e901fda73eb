package org.rlsim.model;

import java.util.List;

/**
 * Red-cell production and senescence. The marrow takes iron from transferrin at a rate set by the
 * erythropoietin drive (which rises as haemoglobin falls below its target) and limited by transferrin
 * saturation; senescent red cells go to macrophages, which recycle their iron.
 * <pre>
 *   drive      = min(maxDrive, (Hb_target/Hb)^n)                 (Hb_target lower in pregnancy: Pregnancy)
 *   σ(TSAT)    = TSAT^8/(TSAT^8 + TSAT_r^8)                      (iron supply for extra erythropoiesis)
 *   effective  = min(drive, 1 + (drive − 1)·σ)
 *   uptake     = RBC_target/lifespan · effective · g(TSAT)     (plasma → red cells)
 *   senescence = RBC/lifespan                                    (red cells → macrophages)
 * </pre>
 * Iron-restricted erythropoiesis: erythropoietin can raise red-cell production above normal only as far
 * as transferrin delivers the iron, so below a saturation of about TSAT_r (16–20% marks iron-deficient
 * erythropoiesis) the extra drive is lost and haemoglobin falls: iron-deficiency anaemia. A drive below 1
 * (haemoglobin above target) acts in full. The eighth power makes the restriction a threshold: at a
 * healthy saturation of 30% σ ≈ 0.96, at 18% σ ≈ 0.3.
 */
public final class Erythropoiesis implements Mechanism {
    public static final Parameter LIFESPAN = new Parameter("rbc.lifespan_d", "d", 120, 20, 200, 100, 130,
            "Red-cell lifespan", "120 d (Saito 2014 Table 2)", Grade.MEASURED);
    public static final Parameter HB_TARGET = new Parameter("rbc.hb_target_g_dl", "g/dL", 15, 5, 20, 11, 17,
            "Haemoglobin that erythropoietin defends when iron is plentiful", "Hb 15 g/dL model man (Saito 2014)", Grade.MEASURED);
    public static final Parameter EPO_EXPONENT = Parameter.of("rbc.epo_exponent", "1", 4, 0, 20,
            "Steepness of the erythropoietin response to low haemoglobin (power)", "illustrative", Grade.ILLUSTRATIVE);
    public static final Parameter MAX_DRIVE = Parameter.of("rbc.max_drive", "1", 4, 1, 10,
            "Largest erythropoietic drive, relative to normal", "marrow can raise output several-fold (textbook)", Grade.ILLUSTRATIVE);
    public static final Parameter TSAT_HALF = Parameter.of("rbc.tsat_half_saturation_pct", "%", 15, 1, 100,
            "Transferrin saturation at which marrow iron uptake is half-maximal",
            "TSAT <16–20% marks iron-deficient erythropoiesis (reference pages)", Grade.ILLUSTRATIVE);

    public static final Parameter IRON_RESTRICTED_TSAT = Parameter.of("rbc.iron_restricted_tsat_pct", "%", 20, 1, 60,
            "Transferrin saturation at which only half of an erythropoietin drive above normal can be used (iron-restricted erythropoiesis)",
            "TSAT <16–20% = iron-deficient erythropoiesis (physiology.md §1, reference pages); upper end taken, as the model "
            + "keeps TSAT near 18% even with empty stores", Grade.DERIVED);

    /** Steepness of the iron restriction: a threshold around TSAT_r rather than a gradual slope. */
    private static final double RESTRICTION_HILL = 8;
    private static final Power RESTRICTION_POWER = new Power(RESTRICTION_HILL);

    static final List<Parameter> PARAMETERS = List.of(LIFESPAN, HB_TARGET, EPO_EXPONENT, MAX_DRIVE, TSAT_HALF,
            IRON_RESTRICTED_TSAT);

    private final Blood blood;
    private final Pregnancy pregnancy;
    private final double turnoverPerH;
    private final double targetRedCellMg;
    private final Power epoPower;
    private final double maxDrive;
    private final double tsatHalf;
    private final double restrictedTsatPow;

    public Erythropoiesis(ParameterSet p, Blood blood, Pregnancy pregnancy) {
        this.blood = blood;
        this.pregnancy = pregnancy;
        turnoverPerH = 1 / (p.get(LIFESPAN) * 24);
        targetRedCellMg = blood.redCellIronForHb(p.get(HB_TARGET));
        epoPower = new Power(p.get(EPO_EXPONENT));
        maxDrive = p.get(MAX_DRIVE);
        tsatHalf = p.get(TSAT_HALF) / 100;
        restrictedTsatPow = Math.pow(p.get(IRON_RESTRICTED_TSAT) / 100, RESTRICTION_HILL);
    }

    /**
     * Erythropoietic drive relative to normal (1 at target haemoglobin) for a red-cell pool in mg, with the
     * haemoglobin target scaled by {@code targetFactor} (1 outside pregnancy).
     */
    private double drive(double redCellMg, double targetFactor) {
        if (redCellMg <= 0) {
            return maxDrive;
        }
        return Math.min(maxDrive, epoPower.of(targetRedCellMg * targetFactor / redCellMg));
    }

    /**
     * Erythropoietic drive of a state at a time: erythropoietin follows the haemoglobin concentration, so a
     * plasma deficit after an acute loss ({@link PlasmaVolume}) delays it until the plasma has refilled; in a
     * {@link Pregnancy} the defended haemoglobin is lower.
     */
    public double drive(double timeH, ModelState s, Inputs inputs) {
        return drive(s.amount(Compartment.RED_CELLS) * PlasmaVolume.concentrationFactor(s),
                pregnancy.hbTargetFactor(timeH, inputs));
    }

    /** Red-cell iron at target haemoglobin, mg. */
    public double targetRedCellMg() {
        return targetRedCellMg;
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double redCells = s.amount(Compartment.RED_CELLS);
        double tsat = blood.tsat(s);
        double drive = drive(timeH, s, inputs);
        double tsatPow = RESTRICTION_POWER.of(Math.max(0, tsat));
        double supplied = tsatPow / (tsatPow + restrictedTsatPow);
        double effective = Math.min(drive, 1 + (drive - 1) * supplied);
        double uptake = targetRedCellMg * turnoverPerH * effective * blood.saturableTsatResponse(tsat, tsatHalf);
        flows.move(Compartment.PLASMA, Compartment.RED_CELLS, uptake);
        flows.move(Compartment.RED_CELLS, Compartment.MACROPHAGE, Math.max(0, redCells) * turnoverPerH);
    }
}
