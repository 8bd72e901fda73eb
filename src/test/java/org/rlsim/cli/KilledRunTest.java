package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during a run, while it writes its files: the older output folder is untouched, and the
 * next run deletes the killed run's staging folder. The run is a real rlsim process, killed with SIGKILL
 * once its staging folder holds a file; skipped where processes cannot be killed that way. In the
 * {@code slow} profile.
 */
@Tag("slow")
class KilledRunTest {
    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    @Test
    void aKilledRunLeavesTheOlderOutputWholeAndItsLeftoverIsDeletedNextTime() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "skipped: Windows has no SIGKILL");
        Path out = tmp.resolve("out");
        assertEquals(ExitCode.OK, cli.run("run", "scenarios/oral-vs-iv.yaml", "--out", out.toString(), "--format", "csv"), cli.err());
        Map<String, byte[]> before = Cli.contents(out.resolve("oral-vs-iv"));

        Path leftover = killWhileWriting(out);
        assertTrue(Files.isDirectory(leftover), "the killed run left its staging folder: " + leftover);
        Map<String, byte[]> after = Cli.contents(out.resolve("oral-vs-iv"));
        assertEquals(before.keySet(), after.keySet(), "the older output folder is untouched");
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name);
        }

        assertEquals(ExitCode.OK, cli.run("run", "scenarios/oral-vs-iv.yaml", "--out", out.toString(), "--format", "csv"), cli.err());
        assertFalse(Files.exists(leftover), "the next run deleted the leftover");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("oral-vs-iv"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Starts rlsim writing every format into {@code out} and kills it with SIGKILL once a chart is being written. */
    private static Path killWhileWriting(Path out) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process run = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "scenarios/oral-vs-iv.yaml", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && run.isAlive()) {
                Optional<Path> staging = stagingWithAFile(out);
                if (staging.isPresent()) {
                    run.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean-up
                    run.waitFor();
                    return staging.get();
                }
                Thread.sleep(2);
            }
            assumeTrue(false, "skipped: the run ended before it could be killed while writing");
            return null;
        } finally {
            run.destroyForcibly();
        }
    }

    private static Optional<Path> stagingWithAFile(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".oral-vs-iv-incomplete-")).toList()) {
                try (Stream<Path> files = Files.list(p)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(".png"))) {
                        return Optional.of(p);
                    }
                } catch (IOException e) {
                    // the folder went away meanwhile
                }
            }
        }
        return Optional.empty();
    }
}
