package org.rlsim.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.rlsim.chart.ChartExporter;
import org.rlsim.chart.ChartStyle;
import org.rlsim.chart.OverviewChart;
import org.rlsim.model.BloodBrainBarrier;
import org.rlsim.model.GutAbsorption;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;

/**
 * Prints speed and memory figures; asserts nothing (timing belongs in benchmarks, not unit tests).
 * Run with: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.rlsim.bench.Benchmark}
 */
public final class Benchmark {
    private static final int WARM_UP = 5;
    private static final int REPEATS = 20;
    private static final int VIRTUAL_PATIENTS = 1000;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/oral-vs-iv.yaml"));
        ScenarioRunner runner = new ScenarioRunner();
        Simulator simulator = new Simulator();
        System.out.printf(Locale.ROOT, "rlsim benchmark on %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        for (Patient p : Patient.all()) {
            Physiology model = new Physiology(p.parameterSet());
            report("steady state, " + p.id(), () -> SteadyState.of(model, simulator));
        }
        ScenarioResult[] last = new ScenarioResult[1];
        report("oral-vs-iv, both arms simulated (no files)", () -> last[0] = runner.run(scenario, Map.of()));
        int rows = last[0].arms().stream().mapToInt(a -> a.trajectory().size()).sum();
        System.out.printf(Locale.ROOT, "  %d output rows; about %.0f bytes per row (%d observables + %d compartments as doubles)%n",
                rows, 8.0 * (Observable.values().length + org.rlsim.model.Compartment.COUNT + 1),
                Observable.values().length, org.rlsim.model.Compartment.COUNT);
        Path dir = Files.createTempDirectory("rlsim-bench");
        report("overview chart rendered to PNG (16:9, 1920×1080)", () -> {
            try {
                ChartExporter.writePng(OverviewChart.create(last[0], ChartStyle.SLIDES, List.of()), dir.resolve("o.png"),
                        ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });

        virtualPatients(scenario.arms().get(1), scenario.durationH(), simulator);
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        System.out.printf(Locale.ROOT, "heap in use after the runs: %.1f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    /** Many patients with varied iron intake and barrier gain, each from its own steady state, through one arm. */
    private static void virtualPatients(Arm arm, double durationH, Simulator simulator) {
        SplittableRandom random = new SplittableRandom(20261121);
        Patient base = Patient.find("rls-iron-deficient").orElseThrow();
        long start = System.nanoTime();
        double sumBrain = 0;
        for (int i = 0; i < VIRTUAL_PATIENTS; i++) {
            ParameterSet p = base.parameterSet()
                    .with(GutAbsorption.DIET_IRON, 6 + 8 * random.nextDouble())
                    .with(BloodBrainBarrier.GAIN, 2 * random.nextDouble());
            Physiology model = new Physiology(p);
            Trajectory t = simulator.run(model, SteadyState.of(model, simulator), arm.regimen().events(), durationH, 24);
            sumBrain += t.value(Observable.BRAIN_IRON, t.size() - 1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d virtual patients (steady state + %s, daily output): %.2f s, %.1f ms each"
                + " (mean end brain iron %.1f%%)%n", VIRTUAL_PATIENTS, arm.name(), seconds, 1000 * seconds / VIRTUAL_PATIENTS,
                sumBrain / VIRTUAL_PATIENTS);
    }

    private static void report(String what, Supplier<Object> task) {
        for (int i = 0; i < WARM_UP; i++) {
            task.get();
        }
        double[] ms = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            task.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-50s median %7.2f ms  (min %.2f, max %.2f, %d runs)%n", what,
                ms[REPEATS / 2], ms[0], ms[REPEATS - 1], REPEATS);
    }
}
