package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rlsim replaces only what it wrote: a file or folder at an output folder's place that rlsim did not
 * write is refused (exit 4, one line) unless {@code --force}; replacing never leaves the place empty or
 * hidden folders behind; leftovers of killed runs are deleted, and only those.
 */
class OutputFolderTest {
    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    private Path scenario(String name) throws IOException {
        Path file = tmp.resolve("scenarios").resolve(name + ".yaml");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, Cli.SHORT_SCENARIO);
    }

    private int run(Path scenario, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private void assertRefused(Path place, String reason) {
        assertEquals("rlsim: " + place + ": not replaced, because " + reason + "; move it away, choose another folder"
                + " with --out, or add --force to replace it", cli.err().lines().findFirst().orElse("").replaceAll(" and delete everything in it$", ""));
        assertEquals(1, cli.err().lines().count(), cli.err());
    }

    @Test
    void aFolderRlsimDidNotWriteIsLeftAlone() throws IOException {
        Path out = tmp.resolve("out");
        Path notes = Files.createDirectories(out.resolve("short")).resolve("notes.txt");
        Files.writeString(notes, "my notes");
        assertEquals(ExitCode.CANNOT_WRITE, run(scenario("short"), out, "--format", "csv"));
        assertRefused(out.resolve("short"), "it has no .rlsim-output marker, so rlsim did not write it");
        assertTrue(cli.err().endsWith("and delete everything in it" + System.lineSeparator()), cli.err());
        assertEquals("my notes", Files.readString(notes));
        assertEquals(Set.of("short"), names(out), "no staging folder left");
        assertEquals("", cli.out(), "refused before simulating");
    }

    @Test
    void aFileSomeoneAddedToAnOutputFolderStopsTheReplacement() throws IOException {
        Path out = tmp.resolve("out");
        Path file = scenario("short");
        assertEquals(ExitCode.OK, run(file, out, "--format", "csv"), cli.err());
        Files.writeString(out.resolve("short/notes.txt"), "teacher's notes");
        assertEquals(ExitCode.CANNOT_WRITE, run(file, out, "--format", "csv"));
        assertRefused(out.resolve("short"), "it holds notes.txt, which rlsim did not write");
        assertEquals("teacher's notes", Files.readString(out.resolve("short/notes.txt")));
        assertTrue(Files.exists(out.resolve("short/summary.csv")), "the earlier output is untouched");
    }

    @Test
    void forceReplacesAFolderRlsimDidNotWrite() throws IOException {
        Path out = tmp.resolve("out");
        Path folder = Files.createDirectories(out.resolve("short").resolve("sub"));
        Files.writeString(folder.resolve("deep.txt"), "x");
        Files.writeString(out.resolve("short/notes.txt"), "x");
        assertEquals(ExitCode.OK, run(scenario("short"), out, "--format", "csv", "--force"), cli.err());
        assertEquals(Set.of(".rlsim-output", "run-info.txt", "summary.csv", "timeseries.csv"), names(out.resolve("short")));
        assertEquals(Set.of("short"), names(out));
    }

    @Test
    void theScenarioFileItselfIsNeverDeleted() throws IOException {
        Path lesson = Files.createDirectories(tmp.resolve("lesson")).resolve("lesson.yaml");
        Files.writeString(lesson, Cli.SHORT_SCENARIO);
        assertEquals(ExitCode.CANNOT_WRITE, run(lesson, tmp));
        assertRefused(tmp.resolve("lesson"), "it has no .rlsim-output marker, so rlsim did not write it");
        assertEquals(Cli.SHORT_SCENARIO, Files.readString(lesson));
    }

    @Test
    void aFileInThePlaceIsRefusedAndReplacedOnlyWithForce() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("short"), "a file");
        assertEquals(ExitCode.CANNOT_WRITE, run(scenario("short"), out, "--format", "csv"));
        assertRefused(out.resolve("short"), "it is a file, not an output folder of rlsim");
        assertFalse(cli.err().contains("delete everything"), cli.err());
        assertEquals("a file", Files.readString(out.resolve("short")));
        assertEquals(ExitCode.OK, run(scenario("short"), out, "--format", "csv", "--force"), cli.err());
        assertTrue(Files.isRegularFile(out.resolve("short/summary.csv")));
    }

    @Test
    void symbolicLinksAreNeverFollowed() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(out.resolve("short"), elsewhere);
        assertEquals(ExitCode.CANNOT_WRITE, run(scenario("short"), out, "--format", "csv"));
        assertRefused(out.resolve("short"), "it is a symbolic link, which rlsim does not follow");
        assertEquals(ExitCode.OK, run(scenario("short"), out, "--format", "csv", "--force"), cli.err());
        assertFalse(Files.isSymbolicLink(out.resolve("short")), "the link itself was replaced");
        assertEquals(Set.of("keep.txt"), names(elsewhere), "what it pointed to is untouched");

        // A link inside an output folder, in place of a file rlsim wrote, is not rlsim's either.
        Path outside = Files.writeString(tmp.resolve("precious.csv"), "precious");
        Files.delete(out.resolve("short/summary.csv"));
        Files.createSymbolicLink(out.resolve("short/summary.csv"), outside);
        assertEquals(ExitCode.CANNOT_WRITE, run(scenario("short"), out, "--format", "csv"));
        assertRefused(out.resolve("short"), "it holds summary.csv, which rlsim did not write");
        assertEquals(ExitCode.OK, run(scenario("short"), out, "--format", "csv", "--force"), cli.err());
        assertFalse(Files.isSymbolicLink(out.resolve("short/summary.csv")));
        assertEquals("precious", Files.readString(outside));
    }

    @Test
    void rlsimReplacesItsOwnFolderLeavingNothingHiddenBehind() throws IOException {
        Path out = tmp.resolve("out");
        Path file = scenario("short");
        assertEquals(ExitCode.OK, run(file, out, "--format", "csv,png"), cli.err());
        assertTrue(Files.exists(out.resolve("short/overview.png")));
        assertEquals(ExitCode.OK, run(file, out, "--format", "csv"), cli.err());
        assertEquals(Set.of(".rlsim-output", "run-info.txt", "summary.csv", "timeseries.csv"), names(out.resolve("short")),
                "the older run's charts are gone, the marker lists the new files");
        assertEquals(Set.of("short"), names(out), "no .short-old-* or .short-incomplete-* folder");
        String marker = Files.readString(out.resolve("short/.rlsim-output"), StandardCharsets.UTF_8);
        assertTrue(marker.endsWith("\ntimeseries.csv\nsummary.csv\nrun-info.txt\n"), marker);
    }

    @Test
    void theOutputNeverDisappearsWhileItIsReplaced() throws Exception {
        Path out = tmp.resolve("out");
        Path file = scenario("short");
        assertEquals(ExitCode.OK, run(file, out, "--format", "csv"), cli.err());
        Path summary = out.resolve("short/summary.csv");
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger looks = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                looks.incrementAndGet();
                if (!Files.isRegularFile(summary)) {
                    missing.incrementAndGet();
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 5; i++) {
                assertEquals(ExitCode.OK, run(file, out, "--format", "csv"), cli.err());
            }
        } finally {
            done.set(true);
            reader.join();
        }
        assertTrue(looks.get() > 100, "the reader looked often: " + looks.get());
        assertEquals(0, missing.get(), "times summary.csv was missing during 5 replacements");
    }

    @Test
    void leftoversOfKilledRunsAreDeletedAndOnlyThose() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path killed = leftover(out, ".short-incomplete-1", "pid " + deadPid() + "\nstarted 2026-01-01T00:00:00Z\n");
        Files.writeString(killed.resolve("timeseries.csv"), "half");
        Path killedOther = leftover(out, ".other-incomplete-2", "pid " + deadPid() + "\nstarted unknown\n");
        Path running = leftover(out, ".short-incomplete-3", "pid " + ProcessHandle.current().pid() + "\nstarted "
                + ProcessHandle.current().info().startInstant().map(Object::toString).orElse("unknown") + "\n");
        Path reusedPid = leftover(out, ".short-incomplete-4", "pid " + ProcessHandle.current().pid()
                + "\nstarted 2000-01-01T00:00:00Z\n");
        Path notOurs = Files.createDirectories(out.resolve(".short-incomplete-5"));
        Files.writeString(notOurs.resolve("x.txt"), "someone's");
        Path fakeMarker = Files.createDirectories(out.resolve(".short-incomplete-6"));
        Files.writeString(fakeMarker.resolve(StagingFolder.MARKER), "not rlsim's\npid 1\n");

        assertEquals(ExitCode.OK, run(scenario("short"), out, "--format", "csv"), cli.err());
        assertFalse(Files.exists(killed), "a killed run's staging folder is deleted");
        assertFalse(Files.exists(killedOther), "also one of another scenario");
        assertFalse(Files.exists(reusedPid), "its process id now belongs to another process");
        assertTrue(Files.exists(running.resolve(StagingFolder.MARKER)), "a run still going is left alone");
        assertTrue(Files.exists(notOurs.resolve("x.txt")), "a folder rlsim did not mark is left alone");
        assertTrue(Files.exists(fakeMarker), "a marker rlsim did not write is not rlsim's");
    }

    @Test
    void calibrationOutObeysTheSameRule() throws IOException {
        Path out = tmp.resolve("scenarios");
        Path mine = Files.createDirectories(out.resolve("calibration")).resolve("t01.yaml");
        Files.writeString(mine, "title: mine");
        assertEquals(ExitCode.CANNOT_WRITE, cli.run("calibration", "--out", out.toString(), "--format", "csv"));
        assertRefused(out.resolve("calibration"), "it has no .rlsim-output marker, so rlsim did not write it");
        assertEquals("title: mine", Files.readString(mine));
        assertEquals("", cli.out(), "refused before running the experiments");
    }

    @Test
    void forceIsInTheHelpOfEveryCommandThatWrites() {
        for (String command : List.of("run", "calibration")) {
            assertEquals(ExitCode.OK, cli.run(command, "--help"));
            assertTrue(cli.out().contains("--force"), command + ": " + cli.out());
        }
    }

    private static Path leftover(Path root, String name, String processLines) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve(StagingFolder.MARKER), "# rlsim is writing an output folder here;"
                + " a later run deletes this folder once the process below has ended.\n" + processLines);
        assertTrue(Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS));
        return dir;
    }

    /** A process id no process has now: one of a process that has ended. */
    private static long deadPid() throws IOException {
        Process p = new ProcessBuilder("true").start();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return p.pid();
    }
}
