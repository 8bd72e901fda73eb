package org.rlsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rlsim.scenario.Expectation;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.Verdict;
import org.rlsim.simulation.RunControl;

/** The lessons with sweeps or a tornado meet their expectations over many runs (LessonsTest checks the arms'). */
class LessonAnalysesTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dose-response.yaml", "what-matters-most.yaml"})
    void meetsEveryExpectationOverItsRuns(String file) throws Exception {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios", file));
        ScenarioAnalyses analyses = ScenarioAnalyses.run(scenario, Map.of(), new RunControl());
        long overRuns = scenario.expectations().stream().filter(Expectation::overRuns).count();
        assertFalse(overRuns == 0, "the lesson checks the shape of its curves");
        assertEquals(overRuns, analyses.verdicts().size());
        List<String> unmet = analyses.verdicts().stream().filter(v -> !v.met()).map(Verdict::line).toList();
        assertEquals(List.of(), unmet);
    }
}
