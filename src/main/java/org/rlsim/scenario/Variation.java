package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.rlsim.dosing.Regimen;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.BbbHypothesis;
import org.rlsim.model.DopamineHypothesis;
import org.rlsim.model.HypoxiaHypothesis;
import org.rlsim.model.Inflammation;
import org.rlsim.model.ModelVariant;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Parameter;
import org.rlsim.model.TimeUnits;

/**
 * What a sweep varies (grammar in {@link VariationReader}): a model parameter, an arm's dose, an arm's dosing
 * interval (or doses per day), or a model variant (categorical). A value is a number in {@link #unit()}; for a
 * model variant, the index of the variant in {@link #categories()}. Applying a value to a scenario gives the
 * scenario and the parameter overrides one sweep point runs with.
 */
public sealed interface Variation {

    /** The variation as people write it: {@code bbb.capacity}, {@code arm "IV" dose}, {@code model bbb}. */
    String name();

    /** The unit of its values ({@code mg}, {@code h}, the parameter's); "" for a plain number or a category. */
    String unit();

    /** The scenario and overrides of one point: this variation set to {@code value}, over {@code setting}. */
    Setting apply(Setting setting, double value);

    /** For a categorical variation, its values' names in order (a value is an index); else empty. */
    default List<String> categories() {
        return List.of();
    }

    /** A value for people: the number, or the category's name. */
    default String format(double value) {
        return categories().isEmpty() ? Quantity.format(value) : categories().get((int) value);
    }

    /**
     * The column name of this variation in CSV files: the name with every run of other characters than
     * letters, digits, '.' and '_' as one '_', and the unit: {@code arm_iv_dose_mg}, {@code bbb.capacity}.
     */
    default String column() {
        String base = name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._]+", "_").replaceAll("^_|_$", "");
        String suffix = switch (unit()) {
            case "", "1" -> "";
            case "1/d" -> "_per_d";
            default -> "_" + unit().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_$", "");
        };
        return base.endsWith(suffix) ? base : base + suffix;
    }

    /**
     * A scenario and the parameter values that apply over all of it (as {@code --set} does).
     *
     * @param overrides by parameter name, in each parameter's unit
     */
    record Setting(Scenario scenario, Map<String, Double> overrides) {
        public Setting {
            Objects.requireNonNull(scenario, "scenario");
            overrides = Map.copyOf(overrides);
        }

        Setting withArms(UnaryOperator<Arm> change, List<String> armNames) {
            List<Arm> arms = scenario.arms().stream().map(a -> armNames.contains(a.name()) ? change.apply(a) : a).toList();
            return new Setting(scenario.withArms(arms), overrides);
        }
    }

    /** A model parameter ({@code --set} name), applied over every arm's own values. */
    record ParameterValue(Parameter parameter) implements Variation {
        public ParameterValue {
            Objects.requireNonNull(parameter, "parameter");
        }

        @Override
        public String name() {
            return parameter.name();
        }

        @Override
        public String unit() {
            return parameter.unit().equals("1") ? "" : parameter.unit();
        }

        @Override
        public Setting apply(Setting setting, double value) {
            Map<String, Double> overrides = new LinkedHashMap<>(setting.overrides());
            overrides.put(parameter.name(), value);
            return new Setting(setting.scenario(), overrides);
        }
    }

    /** The iron (mg elemental per dose) of every oral and IV course of an arm. */
    record ArmDose(String arm) implements Variation {
        public ArmDose {
            Objects.requireNonNull(arm, "arm");
        }

        @Override
        public String name() {
            return "arm \"" + arm + "\" dose";
        }

        @Override
        public String unit() {
            return "mg";
        }

        @Override
        public Setting apply(Setting setting, double value) {
            return setting.withArms(a -> withItems(a, item -> {
                if (item instanceof RegimenItem.Oral o) {
                    return new RegimenItem.Oral(o.label(), value, o.intake(), o.schedule());
                }
                if (item instanceof RegimenItem.Iv iv) {
                    return new RegimenItem.Iv(iv.product(), value, iv.durationH(), iv.schedule());
                }
                return item;
            }), List.of(arm));
        }
    }

    /**
     * The time between doses of every repeated oral and IV course of an arm ({@code interval}, h), or its doses
     * per day ({@code doses per day}: the interval is 24 h divided by it). Each course keeps its first dose and
     * its span: it gives as many doses at the new interval as fit from its first dose to its last.
     */
    record ArmInterval(String arm, boolean perDay) implements Variation {
        public ArmInterval {
            Objects.requireNonNull(arm, "arm");
        }

        @Override
        public String name() {
            return "arm \"" + arm + "\" " + (perDay ? "doses per day" : "interval");
        }

        @Override
        public String unit() {
            return perDay ? "1/d" : "h";
        }

        @Override
        public Setting apply(Setting setting, double value) {
            double intervalH = perDay ? TimeUnits.DAY_H / value : value;
            return setting.withArms(a -> withItems(a, item -> {
                if (item instanceof RegimenItem.Oral o) {
                    return new RegimenItem.Oral(o.label(), o.elementalMg(), o.intake(), respaced(o.schedule(), intervalH));
                }
                if (item instanceof RegimenItem.Iv iv) {
                    return new RegimenItem.Iv(iv.product(), iv.doseMg(), iv.durationH(), respaced(iv.schedule(), intervalH));
                }
                return item;
            }), List.of(arm));
        }

        private static Schedule respaced(Schedule s, double intervalH) {
            double spanH = (s.count() - 1) * s.intervalH();
            // A tiny allowance so that a span that is a whole number of new intervals keeps its last dose.
            int count = (int) Math.floor(spanH / intervalH * (1 + 1e-12)) + 1;
            return new Schedule(s.firstH(), intervalH, count);
        }
    }

    /**
     * Which variant a switchable mechanism follows ({@code model bbb}, {@code model dopamine}, {@code model inflammation},
     * {@code model hypoxia}), in every arm.
     */
    record ModelChoice(String key, List<String> categories) implements Variation {
        public ModelChoice {
            Objects.requireNonNull(key, "key");
            categories = List.copyOf(categories);
        }

        @Override
        public String name() {
            return "model " + key;
        }

        @Override
        public String unit() {
            return "";
        }

        @Override
        public Setting apply(Setting setting, double value) {
            String id = categories.get((int) value);
            Scenario s = setting.scenario();
            return new Setting(s.withModel(choose(s.model(), id)), setting.overrides()).withArms(a -> a.withModel(choose(a.model(), id)),
                    s.arms().stream().map(Arm::name).toList());
        }

        /** The choice with this mechanism's variant set to {@code id}. */
        private ModelVariants.Choice choose(ModelVariants.Choice c, String id) {
            return switch (key) {
                case ModelVariants.BBB_KEY -> new ModelVariants.Choice(find(BbbHypothesis.class, id), c.dopamine(), c.inflammation(), c.hypoxia());
                case ModelVariants.DOPAMINE_KEY -> new ModelVariants.Choice(c.bbb(), find(DopamineHypothesis.class, id), c.inflammation(),
                        c.hypoxia());
                case ModelVariants.INFLAMMATION_KEY -> new ModelVariants.Choice(c.bbb(), c.dopamine(), find(Inflammation.class, id),
                        c.hypoxia());
                default -> new ModelVariants.Choice(c.bbb(), c.dopamine(), c.inflammation(), find(HypoxiaHypothesis.class, id));
            };
        }

        private static <V extends Enum<V> & ModelVariant> V find(Class<V> type, String id) {
            return ModelVariant.find(type, id).orElseThrow(() -> new IllegalArgumentException("no variant " + id));
        }
    }

    private static Arm withItems(Arm arm, UnaryOperator<RegimenItem> change) {
        List<RegimenItem> items = new ArrayList<>();
        for (RegimenItem item : arm.regimen().items()) {
            items.add(change.apply(item));
        }
        return arm.withRegimen(new Regimen(items));
    }
}
