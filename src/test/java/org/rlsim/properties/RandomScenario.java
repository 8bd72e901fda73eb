package org.rlsim.properties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.rlsim.dosing.Regimen;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.simulation.Simulator;
import org.rlsim.simulation.SteadyState;
import org.rlsim.simulation.Trajectory;

/**
 * One random but valid simulation: a patient archetype, perhaps with a few parameters moved within
 * their usual range, a regimen, a duration and an output interval. Built by {@link ScenarioArbitraries}
 * from primitive arbitraries, so a failing scenario shrinks towards fewer items, smaller doses,
 * default parameters and the first archetype.
 *
 * @param patient         the archetype
 * @param changes         parameters changed from the archetype's values, by name
 * @param regimen         the treatment (possibly none)
 * @param durationH       simulated time, h
 * @param outputIntervalH output grid spacing, h
 */
public record RandomScenario(Patient patient, Map<String, Double> changes, Regimen regimen, double durationH,
                             double outputIntervalH) {

    /** Steady states by parameter set: the five archetypes recur often, and a steady state costs a 3-year run. */
    private static final Map<ParameterSet, double[]> STEADY_STATES = new ConcurrentHashMap<>();

    public RandomScenario {
        Objects.requireNonNull(patient, "patient");
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        Objects.requireNonNull(regimen, "regimen");
    }

    /** The archetype's parameters with the changes applied. */
    public ParameterSet parameterSet() {
        return patient.parameterSet().with(changes);
    }

    /** The same scenario with another regimen. */
    public RandomScenario withRegimen(Regimen other) {
        return new RandomScenario(patient, changes, other, durationH, outputIntervalH);
    }

    /** The same scenario with every regimen item passed through {@code change}. */
    public RandomScenario mapItems(UnaryOperator<RegimenItem> change) {
        List<RegimenItem> items = new ArrayList<>();
        for (RegimenItem item : regimen.items()) {
            items.add(change.apply(item));
        }
        return withRegimen(new Regimen(items));
    }

    /** The same scenario with one more regimen item, last. */
    public RandomScenario plus(RegimenItem extra) {
        List<RegimenItem> items = new ArrayList<>(regimen.items());
        items.add(extra);
        return withRegimen(new Regimen(items));
    }

    /** The steady state of this scenario's patient, computed once per parameter set per JVM. */
    public double[] initialState() {
        ParameterSet parameters = parameterSet();
        return STEADY_STATES.computeIfAbsent(parameters,
                p -> SteadyState.of(new Physiology(p), new Simulator())).clone();
    }

    /** Runs the scenario from the (cached) steady state with a fresh simulator and model. */
    public Trajectory run() {
        return new Simulator().run(new Physiology(parameterSet()), initialState(), regimen.events(), durationH,
                outputIntervalH);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RandomScenario[patient=").append(patient.id());
        s.append(", changes=").append(changes);
        s.append(", durationH=").append(durationH).append(", outputIntervalH=").append(outputIntervalH);
        s.append(", items=[");
        for (int i = 0; i < regimen.items().size(); i++) {
            s.append(i == 0 ? "" : ", ").append(regimen.items().get(i));
        }
        return s.append("]]").toString();
    }
}
