package org.rlsim.dosing;

import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StatesInUse;

/**
 * A loss of whole blood: a donation (duration 0: instantaneous) or a bleed spread over a duration
 * at a constant rate, such as a menstrual period.
 *
 * @param startH    start, h since 00:00 of day 0 (≥ 0)
 * @param volumeMl  whole blood lost, mL (&gt; 0)
 * @param durationH over how long, h (≥ 0)
 * @param label     what it is, for people ("blood donation", "menstrual period")
 */
public record BloodLoss(double startH, double volumeMl, double durationH, String label) implements DoseEvent {
    public BloodLoss {
        Checks.time("blood loss time", startH);
        Checks.positive("blood loss volume", volumeMl, "mL");
        Checks.nonNegative("blood loss duration", durationH, "h");
        java.util.Objects.requireNonNull(label, "label");
    }

    @Override
    public double endH() {
        return startH + durationH;
    }

    @Override
    public String describe() {
        return Checks.format(volumeMl) + " mL " + label;
    }

    @Override
    public void applyAtOnce(Physiology model, ModelState state, Flows jump) {
        model.loseBlood(volumeMl, state, jump);
    }

    @Override
    public void addRate(Inputs inputs) {
        inputs.addBloodLossRate(volumeMl / lengthH());
    }

    /** A loss of blood takes from states every run uses and leaves a plasma deficit that refills. */
    @Override
    public void declareStates(StatesInUse states) {
        states.bloodLoss();
    }
}
