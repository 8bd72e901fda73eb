package org.rlsim.population;

import java.util.List;
import java.util.Objects;
import org.rlsim.model.Grade;
import org.rlsim.model.Parameter;
import org.rlsim.model.ParameterSet;

/**
 * One way in which people differ: a distribution around the archetype's value of one or more model
 * parameters, drawn once per virtual patient. The archetype's value is the median; a standard normal draw
 * {@code z} moves it
 * <pre>
 *   log-normal    value = median · exp(σ·z)                             (amounts, rates, capacities &gt; 0)
 *   logit-normal  value = 1 / (1 + exp(−(logit(median) + σ·z)))          (fractions between 0 and 1)
 * </pre>
 * and the result is kept within the parameter's allowed range. A median of 0 stays 0 (a man has no
 * menstrual loss, whatever his draw). Parameters listed together share one draw (one person's
 * macrophages clear every IV product at the same relative speed).
 *
 * @param name       short name for people and for the cohort file, e.g. {@code diet iron}
 * @param parameters the parameters this draw sets (at least one)
 * @param shape      log-normal or logit-normal
 * @param spread     σ, the standard deviation on the log (logit) scale; about the coefficient of variation
 *                   for small σ
 * @param source     where the spread comes from (cited in docs/physiology.md)
 * @param grade      how much the spread can be trusted
 */
public record Variability(String name, List<Parameter> parameters, Shape shape, double spread, String source,
                          Grade grade) {
    /** The distribution's shape on the parameter's own scale. */
    public enum Shape {
        LOG_NORMAL, LOGIT_NORMAL
    }

    public Variability {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(grade, "grade");
        if (parameters.isEmpty() || !(spread > 0)) {
            throw new IllegalArgumentException(name + ": needs a parameter and a positive spread");
        }
    }

    /** The first parameter: the one the cohort file reports. */
    public Parameter parameter() {
        return parameters.get(0);
    }

    /**
     * The drawn value for a median and a standard normal draw, within the parameter's allowed range.
     *
     * @param median the archetype's value, in the parameter's unit
     * @param z      a standard normal draw
     */
    public double value(Parameter p, double median, double z) {
        double v = switch (shape) {
            case LOG_NORMAL -> median * Math.exp(spread * z);
            case LOGIT_NORMAL -> median <= 0 || median >= 1 ? median
                    : 1 / (1 + Math.exp(-(Math.log(median / (1 - median)) + spread * z)));
        };
        return Math.min(p.max(), Math.max(p.min(), v));
    }

    /** {@code base} with every parameter of this variability drawn from {@code z}. */
    ParameterSet applied(ParameterSet base, double z) {
        ParameterSet result = base;
        for (Parameter p : parameters) {
            result = result.with(p, value(p, base.get(p), z));
        }
        return result;
    }
}
