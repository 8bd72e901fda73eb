package org.rlsim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every calibration experiment meets its published target, except the few in {@link #KNOWN_MISSES},
 * each with the structural reason the model cannot meet it. A known miss must still fail: when the
 * model improves, the entry is removed, so the list never hides a target the model now meets.
 */
class CalibrationTest {
    /** Targets the model cannot meet, with a one-sentence structural reason each. */
    static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("T10", "Hepcidin also rises with the iron each dose adds to stores and transferrin, so over 14 doses the"
                    + " cumulative FIA (≈15% vs ≈12%) falls below Stoffel's 21.8% / 16.3% while the single-dose FIA is held to"
                    + " Moretti's ≈17% (the ratio, 1.24, is met)."),
            Map.entry("T11b", "The diurnal hepcidin rise acts through the same ferroportin term that the dose's own hepcidin"
                    + " response and the transferrin cap already limit, so a modest (±50%) rhythm gives only ×0.85 for an"
                    + " afternoon dose."),
            Map.entry("T14b", "The model is one deterministic patient without between-patient variation or placebo response,"
                    + " so it has no responder or remitter fractions."),
            Map.entry("T15b", "The model simulates no other RLS drugs and no between-patient variation, so it has no fraction"
                    + " free of them."),
            Map.entry("T16b", "Oral iron is absorbed without the months-long adaptation seen in people (Hunt & Roughead 1999),"
                    + " so twelve weeks of twice-daily tablets raise brain iron more than in the pooled trials."));

    @Test
    void everyTargetIsMetOrAnHonestKnownMiss() {
        List<CalibrationReport.Row> rows = CalibrationReport.rows();
        Set<String> ids = rows.stream().map(r -> r.target().id()).collect(Collectors.toSet());
        assertTrue(ids.containsAll(KNOWN_MISSES.keySet()), "every known miss names an experiment");
        StringBuilder problems = new StringBuilder();
        for (CalibrationReport.Row r : rows) {
            String id = r.target().id();
            boolean known = KNOWN_MISSES.containsKey(id);
            if (!known && !r.outcome().pass()) {
                problems.append(id).append(" misses its target: model ").append(r.outcome().modelValue())
                        .append(", published ").append(r.target().published()).append('\n');
            }
            if (known && r.outcome().pass()) {
                problems.append(id).append(" now meets its target (").append(r.outcome().modelValue())
                        .append("): remove it from KNOWN_MISSES\n");
            }
        }
        assertEquals("", problems.toString());
    }

    @Test
    void coversEveryTargetT1ToT17() {
        Set<String> numbers = Experiments.all().stream().map(e -> e.target().id().replaceAll("[a-z]$", ""))
                .collect(Collectors.toSet());
        for (int i = 1; i <= 17; i++) {
            assertTrue(numbers.contains("T" + i), "no experiment for T" + i);
        }
    }
}
