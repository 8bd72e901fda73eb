package org.rlsim.model;

import java.util.Objects;

/**
 * Declaration of one model parameter: its name, unit, default, allowed range, meaning and source.
 *
 * <p>Values outside {@code [min, max]} are rejected; values inside the range but outside
 * {@code [usualMin, usualMax]} are accepted with a warning, because students are meant to explore.
 *
 * @param name      dotted identifier used in scenario files and {@code --set}, e.g. {@code bbb.upregulation_gain}
 * @param unit      unit of the value as written by people (e.g. {@code d}, {@code mg/d}, {@code 1} for dimensionless)
 * @param defaultValue default value, in {@code unit}
 * @param min       smallest allowed value, in {@code unit}
 * @param max       largest allowed value, in {@code unit}
 * @param usualMin  smallest physiologically usual value, in {@code unit}
 * @param usualMax  largest physiologically usual value, in {@code unit}
 * @param meaning   one-line meaning for people
 * @param source    where the default comes from
 * @param grade     how much the default can be trusted
 */
public record Parameter(String name, String unit, double defaultValue, double min, double max,
                        double usualMin, double usualMax, String meaning, String source, Grade grade) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(grade, "grade");
        if (!(min <= usualMin && usualMin <= defaultValue && defaultValue <= usualMax && usualMax <= max)) {
            throw new IllegalArgumentException("parameter " + name
                    + ": need min <= usualMin <= default <= usualMax <= max");
        }
    }

    /** A parameter whose usual range is its whole allowed range. */
    public static Parameter of(String name, String unit, double defaultValue, double min, double max,
                               String meaning, String source, Grade grade) {
        return new Parameter(name, unit, defaultValue, min, max, min, max, meaning, source, grade);
    }

    /** True when {@code value} lies in the allowed range. */
    public boolean allows(double value) {
        return value >= min && value <= max;
    }

    /**
     * True when the parameter has a usual range narrower than its allowed one: the range a sensitivity
     * analysis varies it over (its source: {@link UsualRanges#source}).
     */
    public boolean hasUsualRange() {
        return usualMin > min || usualMax < max;
    }

    /** True when {@code value} lies in the usual range. */
    public boolean isUsual(double value) {
        return value >= usualMin && value <= usualMax;
    }
}
