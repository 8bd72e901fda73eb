package org.rlsim.dosing;

import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StatesInUse;

/**
 * One thing done to the patient at a definite time: an oral dose, an IV infusion, a loss of blood, a
 * dose of a dopamine agonist or a pregnancy. Times are in hours since 00:00 of day 0; iron amounts in mg of elemental
 * iron, agonist doses in mg of drug; volumes in mL.
 */
public sealed interface DoseEvent permits OralDose, IvInfusion, BloodLoss, AgonistDose, Gestation {
    /** When the event starts, h. */
    double startH();

    /** When the event ends, h (equal to {@link #startH()} for an instantaneous event). */
    double endH();

    /** A short description for people, e.g. "65 mg oral iron (fasting)". */
    String describe();

    /** True for an event given at once ({@link #endH()} equals {@link #startH()}): a jump of the state. */
    default boolean isInstantaneous() {
        return endH() == startH();
    }

    /**
     * How long the event's rate acts, h: the distance between the two breakpoints it is integrated over.
     * This is the duration up to the rounding of {@code start + duration}, which matters for very short
     * infusions late in a run (1e-9 h at day 83 is 1e-13 h off, 1e-4 of the dose).
     */
    default double lengthH() {
        return endH() - startH();
    }

    /**
     * Books an instantaneous event's jump through the model (called only when {@link #isInstantaneous()}).
     *
     * @param state the state just before the event
     * @param jump  a collector reset onto the vector of changes, collecting amounts
     */
    void applyAtOnce(Physiology model, ModelState state, Flows jump);

    /** Adds a lasting event's constant rate to the inputs, for a segment in which it runs (start ≤ t &lt; end). */
    void addRate(Inputs inputs);

    /** Declares the states this event puts iron or drug into, so the run integrates them. */
    void declareStates(StatesInUse states);

    /** Sets what the event leaves in force after its start (an oral dose: how it was taken); by default nothing. */
    default void afterStart(Inputs inputs) {
    }
}
