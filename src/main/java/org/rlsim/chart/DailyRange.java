package org.rlsim.chart;

import static org.rlsim.model.TimeUnits.DAY_H;

import java.util.Arrays;
import org.rlsim.simulation.PiecewiseLinear;

/**
 * An output summarised per calendar day of the run (00:00 to 24:00, day 0 first): its daily mean (as
 * {@link PiecewiseLinear} defines it, at the day's end, over the part of the day the rows cover) and its
 * lowest and highest value. Between rows the output is taken as linear, as the curves are drawn, so a
 * segment that crosses midnight is split there for the minimum and maximum. Two rows at the same time
 * (before and after a dose) add no time but count for the minimum and maximum.
 *
 * @param midH the middle of the part of each day that the rows cover, h since 00:00 of day 0
 * @param mean the time-weighted mean over each day
 * @param min  the lowest value within each day
 * @param max  the highest value within each day
 */
record DailyRange(double[] midH, double[] mean, double[] min, double[] max) {
    /**
     * Summarises rows given at times {@code timeH} (h, non-decreasing, at least two distinct) with values
     * {@code value}.
     */
    static DailyRange of(double[] timeH, double[] value) {
        if (timeH.length != value.length || timeH.length < 2 || !(timeH[timeH.length - 1] > timeH[0])) {
            throw new IllegalArgumentException("need at least two rows spanning some time, got " + timeH.length);
        }
        int firstDay = day(timeH[0]);
        int days = Math.max(1, (int) Math.ceil(timeH[timeH.length - 1] / DAY_H) - firstDay);
        double[] start = filled(days, Double.POSITIVE_INFINITY);
        double[] end = filled(days, Double.NEGATIVE_INFINITY);
        double[] min = filled(days, Double.POSITIVE_INFINITY);
        double[] max = filled(days, Double.NEGATIVE_INFINITY);
        for (int i = 0; i + 1 < timeH.length; i++) {
            double t0 = timeH[i];
            double t1 = timeH[i + 1];
            if (t1 < t0) {
                throw new IllegalArgumentException("times must not decrease, row " + (i + 1) + " is at " + t1 + " h");
            }
            if (t1 == t0) {
                int d = Math.min(days - 1, day(t0) - firstDay);
                include(min, max, d, value[i]);
                include(min, max, d, value[i + 1]);
                continue;
            }
            double slope = (value[i + 1] - value[i]) / (t1 - t0);
            for (double a = t0; a < t1; ) {
                int d = day(a) - firstDay;
                double b = Math.min(t1, (day(a) + 1) * DAY_H);
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
        double[] mid = new double[days];
        double[] mean = new double[days];
        for (int d = 0; d < days; d++) {
            mid[d] = 0.5 * (start[d] + end[d]);
            mean[d] = curve.meanOver(start[d], end[d]);
        }
        return new DailyRange(mid, mean, min, max);
    }

    private static int day(double timeH) {
        return (int) Math.floor(timeH / DAY_H);
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
