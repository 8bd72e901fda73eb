/**
 * Doses as data: what is done to the patient and when, with no knowledge of how the body responds.
 *
 * <p>A {@link org.rlsim.dosing.Regimen} is a treatment plan, a list of
 * {@link org.rlsim.dosing.RegimenItem}s (an oral course, an IV course, a blood donation or bleed, a
 * dopamine-agonist course), each repeated on a {@link org.rlsim.dosing.Schedule}. A plan expands into
 * {@link org.rlsim.dosing.DoseEvent}s, each at a definite time: {@link org.rlsim.dosing.OralDose},
 * {@link org.rlsim.dosing.IvInfusion}, {@link org.rlsim.dosing.BloodLoss},
 * {@link org.rlsim.dosing.AgonistDose}. The simulator splits its integration exactly at these times.
 *
 * <p>Units: times in hours since 00:00 of day 0, iron in mg of elemental iron (tablets: see
 * {@link org.rlsim.dosing.OralProduct} for the elemental content of common salts), agonists in mg of
 * drug, blood in mL. Every record checks its arguments in its constructor; a wrong value is an
 * {@link java.lang.IllegalArgumentException} naming the quantity and its unit (scenario files are
 * checked earlier, with their line and column, by {@link org.rlsim.scenario}).
 */
package org.rlsim.dosing;
