package org.rlsim.scenario;

import java.util.List;

/**
 * The result of running every arm of a scenario.
 *
 * @param scenario     what was run
 * @param arms         one result per arm, in the scenario's order
 * @param modelVersion version of rlsim that produced it (provenance)
 */
public record ScenarioResult(Scenario scenario, List<ArmResult> arms, String modelVersion) {
    public ScenarioResult {
        arms = List.copyOf(arms);
    }
}
