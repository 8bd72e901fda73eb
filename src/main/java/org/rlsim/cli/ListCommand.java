package org.rlsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlsim list}: the scenarios in a folder and their titles. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the scenarios in a folder (default: the bundled scenarios/ folder) with their titles.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Folder of scenario files (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Override
    public Integer call() throws UserError {
        if (!Files.isDirectory(folder)) {
            throw new UserError(ExitCode.BAD_SCENARIO, folder + ": no such folder; run rlsim from the rlsim folder,"
                    + " or name the folder of scenarios: rlsim list path/to/scenarios");
        }
        PrintWriter out = spec.commandLine().getOut();
        ScenarioLoader loader = new ScenarioLoader();
        int width = 0;
        var files = ScenarioFiles.inFolder(folder);
        for (Path file : files) {
            width = Math.max(width, file.getFileName().toString().length());
        }
        for (Path file : files) {
            String title;
            try {
                Scenario s = ScenarioFiles.load(loader, file);
                title = s.title();
            } catch (UserError e) {
                title = "(invalid: run rlsim validate " + file + ")";
            }
            out.printf("%-" + width + "s  %s%n", file.getFileName(), title);
        }
        if (files.isEmpty()) {
            out.println("No .yaml scenario files in " + folder + ".");
        }
        out.flush();
        return ExitCode.OK;
    }
}
