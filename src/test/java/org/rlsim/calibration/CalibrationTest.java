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
    /**
     * Targets the model cannot meet, with the structural reason and the numbers measured while trying
     * (for the model card).
     */
    static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("T10", "T7 and T10 pull the supplement uptake in opposite directions: T7 holds a 40 mg dose to at most"
                    + " 8.0 mg absorbed (Moretti 6.7 mg +20%; model 7.2), which puts the first 60 mg dose at 9.8 mg, while"
                    + " Stoffel's 21.8% needs 13.1 mg per alternate-day dose (at least 10.5 mg within -20%). The model also"
                    + " loses 8% per dose over the 14 doses (mean 9.0 mg) because hepcidin follows the stores the doses"
                    + " refill. Raising the uptake capacity 10% lifts T10 only to 16.0% vs 12.8% (135 vs 107 mg; alternate"
                    + " still below 140 mg), since the morning dose already fills transferrin towards its 90% throttle."
                    + " Moretti 2015 itself measured 60 mg doses at 10.2-13.8 mg (Table 2, studies 2 and 3), above the"
                    + " interpolated 10 mg of T7: the single-dose studies differ between groups by more than T7's tolerance."),
            Map.entry("T11b", "The afternoon dose is modelled as absorbed less only through the diurnal hepcidin rise, and the"
                    + " morning dose is partly limited by transferrin nearing saturation, so the rhythm acts less than"
                    + " proportionally: amplitude 0.5 gives x0.85; the largest allowed amplitude, 0.9, gives x0.76 (target"
                    + " x0.63 +-0.10) while the healthy man's serum-iron day-night swing grows to 40%, above the 20-30%"
                    + " that physiology.md note 6 allows; a faster hepcidin (half-time 1-2.5 h with a slower iron signal,"
                    + " 8-24 h) also stops at x0.76-0.78 and breaks T8/T9 at the extremes. von Siebenthal's -37% had"
                    + " p = 0.059."),
            Map.entry("T14b", "The model is one deterministic patient without between-patient variation or placebo response,"
                    + " so it has no responder or remitter fractions."),
            Map.entry("T15b", "The model simulates no other RLS drugs and no between-patient variation, so it has no fraction"
                    + " free of them."),
            Map.entry("T16b", "The experiment is the one oral trial of the Cochrane pool (Wang 2009: FeSO4 325 mg twice daily,"
                    + " 12 weeks) but the target is the pooled effect of all formulations, doses, 2-16 week durations and"
                    + " ferritin ranges (Davis 2000, normal ferritin, found none). The model gives -6.9 points (target"
                    + " -3.78, CI to -6.25); Wang 2009 itself reported -9.2 (IRLS -10.3 vs -1.1), so the model is not too"
                    + " strong for the trial it mimics. Its ferritin, though, rises 21 -> 75 ng/mL against Wang's +17.6"
                    + " ng/mL over placebo: oral iron is absorbed without the months-long adaptation seen in people"
                    + " (Hunt & Roughead 1999: 11.8% -> 4.5% after 12 weeks in women with ferritin < 21)."));

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
    void coversEveryTargetT1ToT18() {
        Set<String> numbers = Experiments.all().stream().map(e -> e.target().id().replaceAll("[a-z]$", ""))
                .collect(Collectors.toSet());
        for (int i = 1; i <= 18; i++) {
            assertTrue(numbers.contains("T" + i), "no experiment for T" + i);
        }
    }
}
