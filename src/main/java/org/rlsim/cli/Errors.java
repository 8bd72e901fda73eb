package org.rlsim.cli;

import java.io.PrintWriter;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.simulation.SimulationException;

/** Turns an exception from a command into one line for people and an exit code. */
final class Errors {
    private Errors() {
    }

    /** Prints the error's one-line message (and the stack trace when asked) and returns its exit code. */
    static int report(Exception e, PrintWriter err, boolean stacktrace) {
        int code;
        String message;
        if (e instanceof UserError user) {
            code = user.exitCode();
            message = user.getMessage();
        } else if (e instanceof SimulationException sim) {
            code = ExitCode.SIMULATION_FAILED;
            message = "simulation failed: " + sim.getMessage();
        } else {
            code = ExitCode.INTERNAL_ERROR;
            message = "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report it with the output of --stacktrace";
        }
        // Messages quote file names and options as typed: keep them on one line with nothing a terminal would act on.
        err.println("rlsim: " + ScenarioException.oneLine(String.valueOf(message)));
        if (stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
