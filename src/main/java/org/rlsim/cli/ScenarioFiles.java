package org.rlsim.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;

/** Finds and loads the scenario files named on the command line; every file is validated before any runs. */
final class ScenarioFiles {
    private ScenarioFiles() {
    }

    /** The scenario files in a folder (not its sub-folders), sorted by name. */
    static List<Path> inFolder(Path folder) throws UserError {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            for (Path p : entries) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_SCENARIO, folder + ": cannot read the folder (" + e.getMessage() + ")", e);
        }
        files.sort(null);
        return files;
    }

    /** Loads every file, and every .yaml file of every folder, in order. */
    static List<Scenario> loadAll(List<Path> inputs) throws UserError {
        ScenarioLoader loader = new ScenarioLoader();
        List<Scenario> scenarios = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path input : inputs) {
            List<Path> files = Files.isDirectory(input) ? inFolder(input) : List.of(input);
            if (files.isEmpty()) {
                throw emptyFolder(input);
            }
            for (Path file : files) {
                Scenario scenario = load(loader, file);
                Path earlier = seen.putIfAbsent(scenario.name(), file);
                if (earlier != null && !earlier.equals(file)) {
                    throw new UserError(ExitCode.BAD_SCENARIO, file + ": has the same name as " + earlier
                            + ", so their outputs would overwrite each other; rename one of the files");
                }
                if (earlier == null) {
                    scenarios.add(scenario);
                }
            }
        }
        return scenarios;
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
}
