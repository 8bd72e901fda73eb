package org.rlsim.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.rlsim.cli.Main;
import org.rlsim.model.Parameter;
import org.rlsim.model.UsualRanges;
import org.rlsim.scenario.Analyses;
import org.rlsim.scenario.ExpectationReader;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.simulation.RunControl;
import org.rlsim.sweep.GlobalSensitivity;
import org.rlsim.sweep.Tornado;

/**
 * Prints the speed figures of sweeps and sensitivity analyses (issue 15); asserts nothing. Run with
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.rlsim.bench.SweepBenchmark}
 * and optionally {@code -Dexec.args="REPEATS SOBOL_N"} (default 3 repeats and N = 1000). It measures, in this JVM:
 * <ol>
 *   <li>{@code rlsim sweep scenarios/oral-vs-iv.yaml} over 50 IV doses (26 weeks), the whole command (loading,
 *       50 runs, sweep.csv, charts in every format, run-info.txt), as {@link Main#run} runs it;</li>
 *   <li>a tornado over every parameter with a usual range (the week-12 symptom change after the infusion);</li>
 *   <li>Sobol indices of the first 10 parameters with a usual range, N base points (N·12 runs).</li>
 * </ol>
 * Medians of the repeats (wall clock) with the load average before each figure; the first repeat of each is
 * also printed, as it includes the JIT's warm-up and the steady states that later repeats find cached.
 * A fresh JVM adds its start-up: time {@code ./rlsim sweep ...} from a shell for that.
 */
public final class SweepBenchmark {
    private static final String IV = "IV ferric carboxymaltose";
    private static final String WEEK_12_SYMPTOMS = "change of symptom score in \"" + IV + "\" between day 0 and week 12";

    private SweepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int sobolN = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        System.out.printf(Locale.ROOT, "sweep benchmark: %d processors, %d repeats%n", Runtime.getRuntime().availableProcessors(), repeats);
        Path out = Files.createTempDirectory("rlsim-sweep-bench");
        String[] sweep = {"sweep", "scenarios/oral-vs-iv.yaml", "--vary", "arm \"" + IV + "\" dose=250 mg..2000 mg", "--steps", "50",
            "--metric", "brain iron in \"" + IV + "\" at week 12", "--metric", WEEK_12_SYMPTOMS, "--out", out.toString(), "--force"};
        time("50-point sweep of oral-vs-iv's IV arm, 26 weeks, whole command (target <= 3 s)", repeats, () -> {
            StringWriter text = new StringWriter();
            int code = Main.run(sweep, new PrintWriter(text), new PrintWriter(text));
            if (code != 0) {
                throw new IllegalStateException("rlsim sweep failed: " + text);
            }
            return "";
        });
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios", "oral-vs-iv.yaml"));
        List<Metric> metrics = List.of(new ExpectationReader(scenario.arms(), scenario.durationH(), false, Analyses.NONE)
                .metric("--metric", WEEK_12_SYMPTOMS));
        List<Parameter> all = UsualRanges.parameters();
        time("tornado over the " + all.size() + " parameters with a usual range, " + (1 + 2 * all.size()) + " runs (target <= 10 s)",
                repeats, () -> {
                    Tornado.run(scenario, Map.of(), metrics, all, new RunControl(), true);
                    return "";
                });
        List<Parameter> ten = all.subList(0, Math.min(10, all.size()));
        time("Sobol indices, " + ten.size() + " parameters, N = " + sobolN + ", " + sobolN * (ten.size() + 2)
                + " runs (target <= 60 s at N = 1000)", 1, () -> {
                    GlobalSensitivity.Result r = GlobalSensitivity.run(scenario, Map.of(), metrics, ten, sobolN, new RunControl(), true);
                    return r.indices().get(0).convergence();
                });
        deleteTree(out);
    }

    private static void time(String what, int repeats, Supplier<String> task) {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        double[] seconds = new double[repeats];
        String note = "";
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            note = task.get();
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        double first = seconds[0];
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf(Locale.ROOT, "%s: median %.2f s of %d (first %.2f s); load average before: %.2f%s%n", what, median, repeats,
                first, load, note.isEmpty() ? "" : "; " + note);
    }

    private static void deleteTree(Path dir) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(paths.get(i));
        }
    }
}
