package org.rlsim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.rlsim.cli.Main;
import org.rlsim.model.Observable;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.testing.Chromium;

/**
 * The explorer in a real browser (Debian's headless Chromium): every lesson in the exported file (the
 * TeaVM-compiled model, from {@code file://}) and in the served page (the model on the JVM) gives the numbers
 * of {@code rlsim run}'s timeseries.csv (oral-vs-iv in {@code mvn test}, every lesson in {@code mvn test -Pslow});
 * controls move the curves; predict, then observe; the exports. Skipped, saying why, where Chromium is not
 * installed. Screenshots go to target/explorer-screenshots/.
 * In the {@code slow} profile (mvn test -Pslow, run by CI): it drives a real browser and needs the browser model, which the slow profile compiles.
 */
@Tag("slow")
class ExplorerBrowserTest {
    /**
     * Page against CSV, relative (absolute below 1): the CSV has 12 significant digits, and the browser's
     * Math.exp and Math.pow differ from the JVM's in the last bit now and then, which the adaptive solver
     * (1e-9 per step; within 1e-7 relative of closed forms over weeks, SolverSettings) turns into
     * differences of order 1e-8 relative. Measured largest: printed by the test.
     */
    private static final double TOLERANCE = 1e-6;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
    private static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    @TempDir
    static Path work;
    private static Chromium browser;
    private static ExplorerServer server;
    private static URI served;

    @BeforeAll
    static void start() throws IOException, org.rlsim.scenario.ScenarioException {
        String missing = Chromium.missing();
        Assumptions.assumeTrue(missing == null, missing);
        ScenarioLoader loader = new ScenarioLoader();
        Map<String, Scenario> lessons = new LinkedHashMap<>();
        for (Path file : lessonFiles()) {
            Scenario s = loader.load(file);
            lessons.put(s.name(), s);
        }
        server = new ExplorerServer("127.0.0.1", 0, n -> Optional.ofNullable(lessons.get(n)), "oral-vs-iv", List.of());
        served = server.start();
        browser = Chromium.start(1366, 768);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void oralVsIvGivesRlsimRunsNumbersInTheExportedAndTheServedPage() throws IOException {
        comparePages(Path.of("scenarios", "oral-vs-iv.yaml"));
    }

    /** Every lesson: some 10 s each in the browser on a busy 2-core machine. */
    @Test
    void everyLessonGivesRlsimRunsNumbersInTheExportedAndTheServedPage() throws IOException {
        for (Path file : lessonFiles()) {
            comparePages(file);
        }
    }

    /** Loads a lesson in the exported and in the served page and compares both with rlsim run's timeseries.csv. */
    private static void comparePages(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".yaml", "");
        assertEquals(0, rlsim("run", file.toString(), "--out", work.resolve("runs").toString(), "--format", "csv"));
        assertEquals(0, rlsim("export-html", name, "--out", work.resolve("pages").toString()));
        Map<String, Map<String, List<Double>>> csv = timeseries(work.resolve("runs").resolve(name).resolve("timeseries.csv"));
        open(work.resolve("pages").resolve(name + ".html").toUri().toString());
        assertEquals("WebAssembly", browser.script("return rlsimPage.modelBuild();"), "Chromium runs the WebAssembly build");
        assertSameNumbers(name + " (exported)", csv, pageResults());
        open(served + "?lesson=" + name);
        assertSameNumbers(name + " (served)", csv, pageResults());
    }

    /** A browser without WebAssembly garbage collection (compiling the WebAssembly build fails) runs the JavaScript build. */
    @Test
    void theJavaScriptBuildRunsWhereWebAssemblyCannot() throws IOException {
        Path csv = work.resolve("runs").resolve("oral-vs-iv").resolve("timeseries.csv");
        assertEquals(0, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", work.resolve("runs").toString(), "--format", "csv"));
        assertEquals(0, rlsim("export-html", "oral-vs-iv", "--out", work.resolve("pages").toString()));
        Object script = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "WebAssembly.compile = function () { return Promise.reject(new WebAssembly.CompileError('no GC')); };"));
        try {
            open(work.resolve("pages").resolve("oral-vs-iv.html").toUri().toString());
            assertEquals("JavaScript", browser.script("return rlsimPage.modelBuild();"));
            assertSameNumbers("oral-vs-iv (exported, JavaScript build)", timeseries(csv), pageResults());
        } finally {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", ((Map<?, ?>) script).get("identifier")));
        }
    }

    /** More slider steps than the page keeps arms' results for (24): every step is drawn, no arm is lost. */
    @Test
    void manySliderStepsKeepEveryArm() throws IOException {
        assertEquals(0, rlsim("export-html", "oral-vs-iv", "--out", work.resolve("pages").toString()));
        open(work.resolve("pages").resolve("oral-vs-iv.html").toUri().toString());
        browser.script("document.getElementById('reveal').click();");
        for (int dose = 100; dose <= 1600; dose += 50) {
            browser.script("var s = Array.from(document.querySelectorAll('#arms input[type=range]'))"
                    + ".find(function(e){ return e.max === '2000'; });"
                    + " s.value = String(arguments[0]); s.dispatchEvent(new Event('input', {bubbles: true}));", dose);
            browser.waitUntil("document.getElementById('status').textContent !== 'Simulating…'", RUN_TIMEOUT);
            assertEquals("", browser.driver().findElement(By.id("status")).getText(), "after " + dose + " mg");
            assertEquals(2L, browser.script("return rlsimPage.results().arms.filter(function(a){ return a && a.timeH.length > 0; }).length;"));
        }
    }

    /**
     * A drag of the duration, which re-runs every arm, each in a worker of its own: the stale runs' busy workers
     * are ended (never queued), and the page shows the last duration's run, in both arms.
     */
    @Test
    void aDragOfTheDurationEndsStaleRunsAndShowsTheLast() throws IOException {
        assertEquals(0, rlsim("export-html", "oral-vs-iv", "--out", work.resolve("pages").toString()));
        Object script = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.rlsimEnded = 0; const end = Worker.prototype.terminate;"
                + " Worker.prototype.terminate = function () { window.rlsimEnded++; return end.call(this); };"));
        try {
            open(work.resolve("pages").resolve("oral-vs-iv.html").toUri().toString());
            browser.script("document.getElementById('reveal').click();");
            browser.script("var weeks = [20, 21, 22, 23, 24], k = 0, d = document.getElementById('duration');"
                    + "(function next() { d.value = String(weeks[k++]); d.dispatchEvent(new Event('input', {bubbles: true}));"
                    + "  if (k < weeks.length) setTimeout(next, 0); })();");
            browser.waitUntil("rlsimPage.results().arms.every(function(a){ return a.timeH[a.timeH.length - 1] === 24 * 168; })"
                    + " && document.getElementById('status').textContent === ''", RUN_TIMEOUT);
            assertEquals(2L, browser.script("return rlsimPage.results().arms.length;"));
            long ended = (Long) browser.script("return window.rlsimEnded;");
            assertTrue(ended >= 1, "the stale runs' workers were ended, " + ended);
        } finally {
            browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", ((Map<?, ?>) script).get("identifier")));
        }
    }

    @Test
    void aStudentPredictsObservesChangesAndTakesItAway() throws IOException {
        assertEquals(0, rlsim("export-html", "oral-vs-iv", "--out", work.resolve("pages").toString()));
        open(work.resolve("pages").resolve("oral-vs-iv.html").toUri().toString());
        var driver = browser.driver();
        assertEquals("predict", browser.script("return rlsimPage.phase();"));
        assertTrue(driver.findElement(By.id("values")).getAttribute("hidden") != null, "no numbers before the reveal");
        assertTrue(driver.getPageSource().contains("Teaching model — not for clinical decisions"));
        // The keyboard reaches the controls, and the one it is on shows it.
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB, Keys.TAB);
        assertEquals("solid", browser.script("return getComputedStyle(document.activeElement).outlineStyle;"),
                "visible focus on " + browser.script("return document.activeElement.outerHTML.slice(0, 80);"));
        assertEquals(List.of(), browser.script(CONTRAST_BELOW_AA), "text below WCAG AA contrast (4.5:1)");

        // Sketch on the first panel with the pointer, and pick an answer with the keyboard.
        browser.script("document.getElementById('chart').scrollIntoView({block: 'start'});");
        @SuppressWarnings("unchecked")
        List<Number> corner = (List<Number>) browser.script("var r = document.getElementById('chart').getBoundingClientRect();"
                + " return [Math.round(r.left), Math.round(r.top)];");
        int x = corner.get(0).intValue() + 90;
        int y = corner.get(1).intValue() + 110; // inside the first panel, which is about 100 px high at 1366 x 768
        new Actions(driver).moveToLocation(x, y).clickAndHold().moveToLocation(x + 60, y - 20).moveToLocation(x + 140, y - 50)
                .moveToLocation(x + 240, y - 60).release().perform();
        assertEquals(List.of(4L), browser.script("return rlsimPage.sketchStrokes();"), "one stroke of four points");
        // A finger on a tablet: touch events through the DevTools protocol, as the touch screen sends them.
        touch("touchStart", x, y + 10);
        touch("touchMove", x + 80, y);
        touch("touchMove", x + 160, y - 5);
        touch("touchMove", x + 220, y - 10);
        touch("touchEnd", -1, -1);
        assertEquals(List.of(4L, 4L), browser.script("return rlsimPage.sketchStrokes();"), "a second stroke, by touch");
        assertTrue(countOf("#chart polyline") >= 1, "the sketch is drawn");
        WebElement iv = driver.findElements(By.cssSelector("#choice-options input")).get(1);
        iv.sendKeys(Keys.SPACE);
        screenshot("predict");
        driver.findElement(By.id("reveal")).sendKeys(Keys.ENTER);
        assertEquals("observe", browser.script("return rlsimPage.phase();"));
        assertFalse(driver.findElement(By.id("observe-text")).getText().isBlank());
        String feedback = driver.findElement(By.id("choice-feedback")).getText();
        assertTrue(feedback.startsWith("Your answer matches the model") || feedback.startsWith("The model shows something else"), feedback);
        screenshot("observe");
        assertEquals(List.of(), browser.script(CONTRAST_BELOW_AA), "text below WCAG AA contrast (4.5:1) once the curves are shown");

        // Drag the IV dose down with the keyboard: the IV arm's curves follow, the lesson stays as a reference.
        double before = lastFerritin(1);
        WebElement dose = driver.findElements(By.cssSelector("#arms input[type=range]")).stream()
                .filter(e -> "2000".equals(e.getAttribute("max"))).findFirst().orElseThrow();
        dose.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT,
                Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT);
        browser.waitUntil("rlsimPage.state().arms[1].regimen[0].doseMg === 500 && rlsimPage.results()"
                + " && rlsimPage.results().arms[1].outputs.serum_ferritin_ng_ml.length > 0"
                + " && document.getElementById('status').textContent === ''", RUN_TIMEOUT);
        browser.waitUntil("(function(){var r=rlsimPage.results().arms[1].outputs.serum_ferritin_ng_ml; return r[r.length-1] !== "
                + before + ";})()", RUN_TIMEOUT);
        assertTrue(lastFerritin(1) < before, "500 mg leaves less ferritin than 1000 mg at week 26");
        assertTrue(driver.findElement(By.id("legend")).getText().contains("the lesson as written"));
        screenshot("changed");
        driver.manage().window().setSize(new Dimension(1920, 1080));
        screenshot("projector-1920x1080");
        driver.manage().window().setSize(new Dimension(1366, 768));

        // The scenario file the page writes runs to the page's numbers.
        driver.findElement(By.id("export-yaml")).click();
        Path yaml = download("oral-vs-iv-changed.yaml");
        String text = Files.readString(yaml);
        assertTrue(text.contains("Teaching model — not for clinical decisions"), text);
        assertEquals(0, rlsim("run", yaml.toString(), "--out", work.resolve("from-page").toString(), "--format", "csv"));
        assertSameNumbers("the page's YAML", timeseries(work.resolve("from-page").resolve("oral-vs-iv-changed").resolve("timeseries.csv")),
                pageResults());

        // PNG at slide size and SVG, each with the disclaimer; the link restores the view.
        driver.findElement(By.id("export-png")).click();
        BufferedImage png = ImageIO.read(download("oral-vs-iv-changed.png").toFile());
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
        driver.findElement(By.id("export-svg")).click();
        assertTrue(Files.readString(download("oral-vs-iv-changed.svg")).contains("Teaching model — not for clinical decisions"));
        driver.findElement(By.id("export-link")).click();
        String link = driver.findElement(By.id("link")).getAttribute("value");
        assertTrue(link.contains("#s="), link);
        List<Double> changed = ferritin(1);
        driver.get("about:blank");
        open(link);
        assertEquals("observe", browser.script("return rlsimPage.phase();"), "a link opens on the view, not on a question");
        assertEquals(changed, ferritin(1));
    }

    /**
     * Every piece of text on the page, HTML and the chart's SVG, whose contrast with the background it
     * stands on is below 4.5:1 (WCAG 2.1 AA for normal text), as "text (ratio)"; backgrounds are the
     * nearest ancestor's opaque colour, else white (the page's).
     */
    private static final String CONTRAST_BELOW_AA = String.join("\n",
            "function rgb(c) { var m = c.match(/[\\d.]+/g); return m ? m.map(Number) : null; }",
            "function lum(c) { return c.slice(0, 3).map(function(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })",
            "  .reduce(function(s, v, i) { return s + v * [0.2126, 0.7152, 0.0722][i]; }, 0); }",
            "function ratio(a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }",
            "function background(e) { for (; e && e.nodeType === 1; e = e.parentNode) {",
            "  var c = rgb(getComputedStyle(e).backgroundColor); if (c && (c.length < 4 || c[3] > 0.9)) return c; } return [255, 255, 255]; }",
            "var bad = [], walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);",
            "while (walker.nextNode()) { var t = walker.currentNode, e = t.parentNode;",
            "  if (!t.textContent.trim() || e.closest('[hidden], script, option')) continue;",
            "  var inSvg = e.closest('svg'); var colour = rgb(getComputedStyle(e).color);",
            "  if (inSvg) colour = rgb(getComputedStyle(e).fill);",
            "  var r = ratio(colour, inSvg ? [255, 255, 255] : background(e));",
            "  if (r < 4.5) bad.push(t.textContent.trim().slice(0, 40) + ' (' + r.toFixed(2) + ')'); }",
            "return bad;");

    private static void touch(String type, int x, int y) {
        List<Map<String, Object>> points = x < 0 ? List.of() : List.of(Map.of("x", x, "y", y));
        browser.driver().executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", type, "touchPoints", points));
    }

    /** Opens a page and waits for the model's first answer. */
    private static void open(String address) {
        browser.driver().get(address);
        browser.waitUntil("window.rlsimPage && rlsimPage.ready()", RUN_TIMEOUT);
    }

    private static int countOf(String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    private static double lastFerritin(int arm) {
        List<Double> f = ferritin(arm);
        return f.get(f.size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> ferritin(int arm) {
        return ((List<Object>) browser.script("return Array.from(rlsimPage.results().arms[" + arm
                + "].outputs.serum_ferritin_ng_ml);")).stream().map(v -> ((Number) v).doubleValue()).toList();
    }

    /** The page's latest results: arm name to column (time_h and every output) to values. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, List<Double>>> pageResults() {
        List<Map<String, Object>> arms = (List<Map<String, Object>>) browser.script(
                "return rlsimPage.results().arms.map(function(a){ var o = {time_h: Array.from(a.timeH)};"
                + " Object.keys(a.outputs).forEach(function(k){ o[k] = Array.from(a.outputs[k]); });"
                + " return {name: a.name, columns: o}; });");
        Map<String, Map<String, List<Double>>> result = new LinkedHashMap<>();
        for (Map<String, Object> arm : arms) {
            Map<String, List<Double>> columns = new LinkedHashMap<>();
            ((Map<String, List<Object>>) arm.get("columns")).forEach((k, v) ->
                    columns.put(k, v.stream().map(x -> ((Number) x).doubleValue()).toList()));
            result.put((String) arm.get("name"), columns);
        }
        return result;
    }

    /** rlsim run's timeseries.csv: arm name to column to values. */
    private static Map<String, Map<String, List<Double>>> timeseries(Path csv) throws IOException {
        Map<String, Map<String, List<Double>>> arms = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
            for (CSVRecord row : parser) {
                Map<String, List<Double>> columns = arms.computeIfAbsent(row.get("arm"), a -> new LinkedHashMap<>());
                columns.computeIfAbsent("time_h", k -> new ArrayList<>()).add(Double.parseDouble(row.get("time_h")));
                for (Observable o : Observable.values()) {
                    columns.computeIfAbsent(o.column(), k -> new ArrayList<>()).add(Double.parseDouble(row.get(o.column())));
                }
            }
        }
        return arms;
    }

    private static void assertSameNumbers(String what, Map<String, Map<String, List<Double>>> csv,
                                          Map<String, Map<String, List<Double>>> page) {
        assertEquals(List.copyOf(csv.keySet()), List.copyOf(page.keySet()), what + ": arms");
        double largest = 0;
        for (var arm : csv.entrySet()) {
            for (var column : arm.getValue().entrySet()) {
                List<Double> expected = column.getValue();
                List<Double> actual = page.get(arm.getKey()).get(column.getKey());
                assertEquals(expected.size(), actual.size(), what + ", " + arm.getKey() + ": rows");
                for (int i = 0; i < expected.size(); i++) {
                    double e = expected.get(i);
                    double a = actual.get(i);
                    double difference = Math.abs(e - a) / Math.max(1, Math.abs(e));
                    if (!(difference <= TOLERANCE)) {
                        throw new AssertionError(what + ", arm '" + arm.getKey() + "', " + column.getKey() + " row " + i
                                + ": page " + a + ", rlsim run " + e);
                    }
                    largest = Math.max(largest, difference);
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "explorer numbers, %s: largest difference from rlsim run %.2g (relative)%n", what, largest);
    }

    private static Path download(String name) {
        Path file = browser.downloads().resolve(name);
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            if (Files.isRegularFile(file) && !Files.exists(browser.downloads().resolve(name + ".crdownload"))) {
                return file;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no download " + name + " in " + browser.downloads());
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.driver().getScreenshotAs(OutputType.BYTES));
    }

    private static List<Path> lessonFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static int rlsim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        if (code != 0) {
            System.err.println("rlsim " + String.join(" ", args) + ": " + out + err);
        }
        return code;
    }
}
