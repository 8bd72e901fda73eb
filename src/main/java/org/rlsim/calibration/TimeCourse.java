package org.rlsim.calibration;

import java.util.List;
import java.util.Objects;

/**
 * What an experiment that follows a quantity over time shows: panels sharing one x axis.
 *
 * @param xLabel the x axis with its unit, e.g. "Hours after the dose"
 * @param panels one or more panels, top to bottom
 */
public record TimeCourse(String xLabel, List<Panel> panels) {
    public TimeCourse {
        Objects.requireNonNull(xLabel, "xLabel");
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a time course needs at least one panel");
        }
    }
}
