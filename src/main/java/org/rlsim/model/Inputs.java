package org.rlsim.model;

import java.util.Arrays;

/**
 * External inputs that are constant between two consecutive dosing events: the running infusion
 * rates, blood-loss and patch rates, how the most recent oral dose was taken, and the start of a pregnancy
 * in force. The simulator sets them
 * for each integration segment ({@link #clearRates()}, then each running event adds its rate); the model
 * reads them.
 */
public final class Inputs {
    private final double[] infusionMgPerH = new double[IvProduct.values().length];
    private IntakeCondition intake = IntakeCondition.FASTING;
    private double bloodLossMlPerH;
    private final double[] agonistMgPerH = new double[AgonistDrug.COUNT];
    private double pregnancyStartH = Double.NaN;

    /** Infusion rate of a product, mg/h (0 when none runs). */
    public double infusionRate(IvProduct p) {
        return infusionMgPerH[p.ordinal()];
    }

    /** Adds a running infusion of a product, mg/h. */
    public void addInfusionRate(IvProduct p, double mgPerH) {
        infusionMgPerH[p.ordinal()] += mgPerH;
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

    /** Adds a running whole-blood loss, mL/h. */
    public void addBloodLossRate(double mlPerH) {
        bloodLossMlPerH += mlPerH;
    }

    /** Delivery rate of a dopamine agonist by patch into the body, mg of drug per h (0 when none is worn). */
    public double agonistRate(AgonistDrug d) {
        return agonistMgPerH[d.ordinal()];
    }

    /** Adds a worn patch's delivery, mg of drug per h. */
    public void addAgonistRate(AgonistDrug d, double mgPerH) {
        agonistMgPerH[d.ordinal()] += mgPerH;
    }

    /** When the pregnancy in force started, h ({@link Pregnancy}); NaN when none is in force. */
    public double pregnancyStartH() {
        return pregnancyStartH;
    }

    /** Puts a pregnancy that started at {@code startH} (h) in force for the segment. */
    public void setPregnancyStart(double startH) {
        pregnancyStartH = startH;
    }

    /** Sets every rate to zero and takes any pregnancy out of force; the intake condition stays. */
    public void clearRates() {
        Arrays.fill(infusionMgPerH, 0);
        bloodLossMlPerH = 0;
        Arrays.fill(agonistMgPerH, 0);
        pregnancyStartH = Double.NaN;
    }
}
