package org.rlsim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.rlsim.model.Observable;

/**
 * A note to draw on the charts at a simulated time, e.g. "symptoms return" at week 26.
 *
 * @param atH   when, h since 00:00 of day 0, within the simulation
 * @param text  the note, one line
 * @param chart the one chart panel to draw it on, or empty for every panel
 */
public record Annotation(double atH, String text, Optional<Observable> chart) {
    public Annotation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(chart, "chart");
        if (!(atH >= 0)) {
            throw new IllegalArgumentException("an annotation's time must be 0 h or later, not " + atH);
        }
    }
}
