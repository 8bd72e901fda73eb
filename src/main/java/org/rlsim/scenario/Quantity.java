package org.rlsim.scenario;

import static org.rlsim.model.TimeUnits.DAY_H;
import static org.rlsim.model.TimeUnits.MONTH_H;
import static org.rlsim.model.TimeUnits.WEEK_H;
import static org.rlsim.model.TimeUnits.YEAR_H;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantities as people write them in scenario files, such as {@code 65 mg}, {@code 15 min},
 * {@code 26 weeks}, {@code 1 g}, {@code 500 mL} or the time of day {@code 08:00}, and converts them to
 * rlsim's internal units: mg, h and mL.
 *
 * <p>A quantity is a decimal number (a point, not a comma, for decimals; an exponent such as
 * {@code 1e3} is allowed), optionally a space, and a unit. Units are matched without regard to case.
 * A number without a unit is refused, except 0, which is zero in every unit. Calendar units follow the
 * Julian year: 1 year = 365.25 days and 1 month = 1/12 year = 30.4375 days.
 *
 * <p>Every method throws {@link IllegalArgumentException} with a message of the form
 * {@code <what is wrong>; <how to fix it>} that starts with the name of the quantity given as {@code what}.
 * Whether a value is positive or within limits is for the caller to check.
 */
public final class Quantity {

    /** What a quantity measures, with rlsim's internal unit for it. */
    public enum Dimension {
        /** Mass of elemental iron, in mg. */
        MASS("a mass", "mg", "a mass such as 65 mg or 1 g"),
        /** Duration, in h. */
        DURATION("a duration", "h", "a duration such as 15 min, 2 h, 10 days or 26 weeks"),
        /** Volume, in mL. */
        VOLUME("a volume", "mL", "a volume such as 500 mL or 0.5 L");

        private final String noun;
        private final String internalUnit;
        private final String example;

        Dimension(String noun, String internalUnit, String example) {
            this.noun = noun;
            this.internalUnit = internalUnit;
            this.example = example;
        }

        /** The internal unit, e.g. {@code mg}. */
        public String internalUnit() {
            return internalUnit;
        }

        /** An example for messages, e.g. "a mass such as 65 mg or 1 g". */
        String example() {
            return example;
        }
    }

    private record Unit(Dimension dimension, double factor) {
    }

    /** Accepted units, lower case, with their size in the internal unit. */
    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        units(Dimension.MASS, 1, "mg", "milligram", "milligrams");
        units(Dimension.MASS, 1000, "g", "gram", "grams");
        units(Dimension.MASS, 0.001, "µg", "ug", "mcg", "microgram", "micrograms");
        units(Dimension.MASS, 1e-6, "ng", "nanogram", "nanograms");
        units(Dimension.MASS, 1e6, "kg", "kilogram", "kilograms");
        units(Dimension.DURATION, 1.0 / 60, "min", "mins", "minute", "minutes");
        units(Dimension.DURATION, 1, "h", "hr", "hrs", "hour", "hours");
        units(Dimension.DURATION, DAY_H, "d", "day", "days");
        units(Dimension.DURATION, WEEK_H, "week", "weeks", "wk", "wks");
        units(Dimension.DURATION, MONTH_H, "month", "months");
        units(Dimension.DURATION, YEAR_H, "year", "years", "y", "yr", "yrs");
        units(Dimension.VOLUME, 1, "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        units(Dimension.VOLUME, 100, "dl", "decilitre", "decilitres", "deciliter", "deciliters");
        units(Dimension.VOLUME, 1000, "l", "litre", "litres", "liter", "liters");
    }

    private static void units(Dimension dimension, double factor, String... names) {
        for (String name : names) {
            UNITS.put(name, new Unit(dimension, factor));
        }
    }

    /** Ways to write seconds, a unit rlsim does not take (its shortest is the minute). */
    private static final Set<String> SECONDS = Set.of("s", "sec", "secs", "second", "seconds");

    /** A decimal number with an optional exponent, then optional spaces, then the rest (a unit). */
    private static final Pattern NUMBER_THEN_REST =
            Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\s*[+-]?\\d+,\\d");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");

    private Quantity() {
    }

    /**
     * Reads a quantity of the given dimension.
     *
     * @param what      name of the quantity for messages, e.g. {@code dose}
     * @param text      as written, e.g. {@code 1 g}
     * @param dimension what it must measure
     * @return the value in the dimension's internal unit (mg, h or mL), finite
     */
    public static double parse(String what, String text, Dimension dimension) {
        String fix = "write " + dimension.example;
        Matcher m = numberThenRest(what, text, fix);
        double number = finite(what, text, m.group(1), fix);
        String unitName = m.group(2);
        if (unitName.isEmpty()) {
            if (number == 0) {
                return 0;
            }
            throw new IllegalArgumentException(what + " '" + text + "' has no unit; " + fix);
        }
        Unit unit = UNITS.get(unitName.toLowerCase(Locale.ROOT));
        if (unit == null) {
            if (dimension == Dimension.DURATION && SECONDS.contains(unitName.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(what + " '" + text + "' is in seconds, which rlsim does not use;"
                        + " write it in minutes, e.g. '" + format(number / 60) + " min'");
            }
            // Suggest units of the quantity asked for only: '30 s' is not a mistyped 'g'.
            List<String> sameDimension = UNITS.entrySet().stream().filter(e -> e.getValue().dimension == dimension)
                    .map(Map.Entry::getKey).toList();
            throw new IllegalArgumentException(what + " '" + text + "' has an unknown unit '" + unitName + "'; "
                    + DidYouMean.advice(unitName, sameDimension, fix));
        }
        if (unit.dimension != dimension) {
            throw new IllegalArgumentException(what + " '" + text + "' is " + unit.dimension.noun + ", not "
                    + dimension.noun + "; " + fix);
        }
        return number * unit.factor;
    }

    /**
     * Reads a number in a fixed unit, written without a unit, in that unit, or in a compatible unit that
     * is converted: for unit {@code L}, {@code 4.5}, {@code 4.5 L} and {@code 4500 mL} all give 4.5; for
     * {@code g/dL}, {@code 130 g/L} gives 13. Units are compared without regard to case and spaces, and
     * {@code u} stands for {@code µ}. A unit is a simple unit (mass, volume, duration) or one divided by
     * another ({@code mg/d}, {@code ng/mL}, {@code 1/yr}; {@code per} may stand for {@code /}). The
     * dimensionless unit {@code 1} takes a plain number only.
     *
     * @param what    name of the value for messages, e.g. a parameter name
     * @param unit    the unit the number is in, e.g. {@code mg/d}
     * @param example a typical value in {@code unit} for the advice of messages, e.g. the default
     * @return the number, finite, in {@code unit}
     */
    public static double inUnit(String what, String text, String unit, double example) {
        boolean dimensionless = unit.equals("1");
        String fix = dimensionless ? "write a plain number such as " + format(example)
                : "write a number in " + unit + ", such as " + format(example) + " or " + format(example) + " " + unit;
        Matcher m = numberThenRest(what, text, fix);
        double number = finite(what, text, m.group(1), fix);
        String written = m.group(2);
        if (written.isEmpty() || !dimensionless && sameUnit(written, unit)) {
            return number;
        }
        if (dimensionless) {
            throw new IllegalArgumentException(what + " '" + text + "' has the unit '" + written + "', but " + what
                    + " is a plain number; write " + m.group(1));
        }
        Optional<Compound> from = Compound.parse(written);
        Optional<Compound> to = Compound.parse(unit);
        if (from.isEmpty()) {
            throw new IllegalArgumentException(what + " '" + text + "' has a unit rlsim does not know, '" + written
                    + "'; " + fix);
        }
        if (to.isEmpty() || !from.get().sameKind(to.get())) {
            throw new IllegalArgumentException(what + " '" + text + "' has the unit '" + written + "', which cannot be"
                    + " converted to " + unit + (to.map(t -> " (" + t.noun() + ")").orElse("")) + "; " + fix);
        }
        return finite(what, text, String.valueOf(number * from.get().factor() / to.get().factor()), fix);
    }

    private static boolean sameUnit(String a, String b) {
        return normaliseUnit(a).equals(normaliseUnit(b));
    }

    private static String normaliseUnit(String unit) {
        return unit.replaceAll("\\s+", "").replace('µ', 'u').toLowerCase(Locale.ROOT);
    }

    /**
     * A unit such as {@code mg}, {@code ng/mL} or {@code 1/yr}: a simple unit (or {@code 1}) over an optional
     * simple unit, with its size in internal units (mg, h, mL).
     *
     * @param numerator   dimension of the top, or null for {@code 1}
     * @param denominator dimension of the bottom, or null when there is none
     * @param factor      size of one of this unit in internal units
     */
    private record Compound(Dimension numerator, Dimension denominator, double factor) {
        static Optional<Compound> parse(String unit) {
            String[] parts = normaliseUnit(unit).replace("per", "/").split("/", -1);
            if (parts.length > 2 || parts[0].isEmpty() && parts.length == 1) {
                return Optional.empty();
            }
            // "1/week", "/week" and "per week" are all a frequency
            Unit top = parts[0].equals("1") || parts[0].isEmpty() ? new Unit(null, 1) : UNITS.get(parts[0]);
            if (top == null) {
                return Optional.empty();
            }
            if (parts.length == 1) {
                return top.dimension() == null ? Optional.empty() : Optional.of(new Compound(top.dimension(), null, top.factor()));
            }
            Unit bottom = UNITS.get(parts[1]);
            return bottom == null ? Optional.empty()
                    : Optional.of(new Compound(top.dimension(), bottom.dimension(), top.factor() / bottom.factor()));
        }

        boolean sameKind(Compound other) {
            return numerator == other.numerator && denominator == other.denominator;
        }

        /** What it measures, for messages, e.g. "a mass per volume" or "a frequency". */
        String noun() {
            if (denominator == null) {
                return numerator.noun;
            }
            return numerator == null ? "a frequency" : numerator.noun + " per " + denominator.noun.substring(2);
        }
    }

    /**
     * Reads a time of day on the 24-hour clock, {@code HH:MM}.
     *
     * @return hours since midnight, 0 ≤ h &lt; 24
     */
    public static double timeOfDayH(String what, String text) {
        Matcher m = CLOCK.matcher(text.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 59) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a time of day; "
                    + "write it as HH:MM on the 24-hour clock, in quotes, e.g. \"08:00\" or \"20:30\"");
        }
        return Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0;
    }

    /**
     * A duration for people: in whole years, weeks, months or days when it is a whole number of one of them
     * (in that order: {@code 1 year}, {@code 26 weeks}, {@code 1 week}, {@code 6 months}, {@code 3 days}),
     * in minutes below an hour ({@code 15 min}), else in hours ({@code 36 h}, {@code 1.5 h}).
     */
    public static String describe(double hours) {
        if (hours > 0 && hours < 1) {
            return format(Math.round(hours * 60 * 1000) / 1000.0) + " min";
        }
        if (hours > 0 && hours % YEAR_H == 0) {
            return count(hours / YEAR_H, "year");
        }
        if (hours > 0 && hours % WEEK_H == 0) {
            return count(hours / WEEK_H, "week");
        }
        if (hours > 0 && hours % MONTH_H == 0) {
            return count(hours / MONTH_H, "month");
        }
        if (hours > 0 && hours % DAY_H == 0) {
            return count(hours / DAY_H, "day");
        }
        return format(hours) + " h";
    }

    private static String count(double n, String unit) {
        return format(n) + " " + unit + (n == 1 ? "" : "s");
    }

    /** A number as people write it: no exponent, no trailing zeros, e.g. 65, 0.5, 2000000. */
    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Splits text into a number (group 1) and what follows it (group 2), refusing decimal commas. */
    private static Matcher numberThenRest(String what, String text, String fix) {
        if (DECIMAL_COMMA.matcher(text).lookingAt()) {
            throw new IllegalArgumentException(what + " '" + text + "' has a comma in the number; write no thousands separator and a decimal point, as in 1000 or 1.5");
        }
        Matcher m = NUMBER_THEN_REST.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(what + " '" + text + "' does not start with a number; " + fix);
        }
        return m;
    }

    private static double finite(String what, String text, String number, String fix) {
        double value = Double.parseDouble(number);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " '" + text + "' is too large to compute with; " + fix);
        }
        return value;
    }
}
