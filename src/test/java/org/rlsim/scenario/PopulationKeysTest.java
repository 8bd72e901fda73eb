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
    void readoutsOfAugmentationAndOfOneGenotypeAreRead() throws ScenarioException {
        Scenario s = parse("""
                population: {size: 10, seed: 7}
                genotype: {meis1: drawn, btbd9: 1}
                expect:
                  - patients with augmentation in "Placebo" are below 50 % at week 6
                  - remitters in "Placebo" with 1 MEIS1 risk allele are above 10 % at week 6
                """);
        Expectation.Readout augmentation = (Expectation.Readout) s.expectations().get(0);
        assertEquals(Expectation.Metric.AUGMENTED, augmentation.metric());
        assertEquals(null, augmentation.carriers());
        Expectation.Readout carriers = (Expectation.Readout) s.expectations().get(1);
        assertEquals(new Expectation.Carriers(org.rlsim.population.Locus.MEIS1, 1), carriers.carriers());
        assertEquals(List.of(org.rlsim.population.Locus.MEIS1), s.arms().get(0).drawnLoci());
        assertEquals(1.0, s.parameters().get("genotype.btbd9_risk_alleles"), "a fixed count beside a drawn locus");
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

    private static final String TRIAL = """
            title: A trial
            patient: rls-normal-iron
            duration: 8 weeks
            population: {size: 20, seed: 7}
            arms:
              - name: Placebo
                regimen:
                  - placebo: {label: saline infusion, at: "08:00"}
              - name: FCM 1000 mg
                regimen:
                  - iv: {product: fcm, dose: 1000 mg, infusion: 15 min, at: "08:00"}
            expect:
            """;

    private static Expectation.Readout readout(String sentence) throws ScenarioException {
        return (Expectation.Readout) new ScenarioLoader().parse(TRIAL + "  - " + sentence + "\n", "t.yaml", "t")
                .expectations().get(0);
    }

    private static String readoutError(String sentence) {
        return assertThrows(ScenarioException.class,
                () -> new ScenarioLoader().parse(TRIAL + "  - " + sentence + "\n", "t.yaml", "t")).getMessage();
    }

    @Test
    void readsTheReadoutFormsAsAMetricAndAComparison() throws ScenarioException {
        Expectation.Readout r = readout("remitters in \"FCM 1000 mg\" are between 25 % and 45 % at week 6");
        assertEquals(Expectation.Metric.REMITTERS, r.metric());
        assertEquals("FCM 1000 mg", r.subject().arm());
        assertEquals(new Expectation.Bound(Expectation.Bound.Kind.BETWEEN, 25, 45), r.bound());
        assertEquals(6 * TimeUnits.WEEK_H, r.atH());
        Expectation.Readout d = readout("the difference from \"Placebo\" in symptom score is below -3 points at week 6");
        assertEquals(Expectation.Metric.DIFFERENCE, d.metric());
        assertEquals("FCM 1000 mg", d.subject().arm());
        assertEquals("Placebo", d.reference());
        assertEquals(new Expectation.Bound(Expectation.Bound.Kind.BELOW, Double.NEGATIVE_INFINITY, -3), d.bound());
        Expectation.Readout named = readout("the difference of \"Placebo\" from \"FCM 1000 mg\" in symptom score is above 0 points at day 28");
        assertEquals("Placebo", named.subject().arm());
        assertEquals(Expectation.Metric.RESPONDERS, readout("responders in \"Placebo\" are above 5 % at week 4").metric());
        assertEquals(Expectation.Metric.MEAN_CHANGE,
                readout("mean change in symptom score in \"Placebo\" is between -8 points and -2 points at week 4").metric());
    }

    @Test
    void readoutMistakesAreOneLineAtTheirPlace() {
        assertEquals("t.yaml:13:53: expected a percentage such as 40 % here, found '45 points'; write the fraction of the"
                + " arm's patients in %, e.g. 40 %", readoutError("remitters in \"FCM 1000 mg\" are between 25 % and 45 points at week 6"));
        assertEquals("t.yaml:13:26: no arm is named \"Placebos\"; did you mean \"Placebo\"? (the arms are: \"Placebo\","
                + " \"FCM 1000 mg\")", readoutError("the difference from \"Placebos\" in symptom score is below -3 points at week 6"));
        assertEquals("t.yaml:13:33: expected 'above', 'below' or 'between' here; write e.g. 'above 40 %', 'below -3 points'"
                + " or 'between 25 % and 45 %'", readoutError("responders in \"Placebo\" are over 5 % at week 4"));
        String noPopulation = assertThrows(ScenarioException.class, () -> new ScenarioLoader().parse(
                TRIAL.replace("population: {size: 20, seed: 7}\n", "") + "  - responders in \"Placebo\" are above 5 % at week 4\n",
                "t.yaml", "t")).getMessage();
        assertEquals("t.yaml:12:5: 'responders' is a readout of virtual patients, but the scenario has no 'population:'; add e.g."
                + " 'population: {size: 400, seed: 7}' at the top level", noPopulation);
    }

    @Test
    void aPlaceboWithoutAPopulationIsWarnedAbout() throws ScenarioException {
        Scenario s = new ScenarioLoader().parse(TRIAL.replace("population: {size: 20, seed: 7}\n", "").replace("expect:\n", ""),
                "t.yaml", "t");
        assertEquals(List.of("arm 'Placebo': a placebo changes nothing in one archetype's course; the placebo response shows"
                + " in virtual patients (add e.g. 'population: {size: 200, seed: 1}')"), s.warnings());
    }

    @Test
    void theReadoutsOfATrialAreChecked() throws ScenarioException {
        Scenario s = new ScenarioLoader().parse(TRIAL + """
                  - the difference from "Placebo" in symptom score is below 0 points at week 6
                  - responders in "Placebo" are between 0 % and 100 % at week 6
                """, "t.yaml", "t");
        ScenarioResult result = new ScenarioRunner().run(s, java.util.Map.of());
        List<Verdict> verdicts = result.verdicts();
        assertTrue(verdicts.get(0).met(), verdicts.get(0).line());
        assertTrue(verdicts.get(0).model().matches("-?[0-9.]+ points \\(95% CI -?[0-9.]+ points to -?[0-9.]+ points\\), 20 patients per arm"),
                verdicts.get(0).model());
        assertTrue(verdicts.get(1).met(), verdicts.get(1).line());
        assertEquals(java.util.Optional.of("Placebo"), result.referenceArm());
        assertTrue(result.cohort("Placebo").placeboResponse(), "a placebo arm has the placebo response");
    }
}
