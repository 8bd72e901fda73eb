package org.rlsim.chart;

import org.rlsim.model.TimeUnits;
import org.rlsim.simulation.Trajectory;

/** The unit of a chart's time axis: days for short runs, weeks for long ones. */
enum TimeScale {
    DAYS("Time (days)", 24),
    WEEKS("Time (weeks)", TimeUnits.WEEK_H);

    /** Runs longer than this (13 weeks, a quarter) are shown in weeks, h. */
    static final double WEEKS_BEYOND_H = 13 * 7 * 24;

    private final String axisLabel;
    private final double hoursPerUnit;

    TimeScale(String axisLabel, double hoursPerUnit) {
        this.axisLabel = axisLabel;
        this.hoursPerUnit = hoursPerUnit;
    }

    /** The scale for a run of this length, h. */
    static TimeScale forDuration(double durationH) {
        return durationH > WEEKS_BEYOND_H ? WEEKS : DAYS;
    }

    String axisLabel() {
        return axisLabel;
    }

    /** A time in this scale's unit, from hours. */
    double fromHours(double timeH) {
        return timeH / hoursPerUnit;
    }

    /** The times of a trajectory's rows in this scale's unit (a new array). */
    double[] times(Trajectory t) {
        double[] x = t.timeH();
        for (int i = 0; i < x.length; i++) {
            x[i] = fromHours(x[i]);
        }
        return x;
    }
}
