package org.rlsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DecimationTest {
    /** A year of hourly rows of a daily wave with one narrow spike: far more rows than columns. */
    private static double[][] hourlyYear() {
        int n = 8766;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / 24.0;
            y[i] = Math.sin(2 * Math.PI * i / 24.0) + (i == 4000 ? 50 : 0);
        }
        return new double[][] {x, y};
    }

    @Test
    void shortCurvesAreKeptWhole() {
        double[] x = {0, 1, 1, 2};
        double[] y = {3, 4, 9, 5};
        double[][] kept = Decimation.minMax(x, y);
        assertArrayEquals(x, kept[0]);
        assertArrayEquals(y, kept[1]);
    }

    @Test
    void longCurvesKeepAtMostTwoPointsPerColumnWithEveryColumnsExtremesAndBothEnds() {
        double[][] full = hourlyYear();
        double[] x = full[0];
        double[] y = full[1];
        double[][] kept = Decimation.minMax(x, y);
        int n = kept[0].length;
        assertTrue(n <= 2 * Decimation.COLUMNS + 2, n + " points");
        assertTrue(n < x.length / 2, "thinned: " + n + " of " + x.length);
        assertEquals(x[0], kept[0][0]);
        assertEquals(y[0], kept[1][0]);
        assertEquals(x[x.length - 1], kept[0][n - 1]);
        assertEquals(y[y.length - 1], kept[1][n - 1]);
        for (int i = 1; i < n; i++) {
            assertTrue(kept[0][i] >= kept[0][i - 1], "time order at " + i);
        }
        // Every column's lowest and highest value survive, so the drawn envelope is the same: in
        // particular the one-hour spike and the wave's full swing.
        double width = (x[x.length - 1] - x[0]) / Decimation.COLUMNS;
        double[] lowest = new double[Decimation.COLUMNS];
        double[] highest = new double[Decimation.COLUMNS];
        Arrays.fill(lowest, Double.POSITIVE_INFINITY);
        Arrays.fill(highest, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int c = Math.min(Decimation.COLUMNS - 1, (int) ((kept[0][i] - x[0]) / width));
            lowest[c] = Math.min(lowest[c], kept[1][i]);
            highest[c] = Math.max(highest[c], kept[1][i]);
        }
        for (int i = 0; i < x.length; i++) {
            int c = Math.min(Decimation.COLUMNS - 1, (int) ((x[i] - x[0]) / width));
            assertTrue(y[i] >= lowest[c] && y[i] <= highest[c], "row " + i + " within its column's kept range");
        }
        assertEquals(y[4000], Arrays.stream(kept[1]).max().orElseThrow(), 0, "the spike");
    }
}
