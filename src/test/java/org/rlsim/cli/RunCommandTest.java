package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsim.report.RunInfo;

/** {@code rlsim run DIR}: scenarios in parallel, with the files and lines of a serial run; the progress bar. */
class RunCommandTest {
    @TempDir
    Path tmp;

    private Path scenarios;
    private final Cli cli = new Cli();

    /** Four scenarios whose runs take very different times, the longest first, and one broken file among them. */
    @BeforeEach
    void fourScenariosAndABrokenOne() throws IOException {
        scenarios = Files.createDirectory(tmp.resolve("scenarios"));
        scenario("a-long", "26 weeks", "1000 mg");
        scenario("b-short", "1 week", "200 mg");
        Files.writeString(scenarios.resolve("c-broken.yaml"), "title: Broken\npatient: nobody\narms: []\n");
        scenario("d-medium", "8 weeks", "500 mg");
        scenario("e-short", "2 weeks", "100 mg");
    }

    private void scenario(String name, String duration, String dose) throws IOException {
        Files.writeString(scenarios.resolve(name + ".yaml"), """
                title: %s
                patient: rls-iron-deficient
                duration: %s
                output_interval: 6 h
                arms:
                  - name: IV
                    regimen: [{iv: {product: fcm, dose: %s, infusion: 15 min}}]
                  - name: None
                    regimen: []
                expect:
                  - brain iron in "IV" is higher than in "None" at day 6
                """.formatted(name, duration, dose));
    }

    private String run(int jobs, String out) {
        cli.run("run", scenarios.toString(), "--out", tmp.resolve(out).toString(), "--format", "csv,svg,png",
                "--jobs", Integer.toString(jobs));
        // The same lines whatever the output folder and however long each scenario took.
        return cli.out().replace(tmp.resolve(out).toString(), "OUT").replaceAll("\\(\\d+\\.\\d\\d s\\)", "(t)")
                + "\nerr:\n" + cli.err();
    }

    @Tag("slow") // every lesson twice: mvn test -Pslow
    @Test
    void aParallelRunWritesTheFilesAndLinesOfASerialRun() throws IOException {
        String serial = run(1, "serial");
        String parallel = run(4, "parallel");
        assertEquals(serial, parallel);
        assertTrue(serial.indexOf("a-long:") < serial.indexOf("b-short:") && serial.indexOf("d-medium:") < serial.indexOf("e-short:"),
                "lines in the order of the files:\n" + serial);
        assertTrue(serial.contains("c-broken.yaml:2:10: unknown patient 'nobody'"), serial);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(tmp.resolve("serial"))) {
            files = walk.filter(Files::isRegularFile).map(tmp.resolve("serial")::relativize).sorted().toList();
        }
        assertEquals(4 * 1, files.stream().filter(f -> f.endsWith("timeseries.csv")).count(), files.toString());
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".svg")) && files.stream().anyMatch(f -> f.toString().endsWith(".png")));
        try (Stream<Path> walk = Files.walk(tmp.resolve("parallel"))) {
            assertEquals(files, walk.filter(Files::isRegularFile).map(tmp.resolve("parallel")::relativize).sorted().toList());
        }
        for (Path file : files) {
            byte[] one = Files.readAllBytes(tmp.resolve("serial").resolve(file));
            byte[] other = Files.readAllBytes(tmp.resolve("parallel").resolve(file));
            if (file.endsWith(RunInfo.FILE_NAME)) {
                assertEquals(withoutTimestamps(one), withoutTimestamps(other), file.toString());
            } else {
                assertArrayEquals(one, other, file.toString());
            }
        }
    }

    /**
     * run-info.txt without the command line (the two commands differ in --out and --jobs) and without any
     * time it may give; everything else in it must be the same.
     */
    private static String withoutTimestamps(byte[] text) {
        return new String(text, StandardCharsets.UTF_8).replaceAll("(?m)^Command: .*$", "Command:")
                .replaceAll("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z?", "TIME");
    }

    @Test
    void theExitCodeIsThatOfTheFirstScenarioThatFailed() {
        assertEquals(ExitCode.BAD_SCENARIO, cli.run("run", scenarios.toString(), "--out", tmp.resolve("o").toString(),
                "--format", "csv"));
        assertEquals(4, cli.out().lines().filter(l -> l.contains(" arms over ")).count(), cli.out());
    }

    @Test
    void jobsMustBeAWholeNumberFromOne() {
        assertEquals(ExitCode.USAGE, cli.run("run", scenarios.toString(), "--jobs", "0"));
        assertEquals("rlsim: run --jobs: '0' is not a number of jobs; write a whole number from 1, e.g. --jobs 2",
                cli.err().lines().findFirst().orElse(""), cli.err());
    }

    /** Without a terminal (here: captured output, as in CI and pipes) nothing but plain lines: no bar, no carriage return. */
    @Test
    void withoutATerminalThereIsNoBar() {
        run(2, "plain");
        assertFalse(cli.out().contains("\r") || cli.err().contains("\r"), cli.out() + cli.err());
        assertFalse(cli.err().contains("Running scenarios"), cli.err());
    }

    /**
     * On a terminal the bar is drawn on standard error, and each line of the command's output is printed on a
     * cleared line, so a bar is never left in the middle of a line; when the run ends the bar is gone.
     */
    @Test
    void onATerminalTheBarStaysOffTheCommandsLines() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);
        // Standard output and the bar share the terminal, as on a screen.
        PrintWriter out = new PrintWriter(terminal, true);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"run", scenarios.resolve("a-long.yaml").toString(), scenarios.resolve("d-medium.yaml").toString(),
            "--out", tmp.resolve("bar").toString(), "--format", "csv", "--jobs", "1"}, out, new PrintWriter(err, true),
                ProgressDisplay.bar(terminal, 60));
        assertEquals(ExitCode.OK, code, err.toString());
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("Running scenarios"), shown);
        String clear = "\r" + " ".repeat(60) + "\r";
        for (String name : List.of("a-long:", "d-medium:")) {
            int at = shown.indexOf(name);
            assertTrue(at >= clear.length() && shown.startsWith(clear, at - clear.length()), "a cleared line before " + name + ":\n" + shown);
        }
        assertTrue(shown.endsWith(clear), "the bar is removed at the end:\n" + shown);
        // What remains on the screen once each carriage return has overwritten its line: the command's lines only.
        List<String> visible = Stream.of(shown.split("\n")).map(l -> l.substring(l.lastIndexOf('\r') + 1).strip()).filter(l -> !l.isEmpty()).toList();
        assertEquals(4, visible.size(), visible + "\n" + shown.replace("\r", "<CR>"));
        assertTrue(visible.get(0).startsWith("a-long: 2 arms over 26 weeks") && visible.get(2).startsWith("d-medium: 2 arms over 8 weeks"),
                visible.toString());
    }

    /**
     * A single scenario with virtual patients gets a bar of its own on a terminal, which moves as the patients
     * finish (a share between 0 % and 100 % is drawn) and is gone at the end; in a pipe it gets none.
     */
    @Test
    void aPopulationRunShowsABarOnATerminalOnly() throws IOException {
        Path file = Files.writeString(tmp.resolve("population.yaml"), """
                title: Population
                patient: healthy-woman
                duration: 2 days
                population: {size: 40, seed: 1}
                arms: [{name: Women}]
                """);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"run", file.toString(), "--out", tmp.resolve("tty").toString(), "--format", "csv"},
                new PrintWriter(terminal, true), new PrintWriter(err, true), ProgressDisplay.bar(terminal, 60));
        assertEquals(ExitCode.OK, code, err.toString());
        // How far the bar moves between its redraws depends on the machine's speed; that the patients report their
        // progress is CohortTest's.
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("Running scenarios"), "a bar for a single population scenario:\n" + shown);
        assertTrue(shown.endsWith("\r" + " ".repeat(60) + "\r"), "the bar is removed at the end:\n" + shown);

        assertEquals(ExitCode.OK, cli.run("run", file.toString(), "--out", tmp.resolve("pipe").toString(), "--format", "csv"));
        assertFalse(cli.out().contains("\r") || cli.err().contains("\r"), cli.out() + cli.err());
    }
}
