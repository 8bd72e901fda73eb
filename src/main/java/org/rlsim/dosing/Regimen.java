package org.rlsim.dosing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A treatment plan: any number of oral courses, IV courses and blood losses. An empty regimen is
 * "no treatment".
 */
public record Regimen(List<RegimenItem> items) {
    public Regimen {
        items = List.copyOf(items);
    }

    /** No treatment. */
    public static Regimen none() {
        return new Regimen(List.of());
    }

    /**
     * When the first treatment or placebo is given (any item but a blood loss or a pregnancy), h since 00:00 of day 0; NaN
     * when the regimen treats nothing (the natural course). A trial's placebo response starts then.
     */
    public double treatmentStartH() {
        double first = Double.NaN;
        for (RegimenItem item : items) {
            if (!(item instanceof RegimenItem.Bleed || item instanceof RegimenItem.Pregnancy)) {
                double start = item.schedule().firstH();
                first = Double.isNaN(first) ? start : Math.min(first, start);
            }
        }
        return first;
    }

    /** Whether the regimen gives nothing but placebos (a placebo arm). */
    public boolean isPlaceboOnly() {
        return !items.isEmpty() && items.stream().allMatch(i -> i instanceof RegimenItem.Placebo);
    }

    /** Every dose event of every item, sorted by start time (stable for equal times). */
    public List<DoseEvent> events() {
        List<DoseEvent> all = new ArrayList<>();
        for (RegimenItem item : items) {
            all.addAll(item.events());
        }
        all.sort(Comparator.comparingDouble(DoseEvent::startH));
        return List.copyOf(all);
    }
}
