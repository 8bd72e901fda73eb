package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PiecewiseLinearTest {
    @Test
    void interpolatesLinearlyAndHoldsBeyondTheRows() {
        PiecewiseLinear ramp = new PiecewiseLinear(new double[] {0, 10}, new double[] {0, 100});
        assertEquals(25, ramp.valueAt(2.5), 1e-12);
        assertEquals(0, ramp.valueAt(-1));
        assertEquals(100, ramp.valueAt(11));
    }

    /** The mean of a linear ramp over a window is its value at the window's middle. */
    @Test
    void theMeanOfARampIsItsValueAtTheMiddle() {
        PiecewiseLinear ramp = new PiecewiseLinear(new double[] {0, 24, 48}, new double[] {0, 24, 48});
        assertEquals(30, ramp.meanOver(12, 48), 1e-12);
        assertEquals(36, ramp.dailyMeanAt(48), 1e-12);
    }

    /**
     * A daily rhythm a + b·cos(2πt/24) sampled every 0.1 h has the daily mean a at every time; the linear
     * interpolation at a window's ends, between samples, errs by at most b·(0.1 h · 2π/24 h)²/8 ≈ 1e-3 over
     * 0.1 h of 24, about 1e-5.
     */
    @Test
    void theDailyMeanOfADailyRhythmIsItsMiddle() {
        int n = 481;
        double[] t = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 0.1;
            v[i] = 30 + 10 * Math.cos(2 * Math.PI * t[i] / 24);
        }
        PiecewiseLinear rhythm = new PiecewiseLinear(t, v);
        for (double h = 24; h <= 48; h += 1.7) {
            assertEquals(30, rhythm.dailyMeanAt(h), 1e-4, "at " + h + " h");
        }
    }

    /** Two rows at a dose's time: the value after the dose counts, and the jump adds no time to a mean. */
    @Test
    void atADoseTheValueAfterItCountsAndTheJumpAddsNoTime() {
        PiecewiseLinear dosed = new PiecewiseLinear(new double[] {0, 12, 12, 24}, new double[] {10, 10, 50, 50});
        assertEquals(50, dosed.valueAt(12));
        assertEquals(30, dosed.dailyMeanAt(24), 1e-12, "12 h at 10 and 12 h at 50");
    }

    /** Over a window that starts before the first row, the mean is over the part the rows cover. */
    @Test
    void aWindowIsClippedToTheRows() {
        PiecewiseLinear run = new PiecewiseLinear(new double[] {0, 6}, new double[] {4, 4});
        assertEquals(4, run.dailyMeanAt(6), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> run.meanOver(7, 9));
        assertThrows(IllegalArgumentException.class, () -> new PiecewiseLinear(new double[] {1, 0}, new double[] {0, 0}));
    }
}
