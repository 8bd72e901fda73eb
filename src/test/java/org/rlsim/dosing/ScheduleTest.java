package org.rlsim.dosing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void givesCountTimesEveryIntervalFromTheFirst() {
        assertEquals(List.of(8.0, 56.0, 104.0), new Schedule(8, 48, 3).times());
    }

    @Test
    void aSingleDoseIsAtItsTimeWhateverTheInterval() {
        assertEquals(List.of(20.0), Schedule.once(20).times());
        assertEquals(List.of(20.0), new Schedule(20, 0, 1).times(), "the interval is ignored for one dose");
    }

    /** Each time is first + i·interval, not a running sum, so a year of hourly doses ends exactly on the hour. */
    @Test
    void timesDoNotAccumulateRoundingErrors() {
        List<Double> times = new Schedule(0, 0.1, 87_660).times();
        assertEquals(87_659 * 0.1, times.get(times.size() - 1), 0);
    }

    @Test
    void refusesImpossibleSchedulesNamingTheQuantityAndUnit() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Schedule(-1, 24, 1)).getMessage()
                .contains("first dose must be a finite time at or after 0 h"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Schedule(0, 0, 2)).getMessage()
                .contains("dosing interval must be a positive number of h"));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(0, 24, 0));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(0, 24, Schedule.MAX_COUNT + 1));
        assertThrows(IllegalArgumentException.class, () -> new Schedule(Double.NaN, 24, 1));
    }
}
