package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlsim.scenario.ScenarioLoader;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;

/** A footer never counts a cohort's typical patients as if they were all the patients of the run. */
class ProvenanceTest {
    @Test
    void withVirtualPatientsTheScenariosPatientsAreCalledTypical(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("genetic-penetrance.yaml");
        Files.writeString(file, Files.readString(Path.of("scenarios", "genetic-penetrance.yaml")).replace("size: 500", "size: 3"));
        ScenarioResult result = new ScenarioRunner().run(new ScenarioLoader().load(file), Map.of());
        List<String> forms = Charts.provenance(result, result.scenario().patients());
        assertTrue(forms.contains("2 typical patients  ·  genetic-penetrance.yaml"), forms.toString());
    }
}
