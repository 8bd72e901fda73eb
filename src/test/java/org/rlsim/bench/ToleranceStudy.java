package org.rlsim.bench;

import org.rlsim.simulation.TrajectorySink;
import org.rlsim.simulation.RunningSummary;
import org.rlsim.simulation.RowSink;
import org.rlsim.simulation.RunControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Physiology;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SolverSettings;
import org.rlsim.simulation.Trajectory;

/**
 * How the solver tolerance was chosen: every lesson is run at several tolerances and at 1e-10, each arm
 * from the same steady state (found at 1e-10), and the largest deviation of any output (every observable and compartment, every row, every arm) from the
 * 1e-10 run is printed, relative to the reference value, for the outputs (observables; values below
 * {@value #OUTPUT_FLOOR} in their unit compared against that floor) and for the compartments (below
 * {@value #AMOUNT_FLOOR_MG} mg against that floor). Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.rlsim.bench.ToleranceStudy}.
 */
public final class ToleranceStudy {
    /** Below this (ng/mL, %, points, …) an output counts as zero: far below anything a chart or table shows. */
    static final double OUTPUT_FLOOR = 1e-6;
    /** Below this a compartment counts as empty, mg: a microgram, a millionth of the stores. */
    static final double AMOUNT_FLOOR_MG = 1e-3;

    private ToleranceStudy() {
    }

    public static void main(String[] args) throws Exception {
        List<Scenario> lessons = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                lessons.add(new ScenarioLoader().load(f));
            }
        }
        List<ScenarioResult> reference = runAll(lessons, REFERENCE);
        for (double tolerance : args.length > 0 ? java.util.Arrays.stream(args).mapToDouble(Double::parseDouble).toArray() : new double[] {1e-9, 1e-8, 1e-7, 1e-6}) {
            SolverSettings settings = new SolverSettings(tolerance, tolerance, SolverSettings.DEFAULT.maxStepH());
            long start = System.nanoTime();
            List<ScenarioResult> results = runAll(lessons, settings);
            double seconds = (System.nanoTime() - start) / 1e9;
            Deviation outputs = new Deviation();
            Deviation amounts = new Deviation();
            for (int s = 0; s < lessons.size(); s++) {
                for (int a = 0; a < results.get(s).arms().size(); a++) {
                    Trajectory t = results.get(s).arms().get(a).trajectory();
                    Trajectory r = reference.get(s).arms().get(a).trajectory();
                    String arm = lessons.get(s).name() + " arm " + a + " ";
                    for (int row = 0; row < r.size(); row++) {
                        for (Observable o : Observable.values()) {
                            outputs.add(t.value(o, row), r.value(o, row), OUTPUT_FLOOR, arm + o.column() + " at " + r.timeH(row) + " h");
                        }
                        for (Compartment c : Compartment.values()) {
                            amounts.add(t.amount(c, row), r.amount(c, row), AMOUNT_FLOOR_MG, arm + c.id() + " at " + r.timeH(row) + " h");
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "tolerance %.0e: every lesson in %.2f s; largest deviation from 1e-10:"
                    + " outputs %s; compartments %s%n", tolerance, seconds, outputs, amounts);
        }
    }

    /** The largest relative deviation seen, and where. */
    private static final class Deviation {
        double worst;
        String where = "";

        void add(double value, double reference, double floor, String at) {
            double e = Math.abs(value - reference) / Math.max(Math.abs(reference), floor);
            if (e > worst) {
                worst = e;
                where = at + ": " + value + " vs " + reference;
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2e (%s)", worst, where);
        }
    }

    /**
     * Every arm of every lesson, integrated with {@code settings} from the steady state found at the
     * reference tolerance, so the comparison isolates the integration of the run itself.
     */
    private static List<ScenarioResult> runAll(List<Scenario> lessons, SolverSettings settings) {
        Simulator simulator = new Simulator(settings);
        Simulator reference = new Simulator(REFERENCE);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : lessons) {
            List<ArmResult> arms = new ArrayList<>();
            for (Arm arm : scenario.arms()) {
                ParameterSet parameters = arm.patient().parameterSet().with(scenario.parameters()).with(arm.parameters())
                        .with(arm.patient().variants().with(scenario.model()).with(arm.model()));
                Physiology model = new Physiology(parameters);
                TrajectorySink rows = new TrajectorySink();
                RunningSummary summary = new RunningSummary(Observable.values());
                simulator.run(model, SteadyState.of(model, reference), arm.regimen().events(), scenario.durationH(),
                        scenario.outputIntervalH(), RowSink.both(rows, summary), new RunControl());
                arms.add(new ArmResult(arm, parameters, rows.trajectory(), summary));
            }
            results.add(new ScenarioResult(scenario, arms, List.of(), "study", settings));
        }
        return results;
    }

    private static final SolverSettings REFERENCE = new SolverSettings(1e-10, 1e-10, SolverSettings.DEFAULT.maxStepH());
}
