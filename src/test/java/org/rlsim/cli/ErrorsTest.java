package org.rlsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.Regimen;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SolverSettings;

/** What people see when a command fails: one line, and the exit code listed in --help. */
class ErrorsTest {
    private final StringWriter err = new StringWriter();

    private int report(Exception e) {
        return Errors.report(e, new PrintWriter(err, true), false);
    }

    @Test
    void aSimulationThatCannotGoOnNamesTheArmTheTimeAndWhatToTry() {
        // Solver settings far stricter than any real run stand in for parameters that make the model too stiff
        // (no allowed parameter values are known to do that; the fuzzer keeps looking).
        Scenario scenario = new Scenario("s", "S", Map.of(), 48, 1,
                List.of(new Arm("Oral iron", Patient.find("rls-iron-deficient").orElseThrow(), Regimen.none(), Map.of())), List.of(Observable.HB));
        ScenarioRunner stiff = new ScenarioRunner(new Simulator(new SolverSettings(1e-30, 1e-30, 168)));
        SimulationException e = org.junit.jupiter.api.Assertions.assertThrows(SimulationException.class,
                () -> stiff.run(scenario, Map.of()));
        assertEquals(ExitCode.SIMULATION_FAILED, report(e));
        assertEquals("rlsim: simulation failed: arm 'Oral iron': before day 0, while settling the patient's untreated state,"
                + " the model changed too fast to be followed; the parameters probably take the model far outside its usual"
                + " range; undo the last parameter change, or move changed parameters back toward their usual range"
                + " (rlsim params shows it)" + System.lineSeparator(), err.toString());
    }

    @Test
    void aFailureDuringTheRunGivesTheSimulatedTime() {
        SimulationException e = new SimulationException("the simulated values became infinite or undefined",
                "arm 'IV': the simulated values became infinite or undefined at day 3, 08:00 (simulated time); "
                        + SimulationException.HINT, 80, null);
        assertEquals(ExitCode.SIMULATION_FAILED, report(e));
        assertEquals("rlsim: simulation failed: arm 'IV': the simulated values became infinite or undefined at day 3, 08:00"
                + " (simulated time); " + SimulationException.HINT + System.lineSeparator(), err.toString());
    }

    @Test
    void everyMessageIsOneLineEvenWhenItQuotesAFileNameWithALineBreak() {
        assertEquals(ExitCode.BAD_SCENARIO, report(new UserError(ExitCode.BAD_SCENARIO, "odd\nname.yaml: no such file; check it")));
        assertEquals("rlsim: odd name.yaml: no such file; check it" + System.lineSeparator(), err.toString());
    }

    @Test
    void aBugIsReportedAsAnInternalErrorInOneLine() {
        assertEquals(ExitCode.INTERNAL_ERROR, report(new IllegalStateException("oops\nsecond line")));
        assertEquals("rlsim: internal error (IllegalStateException: oops second line); please report it with the output"
                + " of --stacktrace" + System.lineSeparator(), err.toString());
    }
}
