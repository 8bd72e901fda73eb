package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rlsim.model.Blood;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterCatalog;

/**
 * Parameter values set by people, as in {@code --set rbc.lifespan_d=100} or {@code --set blood.volume_l=4.5 L}
 * on the command line, checked against the {@link ParameterCatalog}.
 *
 * <p>A value is a number in the parameter's declared unit ({@link Parameter#unit()}), optionally followed
 * by that unit or by a compatible one, which is converted ({@code blood.volume_l=4500 mL} is 4.5 L; see
 * {@link Quantity#inUnit}); it must lie in the parameter's allowed range. A value outside the usual range is accepted
 * with a warning, because students are meant to explore.
 *
 * @param values   values by parameter name, in each parameter's unit, in the order given
 * @param warnings one line per value outside its parameter's usual range
 */
public record ParameterAssignment(Map<String, Double> values, List<String> warnings) {

    public ParameterAssignment {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads {@code --set} arguments.
     *
     * @param assignments each {@code name=value}, e.g. {@code bbb.upregulation_gain=0}
     * @throws ScenarioException for bad syntax, an unknown parameter, a bad value, a value outside the
     *                           allowed range or a parameter set twice; its location is {@code --set <argument>}
     */
    public static ParameterAssignment parse(List<String> assignments) throws ScenarioException {
        Map<String, Double> values = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (String assignment : assignments) {
            String where = "--set " + assignment;
            int equals = assignment.indexOf('=');
            String name = equals < 0 ? "" : assignment.substring(0, equals).trim();
            if (name.isEmpty()) {
                throw new ScenarioException(where, "expected name=value",
                        "write e.g. --set rbc.lifespan_d=100 (rlsim params lists the names)");
            }
            if (assignment.indexOf('=', equals + 1) >= 0) {
                throw new ScenarioException(where, "more than one '='",
                        "give one name=value per --set, e.g. --set rbc.lifespan_d=100 --set blood.volume_l=4.5");
            }
            try {
                Parameter parameter = parameter(name);
                double value = value(parameter, assignment.substring(equals + 1));
                if (values.putIfAbsent(name, value) != null) {
                    throw new ScenarioException(where, name + " is set twice", "keep only one --set " + name);
                }
                unusual(parameter, value).ifPresent(w -> warnings.add(ScenarioException.oneLine(where) + ": warning: " + w));
                if (parameter.equals(Blood.BODY_WEIGHT)) {
                    warnings.add(ScenarioException.oneLine(where) + ": warning: doses written per kg (such as 20 mg/kg)"
                            + " keep the weight the scenario file gives; to change them, put " + name
                            + " under the file's parameters:");
                }
            } catch (IllegalArgumentException e) {
                throw new ScenarioException(where, e);
            }
        }
        return new ParameterAssignment(values, warnings);
    }

    /**
     * The catalogued parameter with this name.
     *
     * @throws IllegalArgumentException naming the closest parameter, if any
     */
    static Parameter parameter(String name) {
        return ParameterCatalog.find(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown parameter '" + name + "'; " + DidYouMean.advice(name,
                        ParameterCatalog.all().stream().map(Parameter::name).toList(), "rlsim params lists them all")));
    }

    /**
     * A parameter's value as written by people, e.g. {@code 4.5} or {@code 4.5 L} for {@code blood.volume_l}.
     *
     * @return the value in the parameter's unit, inside its allowed range
     * @throws IllegalArgumentException if it is not a number in that unit or lies outside the allowed range
     */
    static double value(Parameter parameter, String text) {
        double value = Quantity.inUnit(parameter.name(), text, parameter.unit(), parameter.defaultValue());
        if (!parameter.allows(value)) {
            String range = range(parameter.min(), parameter.max(), parameter);
            throw new IllegalArgumentException(parameter.name() + " = " + Quantity.format(value)
                    + " is outside the allowed range " + range + "; choose a value from " + range);
        }
        return value;
    }

    /** A warning when the value lies outside the parameter's usual range. */
    static Optional<String> unusual(Parameter parameter, double value) {
        return parameter.isUsual(value) ? Optional.empty() : Optional.of(parameter.name() + " = "
                + Quantity.format(value) + " is outside the usual range "
                + range(parameter.usualMin(), parameter.usualMax(), parameter) + " (allowed, but results are less realistic)");
    }

    private static String range(double min, double max, Parameter parameter) {
        String unit = parameter.unit().equals("1") ? "" : " " + parameter.unit();
        return Quantity.format(min) + " to " + Quantity.format(max) + unit;
    }
}
