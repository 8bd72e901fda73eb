package org.rlsim.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.testing.Chromium;
import org.rlsim.web.ExplorerPage;
import org.rlsim.web.ExplorerServer;

/**
 * The explorer's input-to-redraw latency in headless Chromium, for oral-vs-iv (2 arms, 26 weeks): a slider
 * is set and its input event fired, as a student moves it; the time until the page has redrawn the chart with the
 * model's new answer (the page's own {@code rlsim-redrawn} event, measured with performance.now from the
 * input event to the next animation frame after the redraw) is recorded. Each input waits for the previous
 * one's redraw, so this is the latency of one slider step, not of a drag (in a drag, every stale run is
 * cancelled). The slider ({@link Move}) is the IV arm's dose by default, which re-runs that arm only; {@code
 * duration} moves the duration, which re-runs every arm; {@code capacity} moves the oral arm's barrier capacity,
 * which settles that arm's patient anew before its run. Every step sets a value not set before on that page, so no
 * step is answered from the page's kept results. Prints median and 95th percentile for the
 * exported page (the TeaVM model in a worker) and for the served page (the model on this JVM, measured once the
 * server's warm-up, {@link ExplorerServer#warmUp}, has ended, as for a student who reads the lesson's question
 * before moving a slider), and where the
 * time went: the model's answer (simulation, transfer, decoding) and drawing; the rest is the input
 * handling and the wait for the next frame. Asserts nothing.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.rlsim.bench.ExplorerLatency</pre>
 * Optional arguments: steps per page (default 30, at most as many as the move has values) and the move
 * ({@code iv-dose}, {@code duration} or {@code capacity}), e.g. {@code -Dexec.args="28 duration"}.
 */
public final class ExplorerLatency {
    private ExplorerLatency() {
    }

    public static void main(String[] args) throws IOException, ScenarioException {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Optional<Move> chosen = args.length > 1 ? Move.named(args[1]) : Optional.of(Move.IV_DOSE);
        if (chosen.isEmpty()) {
            System.out.println("ExplorerLatency: the move must be iv-dose, duration or capacity, got '" + args[1] + "'");
            return;
        }
        Move move = chosen.get();
        if (steps < 1 || steps > move.values.length) {
            System.out.println("ExplorerLatency: steps must be from 1 to " + move.values.length + " for " + move.name
                    + ", got " + steps);
            return;
        }
        String missing = Chromium.missing();
        if (missing != null) {
            System.out.println("ExplorerLatency: " + missing);
            return;
        }
        Scenario lesson = new ScenarioLoader().load(Path.of("scenarios", "oral-vs-iv.yaml"));
        Path page = Files.createTempFile("rlsim-explorer", ".html");
        Files.writeString(page, ExplorerPage.html(lesson, ExplorerPage.Engine.BROWSER, List.of()));
        ExplorerServer server = new ExplorerServer("127.0.0.1", 0, n -> Optional.of(lesson), lesson.name(), List.of());
        URI served = server.start();
        System.out.println("Explorer latency, oral-vs-iv (2 arms, 26 weeks), " + steps + " steps per page of " + move.what + ","
                + " headless Chromium, " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        try (Chromium browser = Chromium.start(1366, 768)) {
            List<Step> exported = measure(browser, page.toUri().toString(), move, steps);
            report("exported page (TeaVM " + browser.script("return rlsimPage.modelBuild();") + " in a worker)", exported);
            server.warmUp().join(); // as rlsim explore warms up while the browser opens and the student reads
            report("served page (model on the JVM, warmed up)", measure(browser, served.toString(), move, steps));
        } finally {
            server.close();
            Files.deleteIfExists(page);
        }
    }

    /** The slider a benchmark moves, found by a script, and the values it is set to in turn. */
    private enum Move {
        /** The IV arm's dose: the slider's steps from 100 to 2000 mg but the lesson's 1000 mg. */
        IV_DOSE("iv-dose", "the IV dose (one arm re-run)",
                "Array.from(document.querySelectorAll('#arms input[type=range]')).find(function(e){ return e.max === '2000'; })",
                IntStream.rangeClosed(2, 40).map(k -> 50 * k).filter(d -> d != 1000).asDoubleStream().toArray()),
        /** The duration, weeks: 12 to 40 but the lesson's 26, nearest 26 first. */
        DURATION("duration", "the duration, 12-40 weeks (every arm re-run)", "document.getElementById('duration')",
                IntStream.rangeClosed(1, 14).flatMap(k -> k == 14 ? IntStream.of(26 + k) : IntStream.of(26 - k, 26 + k))
                        .asDoubleStream().toArray()),
        /** The oral arm's barrier capacity, × healthy: 0.30 to 2.00 in the slider's steps of 0.05 but the patient's 0.85. */
        CAPACITY("capacity", "the oral arm's barrier capacity (one arm settled anew and re-run)",
                "document.querySelector('#arms fieldset input[type=range]')",
                IntStream.rangeClosed(6, 40).filter(k -> k != 17).mapToDouble(k -> k / 20.0).toArray());

        final String name;
        final String what;
        final String slider;
        final double[] values;

        Move(String name, String what, String slider, double[] values) {
            this.name = name;
            this.what = what;
            this.slider = slider;
            this.values = values;
        }

        static Optional<Move> named(String name) {
            return Arrays.stream(values()).filter(m -> m.name.equals(name)).findFirst();
        }
    }

    /** One step's milliseconds: from input to the next frame after the redraw, and the model's and drawing's shares. */
    private record Step(double totalMs, double modelMs, double drawMs) {
    }

    @SuppressWarnings("unchecked")
    private static List<Step> measure(Chromium browser, String address, Move move, int steps) {
        browser.driver().get(address);
        browser.waitUntil("window.rlsimPage && rlsimPage.ready()", Duration.ofMinutes(3));
        browser.script("document.getElementById('reveal').click();");
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        List<Map<String, Number>> latencies = (List<Map<String, Number>>) browser.driver().executeAsyncScript(
                "var values = arguments[0], done = arguments[arguments.length - 1], out = [], k = 0;"
                + "var slider = " + move.slider + ";"
                + "function next() { if (k === values.length) { done(out); return; }"
                + "  slider.value = String(values[k]); k++;"
                + "  document.addEventListener('rlsim-redrawn', function(e){ out.push(e.detail); setTimeout(next, 50); }, {once: true});"
                + "  slider.dispatchEvent(new Event('input', {bubbles: true})); }"
                + "next();", Arrays.stream(move.values).limit(steps).boxed().toList());
        // The first step also warms the worker and the JIT; it is reported, not dropped.
        return latencies.stream().map(m -> new Step(m.get("totalMs").doubleValue(), m.get("modelMs").doubleValue(),
                m.get("drawMs").doubleValue())).toList();
    }

    private static void report(String what, List<Step> steps) {
        double[] total = steps.stream().mapToDouble(Step::totalMs).toArray();
        double[] sorted = total.clone();
        Arrays.sort(sorted);
        List<String> all = new ArrayList<>();
        for (double v : total) {
            all.add(String.format(Locale.ROOT, "%.0f", v));
        }
        System.out.printf(Locale.ROOT, "  %-46s median %6.0f ms, 95th percentile %6.0f ms, min %5.0f, max %5.0f (targets: 50 and 100 ms)%n",
                what, percentile(sorted, 50), percentile(sorted, 95), sorted[0], sorted[sorted.length - 1]);
        System.out.printf(Locale.ROOT, "    of which (medians): model's answer %.0f ms, drawing %.0f ms%n",
                median(steps.stream().mapToDouble(Step::modelMs)), median(steps.stream().mapToDouble(Step::drawMs)));
        System.out.println("    each step, ms: " + String.join(" ", all));
    }

    private static double median(DoubleStream values) {
        return percentile(values.sorted().toArray(), 50);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
