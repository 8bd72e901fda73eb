package org.rlsim.scenario;

import java.util.Objects;

/**
 * Whether a simulated result keeps one {@link Expectation}, with the model's numbers behind it.
 *
 * @param expectation the claim
 * @param met         whether the result keeps it
 * @param model       the model's numbers, in the output's unit, e.g. {@code 78.1 % vs 71.3 %}
 */
public record Verdict(Expectation expectation, boolean met, String model) {
    public Verdict {
        Objects.requireNonNull(expectation, "expectation");
        Objects.requireNonNull(model, "model");
    }

    /** One line for people: {@code met: <sentence> (model: <numbers>)} or {@code NOT met: ...}. */
    public String line() {
        return (met ? "met: " : "NOT met: ") + expectation.subject().sentence() + " (model: " + model + ")";
    }
}
