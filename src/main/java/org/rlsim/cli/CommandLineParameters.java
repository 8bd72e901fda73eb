package org.rlsim.cli;

import java.util.List;
import org.rlsim.scenario.ParameterAssignment;
import org.rlsim.scenario.ScenarioException;

/** Parses the {@code --set NAME=VALUE} options; a mistake is a usage error. */
final class CommandLineParameters {
    private CommandLineParameters() {
    }

    static ParameterAssignment parse(List<String> assignments) throws UserError {
        try {
            return ParameterAssignment.parse(assignments);
        } catch (ScenarioException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage(), e);
        }
    }
}
