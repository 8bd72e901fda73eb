package org.rlsim.scenario;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;

/**
 * A validated scenario: a patient, arms to compare, how long to simulate and what to chart.
 * All times are in hours; parameter values are in each parameter's declared unit.
 *
 * @param name            short name used for the output folder (the file name without .yaml)
 * @param title           title for people and charts
 * @param teachingNote    text for the teacher (may be empty)
 * @param patient         the baseline archetype
 * @param parameters      parameter values for every arm, applied over the patient's, by name
 * @param model           model variants for every arm, applied over the patient's ({@code model:}; may choose nothing)
 * @param durationH       simulated time after day 0, h
 * @param outputIntervalH spacing of the output rows, h
 * @param arms            the arms, at least one, with distinct names
 * @param charts          observables to chart, in panel order
 * @param warnings        one line per thing that is allowed but unusual (e.g. a parameter outside its
 *                        usual range), for people; empty when nothing is unusual
 */
public record Scenario(String name, String title, String teachingNote, Patient patient,
                       Map<String, Double> parameters, ModelVariants.Choice model, double durationH,
                       double outputIntervalH, List<Arm> arms, List<Observable> charts, List<String> warnings) {
    public Scenario {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(teachingNote, "teachingNote");
        Objects.requireNonNull(patient, "patient");
        parameters = Map.copyOf(parameters);
        arms = List.copyOf(arms);
        charts = List.copyOf(charts);
        warnings = List.copyOf(warnings);
        if (arms.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one arm");
        }
    }

    /** A scenario without warnings that keeps the patient's model variants. */
    public Scenario(String name, String title, String teachingNote, Patient patient,
                    Map<String, Double> parameters, double durationH, double outputIntervalH,
                    List<Arm> arms, List<Observable> charts) {
        this(name, title, teachingNote, patient, parameters, ModelVariants.Choice.NONE, durationH, outputIntervalH,
                arms, charts, List.of());
    }
}
