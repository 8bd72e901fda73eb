package org.rlsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rlsim.scenario.Quantity;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rlsim validate}: checks scenario files without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check scenario files without running them.",
        description = "Check scenario files (or folders of them) without running them: one line per file, "
                + "'ok' or what is wrong, where, and how to fix it.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Scenario files (.yaml) or folders of them.")
    List<Path> inputs;

    @Override
    public Integer call() throws UserError {
        PrintWriter out = TerminalWriter.around(spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader();
        int bad = 0;
        for (Path input : inputs) {
            List<Path> files = Files.isDirectory(input) ? ScenarioFiles.inFolder(input) : List.of(input);
            if (files.isEmpty()) {
                err.println("rlsim: " + ScenarioException.oneLine(ScenarioFiles.emptyFolder(input).getMessage()));
                bad++;
            }
            for (Path file : files) {
                try {
                    Scenario s = ScenarioFiles.load(loader, file);
                    out.printf(Locale.ROOT, "ok: %s (%s; %d arm%s over %s)%n", file, s.title(), s.arms().size(),
                            s.arms().size() == 1 ? "" : "s", s.durationWritten());
                    for (String warning : s.warnings()) {
                        out.println("  " + warning);
                    }
                } catch (UserError e) {
                    err.println("rlsim: " + ScenarioException.oneLine(e.getMessage()));
                    bad++;
                }
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? ExitCode.OK : ExitCode.BAD_SCENARIO;
    }
}
