package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.AgonistDose;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.AgonistDrug;

/** The {@code agonist:} regimen item: what it turns into. Times are exact whole hours. */
class AgonistItemTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private List<DoseEvent> events(String item) throws ScenarioException {
        String yaml = "title: Test\npatient: rls-iron-deficient\nduration: 26 weeks\narms:\n  - name: A\n    regimen:\n      - " + item + "\n";
        return loader.parse(yaml, "a.yaml", "a").arms().get(0).regimen().events();
    }

    @Test
    void dailyAt20UntilStopByDefault() throws ScenarioException {
        List<DoseEvent> doses = events("agonist: {drug: pramipexole, dose: 0.25 mg, stop: week 2}");
        assertEquals(14, doses.size());
        assertEquals(20, doses.get(0).startH());
        assertEquals(13 * 24 + 20, doses.get(13).startH());
        AgonistDose first = (AgonistDose) doses.get(0);
        assertEquals(AgonistDrug.PRAMIPEXOLE, first.drug());
        assertEquals(0.25, first.doseMg());
        assertEquals(first.startH(), first.endH(), "a tablet is taken at once");
    }

    @Test
    void withoutStopTheCourseRunsToTheEnd() throws ScenarioException {
        List<DoseEvent> doses = events("agonist: {drug: Ropinirole, dose: 500 ug, at: \"21:30\", start: day 3}");
        assertEquals(26 * 7 - 3, doses.size());
        assertEquals(3 * 24 + 21.5, doses.get(0).startH());
        assertEquals(0.5, ((AgonistDose) doses.get(0)).doseMg(), 1e-15, "µg converted to mg of drug");
    }

    @Test
    void aPatchIsWornFor24Hours() throws ScenarioException {
        List<DoseEvent> patches = events("agonist: {drug: rotigotine, dose: 2 mg, at: \"08:00\", stop: day 10}");
        assertEquals(10, patches.size());
        assertEquals(8 + 24, patches.get(0).endH());
        assertTrue(patches.get(0).describe().contains("mg/24 h rotigotine"));
    }

    @Test
    void everyAndScheduleChangeTheInterval() throws ScenarioException {
        assertEquals(3 * 24 + 20, events("agonist: {drug: pramipexole, dose: 0.125 mg, every: 3 days}").get(1).startH());
        assertEquals(20 + 12, events("agonist: {drug: pramipexole, dose: 0.125 mg, schedule: twice daily}").get(1).startH());
    }
}
