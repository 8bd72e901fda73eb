package org.rlsim.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rlsim.explore.Exploration;
import org.rlsim.explore.ExplorationReader;
import org.rlsim.explore.ExplorerRun;
import org.rlsim.explore.ScenarioYaml;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.simulation.Trajectory;

/**
 * Every lesson, taken to the page's neutral form (as JSON text, as the page gets it) and back, runs to
 * exactly rlsim run's numbers; and the scenario file the page writes of it loads and runs to exactly the
 * same numbers again. Both run on the JVM, so "exactly" is bit for bit.
 * In the {@code slow} profile (mvn test -Pslow, run by CI): it runs every lesson three times, about a minute.
 */
@Tag("slow")
class LessonFormTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> lessons() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void theNeutralFormAndTheWrittenScenarioRunToRlsimRunsNumbers(Path file) throws ScenarioException, IOException {
        Scenario scenario = new ScenarioLoader().load(file);
        ScenarioResult expected = new ScenarioRunner().run(scenario, Map.of());

        String neutral = JSON.writeValueAsString(LessonForm.of(scenario));
        Exploration exploration = ExplorationReader.read(new JsonSpecNode(JSON.readTree(neutral)));
        assertEquals(scenario.charts(), exploration.charts());
        List<Trajectory> fromPage = new ExplorerRun().run(exploration);
        assertSame(expected, fromPage, file + " through the neutral form");

        String yaml = ScenarioYaml.write(exploration);
        assertTrue(yaml.startsWith("# Written by rlsim's explorer page. Teaching model — not for clinical decisions."), yaml);
        Scenario reloaded = new ScenarioLoader().parse(yaml, "page.yaml", scenario.name());
        assertEquals(List.of(), reloaded.warnings(), yaml);
        assertSame(new ScenarioRunner().run(reloaded, Map.of()), fromPage, file + " through the page's scenario file:\n" + yaml);
    }

    private static void assertSame(ScenarioResult expected, List<Trajectory> actual, String what) {
        assertEquals(expected.arms().size(), actual.size(), what);
        for (int i = 0; i < actual.size(); i++) {
            ArmResult arm = expected.arms().get(i);
            Trajectory t = actual.get(i);
            assertArrayEquals(arm.trajectory().timeH(), t.timeH(), what + ", " + arm.arm().name() + ": times");
            assertEquals(arm.trajectory().events(), t.events(), what + ", " + arm.arm().name() + ": dose events");
            for (Observable o : Observable.values()) {
                assertArrayEquals(arm.trajectory().series(o), t.series(o), what + ", " + arm.arm().name() + ": " + o);
            }
        }
    }
}
