package org.rlsim.model;

import java.util.List;

/**
 * Plasma-volume re-expansion after an acute blood loss. Whole blood lost at once (a donation) or over
 * days (a {@code bleed:}) leaves the circulation short of volume with red cells at their old
 * concentration; fluid moves in from the tissues and refills the plasma within a day or two, so
 * haemoglobin concentration falls over that time, not at the moment of the loss.
 * <pre>
 *   δ = missing blood volume / blood volume        (signal {@link Signal#PLASMA_DEFICIT}, 0 at any steady state)
 *   dδ/dt = q_acute/BV − ln2/t½ · (δ + excess(t))    (q_acute: loss from dosing events, mL/h; excess 0 unless pregnant)
 *   Hb = red-cell iron / Hb iron / ((1 − δ) · BV)
 * </pre>
 * The regular losses of an archetype (menstrual, dialysis) are averaged over time and leave no deficit.
 * The erythropoietic drive follows the haemoglobin concentration, so it too rises as the plasma refills.
 * <p>In a {@link Pregnancy} the plasma tends to an expanded volume instead of the normal one: the deficit
 * relaxes to {@code −excess(t)}, so haemoglobin is diluted, erythropoietin rises and red cells follow; a loss
 * takes a fraction {@code volume/((1 − δ)·BV)} of the blood then in circulation.
 */
public final class PlasmaVolume implements Mechanism {
    public static final Parameter REFILL_HALF_TIME = Parameter.of("blood.plasma_refill_half_time_h", "h", 12, 0.5, 240,
            "Half-time of plasma-volume re-expansion after an acute blood loss",
            "plasma volume restored within 1–2 days of a 450–500 mL donation, so haemoglobin reaches its lowest value"
            + " after 1–3 days, not at once (T27: ISBT review; Blood Adv 2017, grade B; refill time general knowledge,"
            + " not in physiology.md); value illustrative", Grade.ILLUSTRATIVE);

    static final List<Parameter> PARAMETERS = List.of(REFILL_HALF_TIME);

    /** Largest deficit the model allows, fraction: keeps the concentration finite after a loss of all blood. */
    static final double MAX_DEFICIT = 0.9;

    private final double refillPerH;
    private final double bloodVolumeMl;
    private final Pregnancy pregnancy;

    public PlasmaVolume(ParameterSet p, Blood blood, Pregnancy pregnancy) {
        refillPerH = Math.log(2) / p.get(REFILL_HALF_TIME);
        bloodVolumeMl = blood.bloodVolumeMl();
        this.pregnancy = pregnancy;
    }

    /** Books an acute loss of blood volume at once (a donation), mL. */
    void loseAtOnce(double volumeMl, ModelState s, Flows jump) {
        double now = s.signal(Signal.PLASMA_DEFICIT);
        double after = Math.min(MAX_DEFICIT, now + volumeMl / bloodVolumeMl);
        jump.signalRate(Signal.PLASMA_DEFICIT, after - now);
    }

    /**
     * The factor by which the circulating volume differs from the normal blood volume: haemoglobin
     * concentration is red cells / (1 − δ) (below 1 when the plasma is expanded, in pregnancy).
     */
    public static double concentrationFactor(ModelState s) {
        return 1 / circulatingFraction(s);
    }

    /** Blood in circulation as a fraction of the normal blood volume, {@code 1 − δ} (at least 1 − {@value #MAX_DEFICIT}). */
    public static double circulatingFraction(ModelState s) {
        return 1 - Math.min(MAX_DEFICIT, s.signal(Signal.PLASMA_DEFICIT));
    }

    @Override
    public void contribute(double timeH, ModelState s, Inputs inputs, Flows flows) {
        double deficit = s.signal(Signal.PLASMA_DEFICIT);
        double loss = deficit < MAX_DEFICIT ? inputs.bloodLossRate() / bloodVolumeMl : 0;
        flows.signalRate(Signal.PLASMA_DEFICIT, loss - refillPerH * (deficit + pregnancy.plasmaExcess(timeH, inputs)));
    }
}
