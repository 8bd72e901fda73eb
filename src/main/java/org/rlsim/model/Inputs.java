package org.rlsim.model;

/**
 * External inputs that are constant between two consecutive dosing events: the running infusion
 * rates and the absorption multiplier of the oral dose currently in the gut. The simulator sets them
 * for each integration segment; the model reads them.
 */
public final class Inputs {
    private final double[] infusionMgPerH = new double[IvProduct.values().length];
    private IntakeCondition intake = IntakeCondition.FASTING;
    private double bloodLossMlPerH;
    private final double[] agonistMgPerH = new double[AgonistDrug.COUNT];

    /** Infusion rate of a product, mg/h (0 when none runs). */
    public double infusionRate(IvProduct p) {
        return infusionMgPerH[p.ordinal()];
    }

    public void setInfusionRate(IvProduct p, double mgPerH) {
        infusionMgPerH[p.ordinal()] = mgPerH;
    }

    /** How the most recent oral dose was taken (fasting before any dose). */
    public IntakeCondition intake() {
        return intake;
    }

    public void setIntake(IntakeCondition intake) {
        this.intake = intake;
    }

    /** Extra whole-blood loss from dosing events (e.g. a menstrual period), mL/h. */
    public double bloodLossRate() {
        return bloodLossMlPerH;
    }

    public void setBloodLossRate(double mlPerH) {
        this.bloodLossMlPerH = mlPerH;
    }

    /** Delivery rate of a dopamine agonist by patch into the body, mg of drug per h (0 when none is worn). */
    public double agonistRate(AgonistDrug d) {
        return agonistMgPerH[d.ordinal()];
    }

    public void setAgonistRate(AgonistDrug d, double mgPerH) {
        agonistMgPerH[d.ordinal()] = mgPerH;
    }
}
