package org.rlsim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rlsim.dosing.Regimen;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Patient;
import org.rlsim.population.Locus;

/**
 * One arm of a scenario: a patient and a named treatment plan, optionally with parameter values and
 * model variants of its own.
 *
 * @param name       name for people and for output (a safe file-name fragment), e.g. "IV ferric carboxymaltose"
 * @param patient    who is treated: the arm's own {@code patient}, else the scenario's
 * @param regimen    what is given
 * @param parameters parameter values for this arm only, by name, in each parameter's unit
 * @param model      model variants for this arm only, applied over the scenario's (may choose nothing)
 * @param publishedPct a published prevalence of clinically relevant symptoms to show beside the arm's virtual
 *                   population, % ({@code published:}); NaN when the arm has none
 * @param drawnLoci  the loci at which each of the arm's virtual patients draws its risk alleles ({@code genotype: {meis1:
 *                   drawn}}); the arm's own run keeps {@code parameters}' count there (none unless given)
 */
public record Arm(String name, Patient patient, Regimen regimen, Map<String, Double> parameters,
                  ModelVariants.Choice model, double publishedPct, List<Locus> drawnLoci) {
    public Arm {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(regimen, "regimen");
        Objects.requireNonNull(model, "model");
        parameters = Map.copyOf(parameters);
        drawnLoci = List.copyOf(drawnLoci);
    }

    /** An arm without a published prevalence, whose virtual patients draw no genotype. */
    public Arm(String name, Patient patient, Regimen regimen, Map<String, Double> parameters, ModelVariants.Choice model) {
        this(name, patient, regimen, parameters, model, Double.NaN, List.of());
    }

    /** This arm with another regimen. */
    public Arm withRegimen(Regimen other) {
        return new Arm(name, patient, other, parameters, model, publishedPct, drawnLoci);
    }

    /** This arm with other model variants of its own. */
    public Arm withModel(ModelVariants.Choice other) {
        return new Arm(name, patient, regimen, parameters, other, publishedPct, drawnLoci);
    }

    /** Whether the arm gives a published prevalence. */
    public boolean hasPublished() {
        return !Double.isNaN(publishedPct);
    }

    /** An arm that keeps the scenario's model variants. */
    public Arm(String name, Patient patient, Regimen regimen, Map<String, Double> parameters) {
        this(name, patient, regimen, parameters, ModelVariants.Choice.NONE);
    }
}
