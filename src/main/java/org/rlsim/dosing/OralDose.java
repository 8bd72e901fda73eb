package org.rlsim.dosing;

import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StatesInUse;

import org.rlsim.model.IntakeCondition;

/**
 * One oral iron dose, swallowed at once: the elemental iron enters the gut lumen at {@code timeH}.
 *
 * @param timeH       when it is swallowed, h since 00:00 of day 0 (≥ 0)
 * @param elementalMg elemental iron, mg (&gt; 0)
 * @param intake      how it is taken (fasting, with coffee, …)
 */
public record OralDose(double timeH, double elementalMg, IntakeCondition intake) implements DoseEvent {
    public OralDose {
        Checks.time("oral dose time", timeH);
        Checks.positive("oral dose", elementalMg, "mg");
        java.util.Objects.requireNonNull(intake, "intake");
    }

    @Override
    public double startH() {
        return timeH;
    }

    @Override
    public double endH() {
        return timeH;
    }

    @Override
    public String describe() {
        return Checks.format(elementalMg) + " mg oral iron, " + intake.description();
    }

    @Override
    public void applyAtOnce(Physiology model, ModelState state, Flows jump) {
        model.swallowIron(elementalMg, jump);
    }

    /** A tablet is swallowed at once: it has no rate. */
    @Override
    public void addRate(Inputs inputs) {
    }

    /** The intake condition holds from this dose until the next. */
    @Override
    public void afterStart(Inputs inputs) {
        inputs.setIntake(intake);
    }

    @Override
    public void declareStates(StatesInUse states) {
        states.oralIron();
    }
}
