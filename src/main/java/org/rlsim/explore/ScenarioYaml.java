package org.rlsim.explore;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.ModelVariants;
import org.rlsim.model.Observable;

/**
 * Writes an exploration as a scenario file that {@code rlsim run} runs to the same numbers: every arm with
 * its own patient, parameters and model variants, every regimen item with its exact first time, interval
 * and count (left out where the item repeats until the end, as the page's "until the end" items do). Numbers
 * are written in plain decimal, which reads back as the same double.
 */
public final class ScenarioYaml {
    /** The label the scenario loader gives a {@code donation} item. */
    public static final String DONATION_LABEL = "blood donation";
    /** The first line of every written file. */
    static final String HEADER = "# Written by rlsim's explorer page. Teaching model — not for clinical decisions.\n"
            + "# Format: docs/scenario-format.md. Run it with: ./rlsim run FILE\n";
    private static final double DAY_H = 24;

    private ScenarioYaml() {
    }

    /** The scenario file, as text. */
    public static String write(Exploration exploration) {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("title: ").append(quoted(exploration.title())).append('\n');
        out.append("duration: ").append(plain(exploration.durationH())).append(" h\n");
        out.append("output_interval: ").append(plain(exploration.outputIntervalH())).append(" h\n");
        if (!exploration.charts().isEmpty()) {
            out.append("charts: [").append(String.join(", ", exploration.charts().stream().map(Observable::column).toList()))
                    .append("]\n");
        }
        out.append("arms:\n");
        for (ExplorationArm arm : exploration.arms()) {
            out.append("  - name: ").append(quoted(arm.name())).append('\n');
            out.append("    patient: ").append(arm.patient().id()).append('\n');
            if (!arm.parameters().isEmpty()) {
                out.append("    parameters:\n");
                for (Map.Entry<String, Double> p : new TreeMap<>(arm.parameters()).entrySet()) {
                    out.append("      ").append(p.getKey()).append(": ").append(plain(p.getValue())).append('\n');
                }
            }
            model(arm.model(), out);
            if (arm.regimen().items().isEmpty()) {
                out.append("    regimen: []\n");
            } else {
                out.append("    regimen:\n");
                for (RegimenItem item : arm.regimen().items()) {
                    out.append("      - ").append(item(item, exploration.durationH())).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void model(ModelVariants.Choice model, StringBuilder out) {
        StringBuilder keys = new StringBuilder();
        if (model.bbb() != null) {
            keys.append(ModelVariants.BBB_KEY).append(": ").append(model.bbb().id());
        }
        if (model.dopamine() != null) {
            keys.append(keys.length() > 0 ? ", " : "").append(ModelVariants.DOPAMINE_KEY).append(": ").append(model.dopamine().id());
        }
        if (model.inflammation() != null) {
            keys.append(keys.length() > 0 ? ", " : "").append(ModelVariants.INFLAMMATION_KEY).append(": ")
                    .append(model.inflammation().id());
        }
        if (model.hypoxia() != null) {
            keys.append(keys.length() > 0 ? ", " : "").append(ModelVariants.HYPOXIA_KEY).append(": ").append(model.hypoxia().id());
        }
        if (keys.length() > 0) {
            out.append("    model: {").append(keys).append("}\n");
        }
    }

    private static String item(RegimenItem item, double durationH) {
        if (item instanceof RegimenItem.Oral oral) {
            return "oral: {" + oralWhat(oral) + ", taken: " + oral.intake().key() + when(oral.schedule(), durationH, false) + "}";
        }
        if (item instanceof RegimenItem.Iv iv) {
            return "iv: {product: " + iv.product().key() + ", dose: " + plain(iv.doseMg()) + " mg, infusion: "
                    + plain(iv.durationH()) + " h" + when(iv.schedule(), durationH, false) + "}";
        }
        if (item instanceof RegimenItem.Bleed bleed) {
            if (bleed.durationH() == 0 && bleed.label().equals(DONATION_LABEL)) {
                return "donation: {volume: " + plain(bleed.volumeMl()) + " mL" + when(bleed.schedule(), durationH, false) + "}";
            }
            return "bleed: {volume: " + plain(bleed.volumeMl()) + " mL, duration: " + plain(bleed.durationH()) + " h, label: "
                    + quoted(bleed.label()) + when(bleed.schedule(), durationH, false) + "}";
        }
        if (item instanceof RegimenItem.Pregnancy pregnancy) {
            return "pregnancy: {delivery_blood_loss: " + plain(pregnancy.deliveryLossMl()) + " mL"
                    + when(pregnancy.schedule(), durationH, false) + "}";
        }
        RegimenItem.Agonist agonist = (RegimenItem.Agonist) item;
        return "agonist: {drug: " + agonist.drug().displayName() + ", dose: " + plain(agonist.doseMg()) + " mg"
                + when(agonist.schedule(), durationH, true) + "}";
    }

    /** Product and tablets where the label says which (as the loader labels them), else the elemental dose. */
    private static String oralWhat(RegimenItem.Oral oral) {
        return Tablets.of(oral).map(t -> "product: " + t.product().displayName() + (t.count() == 1 ? "" : ", tablets: " + t.count()))
                .orElse("dose: " + plain(oral.elementalMg()) + " mg");
    }

    /**
     * The timing keys: start day and clock time of the first event, then its interval and, unless it
     * repeats to the end of the run, its count (for a dopamine agonist, which has no count, the first day
     * without the drug).
     */
    private static String when(Schedule s, double durationH, boolean agonist) {
        int day = (int) Math.floor(s.firstH() / DAY_H);
        double clockH = s.firstH() - day * DAY_H;
        long minutes = Math.round(clockH * 60);
        if (Math.abs(minutes - clockH * 60) > 1e-6) {
            throw new IllegalArgumentException("a dose at " + plain(s.firstH()) + " h is not on a whole minute; "
                    + "a scenario file gives clock times in hours and minutes");
        }
        StringBuilder out = new StringBuilder(", start: day ").append(day).append(", at: \"")
                .append(twoDigits(minutes / 60)).append(':').append(twoDigits(minutes % 60)).append('"');
        boolean once = s.count() == 1 && !agonist;
        if (once) {
            return out.toString();
        }
        out.append(", every: ").append(plain(s.intervalH())).append(" h");
        long toTheEnd = ExplorationReader.countToTheEnd(s.firstH(), s.intervalH(), durationH);
        if (s.count() < toTheEnd) {
            if (agonist) {
                out.append(", stop: day ").append(stopDay(s));
            } else {
                out.append(", count: ").append(s.count());
            }
        }
        return out.toString();
    }

    /** The first day without the drug that gives exactly the schedule's count of doses. */
    private static long stopDay(Schedule s) {
        double lastH = s.firstH() + (s.count() - 1) * s.intervalH();
        long day = (long) Math.floor(lastH / DAY_H) + 1;
        if (ExplorationReader.countToTheEnd(s.firstH(), s.intervalH(), day * DAY_H) != s.count()) {
            throw new IllegalArgumentException("an agonist course of " + s.count() + " doses every " + plain(s.intervalH())
                    + " h does not end at the start of a day; a scenario file ends it with 'stop: day N'");
        }
        return day;
    }

    private static String twoDigits(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    /** A number in plain decimal (no exponent), which reads back as the same double. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Text in double quotes, with quotes and backslashes escaped. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
