package org.rlsim.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioLoader;

/**
 * Fuzzes {@link ScenarioLoader#parse}: whatever the text, the loader either gives a scenario that can
 * be simulated or a {@link ScenarioException} with one clear line (see {@link FuzzContract}).
 *
 * <p>{@code mvn test} replays the inputs in {@code src/test/resources/org/rlsim/fuzz/ScenarioLoaderFuzzTestInputs/parse/}
 * (past findings and a valid scenario); {@code mvn test -Pfuzz} fuzzes, seeded with the bundled scenarios
 * and the broken-scenario corpus (see README, "Robustness testing").
 */
class ScenarioLoaderFuzzTest {
    private static final String SOURCE = "fuzz.yaml";

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "scenario.dict")
    void parse(byte[] input) {
        // Invalid UTF-8 is ScenarioLoader.load's business (tested by not-utf8.yaml); parse takes text.
        String yaml = new String(input, StandardCharsets.UTF_8);
        Scenario scenario;
        try {
            scenario = new ScenarioLoader().parse(yaml, SOURCE, "fuzz");
        } catch (ScenarioException e) {
            FuzzContract.assertGoodScenarioError(e, SOURCE, yaml);
            return;
        }
        FuzzContract.runBriefly(scenario, Map.of());
    }
}
