package org.rlsim.scenario;

import org.rlsim.model.ParameterSet;
import org.rlsim.simulation.BoundedTrajectorySink;
import org.rlsim.simulation.RunningSummary;
import org.rlsim.simulation.Trajectory;

/**
 * The simulated course of one arm.
 *
 * @param arm        the arm
 * @param parameters the full parameter set it ran with (patient, scenario and arm values applied)
 * @param trajectory the rows for charts: every row of a run of up to {@link BoundedTrajectorySink#WHOLE_ROWS}
 *                   rows, else a thinned copy that keeps every output's extremes (see {@link BoundedTrajectorySink})
 * @param summary    every output's start, end, lowest and highest value over every row, and the first time
 *                   ferritin reaches {@link org.rlsim.model.ReferenceRanges#FERRITIN_TARGET_NG_ML} and total body
 *                   iron {@link Plausibility#OVERLOAD_MG} (see {@link ScenarioRunner#summary()}); read only
 */
public record ArmResult(Arm arm, ParameterSet parameters, Trajectory trajectory, RunningSummary summary) {
}
