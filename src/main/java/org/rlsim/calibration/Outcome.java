package org.rlsim.calibration;

import java.util.Objects;

/**
 * What the model gave for one target.
 *
 * @param modelValue the model's value(s), formatted for people with units
 * @param pass       whether every part lies within the target's tolerance
 */
public record Outcome(String modelValue, boolean pass) {
    public Outcome {
        Objects.requireNonNull(modelValue, "modelValue");
    }

    /** An outcome for a quantity the model does not represent: it always fails. */
    public static Outcome notModelled(String why) {
        return new Outcome("not modelled: " + why, false);
    }
}
