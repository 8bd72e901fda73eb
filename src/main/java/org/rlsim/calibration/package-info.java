/**
 * Calibration of the physiology against published human data: one small, reproducible experiment per
 * target T1–T17 of {@code docs/physiology.md}. Each experiment sets up the documented
 * patient at its steady state, gives the documented treatment (as a YAML scenario under
 * {@code scenarios/calibration/} where the scenario format can express it), runs the simulator and
 * extracts the model's values ({@link org.rlsim.calibration.Comparison}s), each compared with the
 * published value and its tolerance; experiments that follow time also return the model curves
 * ({@link org.rlsim.calibration.TimeCourse}) for the calibration charts.
 *
 * <p>The experiments never change parameters: they measure the model as shipped. If a target fails,
 * the physiology must change, never the experiment. {@link org.rlsim.calibration.CalibrationReport}
 * runs them all for {@code rlsim calibration} and the model card; {@link org.rlsim.calibration.KnownMisses}
 * lists the targets the model cannot meet and why; the test {@code CalibrationTest} keeps both honest.
 */
package org.rlsim.calibration;
