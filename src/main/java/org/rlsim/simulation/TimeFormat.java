package org.rlsim.simulation;

import java.util.Locale;

/** Formats simulated times for messages. */
public final class TimeFormat {
    private TimeFormat() {
    }

    /** e.g. "day 12, 08:00". */
    public static String dayAndHour(double timeH) {
        long day = (long) Math.floor(timeH / 24);
        double hourOfDay = timeH - day * 24;
        int minutes = (int) Math.round(hourOfDay * 60);
        if (minutes == 24 * 60) {
            day++;
            minutes = 0;
        }
        return String.format(Locale.ROOT, "day %d, %02d:%02d", day, minutes / 60, minutes % 60);
    }
}
