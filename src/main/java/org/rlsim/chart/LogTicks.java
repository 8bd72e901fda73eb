package org.rlsim.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of labelled ticks on a log scale: a ladder of steps repeated in every decade, e.g. 1–2–5 gives
 * … 0.5, 1, 2, 5, 10, 20 …. Shared by the log axes so that they all step the same way.
 */
final class LogTicks {
    /**
     * Ladders of labelled ticks within a decade, densest first: 1–2–5 (10, 20, 50, 100, …), 1–3 (10, 30,
     * 100, …), powers of ten. The smallest gap of each, in decades: log10(2), log10(10/3), 1.
     */
    static final double[][] LADDERS = {{1, 2, 5}, {1, 3}, {1}};

    private LogTicks() {
    }

    /**
     * The steps of {@code LADDERS[ladder]} from {@code lower} to {@code upper}, both included (to 1e-9
     * relative, so that a bound computed as a power of ten still carries its tick), increasing.
     *
     * @param lower the smallest value, above 0
     * @param upper the largest value, at least {@code lower}
     */
    static List<Double> values(int ladder, double lower, double upper) {
        double low = lower * (1 - 1e-9);
        double high = upper * (1 + 1e-9);
        List<Double> values = new ArrayList<>();
        for (int exponent = (int) Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent++) {
            double decade = Math.pow(10, exponent);
            for (double step : LADDERS[ladder]) {
                double v = step * decade;
                if (v >= low && v <= high) {
                    values.add(v);
                }
            }
        }
        return values;
    }
}
