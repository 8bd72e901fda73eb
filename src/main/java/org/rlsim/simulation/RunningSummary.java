package org.rlsim.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Physiology;

/**
 * A sink that keeps a few numbers per output instead of the rows: start and end values, lowest and highest
 * (with the time of the highest), the first time a threshold is reached, values at chosen times and the
 * mean of every whole day. Memory is constant in the number of rows (plus one number per day for daily
 * means), so a 100-year run at 1-minute output fits anywhere.
 *
 * <p>Definitions (the same as {@link Trajectory} and the scenario expectations use): "start" is the first
 * row (day 0, before a dose at time 0), "end" the last row; the value at a time is interpolated linearly
 * between the rows around it (at a row's time, that row's value; at a dose given at once, the row just after
 * it), as {@link PiecewiseLinear#valueAt} does; a first crossing is interpolated linearly between the two rows
 * around it; the mean of day {@code d} is the time-average (trapezoidal, over the rows)
 * from {@code 24·d} to {@code 24·(d+1)} h, the "daily mean ending at" {@code 24·(d+1)} h.
 *
 * <p>Register what to watch ({@link #threshold}, {@link #at}) before the run; read after it.
 */
public final class RunningSummary implements RowSink {
    private static final double DAY_H = 24;

    private final Observable[] outputs;
    private final Map<Observable, Integer> column = new EnumMap<>(Observable.class);
    private final List<Threshold> thresholds = new ArrayList<>();
    private double[] watchTimes = new double[0];
    private Physiology model;
    private long rows;
    private double previousTime;
    private final double[] previous;
    private final double[] first;
    private final double[] last;
    private final double[] min;
    private final double[] max;
    private final double[] timeOfMax;
    private double[][] atTimes;
    private final double[] dayIntegral;
    private final List<double[]> dailyMeans = new ArrayList<>();
    private int day;

    /** @param outputs the observables to summarise */
    public RunningSummary(Observable... outputs) {
        this.outputs = outputs.clone();
        for (int i = 0; i < outputs.length; i++) {
            column.put(outputs[i], i);
        }
        int n = outputs.length;
        previous = new double[n];
        first = new double[n];
        last = new double[n];
        min = new double[n];
        max = new double[n];
        timeOfMax = new double[n];
        dayIntegral = new double[n];
    }

    /** Watches the first time {@code output} is at or above {@code level} (in its unit); read with {@link #firstTimeAtOrAbove}. */
    public RunningSummary threshold(Observable output, double level) {
        thresholds.add(new Threshold(index(output), level, false));
        return this;
    }

    /**
     * Watches the first time {@code output} reaches {@code level} (in its unit) from where it starts: starting
     * below, the first time at or above it; starting above, the first time at or below it (the start itself
     * if it starts there). Read with {@link #firstTimeReaching}.
     */
    public RunningSummary reaching(Observable output, double level) {
        thresholds.add(new Threshold(index(output), level, true));
        return this;
    }

    /** Watches the values at {@code timeH}, h; read with {@link #valueAt}. */
    public RunningSummary at(double timeH) {
        watchTimes = Arrays.copyOf(watchTimes, watchTimes.length + 1);
        watchTimes[watchTimes.length - 1] = timeH;
        return this;
    }

    @Override
    public void begin(Physiology physiology, List<DoseEvent> events, double durationH) {
        model = physiology;
        rows = 0;
        day = 0;
        dailyMeans.clear();
        Arrays.fill(dayIntegral, 0);
        atTimes = new double[watchTimes.length][outputs.length];
        for (double[] values : atTimes) {
            Arrays.fill(values, Double.NaN);
        }
        for (Threshold t : thresholds) {
            t.reachedH = Double.NaN;
        }
    }

    @Override
    public void row(double timeH, ModelState state) {
        for (int i = 0; i < outputs.length; i++) {
            last[i] = outputs[i].value(timeH, state, model);
        }
        if (rows == 0) {
            System.arraycopy(last, 0, first, 0, last.length);
            System.arraycopy(last, 0, min, 0, last.length);
            System.arraycopy(last, 0, max, 0, last.length);
            Arrays.fill(timeOfMax, timeH);
        } else {
            integrate(timeH);
        }
        for (int i = 0; i < outputs.length; i++) {
            min[i] = Math.min(min[i], last[i]);
            if (last[i] > max[i]) {
                max[i] = last[i];
                timeOfMax[i] = timeH;
            }
        }
        for (Threshold t : thresholds) {
            if (rows == 0) {
                t.falling = t.fromStartSide && last[t.column] > t.level;
            }
            boolean reached = t.falling ? last[t.column] <= t.level : last[t.column] >= t.level;
            if (Double.isNaN(t.reachedH) && reached) {
                double before = previous[t.column];
                t.reachedH = rows == 0 ? timeH
                        : previousTime + (t.level - before) / (last[t.column] - before) * (timeH - previousTime);
            }
        }
        for (int w = 0; w < watchTimes.length; w++) {
            if (timeH <= watchTimes[w]) {
                System.arraycopy(last, 0, atTimes[w], 0, last.length);
            } else if (rows > 0 && previousTime < watchTimes[w]) {
                for (int i = 0; i < outputs.length; i++) {
                    atTimes[w][i] = interpolate(i, watchTimes[w], timeH);
                }
            }
        }
        System.arraycopy(last, 0, previous, 0, last.length);
        previousTime = timeH;
        rows++;
    }

    /** Adds the trapezoid from the previous row to this one to the day integrals, closing each day it passes. */
    private void integrate(double timeH) {
        double from = previousTime;
        while (from < timeH) {
            double dayEnd = (day + 1) * DAY_H;
            double to = Math.min(timeH, dayEnd);
            for (int i = 0; i < outputs.length; i++) {
                double a = interpolate(i, from, timeH);
                double b = interpolate(i, to, timeH);
                dayIntegral[i] += 0.5 * (a + b) * (to - from);
            }
            if (to == dayEnd) {
                double[] means = new double[outputs.length];
                for (int i = 0; i < outputs.length; i++) {
                    means[i] = dayIntegral[i] / DAY_H;
                }
                dailyMeans.add(means);
                Arrays.fill(dayIntegral, 0);
                day++;
            }
            from = to;
        }
    }

    private double interpolate(int i, double t, double timeH) {
        double span = timeH - previousTime;
        return previous[i] + (last[i] - previous[i]) * ((t - previousTime) / span);
    }

    private int index(Observable o) {
        Integer i = column.get(o);
        if (i == null) {
            throw new IllegalArgumentException(o + " is not summarised here; pass it to the constructor");
        }
        return i;
    }

    /** Rows received. */
    public long rows() {
        return rows;
    }

    /** The first row's value. */
    public double start(Observable o) {
        return first[index(o)];
    }

    /** The last row's value. */
    public double end(Observable o) {
        return last[index(o)];
    }

    /** The lowest value over all rows. */
    public double min(Observable o) {
        return min[index(o)];
    }

    /** The highest value over all rows. */
    public double max(Observable o) {
        return max[index(o)];
    }

    /** When the highest value was first reached, h. */
    public double timeOfMax(Observable o) {
        return timeOfMax[index(o)];
    }

    /** The first time at or above a {@linkplain #threshold watched level}, h; empty if never. */
    public OptionalDouble firstTimeAtOrAbove(Observable o, double level) {
        int i = index(o);
        for (Threshold t : thresholds) {
            if (t.column == i && t.level == level && !t.fromStartSide) {
                return Double.isNaN(t.reachedH) ? OptionalDouble.empty() : OptionalDouble.of(t.reachedH);
            }
        }
        throw new IllegalArgumentException("no threshold " + level + " watched for " + o);
    }

    /** The first time a {@linkplain #reaching watched level} is reached from the start's side, h; empty if never. */
    public OptionalDouble firstTimeReaching(Observable o, double level) {
        int i = index(o);
        for (Threshold t : thresholds) {
            if (t.column == i && t.level == level && t.fromStartSide) {
                return Double.isNaN(t.reachedH) ? OptionalDouble.empty() : OptionalDouble.of(t.reachedH);
            }
        }
        throw new IllegalArgumentException("no level " + level + " watched for " + o);
    }

    /** The value at a {@linkplain #at watched time}, interpolated between rows (NaN if the run did not reach it). */
    public double valueAt(Observable o, double timeH) {
        for (int w = 0; w < watchTimes.length; w++) {
            if (watchTimes[w] == timeH) {
                return atTimes[w][index(o)];
            }
        }
        throw new IllegalArgumentException("time " + timeH + " h is not watched");
    }

    /** The mean of every whole day simulated, day 0 first. */
    public double[] dailyMeans(Observable o) {
        int i = index(o);
        return dailyMeans.stream().mapToDouble(means -> means[i]).toArray();
    }

    private static final class Threshold {
        final int column;
        final double level;
        /** Whether the direction is decided by the first row ({@link #reaching}), else always upwards. */
        final boolean fromStartSide;
        /** Whether the level is reached from above (decided at the first row). */
        boolean falling;
        double reachedH = Double.NaN;

        Threshold(int column, double level, boolean fromStartSide) {
            this.column = column;
            this.level = level;
            this.fromStartSide = fromStartSide;
        }
    }
}
