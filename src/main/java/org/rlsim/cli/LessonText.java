package org.rlsim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.WordUtils;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
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
                    + (iv.durationH() == 0 ? "as an injection" : "over " + span(iv.durationH())) + ", " + when(iv.schedule());
        }
        RegimenItem.Bleed b = (RegimenItem.Bleed) item;
        return b.label() + ", " + Quantity.format(b.volumeMl()) + " mL of blood"
                + (b.durationH() == 0 ? "" : " over " + span(b.durationH())) + ", " + when(b.schedule());
    }

    /** A schedule in words: "once on day 0 at 08:00" or "14 times, every 2 days from day 0 at 08:00". */
    static String when(Schedule s) {
        String start = "day " + (long) Math.floor(s.firstH() / Quantity.DAY_H) + " at " + clock(s.firstH());
        if (s.count() == 1) {
            return "once on " + start;
        }
        return s.count() + " times, every " + (s.intervalH() == Quantity.DAY_H ? "day" : span(s.intervalH()))
                + " from " + start;
    }

    /** A duration in words: "15 min", "4 h", "3 days", "1 week", "26 weeks". */
    static String span(double h) {
        if (h < 1) {
            return Quantity.format(Math.round(h * 60 * 1000) / 1000.0) + " min";
        }
        if (h % Quantity.WEEK_H == 0) {
            return plural(h / Quantity.WEEK_H, "week");
        }
        if (h % Quantity.DAY_H == 0) {
            return plural(h / Quantity.DAY_H, "day");
        }
        return Quantity.format(h) + " h";
    }

    private static String plural(double n, String unit) {
        return Quantity.format(n) + " " + unit + (n == 1 ? "" : "s");
    }

    private static String clock(double h) {
        long minutes = Math.round((h % Quantity.DAY_H) * 60);
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
