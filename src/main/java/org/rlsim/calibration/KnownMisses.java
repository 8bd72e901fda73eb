package org.rlsim.calibration;

import java.util.Map;
import java.util.Optional;

/**
 * Targets the model cannot meet, each with the one-sentence structural reason. {@code rlsim calibration}
 * accepts these misses, {@code CalibrationTest} insists that each still misses (when the model improves,
 * the entry is removed, so the list never hides a target the model now meets), and the model card lists
 * them under its limitations.
 */
public final class KnownMisses {
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("T10", "Hepcidin also rises with the iron each dose adds to stores and transferrin, so over 14 doses the"
                    + " cumulative FIA (≈15% vs ≈12%) falls below Stoffel's 21.8% / 16.3% while the single-dose FIA is held to"
                    + " Moretti's ≈17% (the ratio, 1.24, is met)."),
            Map.entry("T11b", "The diurnal hepcidin rise acts through the same ferroportin term that the dose's own hepcidin"
                    + " response and the transferrin cap already limit, so a modest (±50%) rhythm gives only ×0.85 for an"
                    + " afternoon dose."),
            Map.entry("T13", "A single macrophage pool both exports iron (setting TSAT) and drives serum ferritin, so export fast"
                    + " enough for TSAT ≈65% at week 1 empties it too soon for ferritin ≈400 µg/L at week 8; a separate,"
                    + " slowly released macrophage storage (haemosiderin) pool would be needed."),
            Map.entry("T14b", "The model is one deterministic patient without between-patient variation or placebo response,"
                    + " so it has no responder or remitter fractions."),
            Map.entry("T15b", "The model simulates no other RLS drugs and no between-patient variation, so it has no fraction"
                    + " free of them."),
            Map.entry("T16b", "Oral iron is absorbed without the months-long adaptation seen in people (Hunt & Roughead 1999),"
                    + " so twelve weeks of twice-daily tablets raise brain iron more than in the pooled trials."));

    private KnownMisses() {
    }

    /** The reason a target is a known miss, or empty when the model is expected to meet it. */
    public static Optional<String> reason(String targetId) {
        return Optional.ofNullable(REASONS.get(targetId));
    }

    /** Every known miss: target id → reason. */
    public static Map<String, String> all() {
        return REASONS;
    }
}
