package org.rlsim.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Physiology;
import org.rlsim.simulation.ParallelRuns;
import org.rlsim.simulation.RunCancelledException;
import org.rlsim.simulation.RowSink;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.TrajectorySink;

/**
 * Runs every arm of a scenario from its patient's steady state, once {@link PossiblePatient} has found that
 * state to be a possible human body. Model variants apply in the order
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
     *                             time reached (or "before day 0" for the patient's steady state) and what to try;
     *                             also if the patient's steady state is not a possible body (the message names
     *                             the parameter to blame)
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
        checkFitsInMemory(scenario, Runtime.getRuntime().maxMemory());
        List<Arm> arms = scenario.arms();
        RunControl each = control.withoutProgress();
        IntFunction<ArmResult> runArm = i -> {
            ParameterSet parameters = parameters(scenario, arms.get(i), overrides);
            TrajectorySink rows = new TrajectorySink();
            runArm(scenario, arms.get(i), parameters, rows, each);
            return new ArmResult(arms.get(i), parameters, rows.trajectory());
        };
        List<ArmResult> results = parallel ? ParallelRuns.map(arms.size(), control, runArm)
                : ParallelRuns.serialMap(arms.size(), control, runArm);
        return new ScenarioResult(scenario, results, Version.current(), simulator.settings());
    }

    /**
     * Runs one arm of a scenario into a sink of the caller's (a {@link org.rlsim.simulation.RunningSummary}
     * for a sweep point, which keeps no rows), on the calling thread, exactly as {@link #run} runs it.
     *
     * @param arm one of the scenario's arms
     * @throws SimulationException as {@link #run(Scenario, Map)}
     */
    public void runArm(Scenario scenario, Arm arm, Map<String, Double> overrides, RowSink sink, RunControl control) {
        runArm(scenario, arm, parameters(scenario, arm, overrides), sink, control);
    }

    private static ParameterSet parameters(Scenario scenario, Arm arm, Map<String, Double> overrides) {
        return arm.patient().parameterSet().with(scenario.parameters()).with(arm.parameters()).with(overrides)
                .with(arm.patient().variants().with(scenario.model()).with(arm.model()));
    }

    private void runArm(Scenario scenario, Arm arm, ParameterSet parameters, RowSink sink, RunControl control) {
        Physiology model = new Physiology(parameters);
        double[] initial;
        try {
            initial = SteadyState.of(model, simulator);
        } catch (SimulationException e) {
            // The steady state is simulated years before day 0: its own times would only confuse.
            String message = "arm '" + arm.name() + "': before day 0, while settling the patient's untreated state, "
                    + e.problem() + "; " + SimulationException.HINT;
            throw new SimulationException(message, message, 0, e);
        }
        PossiblePatient.check(arm.name(), arm.patient().parameterSet().with(parameters.variants()),
                parameters, initial, p -> SteadyState.of(new Physiology(p), simulator));
        try {
            simulator.run(model, initial, arm.regimen().events(), scenario.durationH(), scenario.outputIntervalH(), sink, control);
        } catch (SimulationException e) {
            throw new SimulationException(e.problem(), "arm '" + arm.name() + "': " + e.getMessage(), e.reachedH(), e);
        }
    }

    /** Share of the Java heap the rows of a run may take; the rest is for writing files and drawing charts. */
    static final double HEAP_SHARE_FOR_ROWS = 0.5;

    /**
     * Refuses, before anything runs, a scenario whose rows (every arm's, kept in memory for its charts) would
     * not fit in the Java heap, with one line saying so and how to fix it.
     *
     * @param maxHeapBytes the heap the rows must fit in ({@link Runtime#maxMemory()})
     * @throws SimulationException if they do not fit
     */
    static void checkFitsInMemory(Scenario scenario, long maxHeapBytes) {
        long rows = 0;
        for (Arm arm : scenario.arms()) {
            long atOnce = arm.regimen().items().stream().flatMap(i -> i.events().stream())
                    .filter(e -> e.startH() <= scenario.durationH() && e.isInstantaneous()).count();
            rows += (long) Math.floor(scenario.durationH() / scenario.outputIntervalH()) + 2 + 2 * atOnce;
        }
        long needMb = rows * TrajectorySink.BYTES_PER_ROW / 1_000_000;
        long allowedMb = (long) (HEAP_SHARE_FOR_ROWS * maxHeapBytes / 1_000_000);
        if (needMb > allowedMb) {
            String message = String.format(Locale.ROOT, "%s: %d arm%s with %,d output rows need about %,d MB of memory,"
                    + " more than the %,d MB this Java allows for them; choose a longer output_interval, a shorter"
                    + " duration or fewer arms, or give Java more memory (e.g. JAVA_TOOL_OPTIONS=-Xmx%dg)",
                    scenario.name(), scenario.arms().size(), scenario.arms().size() == 1 ? "" : "s", rows, needMb, allowedMb,
                    (long) Math.ceil(needMb / HEAP_SHARE_FOR_ROWS / 1000));
            throw new SimulationException(message, message, 0, null);
        }
    }
}
