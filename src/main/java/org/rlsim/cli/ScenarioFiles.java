package org.rlsim.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rlsim.scenario.DidYouMean;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;

/** Finds and loads the scenario files named on the command line; every file is validated before any runs. */
final class ScenarioFiles {
    /** A scenario file's name: ends with .yaml or .yml, also written .YAML or .Yml (as some systems save them). */
    private static final Pattern SCENARIO_FILE = Pattern.compile("(?i).+\\.ya?ml");

    private ScenarioFiles() {
    }

    /** The scenario files in a folder (not its sub-folders): {@code .yaml} or {@code .yml} in any case, sorted by name. */
    static List<Path> inFolder(Path folder) throws UserError {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (SCENARIO_FILE.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_SCENARIO, folder + ": cannot read the folder (" + e.getMessage() + ")", e);
        }
        files.sort(null);
        return files;
    }

    /** A scenario's name: its file name without {@code .yaml} or {@code .yml}. */
    static String nameOf(Path file) {
        return file.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
    }

    /**
     * Every file named, and every .yaml file of every folder named, in order. A name that is no file or
     * folder here but is the name of a bundled lesson ({@code oral-vs-iv}, {@code oral-vs-iv.yaml}) stands for
     * that lesson.
     */
    static List<Path> expand(List<Path> inputs) throws UserError {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (BundledLessons.couldBeAName(input.toString())) {
                var lesson = BundledLessons.find(input.toString());
                if (lesson.isPresent()) {
                    files.add(lesson.get());
                    continue;
                }
            }
            List<Path> inFolder = Files.isDirectory(input) ? inFolder(input) : List.of(input);
            if (inFolder.isEmpty()) {
                throw emptyFolder(input);
            }
            files.addAll(inFolder);
        }
        return files;
    }

    /**
     * Refuses a second scenario of the same name from another file, as their outputs would overwrite each other.
     *
     * @param seen the files of the scenarios so far, by scenario name; this one is added
     * @return false if this very file came before (named twice): it need not run again
     */
    static boolean isNew(Map<String, Path> seen, Scenario scenario, Path file) throws UserError {
        Path earlier = seen.putIfAbsent(scenario.name(), file);
        if (earlier != null && earlier.equals(file)) {
            return false;
        }
        if (earlier != null) {
            throw new UserError(ExitCode.BAD_SCENARIO, file + ": has the same name as " + earlier
                    + ", so their outputs would overwrite each other; rename one of the files");
        }
        return true;
    }

    /** The error for a folder without scenario files (sub-folders are not searched). */
    static UserError emptyFolder(Path folder) {
        return new UserError(ExitCode.BAD_SCENARIO, folder + ": the folder has no .yaml scenario files (sub-folders are"
                + " not searched); give a scenario file or a folder that holds some (rlsim list shows the bundled ones)");
    }

    static Scenario load(ScenarioLoader loader, Path file) throws UserError {
        try {
            return loader.load(file);
        } catch (ScenarioException e) {
            throw new UserError(ExitCode.BAD_SCENARIO, e.getMessage(), e);
        }
    }

    /**
     * The file a scenario NAME stands for: a path as given (with or without {@code .yaml}), else NAME in the
     * folder (the option {@code --in}; null: none given), else the bundled lesson of that name.
     */
    static Path find(String name, Path folder) throws UserError {
        String bare = name.replaceFirst("(?i)\\.ya?ml$", "");
        for (String candidate : List.of(name, bare + ".yaml", bare + ".yml")) {
            Path asGiven = Path.of(candidate);
            if (folder == null && Files.isRegularFile(asGiven)) {
                return asGiven;
            }
        }
        if (folder != null) {
            if (!Files.isDirectory(folder)) {
                throw new UserError(ExitCode.BAD_SCENARIO, "--in " + folder + ": no such folder; name a folder of"
                        + " scenario files, or leave --in out to look NAME up among the bundled lessons");
            }
            for (String extension : List.of(".yaml", ".yml")) {
                Path inFolder = folder.resolve(bare + extension);
                if (Files.isRegularFile(inFolder)) {
                    return inFolder;
                }
            }
        } else {
            var lesson = BundledLessons.find(bare);
            if (lesson.isPresent()) {
                return lesson.get();
            }
        }
        List<Path> known = folder == null ? BundledLessons.files() : ScenarioFiles.inFolder(folder);
        List<String> names = known.stream().map(ScenarioFiles::nameOf).toList();
        String where = folder == null ? "among the bundled lessons" : "in " + folder;
        String listing = folder == null ? "rlsim list shows them" : "rlsim list " + folder + " shows them";
        throw new UserError(ExitCode.BAD_SCENARIO, name + ": no scenario file, and no scenario of this name " + where + "; "
                + DidYouMean.closest(bare, names).map(c -> "did you mean '" + c + "'? (" + listing + ")").orElse(listing));
    }
}
