package org.rlsim.population;

import java.util.Objects;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Physiology;

/**
 * One inclusion criterion of a trial, read at the candidate's untreated steady state (screening before
 * day 0), e.g. {@code ferritin below 75 ng/mL} or {@code symptom score at least 15 points}.
 *
 * @param output     what is measured
 * @param comparison how the value must compare
 * @param value      the limit, in the output's unit ({@link Observable#unit()})
 * @param written    the criterion as the scenario wrote it, for people
 */
public record Inclusion(Observable output, Comparison comparison, double value, String written) {
    /** How a screened value must compare with the limit. */
    public enum Comparison {
        BELOW("below"), ABOVE("above"), AT_LEAST("at least"), AT_MOST("at most");

        private final String words;

        Comparison(String words) {
            this.words = words;
        }

        /** The words a scenario writes, e.g. {@code at least}. */
        public String words() {
            return words;
        }

        boolean holds(double measured, double limit) {
            return switch (this) {
                case BELOW -> measured < limit;
                case ABOVE -> measured > limit;
                case AT_LEAST -> measured >= limit;
                case AT_MOST -> measured <= limit;
            };
        }
    }

    public Inclusion {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(written, "written");
    }

    /** Whether a candidate at its steady state (00:00 of day 0) meets this criterion. */
    public boolean admits(ModelState steadyState, Physiology model) {
        return comparison.holds(output.value(0, steadyState, model), value);
    }
}
