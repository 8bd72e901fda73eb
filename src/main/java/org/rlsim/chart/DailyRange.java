package org.rlsim.chart;

import static org.rlsim.model.TimeUnits.DAY_H;

import java.util.Arrays;
import org.rlsim.simulation.PiecewiseLinear;

/**
 * An output summarised per calendar day of the run (00:00 to 24:00, day 0 first), or per window of
 * several whole days (a week: days 0–6, 7–13, …): its mean (as {@link PiecewiseLinear} defines it, over
 * the part of the window the rows cover) and its lowest and highest value. Between rows the output is
 * taken as linear, as the curves are drawn, so a segment that crosses midnight is split there for the
 * minimum and maximum. Two rows at the same time (before and after a dose) add no time but count for the
 * minimum and maximum.
 *
 * @param midH the middle of the part of each window that the rows cover, h since 00:00 of day 0
 * @param mean the time-weighted mean over each window
 * @param min  the lowest value within each window
 * @param max  the highest value within each window
 */
record DailyRange(double[] midH, double[] mean, double[] min, double[] max) {
    /**
     * Summarises rows given at times {@code timeH} (h, non-decreasing, at least two distinct) with values
     * {@code value}, per day.
     */
    static DailyRange of(double[] timeH, double[] value) {
        return of(timeH, value, DAY_H);
    }

    /**
     * Summarises rows as above per window of {@code windowH} hours (a whole number of days: 24, 168 …),
     * the first starting at 00:00 of day 0.
     */
    static DailyRange of(double[] timeH, double[] value, double windowH) {
        if (!(windowH >= DAY_H) || windowH % DAY_H != 0) {
            throw new IllegalArgumentException("the window must be a whole number of days, got " + windowH + " h");
        }
        if (timeH.length != value.length || timeH.length < 2 || !(timeH[timeH.length - 1] > timeH[0])) {
            throw new IllegalArgumentException("need at least two rows spanning some time, got " + timeH.length);
        }
        int firstWindow = window(timeH[0], windowH);
        int windows = Math.max(1, (int) Math.ceil(timeH[timeH.length - 1] / windowH) - firstWindow);
        double[] start = filled(windows, Double.POSITIVE_INFINITY);
        double[] end = filled(windows, Double.NEGATIVE_INFINITY);
        double[] min = filled(windows, Double.POSITIVE_INFINITY);
        double[] max = filled(windows, Double.NEGATIVE_INFINITY);
        for (int i = 0; i + 1 < timeH.length; i++) {
            double t0 = timeH[i];
            double t1 = timeH[i + 1];
            if (t1 < t0) {
                throw new IllegalArgumentException("times must not decrease, row " + (i + 1) + " is at " + t1 + " h");
            }
            if (t1 == t0) {
                int d = Math.min(windows - 1, window(t0, windowH) - firstWindow);
                include(min, max, d, value[i]);
                include(min, max, d, value[i + 1]);
                continue;
            }
            double slope = (value[i + 1] - value[i]) / (t1 - t0);
            for (double a = t0; a < t1; ) {
                int d = window(a, windowH) - firstWindow;
                double b = Math.min(t1, (window(a, windowH) + 1) * windowH);
                double va = value[i] + slope * (a - t0);
                double vb = b == t1 ? value[i + 1] : value[i] + slope * (b - t0);
                start[d] = Math.min(start[d], a);
                end[d] = Math.max(end[d], b);
                include(min, max, d, va);
                include(min, max, d, vb);
                a = b;
            }
        }
        PiecewiseLinear curve = new PiecewiseLinear(timeH, value);
        double[] mid = new double[windows];
        double[] mean = new double[windows];
        for (int d = 0; d < windows; d++) {
            mid[d] = 0.5 * (start[d] + end[d]);
            mean[d] = curve.meanOver(start[d], end[d]);
        }
        return new DailyRange(mid, mean, min, max);
    }

    private static int window(double timeH, double windowH) {
        return (int) Math.floor(timeH / windowH);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    private static void include(double[] min, double[] max, int d, double v) {
        min[d] = Math.min(min[d], v);
        max[d] = Math.max(max[d], v);
    }
}
