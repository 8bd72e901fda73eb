package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rlsim.simulation.SimulationException;

/** What a scenario may ask for (arms, doses, rows in memory): beyond it, one line before anything runs. */
class ScenarioLimitsTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void moreArmsThanAChartCanTellApartAreRefusedWithTheirPlace() {
        StringBuilder text = new StringBuilder("title: Many\npatient: healthy-woman\nduration: 1 week\narms:\n");
        for (int i = 0; i <= ScenarioReader.MAX_ARMS; i++) {
            text.append("  - name: Arm ").append(i).append('\n');
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(text.toString(), "many.yaml", "many"));
        assertTrue(e.getMessage().startsWith("many.yaml:5:"), e.getMessage());
        assertTrue(e.getMessage().contains("21 arms, more than 20"), e.getMessage());
    }

    @Test
    void moreDosesThanAnArmMayHaveAreRefusedWithTheirPlace() {
        String text = """
                title: Many doses
                patient: healthy-woman
                duration: 20 years
                arms:
                  - name: Hourly
                    regimen:
                      - oral: {dose: 60 mg, every: 1 h, start: day 0}
                      - oral: {dose: 60 mg, every: 1 h, start: day 1}
                      - oral: {dose: 60 mg, every: 1 h, start: day 2}
                      - oral: {dose: 60 mg, every: 1 h, start: day 3}
                      - oral: {dose: 60 mg, every: 1 h, start: day 4}
                      - oral: {dose: 60 mg, every: 1 h, start: day 5}
                """;
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.parse(text, "doses.yaml", "doses"));
        assertTrue(e.getMessage().startsWith("doses.yaml:6:"), e.getMessage());
        assertTrue(e.getMessage().contains("more than 1000000"), e.getMessage());
    }

    @Test
    void rowsThatWouldNotFitInTheHeapAreRefusedBeforeRunningInOneLine() throws Exception {
        Scenario scenario = loader.load(Path.of("scenarios", "oral-vs-iv.yaml"));
        assertDoesNotThrow(() -> ScenarioRunner.checkFitsInMemory(scenario, 512L << 20));
        SimulationException e = assertThrows(SimulationException.class,
                () -> ScenarioRunner.checkFitsInMemory(scenario, 1L << 20));
        assertTrue(e.getMessage().matches("oral-vs-iv: 2 arms with [0-9,]+ output rows need about [0-9,]+ MB of memory,"
                + " more than the 0 MB this Java allows for them; choose a longer output_interval, .*-Xmx1g\\)"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    /** Rows stream to their file: 4 arms of 2 million rows each need a bounded copy for the charts only. */
    @Test
    void fourArmsOfTwoMillionRowsFitInAQuarterGigabyte() throws Exception {
        StringBuilder text = new StringBuilder("title: Long\npatient: rls-iron-deficient\nduration: 1388 days\n"
                + "output_interval: 1 min\narms:\n");
        for (int i = 0; i < 4; i++) {
            text.append("  - name: Arm ").append(i).append('\n');
        }
        Scenario scenario = loader.parse(text.toString(), "long.yaml", "long");
        assertTrue(ScenarioRunner.expectedRows(scenario, scenario.arms().get(0)) >= 1_998_000);
        assertDoesNotThrow(() -> ScenarioRunner.checkFitsInMemory(scenario, 256L << 20));
        assertThrows(SimulationException.class, () -> ScenarioRunner.checkFitsInMemory(scenario, 64L << 20));
    }
}
