package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * A growing curve that forgets what it no longer needs gives the values and daily means of the whole
     * curve bit for bit (expectations are checked on it while a run streams by).
     */
    @Test
    void aGrowingCurveThatForgetsAnswersLikeTheWholeOneBitForBit() {
        int n = 3000;
        double[] t = new double[n];
        double[] v = new double[n];
        java.util.Random random = new java.util.Random(7);
        for (int i = 1; i < n; i++) {
            // uneven steps, and now and then two rows at one time (a dose given at once)
            t[i] = t[i - 1] + (random.nextInt(10) == 0 ? 0 : 0.1 + random.nextDouble());
            v[i] = 40 + 10 * Math.sin(t[i] / 3) + random.nextGaussian();
        }
        PiecewiseLinear whole = new PiecewiseLinear(t, v);
        PiecewiseLinear growing = PiecewiseLinear.growing();
        for (int i = 0; i < n; i++) {
            growing.add(t[i], v[i]);
            if (i > 0 && t[i] > t[i - 1]) {
                double h = t[i - 1] + (t[i] - t[i - 1]) * random.nextDouble();
                assertEquals(whole.valueAt(h), growing.valueAt(h), 0, "value at " + h);
                assertEquals(whole.valueAt(t[i - 1]), growing.valueAt(t[i - 1]), 0, "value at row " + (i - 1));
                if (h >= 24) {
                    assertEquals(whole.dailyMeanAt(h), growing.dailyMeanAt(h), 0, "daily mean at " + h);
                }
            }
            growing.forgetBefore(t[i] - 24);
        }
        assertEquals(whole.dailyMeanAt(t[n - 1] + 5), growing.dailyMeanAt(t[n - 1] + 5), 0, "after the last row");
        assertTrue(growing.firstH() > 0, "rows were forgotten");
    }
}
