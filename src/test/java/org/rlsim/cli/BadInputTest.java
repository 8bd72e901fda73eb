package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes a student can make on the command line, end to end: each gives one line on stderr saying
 * what, where and how to fix it, the documented exit code, and no output folder.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    private int rlsim(String... args) {
        return cli.run(args);
    }

    private void assertOneLine(String expected) {
        assertEquals(expected + System.lineSeparator(), cli.err());
    }

    private void assertNothingWrittenTo(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of(), files.toList(), "nothing is written into " + folder);
            }
        }
    }

    @ParameterizedTest(name = "--set {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "foo|rlsim: --set foo: expected name=value; write e.g. --set rbc.lifespan_d=100 (rlsim params lists the names)",
        "=3|rlsim: --set =3: expected name=value; write e.g. --set rbc.lifespan_d=100 (rlsim params lists the names)",
        "``|rlsim: --set : expected name=value; write e.g. --set rbc.lifespan_d=100 (rlsim params lists the names)",
        "a=b=c|rlsim: --set a=b=c: more than one '='; give one name=value per --set, e.g. --set rbc.lifespan_d=100 --set blood.volume_l=4.5",
        "rbc.lifespan_d=1=2|rlsim: --set rbc.lifespan_d=1=2: more than one '='; give one name=value per --set, e.g. --set rbc.lifespan_d=100 --set blood.volume_l=4.5",
        "rbc.lifespan_d=abc|rlsim: --set rbc.lifespan_d=abc: rbc.lifespan_d 'abc' does not start with a number; write a number in d, such as 120 or 120 d",
        "rbc.lifespan_d=NaN|rlsim: --set rbc.lifespan_d=NaN: rbc.lifespan_d 'NaN' does not start with a number; write a number in d, such as 120 or 120 d",
        "rbc.lifespan_d=1e999|rlsim: --set rbc.lifespan_d=1e999: rbc.lifespan_d '1e999' is too large to compute with; write a number in d, such as 120 or 120 d",
        "`rbc.lifespan_d=1\n00`|rlsim: --set rbc.lifespan_d=1 00: rbc.lifespan_d '1 00' has a unit rlsim does not know, '00'; write a number in d, such as 120 or 120 d",
    })
    void badSetIsAUsageErrorAndNothingRuns(String assignment, String message) throws IOException {
        Path outRoot = tmp.resolve("out");
        assertEquals(ExitCode.USAGE, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", outRoot.toString(), "--set", assignment));
        assertOneLine(message);
        assertFalse(Files.exists(outRoot));
    }

    @Test
    void missingFileAndMissingFolder() {
        Path missing = tmp.resolve("nope.yaml");
        String fix = "; check the name and the folder (paths are relative to " + Path.of("").toAbsolutePath() + ")";
        assertEquals(ExitCode.BAD_SCENARIO, rlsim("run", missing.toString(), "--out", tmp.toString()));
        assertOneLine("rlsim: " + missing + ": no such file" + fix);
        assertEquals(ExitCode.BAD_SCENARIO, rlsim("validate", tmp.resolve("no-such-folder").toString()));
        assertOneLine("rlsim: " + tmp.resolve("no-such-folder") + ": no such file" + fix);
    }

    @Test
    void folderWithoutScenarioFiles() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("empty"));
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/a.yaml"), Cli.SHORT_SCENARIO);
        Files.writeString(folder.resolve("notes.txt"), "not a scenario");
        String message = "rlsim: " + folder + ": the folder has no .yaml scenario files (sub-folders are not searched);"
                + " give a scenario file or a folder that holds some (rlsim list shows the bundled ones)";
        assertEquals(ExitCode.BAD_SCENARIO, rlsim("run", folder.toString(), "--out", tmp.resolve("out").toString()));
        assertOneLine(message);
        assertFalse(Files.exists(tmp.resolve("out")));
        assertEquals(ExitCode.BAD_SCENARIO, rlsim("validate", folder.toString()), "validate, too, must not call an empty folder fine");
        assertOneLine(message);
        assertEquals("", cli.out());
    }

    @Test
    void fileLargerThanOneMegabyte() throws IOException {
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, Cli.SHORT_SCENARIO + "#".repeat(1 << 20));
        assertEquals(ExitCode.BAD_SCENARIO, rlsim("run", big.toString(), "--out", tmp.resolve("out").toString()));
        assertOneLine("rlsim: " + big + ": the file is larger than 1 MB, far larger than any scenario; check that this is the right file");
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @ParameterizedTest(name = "file name {0}")
    @CsvSource(delimiter = '|', value = {
        "..yaml|.|it starts with '.'",
        ".yml|''|it is empty",
        "nul.yaml|nul|Windows reserves it for a device",
        "a;b.yaml|a;b|it contains ';'",
    })
    void scenarioNamesThatCannotBeAnOutputFolder(String fileName, String name, String problem) throws IOException {
        Path file = tmp.resolve(fileName);
        Files.writeString(file, Cli.SHORT_SCENARIO);
        Path outRoot = tmp.resolve("out");
        assertEquals(ExitCode.BAD_SCENARIO, rlsim("run", file.toString(), "--out", outRoot.toString()));
        assertOneLine("rlsim: " + file + ": the file name gives the scenario name '" + name + "', which cannot be the name"
                + " of its output folder (" + problem + "); rename the file: use letters, digits, spaces and - _ + ( ) . , only,"
                + " starting with a letter or digit");
        assertFalse(Files.exists(outRoot));
    }

    @Test
    void armNameThatWouldLeaveTheOutputFolder() throws IOException {
        Path file = tmp.resolve("escape.yaml");
        Files.writeString(file, Cli.SHORT_SCENARIO.replace("name: A", "name: ../../escaped"));
        assertEquals(ExitCode.BAD_SCENARIO, rlsim("run", file.toString(), "--out", tmp.resolve("out").toString()));
        assertOneLine("rlsim: " + file + ":5:11: arm name '../../escaped' cannot be part of a file name (it contains '/');"
                + " use letters, digits, spaces and - _ + ( ) . , only, starting with a letter or digit");
        assertFalse(Files.exists(tmp.resolve("out")));
        assertFalse(Files.exists(tmp.getParent().resolve("escaped")));
    }

    @Test
    void outputFolderInsideAFile() throws IOException {
        // A path under a regular file cannot be created, even by root (permission bits would not stop root).
        Path file = Files.writeString(tmp.resolve("taken"), "x");
        Path outRoot = file.resolve("sub");
        assertEquals(ExitCode.CANNOT_WRITE, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", outRoot.toString(), "--format", "csv"));
        assertTrue(cli.err().startsWith("rlsim: " + outRoot + ": cannot write output ("), cli.err());
        assertTrue(cli.err().endsWith("); choose a folder you can write to with --out" + System.lineSeparator()), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void outputFolderWithoutWritePermission() throws IOException {
        Path locked = Files.createDirectories(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (as in many containers and CI runners) may write anyway: then there is nothing to test.
            assumeFalse(Files.isWritable(locked), "running as root: permission bits do not stop writing");
            assertEquals(ExitCode.CANNOT_WRITE, rlsim("run", "scenarios/oral-vs-iv.yaml", "--out", locked.toString(), "--format", "csv"));
            assertOneLine("rlsim: --out " + locked + ": the folder is not writable; choose a folder you can write to with --out");
            assertNothingWrittenTo(locked);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
