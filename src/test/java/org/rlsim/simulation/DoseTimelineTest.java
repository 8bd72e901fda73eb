package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.Inputs;
import org.rlsim.model.IntakeCondition;

/** The cost of walking the doses is linear in their number (counted, not timed). */
class DoseTimelineTest {
    private static long walk(DoseTimeline timeline) {
        Inputs inputs = new Inputs();
        int atOnce = 0;
        for (double t : timeline.breakpoints()) {
            atOnce += timeline.advanceTo(t, inputs).size();
        }
        return atOnce;
    }

    @Test
    void twentySevenYearsOfHourlyTabletsVisitEachDoseOnce() {
        int count = Schedule.MAX_COUNT;
        List<DoseEvent> hourly = new RegimenItem.Oral("tablet", 65, IntakeCondition.FASTING, new Schedule(0, 1, count)).events();
        DoseTimeline timeline = new DoseTimeline(hourly, count, new RunControl());
        assertEquals(count + 1, timeline.breakpoints().length, "every dose time and the end");
        assertEquals(count, walk(timeline), "every tablet given once");
        assertEquals(count, timeline.visits(), "each dose visited once, not once per breakpoint");
    }

    @Test
    void lastingEventsAreVisitedOncePerBreakpointTheyRunThrough() {
        List<DoseEvent> events = new ArrayList<>();
        int periods = 10_000;
        for (int i = 0; i < periods; i++) {
            events.add(new BloodLoss(i * 100.0, 50, 10, "period")); // 10 h of every 100 h
            events.add(new BloodLoss(i * 100.0 + 5, 200, 0, "donation")); // inside each period
        }
        DoseTimeline timeline = new DoseTimeline(events, periods * 100.0, new RunControl());
        walk(timeline);
        // each period: seen at its start, then running at its start and at the donation's time; each donation once
        assertEquals(periods * 3L + periods, timeline.visits());
        assertTrue(timeline.visits() < 5L * events.size(), "linear in the number of events");
    }

    /**
     * Preparing 20 years of hourly doses takes longer than a cancelled run may go on (issue 9: 20 ms), so the
     * preparation itself looks at the control: a cancel arriving while the 10,000th dose is read is noticed
     * before the timeline is finished.
     */
    @Test
    void aCancelWhileTheDosesAreReadStopsThePreparation() {
        List<DoseEvent> hourly = new RegimenItem.Oral("tablet", 65, IntakeCondition.FASTING, new Schedule(0, 1, 100_000)).events();
        RunControl control = new RunControl();
        List<DoseEvent> cancelsWhileRead = new java.util.AbstractList<>() {
            @Override
            public DoseEvent get(int index) {
                if (index == 10_000) {
                    control.cancel();
                }
                return hourly.get(index);
            }

            @Override
            public int size() {
                return hourly.size();
            }
        };
        assertThrows(RunCancelledException.class, () -> new DoseTimeline(cancelsWhileRead, 100_000, control));
    }

    @Test
    void eventsAfterTheEndAreDroppedAndTheRestSortedByStart() {
        List<DoseEvent> events = List.of(new BloodLoss(50, 10, 0, "b"), new BloodLoss(5, 10, 0, "a"),
                new BloodLoss(500, 10, 0, "late"));
        DoseTimeline timeline = new DoseTimeline(events, 100, new RunControl());
        assertEquals(List.of(events.get(1), events.get(0)), timeline.events());
        assertEquals(List.of(0.0, 5.0, 50.0, 100.0),
                java.util.Arrays.stream(timeline.breakpoints()).boxed().toList());
    }
}
