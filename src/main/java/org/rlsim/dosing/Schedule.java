package org.rlsim.dosing;

import java.util.ArrayList;
import java.util.List;

/**
 * When a repeated dose is given: {@code count} times, every {@code intervalH} hours from {@code firstH}.
 *
 * @param firstH    time of the first dose, h since 00:00 of day 0 (≥ 0)
 * @param intervalH hours between doses (&gt; 0; ignored when count is 1)
 * @param count     number of doses (≥ 1)
 */
public record Schedule(double firstH, double intervalH, int count) {
    /** More doses than this in one course is certainly a mistake (over 27 years of hourly doses). */
    public static final int MAX_COUNT = 240_000;

    public Schedule {
        Checks.time("first dose", firstH);
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("dose count must be 1 to " + MAX_COUNT + ", got " + count);
        }
        if (count > 1) {
            Checks.positive("dosing interval", intervalH, "h");
        }
    }

    /** A single dose at {@code timeH}. */
    public static Schedule once(double timeH) {
        return new Schedule(timeH, 24, 1);
    }

    /** The dose times, h, in increasing order. */
    public List<Double> times() {
        List<Double> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            times.add(firstH + i * intervalH);
        }
        return times;
    }
}
