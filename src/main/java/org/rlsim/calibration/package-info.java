/**
 * Calibration of the physiology against published human data: one small, reproducible experiment per
 * target T1–T17 of {@code shared/reference/physiology.md}. Each experiment sets up the documented
 * patient at its steady state, gives the documented treatment (as a YAML scenario under
 * {@code scenarios/calibration/} where the scenario format can express it), runs the simulator and
 * extracts one model value, which is compared with the published value and its tolerance.
 *
 * <p>The experiments never change parameters: they measure the model as shipped. If a target fails,
 * the physiology must change, never the experiment. {@link org.rlsim.calibration.CalibrationReport}
 * prints the table; the test {@code CalibrationTest} keeps it honest.
 */
package org.rlsim.calibration;
