package org.rlsim.simulation;

import static org.rlsim.model.TimeUnits.DAY_H;

/**
 * An output as a function of time, taken as linear between its rows, as the charts draw it; and the one
 * definition of its <em>daily mean</em>.
 *
 * <ul>
 *   <li>Between two rows the value is interpolated linearly. At the time of an instantaneous dose two
 *       rows share the time (the value just before it, then just after it): the value just after it
 *       counts, and the pair adds no time to any mean.</li>
 *   <li>The mean over a window is the trapezoid-rule integral of the rows over the part of the window
 *       they cover, divided by the length of that part.</li>
 *   <li>The daily mean at a time is the mean over the 24 h ending then ("daily mean of TSAT at week 8" in a
 *       scenario's {@code expect:}); the charts' daily band of a calendar day is the daily mean at the day's
 *       end (24:00), over the part of the day the run covers.</li>
 * </ul>
 * Immutable; the arrays are not copied and must not change.
 */
public final class PiecewiseLinear {
    private final double[] timeH;
    private final double[] value;
    /** Integral of the value from the first row to each row, unit × h (trapezoid rule). */
    private final double[] integral;

    /**
     * @param timeH row times, h, non-decreasing, at least one
     * @param value the value at each row
     */
    public PiecewiseLinear(double[] timeH, double[] value) {
        if (timeH.length != value.length || timeH.length == 0) {
            throw new IllegalArgumentException("need as many values as times, at least one; got " + timeH.length
                    + " times and " + value.length + " values");
        }
        this.timeH = timeH;
        this.value = value;
        this.integral = new double[timeH.length];
        for (int r = 1; r < timeH.length; r++) {
            if (timeH[r] < timeH[r - 1]) {
                throw new IllegalArgumentException("times must not decrease, row " + r + " is at " + timeH[r] + " h");
            }
            integral[r] = integral[r - 1] + (timeH[r] - timeH[r - 1]) * (value[r] + value[r - 1]) / 2;
        }
    }

    /** The time of the first row, h. */
    public double firstH() {
        return timeH[0];
    }

    /** The time of the last row, h. */
    public double lastH() {
        return timeH[timeH.length - 1];
    }

    /** The value at {@code h}, interpolated; held at the first or last row outside them. */
    public double valueAt(double h) {
        int r = lastRowAtOrBefore(h);
        if (timeH[r] >= h || r + 1 == timeH.length) {
            return value[r];
        }
        double f = (h - timeH[r]) / (timeH[r + 1] - timeH[r]);
        return value[r] + f * (value[r + 1] - value[r]);
    }

    /**
     * The time-weighted mean over the part of {@code [fromH, toH]} the rows cover.
     *
     * @throws IllegalArgumentException if that part has no length
     */
    public double meanOver(double fromH, double toH) {
        double a = Math.max(fromH, firstH());
        double b = Math.min(toH, lastH());
        if (!(b > a)) {
            throw new IllegalArgumentException("no time between " + fromH + " h and " + toH + " h within the rows ("
                    + firstH() + " to " + lastH() + " h)");
        }
        return (integralTo(b) - integralTo(a)) / (b - a);
    }

    /** The daily mean at {@code h}: the mean over the 24 h ending then (see the class comment). */
    public double dailyMeanAt(double h) {
        return meanOver(h - DAY_H, h);
    }

    private double integralTo(double h) {
        int r = lastRowAtOrBefore(h);
        return integral[r] + (h - timeH[r]) * (value[r] + valueAt(h)) / 2;
    }

    /** The last row at or before {@code h} (the later of two rows that share the time), or the first row. */
    private int lastRowAtOrBefore(double h) {
        int lo = 0;
        int hi = timeH.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (timeH[mid] <= h) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
