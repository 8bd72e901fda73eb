package org.rlsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import org.rlsim.simulation.CohortAggregate;
import org.rlsim.simulation.ParallelRuns;
import org.rlsim.simulation.RunCancelledException;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;
import org.rlsim.simulation.TrajectorySink;

/**
 * Prints speed and memory figures; asserts nothing (timing belongs in benchmarks, not unit tests).
 * Run with (the 512 MB heap is one of the figures: the cohort must fit in it):
 * {@code MAVEN_OPTS=-Xmx512m mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.rlsim.bench.Benchmark}
 * Optional arguments ({@code -Dexec.args="10000 100000"}): the number of virtual patient-years (default
 * 10,000) and of cohort members (default 100,000). Single-thread figures are medians of repeated runs, as
 * wall-clock time and as the thread's CPU time (less disturbed by other work on a shared machine).
 */
public final class Benchmark {
    private static final int WARM_UP = 5;
    private static final int REPEATS = 20;
    private static final double YEAR_H = 365.25 * 24;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        int patientYears = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int cohortSize = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
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
        report("overview chart rendered to PNG (16:9, 1920x1080)", () -> {
            try {
                ChartExporter.writePng(OverviewChart.create(last[0], ChartStyle.SLIDES, List.of()), dir.resolve("o.png"),
                        ChartExporter.SLIDE_WIDTH, ChartExporter.SLIDE_HEIGHT);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });

        hourlyOralDoses(ivPatient, start, simulator);
        cancellation(ivPatient, start, simulator);
        virtualPatientYears(ivArm, patientYears, simulator);
        cohort(ivArm, cohortSize, scenario.durationH(), simulator);
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

    /**
     * Each archetype's steady state computed afresh (not from the cache): median and worst of repeated
     * computations, then over all archetypes.
     */
    private static void steadyStates(Simulator simulator) {
        List<Double> wallMedians = new ArrayList<>();
        List<Double> cpuMedians = new ArrayList<>();
        double worstWall = 0;
        double worstCpu = 0;
        for (Patient p : Patient.all()) {
            Physiology model = new Physiology(p.parameterSet());
            double[][] ms = wallAndCpu(() -> SteadyState.compute(model, simulator));
            wallMedians.add(ms[0][REPEATS / 2]);
            cpuMedians.add(ms[1][REPEATS / 2]);
            worstWall = Math.max(worstWall, ms[0][REPEATS - 1]);
            worstCpu = Math.max(worstCpu, ms[1][REPEATS - 1]);
            System.out.printf(Locale.ROOT, "  steady state, %-30s median %7.2f ms wall, %6.2f ms cpu  (wall min %.2f, max %.2f)%n",
                    p.id(), ms[0][REPEATS / 2], ms[1][REPEATS / 2], ms[0][0], ms[0][REPEATS - 1]);
        }
        System.out.printf(Locale.ROOT, "archetype steady state: median of medians %.2f ms wall, %.2f ms cpu; worst %.2f ms wall,"
                + " %.2f ms cpu (target <= 2 ms median, <= 10 ms worst)%n", medianOf(wallMedians), medianOf(cpuMedians),
                worstWall, worstCpu);
    }

    private static double medianOf(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** One oral dose every hour: the cost per dose must not grow with the number of doses. */
    private static void hourlyOralDoses(Physiology model, double[] start, Simulator simulator) {
        for (int years : new int[] {1, 20}) {
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

    /** How long a run takes to return after {@link RunControl#cancel()} from another thread. */
    private static void cancellation(Physiology model, double[] start, Simulator simulator) throws Exception {
        double twentyYearsH = 20 * YEAR_H;
        List<DoseEvent> hourly = new RegimenItem.Oral("ferrous sulfate", 65, IntakeCondition.FASTING,
                new Schedule(0, 1, (int) twentyYearsH)).events();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        double[] ms = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            RunControl control = new RunControl();
            long[] stoppedAt = new long[1];
            Future<?> run = thread.submit(() -> {
                try {
                    simulator.run(model, start, hourly, twentyYearsH, 24, new TrajectorySink(), control);
                } catch (RunCancelledException e) {
                    stoppedAt[0] = System.nanoTime();
                }
            });
            Thread.sleep(50);
            long cancelledAt = System.nanoTime();
            control.cancel();
            run.get();
            ms[i] = (stoppedAt[0] - cancelledAt) / 1e6;
        }
        thread.shutdown();
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "cancelled 20-year hourly-dose run returns after: median %.3f ms, worst %.3f ms"
                + " (%d runs; target <= 20 ms)%n", ms[REPEATS / 2], ms[REPEATS - 1], REPEATS);
    }

    /**
     * A cohort through 26 weeks of the IV arm, each member from its own steady state, aggregated per day
     * without keeping any member's rows; prints the time and the largest heap in use.
     */
    private static void cohort(Arm arm, int members, double durationH, Simulator simulator) {
        SplittableRandom random = new SplittableRandom(20261201);
        ParameterSet base = Patient.find("rls-iron-deficient").orElseThrow().parameterSet();
        double[][] draws = new double[members][2];
        for (double[] d : draws) {
            d[0] = 6 + 8 * random.nextDouble();
            d[1] = 2 * random.nextDouble();
        }
        List<DoseEvent> events = arm.regimen().events();
        CohortAggregate cohort = new CohortAggregate(List.of(Observable.BRAIN_IRON, Observable.SERUM_FERRITIN,
                Observable.SYMPTOM_SCORE), durationH, 24);
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long start = System.nanoTime();
        ParallelRuns.forEachOrdered(members, new RunControl(), i -> {
            Physiology model = new Physiology(base.with(GutAbsorption.DIET_IRON, draws[i][0])
                    .with(BloodBrainBarrier.GAIN, draws[i][1]));
            CohortAggregate.Member member = cohort.newMember();
            simulator.run(model, SteadyState.of(model, simulator), events, durationH, 24, member, new RunControl());
            return member;
        }, cohort::add);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double[] brain = cohort.mean(Observable.BRAIN_IRON);
        System.out.printf(Locale.ROOT, "cohort of %,d patients x 26 weeks of %s, daily aggregate on %d cores: %.1f s;"
                + " peak heap %.0f MB of %.0f MB allowed (target: 100,000 in -Xmx512m); mean brain iron at the end %.2f%%%n",
                members, arm.name(), Runtime.getRuntime().availableProcessors(), seconds, peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6, brain[brain.length - 1]);
    }

    private static void report(String what, Supplier<Object> task) {
        double[][] ms = wallAndCpu(task);
        System.out.printf(Locale.ROOT, "%-66s median %7.2f ms wall, %7.2f ms cpu  (wall min %.2f, max %.2f, %d runs)%n", what,
                ms[0][REPEATS / 2], ms[1][REPEATS / 2], ms[0][0], ms[0][REPEATS - 1], REPEATS);
    }

    /** Wall-clock and thread-CPU milliseconds of repeated runs after a warm-up, each sorted. */
    private static double[][] wallAndCpu(Supplier<Object> task) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            task.get();
        }
        double[] wall = new double[REPEATS];
        double[] cpu = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long c0 = bean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            task.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[][] {wall, cpu};
    }
}
