package org.rlsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rlsim.model.Observable;
import org.rlsim.model.TimeUnits;

/** Metrics are read by the expectations' parser, with its places and hints. */
class MetricReaderTest {
    private static final String IV = "IV ferric carboxymaltose";

    private static ExpectationReader reader() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios", "oral-vs-iv.yaml"));
        return new ExpectationReader(s.arms(), s.durationH(), false, Analyses.NONE);
    }

    /** The metric reader of a bundled lesson with virtual patients. */
    private static ExpectationReader populationReader(String lesson) throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios", lesson + ".yaml"));
        return new ExpectationReader(s.arms(), s.durationH(), true, Analyses.NONE);
    }

    @Test
    void everyFormOfTheIssueReads() throws Exception {
        ExpectationReader r = reader();
        Metric at = r.metric("--metric", "brain iron in \"" + IV + "\" at week 12");
        assertEquals(new Metric.At(at.subject(), 12 * TimeUnits.WEEK_H), at);
        assertEquals(Observable.BRAIN_IRON, at.subject().output());
        Metric change = r.metric("--metric", "change of symptom score in \"" + IV + "\" between day 0 and week 12");
        assertEquals(new Metric.Change(change.subject(), 0, 12 * TimeUnits.WEEK_H), change);
        Metric day = r.metric("--metric", "day serum ferritin in \"oral ferrous sulfate\" reaches 75 ng/mL");
        assertEquals(new Metric.DayReaching(day.subject(), 75), day);
        assertEquals("Oral ferrous sulfate", day.subject().arm());
        assertEquals("d", day.unit());
        Metric mean = r.metric("--metric", "daily mean of tsat in \"Oral ferrous sulfate\" at week 4");
        assertTrue(mean.subject().dailyMean());
        assertInstanceOf(Metric.Extreme.class, r.metric("--metric", "peak serum ferritin in \"" + IV + "\""));
        Metric lowest = r.metric("--metric", "lowest hb in \"" + IV + "\"");
        assertEquals(false, ((Metric.Extreme) lowest).highest());
    }

    @Test
    void mistakesAreOneLineAtTheirColumnWithAHint() throws Exception {
        ExpectationReader r = reader();
        ScenarioException unknown = assertThrows(ScenarioException.class,
                () -> r.metric("--metric", "brain irn in \"" + IV + "\" at week 12"));
        assertEquals("--metric 'brain irn in \"" + IV + "\" at week 12' (column 1): unknown output 'brain irn'; did you mean"
                + " 'brain iron'?", unknown.getMessage().substring(0, unknown.getMessage().indexOf("?") + 1));
        assertRefused(r, "peak tsat in \"IV ferric\"",
                "(column 15): no arm is named \"IV ferric\"; did you mean \"" + IV + "\"?");
        assertRefused(r, "tsat in \"" + IV + "\" at week 40", "outside the simulation");
        assertRefused(r, "daily mean of tsat in \"" + IV + "\" at 36 h", "whole day");
        assertRefused(r, "peak tsat in \"" + IV + "\" at week 2", "expected nothing after the arm");
    }

    @Test
    void trialReadoutsAreMetricsOfAScenarioWithVirtualPatients() throws Exception {
        ExpectationReader r = populationReader("who-responds");
        Metric remitters = r.metric("--metric", "remitters in \"FCM 1000 mg\" at week 6");
        assertEquals(new Metric.Readout(remitters.subject(), Expectation.Metric.REMITTERS, null, 6 * TimeUnits.WEEK_H, null), remitters);
        assertEquals("remitters_in_fcm_1000_mg_at_week_6_pct", remitters.column());
        Metric difference = r.metric("--metric", "the difference from \"Saline\" in symptom score at week 6");
        assertEquals(new Metric.Readout(difference.subject(), Expectation.Metric.DIFFERENCE, "Saline", 6 * TimeUnits.WEEK_H, null),
                difference);
        assertEquals("FCM 1000 mg", difference.subject().arm());
        assertEquals("points", difference.unit());
        assertRefused(r, "responders in \"FCM 1000 mg\"", "' at TIME' after the arm");
        assertRefused(r, "the difference from \"Saline\" in symptom score with 2 MEIS1 risk alleles at week 6",
                "expected ' at TIME'");
        assertRefused(reader(), "responders in \"" + IV + "\" at week 6",
                "(column 1): 'responders' is a readout of virtual patients, but the"
                + " scenario has no 'population:'");
    }

    @Test
    void aReadoutMayBeOfTheArmsPatientsWithAGenotype() throws Exception {
        ExpectationReader r = populationReader("genetic-penetrance");
        Metric.Readout two = (Metric.Readout) r.metric("--metric", "patients with symptoms in \"Healthy women\" with 2 MEIS1 risk alleles at day 2");
        assertEquals(new Expectation.Carriers(org.rlsim.population.Locus.MEIS1, 2), two.carriers());
        assertEquals("patients_with_symptoms_in_healthy_women_with_2_meis1_risk_alleles_at_day_2_pct", two.column());
        Metric all = r.metric("--metric", "patients with symptoms in \"Healthy women\" at day 2");
        assertTrue(!two.readsTheSameAs(all), "a genotype's patients are not the whole arm");
        assertRefused(r, "patients with symptoms in \"Healthy women\" with 2 TOX3 risk alleles at day 2",
                "(column 50): expected a gene whose risk alleles are drawn");
        assertRefused(r, "patients with symptoms in \"Healthy women\" with 1 MEIS1 risk alleles at day 2",
                "expected 'risk allele' after the gene");
    }

    /** The metric is refused with a message that contains {@code words}. */
    private static void assertRefused(ExpectationReader r, String metric, String words) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> r.metric("--metric", metric));
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }
}
