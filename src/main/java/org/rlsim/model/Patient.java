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
 * @param variants    the model variants this patient follows unless a scenario chooses others
 */
public record Patient(String id, String title, String description, Map<String, Double> parameters,
                      ModelVariants variants) {

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(variants, "variants");
        parameters = Map.copyOf(parameters);
        for (String name : parameters.keySet()) {
            if (ParameterCatalog.find(name).isEmpty()) {
                throw new IllegalArgumentException("patient " + id + ": unknown parameter " + name);
            }
        }
    }

    private static final Map<String, Double> WOMAN = Map.of(
            Blood.BODY_WEIGHT.name(), 60.0,
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

    private static final String ANAEMIC_DESCRIPTION = "Very heavy menstrual loss (about 200 mL per cycle) and a poor diet: "
            + "8 mg/d of iron, 2.5% absorbed at baseline hepcidin (plant-based with tea or phytate, instead of 6.5%). "
            + "Stores empty and transferrin saturation below 20%, so the marrow is iron-restricted and haemoglobin "
            + "falls below the 12 g/dL anaemia threshold.";

    /** The barrier of the RLS archetypes: transport without up-regulation (Connor 2011). */
    private static final ModelVariants RLS = ModelVariants.DEFAULT.with(BbbHypothesis.UPREGULATION_FAILURE);

    private static final List<Patient> ALL = List.of(
            new Patient("healthy-man", "Healthy man, 70 kg",
                    "Model defaults: replete stores, intact blood–brain barrier regulation.", Map.of(),
                    ModelVariants.DEFAULT),
            new Patient("healthy-woman", "Healthy menstruating woman, 60 kg",
                    "Smaller blood volume, lower haemoglobin target, average menstrual loss (35 mL per cycle), 12 mg/d dietary iron.",
                    WOMAN, ModelVariants.DEFAULT),
            new Patient("iron-deficient-woman", "Iron-deficient woman (heavy periods, low-iron diet)",
                    "Heavy menstrual loss (about 110 mL per cycle) and 9 mg/d dietary iron empty the stores; the barrier still up-regulates.",
                    with(WOMAN, Map.of(TissueIronAndLosses.MENSTRUAL_LOSS.name(), 4.0, GutAbsorption.DIET_IRON.name(), 9.0,
                            Blood.TIBC.name(), ID_TIBC)), ModelVariants.DEFAULT),
            new Patient("iron-deficient-anaemic-woman", "Iron-deficient woman with anaemia (very heavy periods)",
                    ANAEMIC_DESCRIPTION,
                    with(WOMAN, Map.of(TissueIronAndLosses.MENSTRUAL_LOSS.name(), 7.0, GutAbsorption.DIET_IRON.name(), 8.0,
                            GutAbsorption.DIET_FRACTION.name(), 0.025, Blood.TIBC.name(), ID_TIBC)), ModelVariants.DEFAULT),
            new Patient("rls-iron-deficient", "RLS with iron deficiency",
                    "The iron-deficient woman whose blood–brain barrier does not up-regulate (bbb: upregulation-failure) "
                    + "and transports a little less.",
                    with(WOMAN, Map.of(TissueIronAndLosses.MENSTRUAL_LOSS.name(), 4.0, GutAbsorption.DIET_IRON.name(), 9.0,
                            Blood.TIBC.name(), ID_TIBC, BloodBrainBarrier.CAPACITY.name(), 0.85)), RLS),
            new Patient("rls-normal-iron", "RLS with normal blood iron, failing barrier up-regulation",
                    "A healthy woman's blood iron, but the barrier transports less and does not up-regulate "
                    + "(bbb: upregulation-failure): brain iron is low while serum is normal.",
                    with(WOMAN, Map.of(BloodBrainBarrier.CAPACITY.name(), 0.7)), RLS),
            new Patient("rls-man", "RLS in a man, normal blood iron, failing barrier up-regulation",
                    "The healthy man (70 kg, stores of about 0.8 g, Hb 15 g/dL), but his blood–brain barrier transports "
                    + "less and does not up-regulate (bbb: upregulation-failure; Connor 2011): brain iron is low while "
                    + "ferritin and TSAT are normal. RLS is rarer in men than in women (Ohayon 2012), and men's larger "
                    + "stores (Gordeuk 2008) make it more often an RLS at normal ferritin (physiology.md §1, §4, §5a).",
                    Map.of(BloodBrainBarrier.CAPACITY.name(), 0.7), RLS),
            new Patient("ckd-dialysis", "Chronic kidney disease on haemodialysis, man",
                    "Haemodialysis without IV iron or an erythropoiesis-stimulating agent: 4 mL of blood a day lost to "
                    + "dialyser, tubing and samples (about 0.5 g of iron a year, the low end of published estimates, which "
                    + "IV iron usually replaces), chronic inflammation (inflammation: chronic) raising hepcidin and ferritin, "
                    + "too little erythropoietin (haemoglobin defended at 12 g/dL), red cells living 80 days, 10 mg/d "
                    + "dietary iron. Functional iron deficiency: TSAT below 20%, ferritin normal, Hb about 10–11 g/dL.",
                    Map.of(TissueIronAndLosses.CHRONIC_LOSS.name(), 4.0, Erythropoiesis.HB_TARGET.name(), 12.0,
                            Erythropoiesis.LIFESPAN.name(), 80.0, GutAbsorption.DIET_IRON.name(), 10.0),
                    ModelVariants.DEFAULT.with(Inflammation.CHRONIC)),
            new Patient("pregnant-third-trimester", "Pregnancy, third trimester, without iron supplements",
                    "The third trimester held constant so that it has a steady state: about 5 mg/d of iron to fetus and "
                    + "placenta, plasma volume up by half (3.9 L) and red-cell mass up by a quarter (blood volume 5.9 L), "
                    + "haemoglobin defended at 12 g/dL, no periods, transferrin up (TIBC 80 µmol/L), dietary iron (12 mg/d) "
                    + "absorbed 1.5 times as well at the same hepcidin, and hepcidin low as the stores empty. Ferritin low.",
                    with(WOMAN, Map.of(TissueIronAndLosses.MENSTRUAL_LOSS.name(), 0.0, TissueIronAndLosses.FETAL_TRANSFER.name(), 5.0,
                            Blood.PLASMA_VOLUME.name(), 3.9, Blood.BLOOD_VOLUME.name(), 5.9, Erythropoiesis.HB_TARGET.name(), 12.0,
                            Blood.BODY_WEIGHT.name(), 72.0,
                            Blood.TIBC.name(), 80.0, GutAbsorption.DIET_FRACTION.name(), 0.1)),
                    ModelVariants.DEFAULT),
            new Patient("frequent-donor", "Frequent blood donor, man (4 donations a year)",
                    "Four 500 mL whole-blood donations a year, represented by their average loss (5.5 mL of blood a day, "
                    + "about 1000 mg of iron a year) so that the archetype has a steady state; 15 mg/d dietary iron. "
                    + "Ferritin low, haemoglobin near normal. For the saw-tooth of single donations use 'donation:' items.",
                    Map.of(TissueIronAndLosses.CHRONIC_LOSS.name(), 2000.0 * TimeUnits.DAY_H / TimeUnits.YEAR_H), ModelVariants.DEFAULT));

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

    /** Model defaults with this patient's values and variants applied. */
    public ParameterSet parameterSet() {
        return ParameterSet.defaults().with(parameters).with(variants);
    }
}
