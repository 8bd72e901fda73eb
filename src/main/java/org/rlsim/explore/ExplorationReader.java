package org.rlsim.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rlsim.dosing.OralProduct;
import org.rlsim.dosing.Regimen;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.AgonistDrug;
import org.rlsim.model.BbbHypothesis;
import org.rlsim.model.DopamineHypothesis;
import org.rlsim.model.HypoxiaHypothesis;
import org.rlsim.model.Inflammation;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.ModelVariant;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterCatalog;
import org.rlsim.model.Patient;

/**
 * Turns the explorer's neutral form (docs/explorer-format.md) into an {@link Exploration}. Every mistake is
 * an {@link IllegalArgumentException} with one line naming the arm, the item and the key.
 */
public final class ExplorationReader {
    /**
     * A span of exactly k dosing intervals may round to k + 1e-15 intervals; it still gives k doses. The
     * same tolerance as the scenario loader's, so "repeat until the end" gives the same doses as there.
     */
    private static final double COUNT_TOLERANCE = 1e-9;

    private ExplorationReader() {
    }

    /** Reads a whole exploration. */
    public static Exploration read(SpecNode root) {
        double durationH = root.number("durationH");
        List<ExplorationArm> arms = new ArrayList<>();
        for (SpecNode arm : root.list("arms")) {
            arms.add(arm(arm, durationH));
        }
        List<Observable> charts = new ArrayList<>();
        if (root.has("charts")) {
            for (SpecNode chart : root.list("charts")) {
                charts.add(observable(chart.text("output")));
            }
        }
        return new Exploration(root.has("title") ? root.text("title") : "Exploration", durationH,
                root.number("outputIntervalH"), arms, charts);
    }

    private static ExplorationArm arm(SpecNode arm, double durationH) {
        String name = arm.text("name");
        try {
            String patientId = arm.text("patient");
            Patient patient = Patient.find(patientId).orElseThrow(() -> new IllegalArgumentException(
                    "unknown patient '" + patientId + "'"));
            Map<String, Double> parameters = new LinkedHashMap<>();
            if (arm.has("parameters")) {
                SpecNode values = arm.child("parameters");
                for (String key : values.keys()) {
                    if (ParameterCatalog.find(key).isEmpty()) {
                        throw new IllegalArgumentException("unknown parameter '" + key + "'");
                    }
                    parameters.put(key, values.number(key));
                }
            }
            ModelVariants.Choice model = arm.has("model") ? model(arm.child("model")) : ModelVariants.Choice.NONE;
            List<RegimenItem> items = new ArrayList<>();
            for (SpecNode item : arm.list("regimen")) {
                items.add(item(item, durationH));
            }
            return new ExplorationArm(name, patient, parameters, model, new Regimen(items));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("arm '" + name + "': " + e.getMessage(), e);
        }
    }

    private static ModelVariants.Choice model(SpecNode model) {
        return new ModelVariants.Choice(
                model.has(ModelVariants.BBB_KEY) ? variant(BbbHypothesis.values(), model.text(ModelVariants.BBB_KEY)) : null,
                model.has(ModelVariants.DOPAMINE_KEY) ? variant(DopamineHypothesis.values(), model.text(ModelVariants.DOPAMINE_KEY)) : null,
                model.has(ModelVariants.INFLAMMATION_KEY)
                        ? variant(Inflammation.values(), model.text(ModelVariants.INFLAMMATION_KEY)) : null,
                model.has(ModelVariants.HYPOXIA_KEY)
                        ? variant(HypoxiaHypothesis.values(), model.text(ModelVariants.HYPOXIA_KEY)) : null);
    }

    private static <V extends ModelVariant> V variant(V[] all, String id) {
        for (V v : all) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown model variant '" + id + "'");
    }

    private static RegimenItem item(SpecNode item, double durationH) {
        String kind = item.text("kind");
        return switch (kind) {
            case "oral" -> oral(item, durationH);
            case "iv" -> new RegimenItem.Iv(ivProduct(item.text("product")), item.number("doseMg"), item.number("durationH"),
                    schedule(item, durationH));
            case "bleed" -> new RegimenItem.Bleed(item.has("label") ? item.text("label") : "blood loss", item.number("volumeMl"),
                    item.number("durationH"), schedule(item, durationH));
            case "donation" -> new RegimenItem.Bleed(ScenarioYaml.DONATION_LABEL, item.number("volumeMl"), 0,
                    schedule(item, durationH));
            case "agonist" -> new RegimenItem.Agonist(agonistDrug(item.text("drug")), item.number("doseMg"), schedule(item, durationH));
            case "pregnancy" -> new RegimenItem.Pregnancy(schedule(item, durationH).firstH(), item.number("volumeMl"));
            default -> throw new IllegalArgumentException("unknown regimen item kind '" + kind
                    + "'; use oral, iv, bleed, donation, agonist or pregnancy");
        };
    }

    /** An oral item by product and tablets (labelled as the scenario loader labels it) or by elemental dose. */
    private static RegimenItem oral(SpecNode item, double durationH) {
        IntakeCondition intake = intake(item.has("taken") ? item.text("taken") : IntakeCondition.FASTING.key());
        if (item.has("product")) {
            String name = item.text("product");
            OralProduct product = OralProduct.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown oral product '" + name + "'"));
            double count = item.has("tablets") ? item.number("tablets") : 1;
            if (count != Math.rint(count) || count < 1 || count > Tablets.MAX) {
                throw new IllegalArgumentException("tablets must be a whole number from 1 to " + Tablets.MAX);
            }
            Tablets tablets = new Tablets(product, (int) count);
            return new RegimenItem.Oral(tablets.label(), tablets.elementalMg(), intake, schedule(item, durationH));
        }
        double doseMg = item.number("doseMg");
        return new RegimenItem.Oral(ScenarioYaml.plain(doseMg) + " mg oral iron", doseMg, intake, schedule(item, durationH));
    }

    /**
     * A schedule from {@code firstH}, {@code intervalH} (h) and {@code count}; without {@code count} the
     * item repeats until the end of the run, as a scenario item without count, for or until does.
     */
    private static Schedule schedule(SpecNode item, double durationH) {
        double firstH = item.number("firstH");
        if (!item.has("intervalH")) {
            return Schedule.once(firstH);
        }
        double intervalH = item.number("intervalH");
        if (item.has("count")) {
            return new Schedule(firstH, intervalH, (int) item.number("count"));
        }
        if (firstH >= durationH) {
            throw new IllegalArgumentException("the first dose at " + ScenarioYaml.plain(firstH)
                    + " h comes after the end of the run; start it earlier");
        }
        return new Schedule(firstH, intervalH, (int) countToTheEnd(firstH, intervalH, durationH));
    }

    /**
     * How many events from {@code firstH} every {@code intervalH} come before the end of the run (an event
     * exactly at the end is not given), as the scenario loader counts an item without count, for or until.
     */
    public static long countToTheEnd(double firstH, double intervalH, double durationH) {
        return (long) Math.ceil((durationH - firstH) / intervalH - COUNT_TOLERANCE);
    }

    private static IntakeCondition intake(String key) {
        for (IntakeCondition c : IntakeCondition.values()) {
            if (c.key().equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown way of taking tablets '" + key + "'");
    }

    private static IvProduct ivProduct(String key) {
        for (IvProduct p : IvProduct.values()) {
            if (p.key().equals(key) || p.displayName().equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown IV iron product '" + key + "'");
    }

    private static AgonistDrug agonistDrug(String name) {
        for (AgonistDrug d : AgonistDrug.values()) {
            if (d.displayName().equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dopamine agonist '" + name + "'");
    }

    static Observable observable(String column) {
        for (Observable o : Observable.values()) {
            if (o.column().equals(column)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown output '" + column + "'");
    }
}
