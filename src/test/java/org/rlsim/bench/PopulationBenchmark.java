package org.rlsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.CohortResult;
import org.rlsim.population.KaplanMeier;
import org.rlsim.population.Population;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;

/**
 * Prints the speed and memory of virtual-patient runs; asserts nothing. The trial is
 * {@code scenarios/calibration/t14-fcm-population.yaml} (FCM 1000 mg against saline, 26 weeks, non-anaemic
 * RLS) with its population resized: first {@code perArm} patients per arm (default 1000), run {@code repeats}
 * times (default 3; the median is printed), then one run of {@code large} patients per arm (default 0 = skip;
 * 100000 for the figure of the issue) whose retained heap after a full collection is printed. Run with
 * {@code MAVEN_OPTS=-Xmx512m mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.rlsim.bench.PopulationBenchmark -Dexec.args="1000 3 0"}.
 * Each run also prints the trial's readouts at week 6 and the Kaplan–Meier median, so the figures of the
 * model's FCM 1000 mg trial can be quoted with the command that made them.
 */
public final class PopulationBenchmark {
    private PopulationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perArm = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int large = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Scenario trial = new ScenarioLoader().load(Path.of("scenarios/calibration/t14-fcm-population.yaml"));
        System.out.printf(Locale.ROOT, "%d cores, max heap %d MB, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1_000_000, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Double> seconds = new ArrayList<>();
        List<Double> cpuSeconds = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < repeats; r++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            ScenarioResult result = new ScenarioRunner().run(resized(trial, perArm), Map.of());
            seconds.add((System.nanoTime() - start) / 1e9);
            cpuSeconds.add((os.getProcessCpuTime() - cpu) / 1e9);
            if (r == 0) {
                readouts(result);
            }
        }
        Collections.sort(seconds);
        Collections.sort(cpuSeconds);
        System.out.printf(Locale.ROOT, "%,d patients per arm x 2 arms x 26 weeks (screening, steady states, runs, readouts):"
                + " median %.1f s of %d runs (fastest %.1f, slowest %.1f); %.1f ms per enrolled patient; median CPU time of"
                + " the process %.1f s (half of it, %.1f s, is the wall time on 2 otherwise idle cores if perfectly parallel); load average after %.2f%n", perArm,
                seconds.get(seconds.size() / 2), repeats, seconds.get(0), seconds.get(seconds.size() - 1),
                1000 * seconds.get(seconds.size() / 2) / (2.0 * perArm), cpuSeconds.get(cpuSeconds.size() / 2),
                cpuSeconds.get(cpuSeconds.size() / 2) / 2, os.getSystemLoadAverage());
        if (large > 0) {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            long start = System.nanoTime();
            ScenarioResult result = new ScenarioRunner().run(resized(trial, large), Map.of());
            double s = (System.nanoTime() - start) / 1e9;
            System.gc();
            long retained = memory.getHeapMemoryUsage().getUsed() - before;
            readouts(result);
            System.out.printf(Locale.ROOT, "%,d patients per arm x 2 arms x 26 weeks: %.0f s; retained heap %,d MB"
                    + " (%,d bytes per patient) of %,d MB%n", large, s, retained / 1_000_000, retained / (2L * large),
                    Runtime.getRuntime().maxMemory() / 1_000_000);
        }
    }

    private static Scenario resized(Scenario s, int perArm) {
        Population p = s.population().orElseThrow();
        return new Scenario(s.name(), s.title(), s.lesson(), s.parameters(), s.model(), s.durationH(), s.durationWritten(),
                s.outputIntervalH(), s.arms(), s.charts(), s.expectations(), s.annotations(), s.slide(), s.warnings(),
                Optional.of(new Population(perArm, p.seed(), p.include(), p.readoutsH())), s.analyses());
    }

    private static void readouts(ScenarioResult result) {
        Readouts.Arm placebo = Readouts.of(result.cohort("Placebo"), 6 * TimeUnits.WEEK_H);
        CohortResult fcmCohort = result.cohort("FCM 1000 mg");
        Readouts.Arm fcm = Readouts.of(fcmCohort, 6 * TimeUnits.WEEK_H);
        Readouts.Estimate d = Readouts.difference(fcm, placebo);
        KaplanMeier km = KaplanMeier.of(fcmCohort);
        double[] ci = km.medianIntervalH();
        System.out.printf(Locale.ROOT, "  week 6, FCM 1000 mg (%d drawn to enrol %d): change %.1f, responders %.1f%% (%.1f-%.1f),"
                        + " remitters %.1f%% (%.1f-%.1f); placebo change %.1f, responders %.1f%%, remitters %.1f%%;"
                        + " drug - placebo %.2f (%.2f to %.2f)%n", fcmCohort.drawn(), fcm.patients(), fcm.change().value(),
                fcm.responders().value(), fcm.responders().low(), fcm.responders().high(), fcm.remitters().value(),
                fcm.remitters().low(), fcm.remitters().high(), placebo.change().value(), placebo.responders().value(),
                placebo.remitters().value(), d.value(), d.low(), d.high());
        System.out.printf(Locale.ROOT, "  in response at week 24: %.1f%%, week 26: %.1f%%; Kaplan-Meier among %d responders:"
                        + " median %s (95%% CI %s to %s) months%n", Readouts.of(fcmCohort, 24 * TimeUnits.WEEK_H).inResponse().value(),
                Readouts.of(fcmCohort, 26 * TimeUnits.WEEK_H).inResponse().value(), km.atRisk(), months(km.medianH()),
                months(ci[0]), months(ci[1]));
    }

    private static String months(double h) {
        return Double.isNaN(h) ? "not reached" : String.format(Locale.ROOT, "%.1f", h / TimeUnits.MONTH_H);
    }
}
