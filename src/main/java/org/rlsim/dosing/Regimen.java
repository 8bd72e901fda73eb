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
