package org.rlsim.scenario;

import java.util.Map;
import java.util.Objects;
import org.rlsim.dosing.Regimen;

/**
 * One arm of a scenario: a named treatment plan, optionally with parameter values of its own.
 *
 * @param name       name for people and for output (a safe file-name fragment), e.g. "IV ferric carboxymaltose"
 * @param regimen    what is given
 * @param parameters parameter values for this arm only, by name, in each parameter's unit
 */
public record Arm(String name, Regimen regimen, Map<String, Double> parameters) {
    public Arm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regimen, "regimen");
        parameters = Map.copyOf(parameters);
    }
}
