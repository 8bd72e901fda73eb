package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsim.scenario.ScenarioException;

/**
 * Inputs a student can produce by accident (or a prankster on purpose) that reach the terminal or the
 * file search: escape sequences in file names, megabyte values, upper-case extensions, a typo in a
 * calibration scenario. Each is one clear line or handled as asked; nothing raw reaches the terminal.
 */
class AdversarialInputTest {
    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void escapeSequencesInFileNamesDoNotReachTheTerminal() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("lessons"));
        Files.writeString(folder.resolve("x\u001b[2J\u001b]0;owned\u0007.yaml"), Cli.SHORT_SCENARIO);
        assertEquals(ExitCode.OK, cli.run("list", folder.toString()));
        assertFalse(cli.out().contains("\u001b") || cli.out().contains("\u0007"), cli.out());
        assertTrue(cli.out().contains("x<U+001B>[2J<U+001B>]0;owned<U+0007>: (invalid"), cli.out());
        assertEquals(ExitCode.BAD_SCENARIO, cli.run("validate", folder.toString()));
        assertFalse(cli.err().contains("\u001b"), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
    }

    @Test
    void aMegabyteValueIsCutInTheMessage() throws IOException {
        Path file = Files.writeString(tmp.resolve("long.yaml"), Cli.SHORT_SCENARIO.replace("3 days", "9".repeat(900_000) + " parsecs"));
        assertEquals(ExitCode.BAD_SCENARIO, cli.run("validate", file.toString()));
        String line = cli.err().strip();
        assertEquals(1, cli.err().lines().count());
        assertTrue(line.length() <= ScenarioException.MAX_LINE + 100, "line of " + line.length() + " characters");
        assertTrue(line.startsWith("rlsim: " + file + ":3:11: duration '9999"), line);
        assertTrue(line.contains(" characters left out) … "), line);
        assertTrue(line.endsWith("or 26 weeks"), "the advice at the end is kept: " + line);
    }

    @Test
    void terminalWriterCutsLongLinesAndShowsControls() {
        StringWriter sink = new StringWriter();
        PrintWriter out = TerminalWriter.around(new PrintWriter(sink));
        out.println("a\u001b[31mb\u202Ec\rX");
        out.println("y".repeat(TerminalWriter.MAX_LINE + 5));
        out.flush();
        String sep = System.lineSeparator();
        assertEquals("a<U+001B>[31mb<U+202E>c<U+000D>X" + sep + "y".repeat(TerminalWriter.MAX_LINE)
                + " … (5 more characters left out)" + sep, sink.toString());
    }

    @Test
    void aTitleOnSeveralLinesIsOneLineInRunInfo() throws IOException {
        Path file = Files.writeString(tmp.resolve("t.yaml"), Cli.SHORT_SCENARIO.replace("title: Short", "title: |\n  Two\n  lines"));
        assertEquals(ExitCode.OK, cli.run("run", file.toString(), "--out", tmp.toString(), "--format", "csv"), cli.err());
        String info = Files.readString(tmp.resolve("t/run-info.txt"), StandardCharsets.UTF_8);
        assertTrue(info.contains("\nTitle:      Two lines\n"), info);
    }

    @Test
    void upperCaseExtensionsInAFolderAreRunNotSkipped() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("lessons"));
        Files.writeString(folder.resolve("LOUD.YAML"), Cli.SHORT_SCENARIO);
        Files.writeString(folder.resolve("quiet.Yml"), Cli.SHORT_SCENARIO);
        Files.writeString(folder.resolve("notes.txt"), "not a scenario");
        assertEquals(ExitCode.OK, cli.run("validate", folder.toString()), cli.err());
        assertTrue(cli.out().contains("LOUD.YAML (Short;") && cli.out().contains("quiet.Yml (Short;"), cli.out());
        assertEquals(ExitCode.OK, cli.run("run", folder.toString(), "--out", tmp.resolve("out").toString(), "--format", "csv"), cli.err());
        assertTrue(Files.exists(tmp.resolve("out/LOUD/summary.csv")));
        assertTrue(Files.exists(tmp.resolve("out/quiet/summary.csv")));
    }

    @Test
    void aTypoInACalibrationScenarioIsExit3WithItsPlace() throws Exception {
        Path copy = tmp.resolve("rlsim");
        Path calibration = Files.createDirectories(copy.resolve("scenarios/calibration"));
        try (Stream<Path> files = Files.list(Path.of("scenarios/calibration"))) {
            for (Path f : files.toList()) {
                Files.copy(f, calibration.resolve(f.getFileName()));
            }
        }
        Path edited = calibration.resolve("t07-single-dose.yaml");
        List<String> lines = Files.readAllLines(edited);
        int line = lines.indexOf(lines.stream().filter(l -> l.startsWith("patient:")).findFirst().orElseThrow());
        lines.set(line, lines.get(line).replace("patient:", "patinet:"));
        Files.write(edited, lines);
        // The calibration scenarios are found relative to the working folder: a process of its own.
        Cli.Result r = Cli.inFolder(copy, "calibration", "--format", "csv");
        String err = r.err();
        assertEquals(ExitCode.BAD_SCENARIO, r.code(), err);
        assertTrue(err.startsWith("rlsim: scenarios/calibration/t07-single-dose.yaml:" + (line + 1) + ":1: unknown key 'patinet'"), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(Files.exists(copy.resolve("output")), "nothing written");
    }
}
