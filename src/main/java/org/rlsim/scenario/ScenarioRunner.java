package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Physiology;
import org.rlsim.model.ReferenceRanges;
import org.rlsim.model.StateLayout;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.Cohort;
import org.rlsim.population.CohortResult;
import org.rlsim.population.Population;
import org.rlsim.simulation.BoundedTrajectorySink;
import org.rlsim.simulation.ParallelRuns;
import org.rlsim.simulation.RowSink;
import org.rlsim.simulation.RunCancelledException;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.RunningSummary;
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
     * integration step ({@link RunCancelledException}); progress is the fraction of arms finished, or with
     * {@code population:} of the work done, counting each arm's own run and each virtual patient as one share.
     *
     * @see #run(Scenario, Map)
     */
    public ScenarioResult run(Scenario scenario, Map<String, Double> overrides, RunControl control) {
        return run(scenario, overrides, control, arm -> NO_SINK);
    }

    private static final RowSink NO_SINK = (timeH, state) -> {
    };

    /**
     * Runs a scenario under a control, passing every row of arm {@code i} also to {@code rowsOf.apply(i)} as
     * it is produced (e.g. to a file): the result itself keeps a bounded copy of the rows
     * ({@link ArmResult#trajectory()}), a running summary and the expectations' verdicts, so a run of any
     * length needs memory only for what these sinks keep.
     *
     * @param rowsOf a sink for each arm, by its index in the scenario (asked once per arm, from the arm's thread)
     * @see #run(Scenario, Map)
     */
    public ScenarioResult run(Scenario scenario, Map<String, Double> overrides, RunControl control,
                              IntFunction<RowSink> rowsOf) {
        checkFitsInMemory(scenario, Runtime.getRuntime().maxMemory());
        List<Arm> arms = scenario.arms();
        List<ParameterSet> parameters = arms.stream().map(arm -> parameters(scenario, arm, overrides)).toList();
        RunControl each = control.withoutProgress();
        Expectations.Watch expectations = Expectations.watch(scenario);
        IntFunction<ArmResult> runArm = i -> {
            Arm arm = arms.get(i);
            BoundedTrajectorySink chart = new BoundedTrajectorySink(expectedRows(scenario, arm), charted(scenario));
            RunningSummary summary = summary();
            RowSink sink = RowSink.both(RowSink.both(chart, summary), RowSink.both(expectations.arm(i), rowsOf.apply(i)));
            runArm(scenario, arm, parameters.get(i), sink, each, scenario.durationH(), scenario.outputIntervalH());
            return new ArmResult(arm, parameters.get(i), chart.trajectory(), summary);
        };
        // With virtual patients, the arms' own runs are the first of size + 1 equal shares of the progress.
        int patients = scenario.population().map(Population::size).orElse(0);
        double armsShare = 1.0 / (patients + 1);
        RunControl armsControl = control.part(0, armsShare);
        List<ArmResult> results = parallel ? ParallelRuns.map(arms.size(), armsControl, runArm)
                : ParallelRuns.serialMap(arms.size(), armsControl, runArm);
        List<CohortResult> cohorts = new ArrayList<>();
        for (int i = 0; i < arms.size() && patients > 0; i++) {
            // min(1, …): in floating point the last arm's end can come out a rounding error above 1
            double from = armsShare + (1 - armsShare) * i / arms.size();
            double to = Math.min(1, armsShare + (1 - armsShare) * (i + 1) / arms.size());
            cohorts.add(runCohort(scenario, i, parameters.get(i), control.part(from, to)));
        }
        return new ScenarioResult(scenario, results, expectations.verdicts(cohorts), Version.current(), simulator.settings(),
                List.of(), cohorts);
    }

    /**
     * Runs one arm of a scenario into a sink of the caller's only (a {@link RunningSummary} for a sweep point,
     * which keeps no rows), on the calling thread, from the same steady state and with the same checks as
     * {@link #run}, but only for the first {@code untilH} of the scenario's duration. Its virtual patients, if
     * any, are not run.
     *
     * <p>Every row up to {@code untilH} minus the solver's largest step ({@link org.rlsim.simulation.SolverSettings#maxStepH})
     * is, bit for bit, the row of a run over the whole duration: the adaptive steps are the same until the one
     * step cut short at the end, and no step is longer than the largest.
     *
     * @param arm             one of the scenario's arms
     * @param untilH          how long to simulate, h (at most the scenario's duration; more is cut to it)
     * @param outputIntervalH the spacing of the rows, h: the scenario's, or a whole multiple of it when the caller
     *                        reads only rows on that coarser grid (they are the same rows, bit for bit: the
     *                        integrator's steps do not depend on where its output is sampled)
     * @throws SimulationException as {@link #run(Scenario, Map)}
     */
    public void runArm(Scenario scenario, Arm arm, Map<String, Double> overrides, RowSink sink, RunControl control,
                       double untilH, double outputIntervalH) {
        runArm(scenario, arm, parameters(scenario, arm, overrides), sink, control, Math.min(untilH, scenario.durationH()),
                outputIntervalH);
    }

    /**
     * Runs the virtual patients of one arm of a scenario with {@code population:} (a sweep point's readouts), the
     * same patients as {@link #run} draws for it.
     *
     * @param arm one of the scenario's arms
     * @throws IllegalArgumentException if the scenario has no population
     */
    public CohortResult runCohort(Scenario scenario, Arm arm, Map<String, Double> overrides, RunControl control) {
        return runCohort(scenario, scenario.arms().indexOf(arm), parameters(scenario, arm, overrides), control);
    }

    private CohortResult runCohort(Scenario scenario, int armIndex, ParameterSet parameters, RunControl control) {
        Population population = scenario.population()
                .orElseThrow(() -> new IllegalArgumentException("the scenario has no virtual patients (population:)"));
        Arm arm = scenario.arms().get(armIndex);
        double gridH = Cohort.gridH(population.size(), scenario.arms().size(), scenario.durationH());
        Cohort.Arm plan = new Cohort.Arm(arm.name(), armIndex, parameters, arm.regimen().events(), arm.regimen().treatmentStartH(),
                arm.drawnLoci());
        return Cohort.run(plan, population, scenario.durationH(), gridH, simulator, control);
    }

    /** The full parameter set of an arm: patient, scenario, arm and overrides, with the model variants applied. */
    private static ParameterSet parameters(Scenario scenario, Arm arm, Map<String, Double> overrides) {
        return arm.patient().parameterSet().with(scenario.parameters()).with(arm.parameters()).with(overrides)
                .with(arm.patient().variants().with(scenario.model()).with(arm.model()));
    }

    private void runArm(Scenario scenario, Arm arm, ParameterSet parameters, RowSink sink, RunControl control,
                        double untilH, double outputIntervalH) {
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
            simulator.run(model, initial, arm.regimen().events(), untilH, outputIntervalH, sink, control);
        } catch (SimulationException e) {
            throw new SimulationException(e.problem(), "arm '" + arm.name() + "': " + e.getMessage(), e.reachedH(), e);
        }
    }

    /**
     * The running summary of an arm: every output, and the first times ferritin reaches
     * {@link ReferenceRanges#FERRITIN_TARGET_NG_ML} and total body iron {@link Plausibility#OVERLOAD_MG}.
     */
    static RunningSummary summary() {
        return new RunningSummary(Observable.values())
                .threshold(Observable.SERUM_FERRITIN, ReferenceRanges.FERRITIN_TARGET_NG_ML)
                .threshold(Observable.TOTAL_BODY_IRON, Plausibility.OVERLOAD_MG);
    }

    /** The outputs the charts draw: the scenario's, and total body iron (the scale of where-is-the-iron). */
    static List<Observable> charted(Scenario scenario) {
        List<Observable> charted = new ArrayList<>(scenario.charts());
        if (!charted.contains(Observable.TOTAL_BODY_IRON)) {
            charted.add(Observable.TOTAL_BODY_IRON);
        }
        return charted;
    }

    /** The rows an arm's run has at most: its output times and two rows at every dose given at once. */
    static long expectedRows(Scenario scenario, Arm arm) {
        long atOnce = arm.regimen().items().stream().flatMap(i -> i.events().stream())
                .filter(e -> e.startH() <= scenario.durationH() && e.isInstantaneous()).count();
        return (long) Math.floor(scenario.durationH() / scenario.outputIntervalH()) + 2 + 2 * atOnce;
    }

    /** Share of the Java heap the rows a run keeps may take; the rest is for writing files and drawing charts. */
    static final double HEAP_SHARE_FOR_ROWS = 0.5;

    /**
     * Refuses, before anything runs, a scenario whose kept rows would not fit in the Java heap, with one line
     * saying so and how to fix it. What a run keeps of each arm: the rows for its charts (all of them up to
     * {@link BoundedTrajectorySink#WHOLE_ROWS}, then at most {@link BoundedTrajectorySink#keptRows}), the rows of
     * one chart bucket while it is thinned, and a day of rows for each expectation. Every other row goes
     * straight to its file.
     *
     * @param maxHeapBytes the heap the rows must fit in ({@link Runtime#maxMemory()})
     * @throws SimulationException if they do not fit
     */
    static void checkFitsInMemory(Scenario scenario, long maxHeapBytes) {
        long rows = 0;
        long bytes = 0;
        for (Arm arm : scenario.arms()) {
            long armRows = expectedRows(scenario, arm);
            rows += armRows;
            bytes += BoundedTrajectorySink.keptRows(armRows, charted(scenario).size()) * TrajectorySink.BYTES_PER_ROW;
            if (armRows > BoundedTrajectorySink.WHOLE_ROWS) {
                bytes += 2 * (armRows / BoundedTrajectorySink.MAX_BUCKETS + 1) * (StateLayout.SIZE + 1) * Double.BYTES;
            }
            long rowsPerDay = (long) Math.ceil(TimeUnits.DAY_H / scenario.outputIntervalH()) + 2;
            bytes += 2 * rowsPerDay * 3 * Double.BYTES * scenario.expectations().size();
        }
        long needMb = bytes / 1_000_000;
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
