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
        description = {"List the scenarios in a folder (default: the bundled scenarios/ folder): each one's name and",
            "title, and below it the hypothesis it illustrates. rlsim describe NAME tells more."})
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
        PrintWriter out = TerminalWriter.around(spec.commandLine().getOut());
        ScenarioLoader loader = new ScenarioLoader();
        var files = ScenarioFiles.inFolder(folder);
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
            try {
                Scenario s = ScenarioFiles.load(loader, file);
                out.println(name + ": " + s.title());
                if (!s.lesson().hypothesis().isEmpty()) {
                    out.println(LessonText.wrap(s.lesson().hypothesis(), "    "));
                }
            } catch (UserError e) {
                out.println(name + ": (invalid: run rlsim validate " + file + ")");
            }
        }
        if (files.isEmpty()) {
            out.println("No .yaml scenario files in " + folder + ".");
        }
        out.flush();
        return ExitCode.OK;
    }
}
