package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.rlsim.simulation.PiecewiseLinear;

class DailyRangeTest {
    /** Exact for piecewise-linear rows: the trapezoid rule integrates them without error; 1e-12 allows rounding. */
    private static final double EXACT = 1e-12;

    @Test
    void rampOverTwoDaysHasTheMeanMinAndMaxOfEachDay() {
        // value = time in hours, rows every 6 h from 0 to 48 h.
        double[] t = {0, 6, 12, 18, 24, 30, 36, 42, 48};
        DailyRange r = DailyRange.of(t, t.clone());
        assertArrayEquals(new double[] {12, 36}, r.midH(), EXACT);
        assertArrayEquals(new double[] {12, 36}, r.mean(), EXACT);
        assertArrayEquals(new double[] {0, 24}, r.min(), EXACT);
        assertArrayEquals(new double[] {24, 48}, r.max(), EXACT);
    }

    @Test
    void aSegmentAcrossMidnightIsSplitThere() {
        // Rows at 0, 20 and 28 h (value = time): day 0 covers 0–24 h, day 1 covers 24–28 h.
        DailyRange r = DailyRange.of(new double[] {0, 20, 28}, new double[] {0, 20, 28});
        assertArrayEquals(new double[] {12, 26}, r.midH(), EXACT);
        assertArrayEquals(new double[] {12, 26}, r.mean(), EXACT);
        assertArrayEquals(new double[] {24, 28}, r.max(), EXACT);
        assertArrayEquals(new double[] {0, 24}, r.min(), EXACT);
    }

    @Test
    void aDoseJumpAddsNoTimeButCountsForTheRange() {
        // 1 until 8 h, a dose jumps it to 5 at 8 h, back to 1 by 16 h, 1 to the end of the day.
        double[] t = {0, 8, 8, 16, 24};
        double[] v = {1, 1, 5, 1, 1};
        DailyRange r = DailyRange.of(t, v);
        assertEquals(1, r.mean().length);
        // Integral: 8·1 + 8·(5 + 1)/2 + 8·1 = 40 over 24 h.
        assertEquals(40.0 / 24, r.mean()[0], EXACT);
        assertEquals(1, r.min()[0], EXACT);
        assertEquals(5, r.max()[0], EXACT);
    }

    @Test
    void refusesTimesThatGoBackwards() {
        assertThrows(IllegalArgumentException.class, () -> DailyRange.of(new double[] {0, 5, 3}, new double[] {0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> DailyRange.of(new double[] {0}, new double[] {0}));
    }

    /** The band's daily mean of a whole day is the daily mean an expectation reads at the day's end: one definition. */
    @Test
    void theDailyMeanOfADayIsTheDailyMeanAtItsEnd() {
        double[] t = new double[97];
        double[] v = new double[97];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 0.75;
            v[i] = 20 + 8 * Math.sin(i * 0.4) + i * 0.1;
        }
        DailyRange r = DailyRange.of(t, v);
        PiecewiseLinear curve = new PiecewiseLinear(t, v);
        for (int day = 0; day < 3; day++) {
            assertEquals(curve.dailyMeanAt(24 * (day + 1)), r.mean()[day], EXACT * 100, "day " + day);
        }
    }
}
