package org.rlsim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SolverSettings;
import org.rlsim.testing.Examples;

class RunInfoTest {
    @Test
    void namesScenarioPatientVersionVariantsChangedParametersSolverFilesAndDisclaimer() {
        String text = RunInfo.text(Examples.oralVersusIv(), List.of("timeseries.csv", "overview.png"), "rlsim run oral-vs-iv.yaml");
        for (String expected : List.of("oral-vs-iv.yaml", "Oral versus IV iron", "rls-iron-deficient",
                "version " + Examples.oralVersusIv().modelVersion(),
                "Model variants (every arm): bbb: upregulation-failure, dopamine: combined, inflammation: none, hypoxia: none\n",
                "bbb.capacity = 0.85\n", "blood.menstrual_loss_ml_per_d = 4 mL/d\n",
                "absolute tolerance 1E-9 mg", "  timeseries.csv\n", "  overview.png\n",
                "Teaching model — not for clinical decisions.")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    /** The solver settings are those the run used, not the defaults (they used to be the defaults always). */
    @Test
    void reportsTheSolverSettingsTheRunUsed() {
        Scenario week = Examples.healthyManWithHb().scenario();
        ScenarioResult loose = new ScenarioRunner(new Simulator(new SolverSettings(1e-7, 1e-6, 24))).run(week, Map.of());
        String text = RunInfo.text(loose, List.of(), "rlsim run healthy-man.yaml");
        assertTrue(text.contains("absolute tolerance 1E-7 mg, relative tolerance 0.000001, largest step 24 h"), text);
    }
}
