package org.rlsim.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A baseline patient archetype: a set of physiological parameter values. Its state at day 0 is not
 * written down but computed: the simulator runs the archetype without treatment until every
 * compartment has settled (see {@code org.rlsim.simulation.SteadyState}), so the starting ferritin,
 * haemoglobin and brain iron follow from the physiology.
 *
 * @param id          identifier used in scenario files, e.g. {@code rls-iron-deficient}
 * @param title       one line for people
 * @param description what is special about this patient and why
 * @param parameters  parameter values that differ from the model defaults (a healthy man), by name
 */
public record Patient(String id, String title, String description, Map<String, Double> parameters) {

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        parameters = Map.copyOf(parameters);
        for (String name : parameters.keySet()) {
            if (ParameterCatalog.find(name).isEmpty()) {
                throw new IllegalArgumentException("patient " + id + ": unknown parameter " + name);
            }
        }
    }

    private static final Map<String, Double> WOMAN = Map.of(
            Blood.BLOOD_VOLUME.name(), 4.2,
            Blood.PLASMA_VOLUME.name(), 2.6,
            Erythropoiesis.HB_TARGET.name(), 13.5,
            TissueIronAndLosses.MENSTRUAL_LOSS.name(), 1.25,
            GutAbsorption.DIET_IRON.name(), 12.0);

    /**
     * Total iron-binding capacity in iron deficiency, µmol/L: the liver makes more transferrin when iron
     * is short (TIBC above 360–400 µg/dL, i.e. 65–72 µmol/L, is a classic sign; 75 µmol/L ≈ 420 µg/dL).
     */
    private static final double ID_TIBC = 75;

    private static final List<Patient> ALL = List.of(
            new Patient("healthy-man", "Healthy man, 70 kg",
                    "Model defaults: replete stores, intact blood–brain barrier regulation.", Map.of()),
            new Patient("healthy-woman", "Healthy menstruating woman, 60 kg",
                    "Smaller blood volume, lower haemoglobin target, average menstrual loss (35 mL per cycle), 12 mg/d dietary iron.",
                    WOMAN),
            new Patient("iron-deficient-woman", "Iron-deficient woman (heavy periods, low-iron diet)",
                    "Heavy menstrual loss (about 110 mL per cycle) and 9 mg/d dietary iron empty the stores; the barrier still up-regulates.",
                    with(WOMAN, Map.of(TissueIronAndLosses.MENSTRUAL_LOSS.name(), 4.0, GutAbsorption.DIET_IRON.name(), 9.0,
                            Blood.TIBC.name(), ID_TIBC))),
            new Patient("iron-deficient-anaemic-woman", "Iron-deficient woman, very heavy losses",
                    "Very heavy menstrual loss (about 170 mL per cycle) and 8 mg/d dietary iron: stores nearly empty and haemoglobin lower than the iron-deficient woman's (still about 12.8 g/dL: the model's marrow is not yet iron-limited enough to reach the 12 g/dL anaemia threshold).",
                    with(WOMAN, Map.of(TissueIronAndLosses.MENSTRUAL_LOSS.name(), 6.0, GutAbsorption.DIET_IRON.name(), 8.0,
                            Blood.TIBC.name(), ID_TIBC))),
            new Patient("rls-iron-deficient", "RLS with iron deficiency",
                    "The iron-deficient woman whose blood–brain barrier does not up-regulate (gain 0) and transports a little less.",
                    with(WOMAN, Map.of(TissueIronAndLosses.MENSTRUAL_LOSS.name(), 4.0, GutAbsorption.DIET_IRON.name(), 9.0,
                            Blood.TIBC.name(), ID_TIBC, BloodBrainBarrier.GAIN.name(), 0.0, BloodBrainBarrier.CAPACITY.name(), 0.85))),
            new Patient("rls-normal-iron", "RLS with normal blood iron, failing barrier up-regulation",
                    "A healthy woman's blood iron, but the barrier transports less and does not up-regulate: brain iron is low while serum is normal.",
                    with(WOMAN, Map.of(BloodBrainBarrier.GAIN.name(), 0.0, BloodBrainBarrier.CAPACITY.name(), 0.7))));

    private static Map<String, Double> with(Map<String, Double> base, Map<String, Double> changes) {
        java.util.Map<String, Double> merged = new java.util.LinkedHashMap<>(base);
        merged.putAll(changes);
        return merged;
    }

    /** Every archetype, in teaching order. */
    public static List<Patient> all() {
        return ALL;
    }

    /** The archetype with this id, if any. */
    public static Optional<Patient> find(String id) {
        return ALL.stream().filter(p -> p.id.equals(id)).findFirst();
    }

    /** Model defaults with this patient's values applied. */
    public ParameterSet parameterSet() {
        return ParameterSet.defaults().with(parameters);
    }
}
