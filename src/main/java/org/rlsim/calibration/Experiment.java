package org.rlsim.calibration;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One calibration experiment: a target and the procedure that measures the model's value for it.
 *
 * @param target  the published target
 * @param measure sets up the patient, runs the simulator and compares the result with the target
 */
public record Experiment(Target target, Supplier<Outcome> measure) {
    public Experiment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(measure, "measure");
    }

    /** Runs the experiment. */
    public Outcome run() {
        return measure.get();
    }
}
