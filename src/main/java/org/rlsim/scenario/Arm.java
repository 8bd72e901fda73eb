package org.rlsim.scenario;

import java.util.Map;
import java.util.Objects;
import org.rlsim.dosing.Regimen;
import org.rlsim.model.Patient;

/**
 * One arm of a scenario: a patient and a named treatment plan, optionally with parameter values of its own.
 *
 * @param name       name for people and for output (a safe file-name fragment), e.g. "IV ferric carboxymaltose"
 * @param patient    who is treated: the arm's own {@code patient}, else the scenario's
 * @param regimen    what is given
 * @param parameters parameter values for this arm only, by name, in each parameter's unit
 */
public record Arm(String name, Patient patient, Regimen regimen, Map<String, Double> parameters) {
    public Arm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(regimen, "regimen");
        parameters = Map.copyOf(parameters);
    }
}
