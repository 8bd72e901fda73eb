package org.rlsim.explore;

import java.util.List;
import java.util.Objects;
import org.rlsim.model.Observable;

/**
 * What the explorer page simulates: up to {@value #MAX_ARMS} arms over one duration.
 *
 * @param title           title for people
 * @param durationH       simulated time after 00:00 of day 0, h (&gt; 0)
 * @param outputIntervalH spacing of the output rows, h (&gt; 0, at most {@code durationH})
 * @param arms            one to {@value #MAX_ARMS} arms with distinct names
 * @param charts          outputs to chart, in panel order (may be empty: then a scenario file's default)
 */
public record Exploration(String title, double durationH, double outputIntervalH, List<ExplorationArm> arms,
                          List<Observable> charts) {
    /**
     * Most arms: the slide charts' palette has seven colours. A lesson may have this many; the page lets a
     * student build up to three of their own, as more curves are hard to tell apart on a projected slide.
     */
    public static final int MAX_ARMS = 7;

    public Exploration {
        Objects.requireNonNull(title, "title");
        arms = List.copyOf(arms);
        charts = List.copyOf(charts);
        if (!(durationH > 0) || !Double.isFinite(durationH)) {
            throw new IllegalArgumentException("the duration must be a positive number of hours, got " + durationH);
        }
        if (!(outputIntervalH > 0) || outputIntervalH > durationH) {
            throw new IllegalArgumentException("the output interval must be more than 0 and at most the duration, got "
                    + outputIntervalH + " h");
        }
        if (arms.isEmpty() || arms.size() > MAX_ARMS) {
            throw new IllegalArgumentException("an exploration has 1 to " + MAX_ARMS + " arms, got " + arms.size());
        }
        for (int i = 0; i < arms.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (arms.get(i).name().equalsIgnoreCase(arms.get(j).name())) {
                    throw new IllegalArgumentException("two arms are called '" + arms.get(i).name() + "'; give each its own name");
                }
            }
        }
    }
}
