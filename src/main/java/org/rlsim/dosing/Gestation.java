package org.rlsim.dosing;

import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.Pregnancy;
import org.rlsim.model.StatesInUse;
import org.rlsim.model.TimeUnits;

/**
 * A pregnancy in force: from its start through delivery at week {@value Pregnancy#TERM_WEEKS} to the end of
 * the puerperium {@value Pregnancy#POSTPARTUM_WEEKS} weeks later. While it runs, the model reads its start
 * from the inputs and follows the gestational age ({@link Pregnancy}); the delivery's blood loss is a
 * separate {@link BloodLoss}.
 *
 * @param startH start of the pregnancy (gestational week 0), h since 00:00 of day 0 (≥ 0)
 */
public record Gestation(double startH) implements DoseEvent {
    /** How long the event lasts: gestation and puerperium, h. */
    public static final double LENGTH_H = (Pregnancy.TERM_WEEKS + Pregnancy.POSTPARTUM_WEEKS) * TimeUnits.WEEK_H;

    public Gestation {
        Checks.time("pregnancy start", startH);
    }

    @Override
    public double endH() {
        return startH + LENGTH_H;
    }

    @Override
    public String describe() {
        return "pregnancy (delivery at week " + Checks.format(Pregnancy.TERM_WEEKS) + ")";
    }

    /** Never instantaneous: nothing to apply at once. */
    @Override
    public void applyAtOnce(Physiology model, ModelState state, Flows jump) {
        throw new IllegalStateException("a pregnancy is not given at once");
    }

    @Override
    public void addRate(Inputs inputs) {
        inputs.setPregnancyStart(startH);
    }

    /** A pregnancy expands the plasma volume: the plasma deficit signal is in use. */
    @Override
    public void declareStates(StatesInUse states) {
        states.bloodLoss();
    }
}
