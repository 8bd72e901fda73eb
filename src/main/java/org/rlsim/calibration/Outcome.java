package org.rlsim.calibration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the model gave for one target.
 *
 * @param modelValue  the model's value(s), formatted for people with units (the table's "model" column)
 * @param comparisons every number compared with its published band; empty when the model cannot represent the target
 * @param timeCourse  the model curves with the published values on them, for experiments that follow time
 */
public record Outcome(String modelValue, List<Comparison> comparisons, Optional<TimeCourse> timeCourse) {
    public Outcome {
        Objects.requireNonNull(modelValue, "modelValue");
        comparisons = List.copyOf(comparisons);
        Objects.requireNonNull(timeCourse, "timeCourse");
    }

    /** An outcome of single numbers, without a time course. */
    static Outcome of(String modelValue, Comparison... comparisons) {
        return new Outcome(modelValue, List.of(comparisons), Optional.empty());
    }

    /** An outcome with a time course that shows (some of) its comparisons. */
    static Outcome of(String modelValue, TimeCourse timeCourse, Comparison... comparisons) {
        return new Outcome(modelValue, List.of(comparisons), Optional.of(timeCourse));
    }

    /** An outcome for a quantity the model does not represent: it always fails. */
    public static Outcome notModelled(String why) {
        return new Outcome("not modelled: " + why, List.of(), Optional.empty());
    }

    /** Whether the model meets the target: it gives every compared number, and each lies in its band. */
    public boolean pass() {
        return !comparisons.isEmpty() && comparisons.stream().allMatch(Comparison::pass);
    }
}
