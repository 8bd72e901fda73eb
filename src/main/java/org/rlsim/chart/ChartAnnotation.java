package org.rlsim.chart;

import java.util.Objects;
import java.util.Optional;
import org.rlsim.model.Observable;

/**
 * A note a teacher pins to a moment of the run, e.g. "week 6: ferritin has passed 75 ng/mL": drawn as
 * a dashed vertical line across the chart's panels with the text beside its top end, inside the plot,
 * so it never runs into the title.
 *
 * @param timeH  when, h since 00:00 of day 0; at least 0
 * @param text   one short line for people; not blank
 * @param output the output whose panel carries the text; empty for no particular output. On the
 *               overview the text goes into that output's panel (the first panel when it is empty or
 *               not charted there); a chart of one output shows only the annotations for that output
 *               and those for none; "where is the iron" charts show only those for none.
 */
public record ChartAnnotation(double timeH, String text, Optional<Observable> output) {
    public ChartAnnotation {
        if (!(timeH >= 0) || Double.isInfinite(timeH)) {
            throw new IllegalArgumentException("annotation time must be a finite number of hours ≥ 0, got " + timeH);
        }
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("annotation text must not be blank");
        }
        Objects.requireNonNull(output, "output");
    }

    /** Whether a chart of {@code shown} carries this annotation (see {@link #output()}). */
    boolean belongsTo(Optional<Observable> shown) {
        return output.isEmpty() || output.equals(shown);
    }
}
