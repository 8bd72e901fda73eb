package org.rlsim.explore;

import java.util.Map;
import java.util.Objects;
import org.rlsim.dosing.Regimen;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Patient;

/**
 * One arm on the explorer page: everything a scenario arm holds, with the scenario's own parameters and
 * model variants already folded in (so an arm stands alone, as the page's controls edit it).
 *
 * @param name       name for people, as in a scenario file
 * @param patient    the patient archetype
 * @param parameters parameter values over the patient's, by name, each in its parameter's unit
 * @param model      model variants over the patient's (fields left null keep the patient's)
 * @param regimen    what is given
 */
public record ExplorationArm(String name, Patient patient, Map<String, Double> parameters,
                             ModelVariants.Choice model, Regimen regimen) {
    public ExplorationArm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(regimen, "regimen");
        parameters = Map.copyOf(parameters);
    }

    /**
     * The arm's parameter set, composed as {@code rlsim run} composes it: the patient's values, then the
     * arm's, then the patient's variants overridden by the arm's.
     */
    public ParameterSet parameterSet() {
        return patient.parameterSet().with(parameters).with(patient.variants().with(model));
    }
}
