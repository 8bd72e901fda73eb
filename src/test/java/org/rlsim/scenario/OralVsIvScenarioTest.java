package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.simulation.Trajectory;

/** The shipped oral-versus-IV lesson shows what it claims: IV iron raises ferritin and brain iron sooner. */
class OralVsIvScenarioTest {
    @Test
    void ivRaisesFerritinAndBrainIronSoonerThanOral() throws ScenarioException {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios/oral-vs-iv.yaml"));
        ScenarioResult result = new ScenarioRunner().run(scenario, Map.of());
        Trajectory oral = result.arms().get(0).trajectory();
        Trajectory iv = result.arms().get(1).trajectory();
        assertTrue(result.arms().get(1).arm().name().startsWith("IV"), "second arm is the IV arm");
        for (int week : new int[] {1, 2, 4, 8}) {
            double t = week * 168.0;
            assertTrue(iv.valueAt(Observable.SERUM_FERRITIN, t) > oral.valueAt(Observable.SERUM_FERRITIN, t) + 20,
                    "ferritin IV > oral at week " + week);
            assertTrue(iv.valueAt(Observable.BRAIN_IRON, t) > oral.valueAt(Observable.BRAIN_IRON, t),
                    "brain iron IV > oral at week " + week);
        }
        double start = oral.valueAt(Observable.BRAIN_IRON, 0);
        assertTrue(oral.valueAt(Observable.BRAIN_IRON, 26 * 168.0) > start, "oral iron also raises brain iron, slowly");
    }
}
