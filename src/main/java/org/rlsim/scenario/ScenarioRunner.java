package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Physiology;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;

/**
 * Runs every arm of a scenario from its patient's steady state. Model variants apply in the order
 * patient, scenario {@code model:}, arm {@code model:}. Arms that share a parameter set (values and
 * variants) share one steady-state computation.
 */
public final class ScenarioRunner {
    private final Simulator simulator;

    public ScenarioRunner(Simulator simulator) {
        this.simulator = simulator;
    }

    public ScenarioRunner() {
        this(new Simulator());
    }

    /**
     * Runs a scenario.
     *
     * @param scenario  what to run
     * @param overrides parameter values given on the command line, applied last, by name
     * @throws SimulationException if an arm cannot be simulated; its message names the arm, the simulated
     *                             time reached (or "before day 0" for the patient's steady state) and what to try
     */
    public ScenarioResult run(Scenario scenario, Map<String, Double> overrides) {
        Map<ParameterSet, double[]> steadyStates = new HashMap<>();
        List<ArmResult> results = new ArrayList<>();
        for (Arm arm : scenario.arms()) {
            ParameterSet parameters = arm.patient().parameterSet()
                    .with(scenario.parameters()).with(arm.parameters()).with(overrides)
                    .with(arm.patient().variants().with(scenario.model()).with(arm.model()));
            Physiology model = new Physiology(parameters);
            double[] initial;
            try {
                initial = steadyStates.computeIfAbsent(parameters, p -> SteadyState.of(model, simulator));
            } catch (SimulationException e) {
                // The steady state is simulated years before day 0: its own times would only confuse.
                String message = "arm '" + arm.name() + "': before day 0, while settling the patient's untreated state, "
                        + e.problem() + "; " + SimulationException.HINT;
                throw new SimulationException(message, message, 0, e);
            }
            try {
                results.add(new ArmResult(arm, parameters, simulator.run(model, initial, arm.regimen().events(),
                        scenario.durationH(), scenario.outputIntervalH())));
            } catch (SimulationException e) {
                throw new SimulationException(e.problem(), "arm '" + arm.name() + "': " + e.getMessage(), e.reachedH(), e);
            }
        }
        return new ScenarioResult(scenario, results, Version.current(), simulator.settings());
    }
}
