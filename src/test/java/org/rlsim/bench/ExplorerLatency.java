package org.rlsim.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.testing.Chromium;
import org.rlsim.web.ExplorerPage;
import org.rlsim.web.ExplorerServer;

/**
 * The explorer's input-to-redraw latency in headless Chromium, for oral-vs-iv (2 arms, 26 weeks): the IV
 * dose slider is set and its input event fired; the time until the page has redrawn the chart with the
 * model's new answer (the page's own {@code rlsim-redrawn} event, measured with performance.now from the
 * input event to the next animation frame after the redraw) is recorded. Each input waits for the previous
 * one's redraw, so this is the latency of one slider step, not of a drag (in a drag, every stale run is
 * cancelled). Prints median and 95th percentile for the exported page (the TeaVM model in a worker) and for
 * the served page (the model on this JVM). Asserts nothing.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.rlsim.bench.ExplorerLatency</pre>
 * Optional argument: steps per page (default 30).
 */
public final class ExplorerLatency {
    private ExplorerLatency() {
    }

    public static void main(String[] args) throws IOException, ScenarioException {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
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
        System.out.println("Explorer latency, oral-vs-iv (2 arms, 26 weeks), " + steps + " IV-dose steps per page,"
                + " headless Chromium, " + Runtime.getRuntime().availableProcessors() + " cores, load average "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        try (Chromium browser = Chromium.start(1366, 768)) {
            report("exported page (TeaVM model in a worker)", measure(browser, page.toUri().toString(), steps));
            report("served page (model on the JVM)", measure(browser, served.toString(), steps));
        } finally {
            server.close();
            Files.deleteIfExists(page);
        }
    }

    @SuppressWarnings("unchecked")
    private static double[] measure(Chromium browser, String address, int steps) {
        browser.driver().get(address);
        browser.waitUntil("window.rlsimPage && rlsimPage.ready()", java.time.Duration.ofMinutes(3));
        browser.script("document.getElementById('reveal').click();");
        List<Number> latencies = (List<Number>) browser.driver().executeAsyncScript(
                "var steps = arguments[0], done = arguments[arguments.length - 1], out = [], k = 0;"
                + "var slider = Array.from(document.querySelectorAll('#arms input[type=range]')).find(function(e){ return e.max === '2000'; });"
                + "function next() { if (k === steps) { done(out); return; }"
                + "  slider.value = String(500 + 50 * (k % 20)); k++;"
                + "  document.addEventListener('rlsim-redrawn', function(e){ out.push(e.detail); setTimeout(next, 50); }, {once: true});"
                + "  slider.dispatchEvent(new Event('input', {bubbles: true})); }"
                + "next();", steps);
        // The first step also warms the worker and the JIT; it is reported, not dropped.
        return latencies.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        List<String> all = new ArrayList<>();
        for (double v : ms) {
            all.add(String.format(Locale.ROOT, "%.0f", v));
        }
        System.out.printf(Locale.ROOT, "  %-42s median %6.0f ms, 95th percentile %6.0f ms, min %5.0f, max %5.0f (targets: 50 and 100 ms)%n",
                what, percentile(sorted, 50), percentile(sorted, 95), sorted[0], sorted[sorted.length - 1]);
        System.out.println("    each step, ms: " + String.join(" ", all));
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
