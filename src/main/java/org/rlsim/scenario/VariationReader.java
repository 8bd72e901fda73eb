package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.model.BbbHypothesis;
import org.rlsim.model.DopamineHypothesis;
import org.rlsim.model.HypoxiaHypothesis;
import org.rlsim.model.Inflammation;
import org.rlsim.model.ModelVariant;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Parameter;

/**
 * Reads what a sweep varies and over which values, as {@code rlsim sweep --vary} and a scenario's
 * {@code sweep:} block write it: {@code NAME=FROM..TO} (evenly spaced, both ends included, on a log scale if
 * asked), {@code NAME=A,B,C} (these values) or, for a model variant, {@code NAME} alone (every variant). NAME is
 * <pre>
 * PARAMETER                        a parameter, as --set names it: bbb.capacity=0.3..2
 * arm "ARM" dose                   the iron per dose of the arm's oral and IV courses: arm "IV" dose=250 mg..2000 mg
 * arm "ARM" interval               the time between the arm's repeated doses: arm "Oral" interval=12 h..72 h
 * arm "ARM" doses per day          the same as a number of doses a day: arm "Oral" doses per day=1..4
 * model bbb|dopamine|inflammation|hypoxia  a model variant: model bbb=intact,reduced-capacity
 * </pre>
 * Values take the unit of what is varied, optionally written ({@code 250 mg}, {@code 0.5 g}; a unit after the
 * second end applies to both). A log scale applies to every numeric axis of a sweep (both of a heat map); a
 * model variant keeps its variants, and a sweep of model variants alone cannot be on a log scale. Every mistake
 * is one {@link IllegalArgumentException} of the form
 * {@code <what is wrong>; <how to fix it>}, for the caller to place.
 */
public final class VariationReader {
    /** Values of a range when no number of steps is given. */
    public static final int DEFAULT_STEPS = 11;
    /** Most values along one axis. */
    public static final int MAX_STEPS = 100;
    private static final Pattern ARM = Pattern.compile("(?i)arm\\s+\"([^\"]*)\"\\s*(.*)");
    private static final Pattern MODEL = Pattern.compile("(?i)model\\s+(\\S+)");
    /** A plain number: {@code 2}, {@code 0.9}, {@code .5}, {@code 1e3}. */
    private static final String NUMBER = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
    /** A number and its unit ({@code 2000 mg}: the unit is group 1); not a number alone. */
    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("^(?>" + NUMBER + ")\\s*([^\\d.\\s].*)$");
    private static final String FORMS = "write PARAMETER, arm \"ARM\" dose, arm \"ARM\" interval, arm \"ARM\" doses per day"
            + " or model bbb|dopamine|inflammation|hypoxia";

    private final List<Arm> arms;
    private final String logSwitch;

    /**
     * A reader for {@code rlsim sweep}, whose log scale is asked for by {@code --log}.
     *
     * @param arms the scenario's arms, which {@code arm "ARM" ...} may name
     */
    public VariationReader(List<Arm> arms) {
        this(arms, "--log");
    }

    /**
     * @param arms      the scenario's arms, which {@code arm "ARM" ...} may name
     * @param logSwitch how the reader's user asks for a log scale, for the messages ({@code --log},
     *                  {@code 'log: true'})
     */
    public VariationReader(List<Arm> arms, String logSwitch) {
        this.arms = List.copyOf(arms);
        this.logSwitch = logSwitch;
    }

    /** What is varied, from its name alone. */
    public Variation variation(String name) {
        String text = name.trim().replaceAll("\\s+", " ");
        Matcher arm = ARM.matcher(text);
        if (arm.matches()) {
            Arm found = arm(arm.group(1));
            String what = arm.group(2).toLowerCase(Locale.ROOT);
            Variation v = switch (what) {
                case "dose" -> new Variation.ArmDose(found.name());
                case "interval" -> new Variation.ArmInterval(found.name(), false);
                case "doses per day" -> new Variation.ArmInterval(found.name(), true);
                default -> throw new IllegalArgumentException("'" + arm.group(2) + "' is not something of an arm a sweep can vary;"
                        + " write arm \"" + found.name() + "\" dose, arm \"" + found.name() + "\" interval or arm \""
                        + found.name() + "\" doses per day");
            };
            checkDoses(found, !(v instanceof Variation.ArmDose));
            return v;
        }
        Matcher model = MODEL.matcher(text);
        if (model.matches()) {
            String key = model.group(1).toLowerCase(Locale.ROOT);
            List<String> ids = switch (key) {
                case ModelVariants.BBB_KEY -> ModelVariant.ids(BbbHypothesis.class);
                case ModelVariants.DOPAMINE_KEY -> ModelVariant.ids(DopamineHypothesis.class);
                case ModelVariants.INFLAMMATION_KEY -> ModelVariant.ids(Inflammation.class);
                case ModelVariants.HYPOXIA_KEY -> ModelVariant.ids(HypoxiaHypothesis.class);
                default -> throw new IllegalArgumentException("unknown model mechanism '" + model.group(1) + "'; "
                        + DidYouMean.advice(model.group(1), List.of(ModelVariants.BBB_KEY, ModelVariants.DOPAMINE_KEY,
                        ModelVariants.INFLAMMATION_KEY, ModelVariants.HYPOXIA_KEY),
                        "write model bbb, model dopamine, model inflammation or model hypoxia"));
            };
            return new Variation.ModelChoice(key, ids);
        }
        if (text.isEmpty() || text.contains(" ")) {
            throw new IllegalArgumentException("'" + text + "' is not something a sweep can vary; " + FORMS);
        }
        return new Variation.ParameterValue(ParameterAssignment.parameter(text));
    }

    /**
     * An axis from {@code NAME=VALUES} (or a model variant's {@code NAME} alone).
     *
     * @param steps values of a range ({@code FROM..TO}), 2 to {@value #MAX_STEPS}
     * @param log   whether a numeric axis is on a log scale (a range's values spaced evenly on it; every
     *              value must be above 0); a model variant's axis is never on one, see {@link #requireLogScale}
     */
    public Axis axis(String written, int steps, boolean log) {
        int equals = written.indexOf('=');
        Variation v = variation(equals < 0 ? written : written.substring(0, equals));
        if (steps < 2 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("steps " + steps + " is outside 2 to " + MAX_STEPS + "; give a number of steps from 2 to "
                    + MAX_STEPS);
        }
        if (!v.categories().isEmpty()) {
            if (equals < 0) {
                return Axis.categories(v);
            }
            List<String> ids = v.categories();
            List<Double> chosen = new ArrayList<>();
            for (String id : written.substring(equals + 1).split(",")) {
                int index = ids.indexOf(id.trim().toLowerCase(Locale.ROOT));
                if (index < 0) {
                    throw new IllegalArgumentException("unknown " + v.name() + " variant '" + id.trim() + "'; "
                            + DidYouMean.advice(id.trim(), ids, "choose from: " + String.join(", ", ids)));
                }
                chosen.add((double) index);
            }
            return new Axis(v, chosen.stream().mapToDouble(Double::doubleValue).toArray(), false);
        }
        if (equals < 0) {
            throw new IllegalArgumentException("no values for " + v.name() + "; write " + v.name() + "=FROM..TO, e.g. "
                    + v.name() + "=" + example(v));
        }
        String values = written.substring(equals + 1).trim();
        int dots = values.indexOf("..");
        if (dots >= 0) {
            String to = values.substring(dots + 2).trim();
            String from = values.substring(0, dots).trim();
            Matcher unit = NUMBER_THEN_UNIT.matcher(to);
            if (from.matches(NUMBER) && unit.matches()) {
                from = from + " " + unit.group(1);
            }
            double low = value(v, from);
            double high = value(v, to);
            if (!(high > low)) {
                throw new IllegalArgumentException("the range " + values + " does not rise; write the smaller value first, e.g. "
                        + v.name() + "=" + example(v));
            }
            if (log && !(low > 0)) {
                throw new IllegalArgumentException("a log scale needs values above 0, but the range starts at " + Quantity.format(low)
                        + "; start above 0, or leave out " + logSwitch);
            }
            return Axis.range(v, low, high, steps, log);
        }
        List<Double> list = new ArrayList<>();
        for (String one : values.split(",")) {
            double value = value(v, one.trim());
            if (log && !(value > 0)) {
                throw new IllegalArgumentException("a log scale needs values above 0, but the list has " + Quantity.format(value)
                        + "; give values above 0, or leave out " + logSwitch);
            }
            list.add(value);
        }
        return new Axis(v, list.stream().mapToDouble(Double::doubleValue).toArray(), log);
    }

    /**
     * Refuses a log scale for a sweep none of whose axes has one: each varies a model variant, whose
     * variants lie on no scale.
     *
     * @param axes the sweep's axes, read with {@code log} true
     */
    public void requireLogScale(List<Axis> axes) {
        if (axes.stream().noneMatch(Axis::log)) {
            List<String> names = axes.stream().map(a -> a.variation().name()).toList();
            throw new IllegalArgumentException(String.join(" and ", names) + (names.size() == 1
                    ? " is a choice of model variants, not a number, so it has no log scale"
                    : " are choices of model variants, not numbers, so they have no log scale")
                    + "; leave out " + logSwitch + " (a log scale is for numbers, e.g. bbb.capacity=0.3..2)");
        }
    }

    /** One value of a numeric variation, in its unit. */
    private static double value(Variation v, String text) {
        if (v instanceof Variation.ParameterValue p) {
            return ParameterAssignment.value(p.parameter(), text);
        }
        double value;
        if (v instanceof Variation.ArmDose) {
            value = Quantity.parse("the dose", text, Quantity.Dimension.MASS);
        } else if (v instanceof Variation.ArmInterval i && !i.perDay()) {
            value = Quantity.parse("the interval", text, Quantity.Dimension.DURATION);
        } else {
            try {
                value = Double.parseDouble(text.replaceAll("(?i)\\s*(/\\s*d|per day|a day)$", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a number of doses a day; write e.g. 1..4");
            }
        }
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(v.name() + " = " + text + " is not above 0; give values above 0");
        }
        return value;
    }

    private static String example(Variation v) {
        if (v instanceof Variation.ParameterValue p) {
            Parameter parameter = p.parameter();
            return Quantity.format(parameter.usualMin()) + ".." + Quantity.format(parameter.usualMax());
        }
        if (v instanceof Variation.ArmDose) {
            return "250 mg..2000 mg";
        }
        return v instanceof Variation.ArmInterval i && i.perDay() ? "1..4" : "12 h..72 h";
    }

    private Arm arm(String name) {
        Optional<Arm> arm = arms.stream().filter(a -> a.name().equalsIgnoreCase(name.trim())).findFirst();
        List<String> names = arms.stream().map(Arm::name).toList();
        String listing = "the arms are: " + String.join(", ", names.stream().map(a -> "\"" + a + "\"").toList());
        return arm.orElseThrow(() -> new IllegalArgumentException("no arm is named \"" + name + "\"; "
                + DidYouMean.closest(name, names).map(c -> "did you mean \"" + c + "\"? (" + listing + ")").orElse(listing)));
    }

    /** Refuses an arm without oral or IV iron (or, for an interval, without a repeated course of it). */
    private static void checkDoses(Arm arm, boolean repeated) {
        boolean has = arm.regimen().items().stream().anyMatch(item -> item instanceof RegimenItem.Oral o
                ? !repeated || o.schedule().count() > 1
                : item instanceof RegimenItem.Iv iv && (!repeated || iv.schedule().count() > 1));
        if (!has) {
            throw new IllegalArgumentException("arm \"" + arm.name() + "\" has no " + (repeated ? "repeated " : "")
                    + "oral or IV iron to vary; choose an arm whose regimen has " + (repeated ? "a repeated course" : "an oral or IV course"));
        }
    }
}
