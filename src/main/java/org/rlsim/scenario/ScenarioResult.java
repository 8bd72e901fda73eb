package org.rlsim.scenario;

import java.util.List;
import java.util.Objects;
import org.rlsim.simulation.SolverSettings;

/**
 * The result of running every arm of a scenario.
 *
 * @param scenario     what was run
 * @param arms         one result per arm, in the scenario's order
 * @param modelVersion version of rlsim that produced it (provenance)
 * @param solver       the integrator settings every arm ran with (provenance)
 */
public record ScenarioResult(Scenario scenario, List<ArmResult> arms, String modelVersion, SolverSettings solver) {
    public ScenarioResult {
        arms = List.copyOf(arms);
        Objects.requireNonNull(solver, "solver");
    }
}
