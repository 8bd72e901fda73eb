package org.rlsim.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lessons bundled with rlsim: the build copies {@code scenarios/*.yaml} into the jar (under
 * {@value #RESOURCE}), so that {@code list}, {@code describe} and {@code run} find them by name from
 * any folder. Read through the jar's file system, so they are paths like any other.
 */
final class BundledLessons {
    /** Where the build puts the lessons among rlsim's classes. */
    static final String RESOURCE = "/org/rlsim/lessons";

    private BundledLessons() {
    }

    /** The folder of bundled lessons, inside the jar (or the build's classes folder). */
    static Path folder() throws UserError {
        URL url = BundledLessons.class.getResource(RESOURCE);
        if (url == null) {
            throw new UserError(ExitCode.INTERNAL_ERROR, "this rlsim was built without its lessons (" + RESOURCE
                    + " is missing); build it again with mvn package");
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            try {
                return FileSystems.getFileSystem(uri).provider().getPath(uri);
            } catch (FileSystemNotFoundException notOpenYet) {
                return FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
            }
        } catch (URISyntaxException | IOException e) {
            throw new UserError(ExitCode.INTERNAL_ERROR, "the bundled lessons cannot be read (" + e.getMessage()
                    + "); build rlsim again with mvn package", e);
        }
    }

    /** The bundled lesson files, sorted by name. */
    static List<Path> files() throws UserError {
        return ScenarioFiles.inFolder(folder());
    }

    /** The bundled lesson called {@code name} (with or without {@code .yaml}), if there is one. */
    static Optional<Path> find(String name) throws UserError {
        String wanted = name.replaceFirst("(?i)\\.ya?ml$", "");
        for (Path file : files()) {
            if (ScenarioFiles.nameOf(file).equals(wanted)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** True when {@code file} is one of the bundled lessons rather than a file on disk. */
    static boolean isBundled(Path file) throws UserError {
        Path folder = folder();
        return file.getFileSystem().equals(folder.getFileSystem()) && file.toAbsolutePath().startsWith(folder);
    }

    /** True when a path as typed could be a lesson name rather than a missing file: no folder in it. */
    static boolean couldBeAName(String typed) {
        return !typed.contains("/") && !typed.contains("\\") && !Files.exists(Path.of(typed));
    }
}
