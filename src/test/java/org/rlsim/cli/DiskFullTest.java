package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A full disk while writing any format is exit 4 with one line and leaves nothing behind; an older
 * output folder stays as it was. Runs where the test may mount a small tmpfs (root with the right to
 * mount, as in CI's container); skipped elsewhere, saying why. In the {@code slow} profile.
 */
@Tag("slow")
class DiskFullTest {
    @TempDir
    Path tmp;

    private Path disk;
    private final Cli cli = new Cli();

    /** Mounts a tmpfs of {@code size} (e.g. "200k") on a fresh folder, or skips the test saying why it cannot. */
    private Path mountDisk(String size) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(tmp.resolve("disk"));
        String said;
        int code;
        try {
            Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            code = mount.waitFor();
        } catch (IOException e) {
            said = e.getMessage();
            code = -1;
        }
        assumeTrue(code == 0, "skipped: a full disk is simulated with a " + size + " tmpfs, which needs root with the"
                + " right to mount (mount said: " + said + ")");
        disk = dir;
        return dir;
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        if (disk != null) {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        }
    }

    private static List<String> everything(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private void assertDiskFullLine(Path place) {
        assertEquals("rlsim: " + place + ": cannot write output (the disk is full); nothing was written: free some space"
                + " or choose another folder with --out" + System.lineSeparator(), cli.err());
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"svg", "png", "pdf", "csv"})
    void aFullDiskIsExit4WithNothingLeftBehind(String format) throws Exception {
        Path disk = mountDisk("200k");
        Path out = disk.resolve("out").resolve("deeper");
        assertEquals(ExitCode.CANNOT_WRITE, cli.run("run", "scenarios/oral-vs-iv.yaml", "--out", out.toString(), "--format", format));
        assertDiskFullLine(out.resolve("oral-vs-iv"));
        assertEquals(List.of(), everything(disk), "not even the --out folders rlsim created");
    }

    @Test
    void calibrationOnAFullDiskIsExit4WithNothingLeftBehind() throws Exception {
        Path disk = mountDisk("200k");
        assertEquals(ExitCode.CANNOT_WRITE, cli.run("calibration", "--out", disk.toString(), "--format", "svg"));
        assertDiskFullLine(disk.resolve("calibration"));
        assertEquals(List.of(), everything(disk));
    }

    @Test
    void anOlderOutputStaysWholeWhenTheDiskFillsDuringItsReplacement() throws Exception {
        Path disk = mountDisk("200k");
        Path scenario = Files.writeString(tmp.resolve("short.yaml"), Cli.SHORT_SCENARIO);
        assertEquals(ExitCode.OK, cli.run("run", scenario.toString(), "--out", disk.toString(), "--format", "csv"), cli.err());
        Map<String, byte[]> before = Cli.contents(disk.resolve("short"));
        assertEquals(ExitCode.CANNOT_WRITE, cli.run("run", scenario.toString(), "--out", disk.toString()));
        assertDiskFullLine(disk.resolve("short"));
        Map<String, byte[]> after = Cli.contents(disk.resolve("short"));
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name);
        }
        assertEquals(List.of("short"), everything(disk).stream().filter(n -> !n.contains("/")).toList(), "no staging folder left");
        assertTrue(before.containsKey(".rlsim-output"));
    }
}
