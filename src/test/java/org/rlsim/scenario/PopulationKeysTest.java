package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.Inclusion;
import org.rlsim.population.Population;

/** {@code population:} and {@code include:}: read in trial language, every mistake one line at its place. */
class PopulationKeysTest {
    private static final String HEAD = """
            title: A trial
            patient: rls-normal-iron
            duration: 8 weeks
            arms:
              - name: Placebo
            """;

    private static Scenario parse(String tail) throws ScenarioException {
        return new ScenarioLoader().parse(HEAD + tail, "p.yaml", "p");
    }

    private static String error(String tail) {
        return assertThrows(ScenarioException.class, () -> parse(tail)).getMessage();
    }

    @Test
    void readsSizeSeedReadoutsAndCriteria() throws ScenarioException {
        Population p = parse("""
                population: {size: 400, seed: 7, readouts: [week 6, day 28]}
                include:
                  - ferritin below 75 ng/mL
                  - symptom score at least 15 points
                  - tsat below 45 %
                  - haemoglobin at most 15 g/dL
                """).population().orElseThrow();
        assertEquals(400, p.size());
        assertEquals(7, p.seed());
        assertEquals(List.of(28 * TimeUnits.DAY_H, 6 * TimeUnits.WEEK_H), p.readoutsH());
        assertEquals(List.of(new Inclusion(Observable.SERUM_FERRITIN, Inclusion.Comparison.BELOW, 75, "ferritin below 75 ng/mL"),
                new Inclusion(Observable.SYMPTOM_SCORE, Inclusion.Comparison.AT_LEAST, 15, "symptom score at least 15 points"),
                new Inclusion(Observable.TSAT, Inclusion.Comparison.BELOW, 45, "tsat below 45 %"),
                new Inclusion(Observable.HB, Inclusion.Comparison.AT_MOST, 15, "haemoglobin at most 15 g/dL")), p.include());
    }

    @Test
    void aScenarioWithoutPopulationHasNone() throws ScenarioException {
        assertTrue(parse("").population().isEmpty());
    }

    @Test
    void mistakesAreOneLineAtTheirPlace() {
        assertEquals("p.yaml:6:1: 'include:' screens virtual patients, but the scenario has no 'population:'; add e.g."
                + " 'population: {size: 400, seed: 7}', or remove 'include:'", error("include: [ferritin below 75 ng/mL]\n"));
        assertEquals("p.yaml:6:13: 'population' has no 'seed'; add e.g. 'seed: 7' (the same seed gives the same patients;"
                + " another seed, other patients)", error("population: {size: 40}\n"));
        assertEquals("p.yaml:6:20: size 0 is outside 1 to 100000; write a whole number from 1 to 100000",
                error("population: {size: 0, seed: 1}\n"));
        assertEquals("p.yaml:8:20: the value '75' has no unit; write a number and the unit of serum ferritin, e.g. 75 ng/mL",
                error("population: {size: 4, seed: 1}\ninclude:\n  - ferritin below 75\n"));
        assertEquals("p.yaml:8:5: expected OUTPUT below|above|at least|at most VALUE; write e.g. - ferritin below 75 ng/mL,"
                + " or - symptom score at least 15 points", error("population: {size: 4, seed: 1}\ninclude:\n  - ferritin is low\n"));
        assertEquals("p.yaml:6:43: readout 'week 9' is outside the simulation, which ends at 8 weeks; give a time from day 0"
                + " to the end", error("population: {size: 4, seed: 1, readouts: [week 9]}\n"));
    }
}
