package org.rlsim.model;

/**
 * Calendar time in rlsim's internal unit, the hour: the one place these lengths are defined. A year is
 * the Julian year (365.25 days) and a month a twelfth of it (30.4375 days), as scenario files read
 * {@code 6 months} or {@code 2 years} ({@code docs/scenario-format.md}).
 */
public final class TimeUnits {
    /** Hours in a day. */
    public static final double DAY_H = 24;
    /** Hours in a week. */
    public static final double WEEK_H = 7 * DAY_H;
    /** Hours in a Julian year, 365.25 days. */
    public static final double YEAR_H = 365.25 * DAY_H;
    /** Hours in a month, a twelfth of a Julian year (30.4375 days). */
    public static final double MONTH_H = YEAR_H / 12;

    private TimeUnits() {
    }
}
