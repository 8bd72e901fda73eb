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
        ScenarioException arm = assertThrows(ScenarioException.class, () -> r.metric("--metric", "peak tsat in \"IV ferric\""));
        assertTrue(arm.getMessage().contains("(column 15): no arm is named \"IV ferric\"; did you mean \"" + IV + "\"?"), arm.getMessage());
        ScenarioException late = assertThrows(ScenarioException.class,
                () -> r.metric("--metric", "tsat in \"" + IV + "\" at week 40"));
        assertTrue(late.getMessage().contains("outside the simulation"), late.getMessage());
        ScenarioException halfDay = assertThrows(ScenarioException.class,
                () -> r.metric("--metric", "daily mean of tsat in \"" + IV + "\" at 36 h"));
        assertTrue(halfDay.getMessage().contains("whole day"), halfDay.getMessage());
        ScenarioException trailing = assertThrows(ScenarioException.class,
                () -> r.metric("--metric", "peak tsat in \"" + IV + "\" at week 2"));
        assertTrue(trailing.getMessage().contains("expected nothing after the arm"), trailing.getMessage());
    }
}
