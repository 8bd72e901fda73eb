package org.rlsim.calibration;

import java.util.Objects;

/**
 * A published calibration target.
 *
 * @param id        target id as in physiology.md, e.g. {@code T7}; a letter marks one part of a target ({@code T14a})
 * @param statement what the simulation should reproduce, in one sentence
 * @param published the published value, with its unit
 * @param tolerance the accepted band, in words
 * @param source    where the published value comes from
 */
public record Target(String id, String statement, String published, String tolerance, String source) {
    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(source, "source");
    }
}
