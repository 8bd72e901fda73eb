package org.rlsim.scenario;

import org.rlsim.model.ParameterSet;
import org.rlsim.simulation.Trajectory;

/**
 * The simulated course of one arm.
 *
 * @param arm        the arm
 * @param parameters the full parameter set it ran with (patient, scenario and arm values applied)
 * @param trajectory the simulated rows
 */
public record ArmResult(Arm arm, ParameterSet parameters, Trajectory trajectory) {
}
