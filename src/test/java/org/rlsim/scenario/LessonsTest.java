package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled lesson in {@code scenarios/} (not {@code scenarios/calibration/}) is a claim the model must
 * keep: it is run, and each expectation it does not meet is named. A lesson also says what it teaches.
 * In the {@code slow} profile (mvn test -Pslow, run by CI): it runs every lesson (CI also checks them with rlsim run scenarios/ --check).
 */
@Tag("slow")
class LessonsTest {
    static Stream<Path> lessons() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void meetsEveryExpectation(Path file) throws ScenarioException {
        Scenario scenario = new ScenarioLoader().load(file);
        List<Verdict> verdicts = new ScenarioRunner().run(scenario, Map.of()).verdicts();
        List<String> unmet = verdicts.stream().filter(v -> !v.met()).map(Verdict::line).toList();
        assertTrue(unmet.isEmpty(), file + ":\n" + String.join("\n", unmet));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void saysWhatItTeaches(Path file) throws ScenarioException {
        Scenario scenario = new ScenarioLoader().load(file);
        Lesson lesson = scenario.lesson();
        assertFalse(lesson.hypothesis().isEmpty(), "hypothesis");
        assertFalse(lesson.sources().isEmpty(), "sources");
        assertFalse(lesson.predict().isEmpty(), "predict");
        assertFalse(lesson.observe().isEmpty(), "observe");
        int n = scenario.expectations().size();
        assertTrue(n >= 3 && n <= 6, "a lesson has 3 to 6 expectations, not " + n);
        assertTrue(scenario.warnings().isEmpty(), scenario.warnings().toString());
    }

    @Test
    void theLibraryHasItsTenLessons() throws IOException {
        List<String> names = lessons().map(f -> f.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("oral-vs-iv.yaml", "alternate-day-dosing.yaml", "absorption-inhibitors.yaml",
                "ferritin-target-75.yaml", "symptom-return.yaml", "iv-formulations.yaml", "brain-iron-normal-serum.yaml",
                "hemoglobin-is-not-the-driver.yaml", "iron-availability.yaml", "dopamine-agonist-augmentation.yaml",
                "hypoxia-pathway.yaml", "genetic-risk.yaml", "rls-risk.yaml")),
                names.toString());
    }
}
