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
 * A curve made from arrays is immutable (the arrays are not copied and must not change). A
 * {@linkplain #growing() growing} curve takes its rows one by one as a run produces them ({@link #add}) and
 * can forget the rows it no longer needs ({@link #forgetBefore}), so it answers the same questions with
 * the same numbers, bit for bit, in memory for a window of rows instead of the whole run.
 */
public final class PiecewiseLinear {
    private static final int INITIAL_ROWS = 64;
    private double[] timeH;
    private double[] value;
    /** Integral of the value from the run's first row to each row, unit × h (trapezoid rule). */
    private double[] integral;
    /** The rows are those from {@code first} (inclusive) to {@code end} (exclusive). */
    private int first;
    private int end;

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
            integral[r] = integralThrough(r);
        }
        end = timeH.length;
    }

    private PiecewiseLinear() {
        timeH = new double[INITIAL_ROWS];
        value = new double[INITIAL_ROWS];
        integral = new double[INITIAL_ROWS];
    }

    /** A curve without rows, to be given them in time order with {@link #add}; ask it nothing before the first. */
    public static PiecewiseLinear growing() {
        return new PiecewiseLinear();
    }

    /** The integral up to row {@code r} from that up to row {@code r - 1}: the one formula of both kinds of curve. */
    private double integralThrough(int r) {
        return integral[r - 1] + (timeH[r] - timeH[r - 1]) * (value[r] + value[r - 1]) / 2;
    }

    /**
     * Adds a row after the last (of a {@linkplain #growing() growing} curve).
     *
     * @param h time, h, not before the last row's
     * @param v the value then
     */
    public void add(double h, double v) {
        if (end > first && h < timeH[end - 1]) {
            throw new IllegalArgumentException("times must not decrease: " + h + " h after " + timeH[end - 1] + " h");
        }
        if (end == timeH.length) {
            makeRoom();
        }
        timeH[end] = h;
        value[end] = v;
        integral[end] = end == first ? 0 : integralThrough(end);
        end++;
    }

    /** Moves the rows to the arrays' start, or doubles the arrays when more than half of them is in use. */
    private void makeRoom() {
        int rows = end - first;
        int capacity = rows > timeH.length / 2 ? 2 * timeH.length : timeH.length;
        timeH = moved(timeH, capacity);
        value = moved(value, capacity);
        integral = moved(integral, capacity);
        first = 0;
        end = rows;
    }

    private double[] moved(double[] column, int capacity) {
        double[] to = new double[capacity];
        System.arraycopy(column, first, to, 0, end - first);
        return to;
    }

    /**
     * Forgets the rows before the last row at or before {@code h}: values and means at or after {@code h} (and
     * over windows that start there) stay what they were with every row.
     */
    public void forgetBefore(double h) {
        first = lastRowAtOrBefore(h);
    }

    /** Whether the curve has no rows yet (a {@linkplain #growing() growing} one before its first). */
    public boolean isEmpty() {
        return end == first;
    }

    /** The time of the first row, h. */
    public double firstH() {
        return timeH[first];
    }

    /** The time of the last row, h. */
    public double lastH() {
        return timeH[end - 1];
    }

    /** The value at {@code h}, interpolated; held at the first or last row outside them. */
    public double valueAt(double h) {
        int r = lastRowAtOrBefore(h);
        if (timeH[r] >= h || r + 1 == end) {
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
        int lo = first;
        int hi = end - 1;
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
