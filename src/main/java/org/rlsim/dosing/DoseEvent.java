package org.rlsim.dosing;

/**
 * One thing done to the patient at a definite time: an oral dose, an IV infusion, a loss of blood or a
 * dose of a dopamine agonist. Times are in hours since 00:00 of day 0; iron amounts in mg of elemental
 * iron, agonist doses in mg of drug; volumes in mL.
 */
public sealed interface DoseEvent permits OralDose, IvInfusion, BloodLoss, AgonistDose {
    /** When the event starts, h. */
    double startH();

    /** When the event ends, h (equal to {@link #startH()} for an instantaneous event). */
    double endH();

    /** A short description for people, e.g. "65 mg oral iron (fasting)". */
    String describe();
}
