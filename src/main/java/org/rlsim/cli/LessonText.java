package org.rlsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.WordUtils;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.AgonistDrug;
import org.rlsim.model.TimeUnits;
import org.rlsim.scenario.Quantity;

/** Scenario contents as text for people: wrapped paragraphs and treatment plans in words. */
final class LessonText {
    /** Width of wrapped text, characters (fits an 100-column terminal with the indent). */
    static final int WIDTH = 96;

    private LessonText() {
    }

    /**
     * Text re-wrapped to {@link #WIDTH} and indented; a blank line in the text starts a new paragraph, other
     * line breaks (as written in the YAML file) are joined.
     */
    static String wrap(String text, String indent) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String joined = paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
            paragraphs.add(indent + WordUtils.wrap(joined, WIDTH - indent.length(), "\n" + indent, false));
        }
        return String.join("\n" + indent.stripTrailing() + "\n", paragraphs);
    }

    /** One regimen item in words, e.g. "ferric carboxymaltose 1000 mg IV over 15 min, once on day 0 at 08:00". */
    static String item(RegimenItem item) {
        if (item instanceof RegimenItem.Oral o) {
            return o.label() + (o.label().equals(Quantity.format(o.elementalMg()) + " mg") ? ""
                    : " (" + Quantity.format(o.elementalMg()) + " mg iron)") + " by mouth, " + o.intake().description()
                    + ", " + when(o.schedule());
        }
        if (item instanceof RegimenItem.Iv iv) {
            return iv.product().displayName() + " (" + String.join(", ", iv.product().brands()) + ") "
                    + Quantity.format(Math.round(iv.doseMg() * 10) / 10.0) + " mg IV "
                    + (iv.durationH() == 0 ? "as an injection" : "over " + Quantity.describe(iv.durationH())) + ", " + when(iv.schedule());
        }
        if (item instanceof RegimenItem.Bleed b) {
            return b.label() + ", " + Quantity.format(b.volumeMl()) + " mL of blood"
                    + (b.durationH() == 0 ? "" : " over " + Quantity.describe(b.durationH())) + ", " + when(b.schedule());
        }
        if (item instanceof RegimenItem.Agonist a) {
            String dose = Quantity.format(a.doseMg());
            return (a.drug().route() == AgonistDrug.Route.PATCH ? a.drug().displayName() + " patch " + dose + " mg/24 h"
                    : a.drug().displayName() + " " + dose + " mg by mouth") + ", " + when(a.schedule());
        }
        if (item instanceof RegimenItem.Pregnancy p) {
            return "pregnancy (delivery " + Quantity.format(org.rlsim.model.Pregnancy.TERM_WEEKS) + " weeks later, losing "
                    + Quantity.format(p.deliveryLossMl()) + " mL of blood), " + when(p.schedule());
        }
        if (item instanceof RegimenItem.Placebo p) {
            return p.label() + " (no drug), " + when(p.schedule());
        }
        // LessonTextTest fails when RegimenItem gains a kind that has no words here.
        throw new IllegalArgumentException("no words for a regimen item of kind " + item.getClass().getSimpleName());
    }

    /** A schedule in words: "once on day 0 at 08:00" or "14 times, every 2 days from day 0 at 08:00". */
    static String when(Schedule s) {
        String start = "day " + (long) Math.floor(s.firstH() / TimeUnits.DAY_H) + " at " + clock(s.firstH());
        if (s.count() == 1) {
            return "once on " + start;
        }
        return s.count() + " times, every " + (s.intervalH() == TimeUnits.DAY_H ? "day" : Quantity.describe(s.intervalH()))
                + " from " + start;
    }

    private static String clock(double h) {
        long minutes = Math.round((h % TimeUnits.DAY_H) * 60);
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
