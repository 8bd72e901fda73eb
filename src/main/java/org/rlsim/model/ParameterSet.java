package org.rlsim.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable assignment of a value to every parameter of the {@link ParameterCatalog}, together
 * with the {@link ModelVariants} whose equations those values feed: everything a
 * {@link Physiology} is built from. Values are in each parameter's declared unit.
 */
public final class ParameterSet {
    private final double[] values;
    private final ModelVariants variants;

    private ParameterSet(double[] values, ModelVariants variants) {
        this.values = values;
        this.variants = variants;
    }

    /** Every parameter at its default value, with the {@link ModelVariants#DEFAULT} variants. */
    public static ParameterSet defaults() {
        List<Parameter> all = ParameterCatalog.all();
        double[] v = new double[all.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = all.get(i).defaultValue();
        }
        return new ParameterSet(v, ModelVariants.DEFAULT);
    }

    /** The model variants these values are for. */
    public ModelVariants variants() {
        return variants;
    }

    /** A copy with other model variants and the same values. */
    public ParameterSet with(ModelVariants newVariants) {
        return new ParameterSet(values, Objects.requireNonNull(newVariants, "variants"));
    }

    /** Value of a parameter, in its declared unit. */
    public double get(Parameter p) {
        return values[ParameterCatalog.indexOf(p)];
    }

    /**
     * A copy with one value changed.
     *
     * @throws IllegalArgumentException if the value is not finite or outside the allowed range
     */
    public ParameterSet with(Parameter p, double value) {
        if (!Double.isFinite(value) || !p.allows(value)) {
            throw new IllegalArgumentException(p.name() + " = " + value + " " + p.unit()
                    + " is outside its allowed range " + p.min() + " to " + p.max() + " " + p.unit());
        }
        double[] copy = Arrays.copyOf(values, values.length);
        copy[ParameterCatalog.indexOf(p)] = value;
        return new ParameterSet(copy, variants);
    }

    /** A copy with several values changed, by parameter name; see {@link #with(Parameter, double)}. */
    public ParameterSet with(Map<String, Double> changes) {
        ParameterSet result = this;
        for (Map.Entry<String, Double> e : changes.entrySet()) {
            Parameter p = ParameterCatalog.find(e.getKey()).orElseThrow(
                    () -> new IllegalArgumentException("unknown parameter '" + e.getKey() + "'"));
            result = result.with(p, e.getValue());
        }
        return result;
    }

    /** The parameters whose value differs from the default, by name, in catalog order. */
    public Map<String, Double> changedFromDefaults() {
        Map<String, Double> changed = new LinkedHashMap<>();
        List<Parameter> all = ParameterCatalog.all();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != all.get(i).defaultValue()) {
                changed.put(all.get(i).name(), values[i]);
            }
        }
        return changed;
    }

    /** Value by name, if such a parameter exists. */
    public Optional<Double> get(String name) {
        return ParameterCatalog.find(name).map(this::get);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSet other && Arrays.equals(values, other.values) && variants.equals(other.variants);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + variants.hashCode();
    }
}
