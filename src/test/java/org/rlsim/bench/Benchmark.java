package org.rlsim.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.rlsim.chart.ChartExporter;
import org.rlsim.chart.ChartStyle;
import org.rlsim.chart.OverviewChart;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.BloodBrainBarrier;
import org.rlsim.model.Flows;
import org.rlsim.model.GutAbsorption;
import org.rlsim.model.Inputs;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;
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
 * (optional argument: the number of virtual patient-years, default 10000).
 */
public final class Benchmark {
    private static final int WARM_UP = 5;
    private static final int REPEATS = 20;
    private static final double YEAR_H = 365.25 * 24;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int patientYears = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/oral-vs-iv.yaml"));
        Arm ivArm = scenario.arms().get(1);
        ScenarioRunner runner = new ScenarioRunner();
        Simulator simulator = new Simulator();
        System.out.printf(Locale.ROOT, "rlsim benchmark on %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        rhsAllocation();
        steadyStates(simulator);

        Physiology ivPatient = new Physiology(ivArm.patient().parameterSet()
                .with(ivArm.patient().variants().with(scenario.model()).with(ivArm.model())));
        double[] start = SteadyState.of(ivPatient, simulator);
        List<DoseEvent> ivEvents = ivArm.regimen().events();
        report("one patient-year, oral-vs-iv IV arm, 2 h output (target <= 15 ms)",
                () -> simulator.run(ivPatient, start, ivEvents, YEAR_H, scenario.outputIntervalH()));

        ScenarioResult[] last = new ScenarioResult[1];
        report("oral-vs-iv, both arms simulated (no files)", () -> last[0] = runner.run(scenario, Map.of()));
        Path dir = Files.createTempDirectory("rlsim-bench");
        report("overview chart rendered to PNG (16:9, 3840x2160)", () -> {
            try {
                ChartExporter.writePng(OverviewChart.create(last[0], ChartStyle.SLIDES, List.of()), dir.resolve("o.png"),
                        ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });

        hourlyOralDoses(ivPatient, start, simulator);
        virtualPatientYears(ivArm, patientYears, simulator);
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        System.out.printf(Locale.ROOT, "heap in use after the runs: %.1f MB (max heap %.0f MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    }

    /** Bytes allocated per evaluation of the model's right-hand side, measured by the JVM's thread counters. */
    private static void rhsAllocation() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Physiology model = new Physiology(Patient.find("rls-iron-deficient").orElseThrow().parameterSet());
        double[] y = SteadyState.of(model, new Simulator());
        double[] dydt = new double[StateLayout.SIZE];
        ModelState view = new ModelState(y);
        Flows flows = new Flows();
        Inputs inputs = new Inputs();
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            model.derivatives(i * 0.01, view, inputs, flows.reset(dydt));
        }
        long tid = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(tid);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            model.derivatives(i * 0.01, view, inputs, flows.reset(dydt));
        }
        long ns = System.nanoTime() - t0;
        long bytes = bean.getThreadAllocatedBytes(tid) - before;
        System.out.printf(Locale.ROOT, "right-hand side: %.1f bytes allocated and %.0f ns per evaluation (%d evaluations)%n",
                (double) bytes / n, (double) ns / n, n);
    }

    /** Each archetype's steady state: median and worst of repeated computations, then over all archetypes. */
    private static void steadyStates(Simulator simulator) {
        List<Double> medians = new ArrayList<>();
        double worst = 0;
        for (Patient p : Patient.all()) {
            Physiology model = new Physiology(p.parameterSet());
            double[] ms = times(() -> SteadyState.of(model, simulator));
            medians.add(ms[REPEATS / 2]);
            worst = Math.max(worst, ms[REPEATS - 1]);
            System.out.printf(Locale.ROOT, "  steady state, %-30s median %7.2f ms  (min %.2f, max %.2f)%n", p.id(),
                    ms[REPEATS / 2], ms[0], ms[REPEATS - 1]);
        }
        double[] m = medians.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "archetype steady state: median of medians %.2f ms, worst %.2f ms"
                + " (target <= 2 ms median, <= 10 ms worst)%n", m[m.length / 2], worst);
    }

    /** One oral dose every hour: the cost per dose must not grow with the number of doses. */
    private static void hourlyOralDoses(Physiology model, double[] start, Simulator simulator) {
        for (int years : new int[] {1, 2}) {
            int count = (int) (years * YEAR_H);
            List<DoseEvent> events = new RegimenItem.Oral("ferrous sulfate", 65, IntakeCondition.FASTING,
                    new Schedule(0, 1, count)).events();
            long t0 = System.nanoTime();
            simulator.run(model, start, events, years * YEAR_H, 24);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "hourly oral doses for %d year(s) (%d doses, daily output): %.2f s, %.1f us per dose%n",
                    years, count, s, 1e6 * s / count);
        }
    }

    /**
     * Virtual patients with varied iron intake and barrier gain, each from its own steady state, through one
     * year of the IV arm, on every core (one task per patient, results in patient order).
     */
    private static void virtualPatientYears(Arm arm, int patients, Simulator simulator) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        SplittableRandom random = new SplittableRandom(20261121);
        Patient base = Patient.find("rls-iron-deficient").orElseThrow();
        List<DoseEvent> events = arm.regimen().events();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        long start = System.nanoTime();
        List<Future<Double>> results = new ArrayList<>();
        for (int i = 0; i < patients; i++) {
            ParameterSet p = base.parameterSet()
                    .with(GutAbsorption.DIET_IRON, 6 + 8 * random.nextDouble())
                    .with(BloodBrainBarrier.GAIN, 2 * random.nextDouble());
            results.add(pool.submit(() -> {
                Physiology model = new Physiology(p);
                Trajectory t = simulator.run(model, SteadyState.of(model, simulator), events, YEAR_H, 24);
                return t.value(Observable.BRAIN_IRON, t.size() - 1);
            }));
        }
        double sumBrain = 0;
        for (Future<Double> f : results) {
            sumBrain += f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d virtual patient-years (steady state + 1 year of %s, daily output) on %d cores:"
                + " %.2f s, %.2f ms each; scaled to 10,000: %.1f s (target <= 20 s); mean end brain iron %.2f%%%n",
                patients, arm.name(), cores, seconds, 1000 * seconds / patients, seconds * 10_000 / patients,
                sumBrain / patients);
    }

    private static void report(String what, Supplier<Object> task) {
        double[] ms = times(task);
        System.out.printf(Locale.ROOT, "%-66s median %7.2f ms  (min %.2f, max %.2f, %d runs)%n", what,
                ms[REPEATS / 2], ms[0], ms[REPEATS - 1], REPEATS);
    }

    private static double[] times(Supplier<Object> task) {
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
        return ms;
    }
}
