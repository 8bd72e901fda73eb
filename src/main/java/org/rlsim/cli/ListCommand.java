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
        header = "List the lessons, or the scenarios in a folder.",
        description = {"List the bundled lessons (or, given DIR, the scenarios in that folder): each one's name and"
                + " title, and below it the hypothesis it illustrates. rlsim describe NAME tells more."},
        footer = {"%nExamples:", "  rlsim list", "  rlsim list my-scenarios/"})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "Folder of scenario files (default: the lessons bundled with rlsim).")
    Path folder;

    @Override
    public Integer call() throws UserError {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserError(ExitCode.BAD_SCENARIO, folder + ": no such folder; name a folder of scenario files,"
                    + " or leave it out to list the bundled lessons");
        }
        PrintWriter out = TerminalWriter.around(spec.commandLine().getOut());
        ScenarioLoader loader = new ScenarioLoader();
        var files = folder == null ? BundledLessons.files() : ScenarioFiles.inFolder(folder);
        for (Path file : files) {
            String name = ScenarioFiles.nameOf(file);
            try {
                Scenario s = ScenarioFiles.load(loader, file);
                out.println(name + ": " + s.title());
                if (!s.lesson().hypothesis().isEmpty()) {
                    out.println(LessonText.wrap(s.lesson().hypothesis(), "    "));
                }
            } catch (UserError e) {
                out.println(name + ": (invalid: rlsim validate " + file + " tells why)");
            }
        }
        if (files.isEmpty()) {
            out.println("No .yaml scenario files in " + folder + ".");
        } else if (folder == null) {
            out.println();
            out.println("rlsim describe NAME tells more; rlsim run NAME runs one (from any folder).");
        }
        out.flush();
        return ExitCode.OK;
    }
}
