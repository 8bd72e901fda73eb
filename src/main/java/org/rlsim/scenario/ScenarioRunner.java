package org.rlsim.scenario;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Physiology;
import org.rlsim.simulation.ParallelRuns;
import org.rlsim.simulation.RunCancelledException;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;

/**
 * Runs every arm of a scenario from its patient's steady state. Model variants apply in the order
 * patient, scenario {@code model:}, arm {@code model:}. Steady states are cached by parameter values
 * ({@link SteadyState#of}). Arms run in parallel on every core
 * ({@link ParallelRuns}); the result is identical to a serial run, byte for byte.
 */
public final class ScenarioRunner {
    private final Simulator simulator;
    private final boolean parallel;

    private ScenarioRunner(Simulator simulator, boolean parallel) {
        this.simulator = simulator;
        this.parallel = parallel;
    }

    /** A runner whose arms run in parallel with the given simulator. */
    public ScenarioRunner(Simulator simulator) {
        this(simulator, true);
    }

    /** A runner whose arms run in parallel with the default solver settings. */
    public ScenarioRunner() {
        this(new Simulator());
    }

    /** A runner whose arms run one after the other on the calling thread (same results, one core). */
    public static ScenarioRunner serial(Simulator simulator) {
        return new ScenarioRunner(simulator, false);
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
        return run(scenario, overrides, new RunControl());
    }

    /**
     * Runs a scenario under a control: {@code control.cancel()} from another thread stops it within one
     * integration step ({@link RunCancelledException}); progress is the fraction of arms finished.
     *
     * @see #run(Scenario, Map)
     */
    public ScenarioResult run(Scenario scenario, Map<String, Double> overrides, RunControl control) {
        List<Arm> arms = scenario.arms();
        List<ParameterSet> parameters = arms.stream().map(arm -> arm.patient().parameterSet()
                .with(scenario.parameters()).with(arm.parameters()).with(overrides)
                .with(arm.patient().variants().with(scenario.model()).with(arm.model()))).toList();
        RunControl each = control.withoutProgress();
        IntFunction<ArmResult> runArm = i -> {
            Arm arm = arms.get(i);
            Physiology model = new Physiology(parameters.get(i));
            double[] initial;
            try {
                initial = SteadyState.of(model, simulator);
            } catch (SimulationException e) {
                // The steady state is simulated years before day 0: its own times would only confuse.
                String message = "arm '" + arm.name() + "': before day 0, while settling the patient's untreated state, "
                        + e.problem() + "; " + SimulationException.HINT;
                throw new SimulationException(message, message, 0, e);
            }
            try {
                return new ArmResult(arm, parameters.get(i), simulator.run(model, initial, arm.regimen().events(),
                        scenario.durationH(), scenario.outputIntervalH(), each));
            } catch (SimulationException e) {
                throw new SimulationException(e.problem(), "arm '" + arm.name() + "': " + e.getMessage(), e.reachedH(), e);
            }
        };
        List<ArmResult> results = parallel ? ParallelRuns.map(arms.size(), control, runArm)
                : ParallelRuns.serialMap(arms.size(), control, runArm);
        return new ScenarioResult(scenario, results, Version.current());
    }
}
