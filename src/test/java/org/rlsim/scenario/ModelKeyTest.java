package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsim.model.BbbHypothesis;
import org.rlsim.model.DopamineHypothesis;
import org.rlsim.model.HypoxiaHypothesis;
import org.rlsim.model.Inflammation;
import org.rlsim.model.ModelVariants;
import org.rlsim.report.RunInfo;

/** The {@code model:} key: top level over the patient's variants, then each arm's over the scenario's. */
class ModelKeyTest {
    private static final String SCENARIO = """
            title: Two barrier hypotheses
            patient: rls-normal-iron
            model: {dopamine: th-circadian}
            duration: 2 days
            arms:
              - name: Upregulation failure
              - name: Reduced capacity
                model:
                  bbb: reduced-capacity
                  inflammation: chronic
                  hypoxia: brain
            """;

    @Test
    void readsTopLevelAndArmChoices() throws ScenarioException {
        Scenario s = new ScenarioLoader().parse(SCENARIO, "m.yaml", "m");
        assertEquals(new ModelVariants.Choice(null, DopamineHypothesis.TH_CIRCADIAN, null), s.model());
        assertEquals(ModelVariants.Choice.NONE, s.arms().get(0).model());
        assertEquals(new ModelVariants.Choice(BbbHypothesis.REDUCED_CAPACITY, null, Inflammation.CHRONIC, HypoxiaHypothesis.BRAIN), s.arms().get(1).model());
    }

    @Test
    void runsEachArmWithPatientThenScenarioThenArmVariantsAndRecordsThem() throws ScenarioException {
        ScenarioResult result = new ScenarioRunner().run(new ScenarioLoader().parse(SCENARIO, "m.yaml", "m"), Map.of());
        assertEquals(new ModelVariants(BbbHypothesis.UPREGULATION_FAILURE, DopamineHypothesis.TH_CIRCADIAN, Inflammation.NONE),
                result.arms().get(0).parameters().variants());
        assertEquals(new ModelVariants(BbbHypothesis.REDUCED_CAPACITY, DopamineHypothesis.TH_CIRCADIAN, Inflammation.CHRONIC,
                HypoxiaHypothesis.BRAIN),
                result.arms().get(1).parameters().variants());
        String info = RunInfo.text(result, List.of(), "rlsim run");
        assertTrue(info.contains("Model variants:\n"
                + "  Upregulation failure: bbb: upregulation-failure, dopamine: th-circadian, inflammation: none, hypoxia: none\n"
                + "  Reduced capacity: bbb: reduced-capacity, dopamine: th-circadian, inflammation: chronic, hypoxia: brain\n"), info);
    }
}
