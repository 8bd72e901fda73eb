package org.rlsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every parameter of the model, in a fixed order, with lookup by name. */
public final class ParameterCatalog {
    private static final List<Parameter> ALL;
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        List<Parameter> list = new ArrayList<>();
        list.addAll(Blood.PARAMETERS);
        list.addAll(PlasmaVolume.PARAMETERS);
        list.addAll(GutAbsorption.PARAMETERS);
        list.addAll(IntakeCondition.parameters());
        list.addAll(Hepcidin.PARAMETERS);
        list.addAll(Erythropoiesis.PARAMETERS);
        list.addAll(Macrophages.PARAMETERS);
        list.addAll(IronStores.PARAMETERS);
        list.addAll(TissueIronAndLosses.PARAMETERS);
        list.addAll(Pregnancy.PARAMETERS);
        list.addAll(IvProduct.parameters());
        list.addAll(BloodBrainBarrier.PARAMETERS);
        list.addAll(DopamineSystem.PARAMETERS);
        list.addAll(HypoxiaSignalling.PARAMETERS);
        list.addAll(Genotype.PARAMETERS);
        list.addAll(AgonistDrug.parameters());
        list.addAll(AgonistTherapy.PARAMETERS);
        list.addAll(PlaceboResponse.PARAMETERS);
        ALL = Collections.unmodifiableList(list);
        for (int i = 0; i < ALL.size(); i++) {
            if (INDEX.put(ALL.get(i).name(), i) != null) {
                throw new IllegalStateException("duplicate parameter name " + ALL.get(i).name());
            }
        }
    }

    private ParameterCatalog() {
    }

    /** All parameters, grouped by mechanism. */
    public static List<Parameter> all() {
        return ALL;
    }

    /** The parameter with this exact name, if any. */
    public static Optional<Parameter> find(String name) {
        Integer i = INDEX.get(name);
        return i == null ? Optional.empty() : Optional.of(ALL.get(i));
    }

    static int indexOf(Parameter p) {
        Integer i = INDEX.get(p.name());
        if (i == null || !ALL.get(i).equals(p)) {
            throw new IllegalArgumentException("not a catalogued parameter: " + p.name());
        }
        return i;
    }
}
