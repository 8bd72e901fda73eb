package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rlsim.dosing.OralProduct;
import org.rlsim.dosing.Regimen;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.AgonistDrug;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.TimeUnits;
import org.rlsim.simulation.TimeFormat;

/**
 * Reads an arm's {@code regimen:} list into a {@link Regimen}: oral courses, IV courses, blood donations,
 * bleeds, dopamine-agonist courses and pregnancies, each with its schedule (see {@code docs/scenario-format.md}). Times are converted to hours
 * since 00:00 of day 0; doses that would fall after the end of the simulation are left out.
 */
final class RegimenReader {
    /** Largest amount of iron per administration, mg: several times the largest single IV doses in use (1–2 g). */
    static final double MAX_DOSE_MG = 10_000;
    /** Largest blood loss per event, mL: about half an adult's blood volume. */
    static final double MAX_BLOOD_LOSS_ML = 2500;
    /**
     * Shortest infusion that is not an injection, h (1 min): shorter ones would make the infusion rate
     * absurd (1e-150 h overflows it) and differ from an injection ({@code infusion: 0}) by nothing visible.
     */
    static final double MIN_INFUSION_H = 1.0 / 60;
    /** Longest infusion, h. */
    static final double MAX_INFUSION_H = 24;
    /** Longest single bleed, h (30 days). */
    static final double MAX_BLEED_H = 30 * TimeUnits.DAY_H;
    /** Shortest interval between doses, h. */
    static final double MIN_INTERVAL_H = 1;
    /** Most tablets per dose. */
    static final int MAX_TABLETS = 20;
    /** Clock time of a dose when {@code at} is not given, h after midnight (08:00). */
    static final double DEFAULT_CLOCK_H = 8;
    /** Largest dopamine-agonist dose, mg of drug: above the largest daily doses in Parkinson's disease (ropinirole 24 mg). */
    static final double MAX_AGONIST_MG = 30;
    /**
     * Tolerance when counting how many intervals fit in a span: the ratio is exact for whole hours
     * (4368 h / 24 h = 182), but a span of exactly k intervals of e.g. 1/60 h may round to k + 1e-15,
     * which must still give k doses, not k + 1.
     */
    private static final double COUNT_TOLERANCE = 1e-9;

    private static final List<String> KINDS = List.of("oral", "iv", "donation", "bleed", "agonist", "placebo", "pregnancy");
    private static final List<String> SCHEDULE_KEYS = List.of("every", "schedule", "at", "start", "count", "for", "until");
    private static final Map<String, Double> NAMED_SCHEDULES = new LinkedHashMap<>();

    static {
        // As clinicians write them on a prescription (dots, hyphens and case are ignored: "b.i.d.", "BID").
        // Several doses a day are spread evenly from the first: tid is every 8 h from 'at' (08:00, 16:00, 24:00).
        schedule(24, "daily", "once daily", "once a day", "every day", "od", "qd", "q24h", "every 24 hours", "nightly",
                "at night", "at bedtime", "qhs", "nocte", "mane", "every morning", "every evening");
        schedule(12, "twice daily", "twice a day", "bid", "bd", "q12h", "every 12 hours");
        schedule(8, "three times daily", "three times a day", "tid", "tds", "q8h", "every 8 hours");
        schedule(6, "four times daily", "four times a day", "qid", "qds", "q6h", "every 6 hours");
        schedule(48, "every other day", "alternate days", "on alternate days", "alternate day", "qod", "eod", "q48h",
                "every 48 hours");
        schedule(TimeUnits.WEEK_H / 2, "twice weekly", "twice a week");
        schedule(TimeUnits.WEEK_H, "weekly", "once weekly", "once a week", "every week", "qw", "qwk");
        schedule(2 * TimeUnits.WEEK_H, "every two weeks", "every 2 weeks", "fortnightly", "biweekly");
        schedule(4 * TimeUnits.WEEK_H, "every four weeks", "every 4 weeks");
    }

    private static void schedule(double intervalH, String... names) {
        for (String name : names) {
            NAMED_SCHEDULES.put(name, intervalH);
        }
    }

    /** A schedule's name as looked up: lower case, no dots, hyphens as spaces, single spaces. */
    private static String scheduleKey(String written) {
        return written.toLowerCase(Locale.ROOT).replace(".", "").replace('-', ' ').replaceAll("\\s+", " ").trim();
    }

    /**
     * The defaults and the course-length keys of one kind of item.
     *
     * @param defaultClockH    clock time when {@code at} is not given, h after midnight
     * @param defaultIntervalH interval when neither {@code every} nor {@code schedule} is given, h; 0 for a single event
     * @param lengthKeys       the keys that end a repeated course; a key other than count and for gives a day, as {@code until}
     */
    private record Timing(double defaultClockH, double defaultIntervalH, List<String> lengthKeys) {
    }

    /** Oral, IV, donation, bleed: 08:00, once unless a frequency is given; count, for or until. */
    private static final Timing EVENTS = new Timing(DEFAULT_CLOCK_H, 0, List.of("count", "for", "until"));
    /** Dopamine agonists: daily at 20:00 (RLS agonists are taken in the evening) until 'stop' or the end. */
    private static final Timing AGONIST = new Timing(20, TimeUnits.DAY_H, List.of("stop"));

    /** A dose per kg of body weight, e.g. {@code 20 mg/kg} or {@code 20 mg per kg}: group 1 is the mass. */
    private static final Pattern PER_KG = Pattern.compile("(?i)(.*?)\\s*(?:/|per)\\s*kg");
    private static final Pattern DAY = Pattern.compile("(?i)day\\s*(\\d{1,6})");
    private static final Pattern WEEK = Pattern.compile("(?i)week\\s*(\\d{1,5})");

    private final double durationH;
    private final List<String> warnings;
    /** Body weight of the arm being read, kg. */
    private double weightKg;

    /**
     * @param durationH simulated time, h; doses at or after it are left out
     * @param warnings  where to add warnings (e.g. doses left out although asked for)
     */
    RegimenReader(double durationH, List<String> warnings) {
        this.durationH = durationH;
        this.warnings = warnings;
    }

    /**
     * An arm's regimen.
     *
     * @param weightKg the arm's patient's body weight, kg: a dose per kg ({@code 20 mg/kg}) is this many times its mg
     */
    Regimen regimen(Node.Entry entry, double weightKg) throws ScenarioException {
        this.weightKg = weightKg;
        Node.Sequence list = Fields.list(entry, "write a list of items, each starting with '- oral:', '- iv:', "
                + "'- donation:', '- bleed:', '- agonist:' or '- pregnancy:' (or 'regimen: []' for no treatment)");
        List<RegimenItem> items = new ArrayList<>();
        for (Node item : list.items()) {
            items.add(item(item));
        }
        return new Regimen(items);
    }

    private RegimenItem item(Node node) throws ScenarioException {
        String fix = "start each item with 'oral:', 'iv:', 'donation:', 'bleed:', 'agonist:', 'placebo:' or 'pregnancy:' and indent its details below";
        if (!(node instanceof Node.Mapping mapping) || mapping.entries().isEmpty()) {
            throw node.at().error("this regimen item is " + (node instanceof Node.Mapping ? "empty" : node.kind()), fix);
        }
        Node.Entry kind = mapping.entries().get(0);
        if (!KINDS.contains(kind.key())) {
            throw kind.keyAt().error("'" + kind.key() + "' is not a kind of regimen item", DidYouMean.advice(kind.key(), KINDS, fix));
        }
        if (mapping.entries().size() > 1) {
            Node.Entry extra = mapping.entries().get(1);
            throw extra.keyAt().error("'" + extra.key() + "' is at the level of '" + kind.key() + "'",
                    KINDS.contains(extra.key()) ? "start each item with its own '-'" : "indent it below '" + kind.key() + ":'");
        }
        Node.Mapping details = Fields.mapping(kind, "indent the details below '" + kind.key() + ":', one 'key: value' per line");
        return switch (kind.key()) {
            case "oral" -> oral(Fields.of(details, "this oral item", keys("product", "dose", "tablets", "taken")), kind);
            case "iv" -> iv(Fields.of(details, "this iv item", keys("product", "dose", "infusion")), kind);
            case "donation" -> donation(Fields.of(details, "this donation", keys("volume")), kind);
            case "agonist" -> agonist(agonistFields(details), kind);
            case "placebo" -> placebo(Fields.of(details, "this placebo", keys("label")), kind);
            case "pregnancy" -> pregnancy(Fields.of(details, "this pregnancy", List.of("start", "at", "delivery_blood_loss")), kind);
            default -> bleed(Fields.of(details, "this bleed", keys("volume", "duration", "label")), kind);
        };
    }

    private static List<String> keys(String... own) {
        return Stream.concat(Arrays.stream(own), SCHEDULE_KEYS.stream()).toList();
    }

    private RegimenItem oral(Fields f, Node.Entry item) throws ScenarioException {
        Node.Entry what = f.oneOf(List.of("product", "dose"));
        if (what == null) {
            throw f.at().error("this oral item has neither 'product' nor 'dose'",
                    "add e.g. 'product: ferrous sulfate 325 mg' or 'dose: 65 mg' (elemental iron)");
        }
        Node.Entry tablets = f.get("tablets");
        String label;
        double doseMg;
        if (what.key().equals("product")) {
            OralProduct product = oralProduct(what);
            int count = tablets == null ? 1 : Fields.wholeNumber(tablets, 1, MAX_TABLETS);
            label = (count == 1 ? "" : count + " × ") + product.displayName();
            doseMg = count * product.elementalMg();
        } else {
            if (tablets != null) {
                throw tablets.keyAt().error("'tablets' goes with 'product', not with 'dose'",
                        "remove 'tablets', or name the product instead of the dose");
            }
            doseMg = doseMg(what);
            label = Quantity.format(Math.round(doseMg * 10) / 10.0) + " mg oral iron";
        }
        Node.Entry taken = f.get("taken");
        IntakeCondition intake = taken == null ? IntakeCondition.FASTING : intake(taken);
        return new RegimenItem.Oral(label, doseMg, intake, schedule(f, item, "dose", 0, null, EVENTS));
    }

    private RegimenItem iv(Fields f, Node.Entry item) throws ScenarioException {
        IvProduct product = ivProduct(f.require("product", "add e.g. 'product: ferric carboxymaltose'"));
        Node.Entry dose = f.require("dose", "add e.g. 'dose: 1000 mg' or 'dose: 20 mg/kg' (elemental iron per infusion)");
        double doseMg = doseMg(dose);
        IvProduct.LabelMaximum label = product.labelMaximum();
        double labelMg = label.forWeightMg(weightKg);
        if (doseMg > labelMg * (1 + COUNT_TOLERANCE)) {
            warnings.add(dose.value().at().warning(Quantity.format(Math.round(doseMg * 10) / 10.0) + " mg of "
                    + product.displayName() + " at once is more than its label allows in a single dose ("
                    + Quantity.format(Math.round(labelMg)) + " mg for " + Quantity.format(weightKg) + " kg; "
                    + label.source() + "); rlsim simulates it as written (a plausibility check, not dosing advice)"));
        }
        Node.Entry infusion = f.require("infusion", "add e.g. 'infusion: 15 min' ('infusion: 0' for an injection)");
        double infusionH = nonNegative(infusion, MAX_INFUSION_H, "an infusion lasts 24 h at most");
        if (infusionH > 0 && infusionH < MIN_INFUSION_H) {
            throw infusion.value().at().error("infusion '" + Fields.written(infusion) + "' is shorter than a minute",
                    "write 'infusion: 0' for an injection (given at once), or at least 1 min");
        }
        return new RegimenItem.Iv(product, doseMg, infusionH,
                schedule(f, item, "infusion", infusionH, infusion, EVENTS));
    }

    private RegimenItem donation(Fields f, Node.Entry item) throws ScenarioException {
        double volumeMl = volume(f.require("volume", "add e.g. 'volume: 500 mL'"));
        return new RegimenItem.Bleed("blood donation", volumeMl, 0, schedule(f, item, "donation", 0, null, EVENTS));
    }

    /**
     * A pregnancy: {@code - pregnancy: {start: week 4}}, delivery 40 weeks later with {@code delivery_blood_loss}
     * (500 mL unless given).
     */
    private RegimenItem pregnancy(Fields f, Node.Entry item) throws ScenarioException {
        Node.Entry loss = f.get("delivery_blood_loss");
        double lossMl = loss == null ? RegimenItem.Pregnancy.DEFAULT_DELIVERY_LOSS_ML : volume(loss);
        return new RegimenItem.Pregnancy(schedule(f, item, "pregnancy", 0, null, EVENTS).firstH(), lossMl);
    }

    /** A placebo: {@code - placebo: {label: saline infusion, at: "08:00", start: day 0}}; the label is optional. */
    private RegimenItem placebo(Fields f, Node.Entry item) throws ScenarioException {
        Node.Entry label = f.get("label");
        String text = label == null ? "placebo" : Fields.text(label, "write e.g. 'label: saline infusion'");
        return new RegimenItem.Placebo(text, schedule(f, item, "placebo", 0, null, EVENTS));
    }

    private RegimenItem bleed(Fields f, Node.Entry item) throws ScenarioException {
        double volumeMl = volume(f.require("volume", "add e.g. 'volume: 80 mL' (whole blood per bleed)"));
        Node.Entry duration = f.require("duration", "add e.g. 'duration: 5 days' (for a loss at one moment use 'donation')");
        double bleedH = Fields.positive(duration, Quantity.Dimension.DURATION, MAX_BLEED_H, "a single bleed lasts 30 days at most");
        Node.Entry label = f.get("label");
        String text = label == null ? "blood loss" : Fields.text(label, "write e.g. 'label: heavy period'");
        return new RegimenItem.Bleed(text, volumeMl, bleedH, schedule(f, item, "bleed", bleedH, duration, EVENTS));
    }

    /**
     * A dopamine-agonist course: daily at 20:00 unless {@code every}, {@code schedule} or {@code at} say
     * otherwise, from {@code start} until {@code stop} (not included) or the end of the simulation.
     */
    private RegimenItem agonist(Fields f, Node.Entry item) throws ScenarioException {
        AgonistDrug drug = agonistDrug(f.require("drug", "add e.g. 'drug: pramipexole'"));
        boolean patch = drug.route() == AgonistDrug.Route.PATCH;
        Node.Entry dose = f.require("dose", patch ? "add e.g. 'dose: 1 mg' (mg of drug delivered per 24 h)"
                : "add e.g. 'dose: 0.25 mg' (mg of drug per dose)");
        double doseMg = Fields.positive(dose, Quantity.Dimension.MASS, MAX_AGONIST_MG,
                "give at most 30 mg of a dopamine agonist (RLS doses are below 5 mg); check the unit (mg, not g)");
        double wornH = patch ? AgonistDrug.PATCH_WEAR_H : 0;
        return new RegimenItem.Agonist(drug, doseMg,
                schedule(f, item, patch ? "patch" : "dose", wornH, null, AGONIST));
    }

    /** The keys of an agonist item; the course-length keys of other items get a pointer to 'stop'. */
    private static Fields agonistFields(Node.Mapping details) throws ScenarioException {
        for (Node.Entry e : details.entries()) {
            if (EVENTS.lengthKeys().contains(e.key())) {
                throw e.keyAt().error("'" + e.key() + "' does not end an agonist course, which is taken daily until 'stop'",
                        "write e.g. 'stop: week 12' (the first day without the drug), or leave it out to go on to the end");
            }
        }
        return Fields.of(details, "this agonist item", List.of("drug", "dose", "at", "start", "stop", "every", "schedule"));
    }

    private static AgonistDrug agonistDrug(Node.Entry entry) throws ScenarioException {
        List<String> names = Arrays.stream(AgonistDrug.values()).map(AgonistDrug::displayName).toList();
        String listing = "choose one of: " + String.join(", ", names);
        String name = Fields.text(entry, listing);
        return Arrays.stream(AgonistDrug.values()).filter(d -> d.displayName().equalsIgnoreCase(name.trim())).findFirst()
                .orElseThrow(() -> entry.value().at().error("unknown dopamine agonist '" + name + "'",
                        DidYouMean.advice(name, names, listing)));
    }

    /**
     * A dose of iron in mg, written as a mass ({@code 1000 mg}, {@code 1 g}) or per kg of body weight
     * ({@code 20 mg/kg}, multiplied by the arm's patient's weight).
     */
    private double doseMg(Node.Entry dose) throws ScenarioException {
        String text = Fields.text(dose, "write e.g. 'dose: 1000 mg' or 'dose: 20 mg/kg'");
        Matcher perKg = PER_KG.matcher(text);
        if (!perKg.matches()) {
            return Fields.positive(dose, Quantity.Dimension.MASS, MAX_DOSE_MG, tooMuchIron());
        }
        double perKgMg;
        try {
            perKgMg = Quantity.parse(dose.key(), perKg.group(1), Quantity.Dimension.MASS);
        } catch (IllegalArgumentException e) {
            throw dose.value().at().error(e);
        }
        double mg = perKgMg * weightKg;
        if (mg <= 0) {
            throw dose.value().at().error(dose.key() + " '" + text + "' must be more than 0", "write e.g. 20 mg/kg");
        }
        if (mg > MAX_DOSE_MG) {
            throw dose.value().at().error(dose.key() + " '" + text + "' is " + Quantity.format(Math.round(mg)) + " mg for "
                    + Quantity.format(weightKg) + " kg, too large", tooMuchIron());
        }
        return mg;
    }

    private static String tooMuchIron() {
        return "give at most 10 g (10000 mg) of iron at a time; check the unit (mg or g)";
    }

    private static double volume(Node.Entry entry) throws ScenarioException {
        return Fields.positive(entry, Quantity.Dimension.VOLUME, MAX_BLOOD_LOSS_ML,
                "lose at most 2500 mL at a time (half an adult's blood volume); check the unit (mL or L)");
    }

    private static double nonNegative(Node.Entry entry, double maxH, String tooLargeFix) throws ScenarioException {
        double h = Fields.quantity(entry, Quantity.Dimension.DURATION);
        String text = Fields.written(entry);
        if (h < 0) {
            throw entry.value().at().error(entry.key() + " '" + text + "' is negative", "write 0 or a positive duration");
        }
        if (h > maxH) {
            throw entry.value().at().error(entry.key() + " '" + text + "' is too long", tooLargeFix);
        }
        return h;
    }

    private static OralProduct oralProduct(Node.Entry entry) throws ScenarioException {
        List<String> names = Arrays.stream(OralProduct.values()).map(OralProduct::displayName).toList();
        String listing = "choose one of: " + String.join(", ", names) + "; or give 'dose' instead";
        String name = Fields.text(entry, listing);
        return OralProduct.find(name).orElseThrow(() -> entry.value().at().error(
                "unknown oral product '" + name + "'", DidYouMean.advice(name, names, listing)));
    }

    private static IvProduct ivProduct(Node.Entry entry) throws ScenarioException {
        List<String> names = new ArrayList<>();
        for (IvProduct p : IvProduct.values()) {
            names.add(p.displayName());
            names.add(p.key());
            names.addAll(p.brands());
        }
        String listing = "choose one of: " + String.join(", ", Arrays.stream(IvProduct.values())
                .map(p -> p.displayName() + " (" + String.join(", ", concat(p.key(), p.brands())) + ")").toList());
        String name = Fields.text(entry, listing);
        String wanted = productKey(name);
        for (IvProduct p : IvProduct.values()) {
            if (concat(p.displayName(), concat(p.key(), p.brands())).stream().anyMatch(n -> productKey(n).equals(wanted))) {
                return p;
            }
        }
        throw entry.value().at().error("unknown IV product '" + name + "'", DidYouMean.advice(name, names, listing));
    }

    /** A product name as compared: lower case, hyphens, underscores and runs of spaces as one space. */
    private static String productKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").trim();
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static IntakeCondition intake(Node.Entry entry) throws ScenarioException {
        List<String> keys = Arrays.stream(IntakeCondition.values()).map(IntakeCondition::key).toList();
        String listing = "choose one of: " + String.join(", ", keys);
        String key = Fields.text(entry, listing);
        return Arrays.stream(IntakeCondition.values()).filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> entry.value().at().error("unknown intake condition '" + key + "'",
                        DidYouMean.advice(key, keys, listing)));
    }

    /**
     * When the doses of one item are given. Without {@code every} or {@code schedule} the item is a
     * single event (or repeats at the timing's default interval, if that is not 0); with one of them it
     * repeats for {@code count} events, {@code for} a duration, {@code until} (or {@code stop}) a day,
     * or (none of these) until the end of the simulation.
     *
     * @param item             the item's key, for positions
     * @param noun             what one event is called, e.g. "infusion"
     * @param eachLastsH       how long each event lasts, h; must not exceed the interval
     * @param lengthEntry      the entry giving {@code eachLastsH}, or null when events are instantaneous or
     *                         last a fixed time (a patch)
     * @param timing           defaults and course-length keys of this kind of item
     */
    private Schedule schedule(Fields f, Node.Entry item, String noun, double eachLastsH, Node.Entry lengthEntry,
                              Timing timing) throws ScenarioException {
        Node.Entry frequency = f.oneOf(List.of("every", "schedule"));
        Node.Entry at = f.get("at");
        Node.Entry start = f.get("start");
        double clockH = at == null ? timing.defaultClockH() : clock(at);
        double firstH = (start == null ? 0 : day(start)) * TimeUnits.DAY_H + clockH;
        Position firstAt = start == null ? item.keyAt() : start.value().at();
        if (firstH >= durationH) {
            throw firstAt.error("the first " + noun + " (" + TimeFormat.dayAndHour(firstH) + ") comes after the end of the"
                    + " simulation (" + TimeFormat.dayAndHour(durationH) + ")", "start it earlier or make 'duration' longer");
        }
        Node.Entry length = f.oneOf(timing.lengthKeys());
        if (frequency == null && timing.defaultIntervalH() == 0) {
            if (length != null && !(length.key().equals("count") && Fields.wholeNumber(length, 1, Schedule.MAX_COUNT) == 1)) {
                throw length.keyAt().error("'" + length.key() + "' needs 'every' or 'schedule' to say how often",
                        "add e.g. 'every: 1 day' or 'schedule: daily'");
            }
            return Schedule.once(firstH);
        }
        double intervalH = frequency == null ? timing.defaultIntervalH() : frequency.key().equals("every") ? every(frequency) : named(frequency);
        long inside = fits(durationH - firstH, intervalH);
        long wanted = inside;
        if (length != null) {
            wanted = switch (length.key()) {
                case "count" -> Fields.wholeNumber(length, 1, Schedule.MAX_COUNT);
                case "for" -> fits(Fields.positive(length, Quantity.Dimension.DURATION, ScenarioReader.MAX_DURATION_H,
                        "give 100 years at most"), intervalH);
                default -> fits(until(length, firstH) - firstH, intervalH);
            };
        }
        long count = Math.min(wanted, inside);
        if (count > Schedule.MAX_COUNT) {
            throw (frequency == null ? item.keyAt() : frequency.value().at()).error("this gives " + count + " " + noun + "s, more than " + Schedule.MAX_COUNT,
                    "space them further apart or give 'count', 'for' or 'until'");
        }
        if (count > 1 && eachLastsH > intervalH) {
            if (lengthEntry == null) {
                throw (frequency == null ? item.keyAt() : frequency.value().at()).error("each " + noun + " lasts "
                        + Quantity.format(eachLastsH) + " h, longer than the " + Quantity.format(intervalH) + " h between them",
                        "give 'every: " + Quantity.format(eachLastsH) + " h' or longer");
            }
            throw lengthEntry.value().at().error("each " + noun + " lasts " + Quantity.format(eachLastsH) + " h, longer than the "
                    + Quantity.format(intervalH) + " h between them", "shorten '" + lengthEntry.key() + "' or space them further apart");
        }
        if (wanted > inside) {
            warnings.add(length.keyAt().warning("only " + inside + " of the " + wanted + " " + noun
                    + "s come before the end of the simulation (" + TimeFormat.dayAndHour(durationH) + "); the rest are not given"));
        }
        return new Schedule(firstH, intervalH, (int) count);
    }

    /** How many events, one every intervalH from time 0, start before spanH. */
    private static long fits(double spanH, double intervalH) {
        return (long) Math.ceil(spanH / intervalH - COUNT_TOLERANCE);
    }

    private static double every(Node.Entry entry) throws ScenarioException {
        double h = Fields.positive(entry, Quantity.Dimension.DURATION, ScenarioReader.MAX_DURATION_H, "give 100 years at most");
        if (h < MIN_INTERVAL_H) {
            throw entry.value().at().error("every '" + Fields.written(entry) + "' is less than 1 h",
                    "give doses at least 1 h apart");
        }
        return h;
    }

    private static double named(Node.Entry entry) throws ScenarioException {
        String listing = "choose one of: daily (od, qd), twice daily (bid), three times daily (tid), four times daily (qid),"
                + " every other day, twice weekly, weekly, every two weeks, every four weeks; or use 'every: 3 days'";
        String name = Fields.text(entry, listing);
        Double h = NAMED_SCHEDULES.get(scheduleKey(name));
        if (h == null) {
            throw entry.value().at().error("unknown schedule '" + name + "'",
                    DidYouMean.advice(name, NAMED_SCHEDULES.keySet(), listing));
        }
        return h;
    }

    private static double clock(Node.Entry entry) throws ScenarioException {
        String text = Fields.text(entry, "write e.g. 'at: \"08:00\"'");
        try {
            return Quantity.timeOfDayH("at", text);
        } catch (IllegalArgumentException e) {
            throw entry.value().at().error(e);
        }
    }

    /** A day: {@code day N}, {@code week N} (day 7N), or a whole number of days from day 0 such as {@code 3 weeks}. */
    private static long day(Node.Entry entry) throws ScenarioException {
        String fix = "write 'day 3', 'week 2', or a time from day 0 in whole days such as '2 weeks'; set the clock time with 'at'";
        String text = Fields.text(entry, fix);
        Matcher m = DAY.matcher(text);
        if (m.matches()) {
            return Long.parseLong(m.group(1));
        }
        Matcher w = WEEK.matcher(text);
        if (w.matches()) {
            return 7 * Long.parseLong(w.group(1));
        }
        double h;
        try {
            h = Quantity.parse(entry.key(), text, Quantity.Dimension.DURATION);
        } catch (IllegalArgumentException e) {
            throw entry.value().at().error(entry.key() + " '" + text + "' is not a day", fix);
        }
        double days = h / TimeUnits.DAY_H;
        if (days < 0 || Math.abs(days - Math.rint(days)) > COUNT_TOLERANCE) {
            throw entry.value().at().error(entry.key() + " '" + text + "' is not a whole number of days from day 0", fix);
        }
        return Math.round(days);
    }

    /** The end of an {@code until} (or {@code stop}) span, h: 00:00 of the day given, which must come after the first dose. */
    private static double until(Node.Entry entry, double firstH) throws ScenarioException {
        double endH = day(entry) * TimeUnits.DAY_H;
        if (endH <= firstH) {
            throw entry.value().at().error("'" + entry.key() + "' is not after the first dose (" + TimeFormat.dayAndHour(firstH) + ")",
                    entry.key().equals("stop") ? "give a later day, or remove 'stop' to go on to the end"
                            : "give a later day, or remove 'until' for a single dose");
        }
        return endH;
    }
}
