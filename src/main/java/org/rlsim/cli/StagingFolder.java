package org.rlsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The hidden folder {@code <root>/.<name>-incomplete-<random>} an output folder is written into before it
 * is moved into place. It holds a marker file {@value #MARKER} naming the process that writes it, so that
 * a later run can tell a leftover of a killed run (its process has ended) from a folder another run is
 * writing right now, and deletes only leftovers that rlsim made.
 */
final class StagingFolder {
    /** Name of the marker file inside a staging folder. */
    static final String MARKER = ".rlsim-incomplete";

    private static final String FIRST_LINE = "# rlsim is writing an output folder here;"
            + " a later run deletes this folder once the process below has ended.";
    private static final String INFIX = "-incomplete-";
    /** A staging marker is three short lines; anything larger is not one. */
    private static final long MAX_MARKER_BYTES = 4096;

    private StagingFolder() {
    }

    /** Creates an empty staging folder for the output folder {@code name} in {@code root}, with its marker. */
    static Path create(Path root, String name) throws IOException {
        Path dir = Files.createTempDirectory(root, "." + name + INFIX);
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(dir.resolve(MARKER), FIRST_LINE + "\npid " + self.pid() + "\nstarted "
                + self.info().startInstant().map(Instant::toString).orElse("unknown") + "\n", StandardCharsets.UTF_8);
        return dir;
    }

    /** Whether {@code file} is a staging marker rlsim wrote (a regular file starting with the marker's first line). */
    static boolean isMarker(Path file) throws IOException {
        return lines(file).isPresent();
    }

    /**
     * Deletes the staging folders in {@code root} that runs killed before they finished left behind: hidden
     * folders named {@code .<name>-incomplete-*} holding a marker whose process has ended. Folders of runs
     * still going, and anything without the marker, are left alone; a leftover that cannot be deleted is
     * left too (it is hidden and harmless).
     */
    static void deleteLeftovers(Path root) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, ".*" + INFIX + "*")) {
            for (Path dir : entries) {
                if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && isLeftover(dir.resolve(MARKER))) {
                    deleteFlat(dir);
                }
            }
        } catch (IOException e) {
            // best effort: leftovers are hidden and are tried again on the next run
        }
    }

    /**
     * Deletes a folder rlsim wrote, which holds files only: a sub-folder (not rlsim's) makes the deletion
     * stop with the folder still there. The staging marker goes last, so a folder that could not be
     * deleted whole is still recognised as rlsim's by the next run. Symbolic links are deleted, never followed.
     */
    static void deleteFlat(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(MARKER) && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(entry);
                }
            }
        }
        Files.deleteIfExists(dir.resolve(MARKER));
        Files.delete(dir);
    }

    /** Whether the marker names a process that has ended (or is now another program with the same id). */
    private static boolean isLeftover(Path marker) throws IOException {
        Optional<List<String>> lines = lines(marker);
        if (lines.isEmpty() || lines.get().size() < 3 || !lines.get().get(1).startsWith("pid ")
                || !lines.get().get(2).startsWith("started ")) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get().get(1).substring(4).strip());
        } catch (NumberFormatException e) {
            return false;
        }
        String started = lines.get().get(2).substring(8).strip();
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        Optional<Instant> start = process.get().info().startInstant();
        return start.isPresent() && !started.equals("unknown") && !start.get().toString().equals(started);
    }

    private static Optional<List<String>> lines(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_MARKER_BYTES) {
            return Optional.empty();
        }
        List<String> lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n"));
        return lines.get(0).equals(FIRST_LINE) ? Optional.of(lines) : Optional.empty();
    }
}
