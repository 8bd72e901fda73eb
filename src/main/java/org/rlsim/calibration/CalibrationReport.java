package org.rlsim.calibration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every calibration experiment, in target order. Used by {@code rlsim calibration}, the model card
 * and {@code CalibrationTest}, so all three show the same numbers. The experiments read their dosing
 * from {@code scenarios/calibration/}, relative to the working directory (the project folder).
 */
public final class CalibrationReport {
    /** Whether a target is met. */
    public enum Status {
        /** The model meets the target. */
        PASS,
        /** The model misses the target, for the documented structural reason in {@link KnownMisses}. */
        KNOWN_MISS,
        /** The model misses the target and it is not a known miss: the model or an experiment is broken. */
        MISS;

        /** Short text for tables: PASS, MISS (known), MISS. */
        public String label() {
            return switch (this) {
                case PASS -> "PASS";
                case KNOWN_MISS -> "MISS (known)";
                case MISS -> "MISS";
            };
        }
    }

    /** One line of the table: the target and what the model gave. */
    public record Row(Target target, Outcome outcome) {
        public Row {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(outcome, "outcome");
        }

        public Status status() {
            if (outcome.pass()) {
                return Status.PASS;
            }
            return isKnownMiss() ? Status.KNOWN_MISS : Status.MISS;
        }

        /** True when the target is listed in {@link KnownMisses}, whether or not it still misses. */
        public boolean isKnownMiss() {
            return KnownMisses.reason(target.id()).isPresent();
        }
    }

    private CalibrationReport() {
    }

    /** The folder of the calibration scenarios, relative to the working directory. */
    public static Path scenarioFolder() {
        return Lab.SCENARIOS;
    }

    /** Runs every experiment, in target order. */
    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Experiment e : Experiments.all()) {
            rows.add(new Row(e.target(), e.run()));
        }
        return rows;
    }
}
