package org.rlsim.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The marker file {@value #FILE_NAME} that rlsim writes into every output folder, listing the files it
 * wrote there. It is how rlsim recognises its own folders: a folder is replaced on the next run only
 * when it has this marker and holds nothing but the files listed in it, so files that someone else put
 * there (a teacher's notes, a scenario file) are never deleted.
 */
final class OutputManifest {
    /** Name of the marker file inside an output folder. */
    static final String FILE_NAME = ".rlsim-output";

    /** First line of the marker; a file without it is not rlsim's marker. */
    private static final String FIRST_LINE = "# rlsim output folder: rlsim wrote the files listed below"
            + " and replaces them on its next run into this folder.";
    private static final String SECOND_LINE = "# A file not listed here stops that run (unless --force),"
            + " so files rlsim did not write are never deleted.";

    /** A marker larger than this (bytes) is not one rlsim wrote: it lists a few dozen short names. */
    private static final long MAX_BYTES = 1 << 20;

    private OutputManifest() {
    }

    /** What sits at the place of an output folder, and whether rlsim may replace it. */
    sealed interface Inspection {
    }

    /** Nothing is there. */
    record Absent() implements Inspection {
    }

    /**
     * A folder rlsim wrote.
     *
     * @param files names of the files it holds that rlsim wrote, the marker and a staging marker not included
     */
    record Owned(Set<String> files) implements Inspection {
    }

    /**
     * Something rlsim did not write.
     *
     * @param reason why, e.g. "it holds notes.txt, which rlsim did not write"
     * @param isFolder whether it is a real folder (not a file or a symbolic link)
     */
    record Foreign(String reason, boolean isFolder) implements Inspection {
    }

    /** Looks at {@code place} without following symbolic links. */
    static Inspection inspect(Path place) throws IOException {
        if (Files.isSymbolicLink(place)) {
            return new Foreign("it is a symbolic link, which rlsim does not follow", false);
        }
        if (!Files.exists(place, LinkOption.NOFOLLOW_LINKS)) {
            return new Absent();
        }
        if (!Files.isDirectory(place, LinkOption.NOFOLLOW_LINKS)) {
            return new Foreign("it is a file, not an output folder of rlsim", false);
        }
        Path marker = place.resolve(FILE_NAME);
        List<String> listed = read(marker);
        if (listed == null) {
            return new Foreign("it has no " + FILE_NAME + " marker, so rlsim did not write it", true);
        }
        Set<String> files = new LinkedHashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(place)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.equals(FILE_NAME) || name.equals(StagingFolder.MARKER) && StagingFolder.isMarker(entry)) {
                    continue;
                }
                if (!listed.contains(name) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    return new Foreign("it holds " + name + ", which rlsim did not write", true);
                }
                files.add(name);
            }
        }
        return new Owned(files);
    }

    /** Writes the marker listing {@code files} into {@code file}. */
    static void write(Path file, Iterable<String> files) throws IOException {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n').append(SECOND_LINE).append('\n');
        for (String name : files) {
            text.append(name).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The files a marker lists, or null if {@code file} is not rlsim's marker (missing, a link, or other text). */
    private static List<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).equals(FIRST_LINE)) {
            return null;
        }
        List<String> files = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("#") && !line.isBlank()) {
                files.add(line);
            }
        }
        return files;
    }
}
