package org.rlsim.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable assignment of a value to every parameter of the {@link ParameterCatalog}.
 * Values are in each parameter's declared unit.
 */
public final class ParameterSet {
    private final double[] values;

    private ParameterSet(double[] values) {
        this.values = values;
    }

    /** Every parameter at its default value. */
    public static ParameterSet defaults() {
        List<Parameter> all = ParameterCatalog.all();
        double[] v = new double[all.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = all.get(i).defaultValue();
        }
        return new ParameterSet(v);
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
        return new ParameterSet(copy);
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
        return o instanceof ParameterSet other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
