package org.rlsim.report;

import java.util.OptionalDouble;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.OralDose;
import org.rlsim.model.Observable;
import org.rlsim.model.ReferenceRanges;
import org.rlsim.scenario.ArmResult;
import org.rlsim.simulation.Trajectory;

/**
 * The numbers a teacher quotes about one arm: start, peak and end values, when ferritin reaches the
 * guideline target, how much iron was given, absorbed and lost, and the iron balance check.
 * "Start" is the first row (day 0, before any dose at time 0); "end" is the last row.
 *
 * @param arm                     the arm's name
 * @param ferritinStartNgMl       serum ferritin at the start, ng/mL
 * @param ferritinPeakNgMl        highest serum ferritin of the run, ng/mL
 * @param dayFerritinReaches75    first time serum ferritin is at or above {@value #FERRITIN_TARGET_NG_ML} ng/mL,
 *                                days since 00:00 of day 0, linearly interpolated between output rows;
 *                                empty if it starts there (there is nothing to reach) or never gets there
 * @param ferritinEndNgMl         serum ferritin at the end, ng/mL
 * @param tsatEndPct              transferrin saturation at the end, %
 * @param hbStartGDl              haemoglobin at the start, g/dL
 * @param hbEndGDl                haemoglobin at the end, g/dL
 * @param brainIronStartPct       brain iron at the start, % of healthy
 * @param brainIronEndPct         brain iron at the end, % of healthy
 * @param symptomScoreStart       RLS symptom score (IRLS-equivalent, 0–40) at the start, points
 * @param symptomScoreEnd         RLS symptom score at the end, points
 * @param totalOralIronGivenMg    elemental iron in every oral dose swallowed, mg
 * @param totalIvIronGivenMg      IV iron that entered the body by the end (a running infusion counts in part), mg
 * @param totalAbsorbedMg         iron absorbed from diet and supplements, mg
 * @param totalLostMg             iron lost from the body (shedding, bleeding), mg
 * @param ironBalanceErrorMg      body iron(end) − body iron(start) − absorbed − IV + lost, mg; about 0
 *                                (rounding and solver tolerance) when no iron appears or vanishes
 */
public record ArmSummary(String arm,
                         double ferritinStartNgMl, double ferritinPeakNgMl, OptionalDouble dayFerritinReaches75,
                         double ferritinEndNgMl, double tsatEndPct, double hbStartGDl, double hbEndGDl,
                         double brainIronStartPct, double brainIronEndPct,
                         double symptomScoreStart, double symptomScoreEnd,
                         double totalOralIronGivenMg, double totalIvIronGivenMg,
                         double totalAbsorbedMg, double totalLostMg, double ironBalanceErrorMg) {

    /** Serum ferritin target in RLS, ng/mL ({@link ReferenceRanges#FERRITIN_TARGET_NG_ML}, with its sources). */
    public static final double FERRITIN_TARGET_NG_ML = ReferenceRanges.FERRITIN_TARGET_NG_ML;

    /** Change of the symptom score from start to end, points (negative = better). */
    public double symptomScoreChange() {
        return symptomScoreEnd - symptomScoreStart;
    }

    /** The summary of one simulated arm. */
    public static ArmSummary of(ArmResult result) {
        Trajectory t = result.trajectory();
        int last = t.size() - 1;
        double[] ferritin = t.series(Observable.SERUM_FERRITIN);
        double peak = Double.NEGATIVE_INFINITY;
        for (double f : ferritin) {
            peak = Math.max(peak, f);
        }
        OptionalDouble reachedH = ferritin[0] >= FERRITIN_TARGET_NG_ML ? OptionalDouble.empty()
                : firstTimeAtOrAbove(t.timeH(), ferritin, FERRITIN_TARGET_NG_ML);
        double oral = 0;
        for (DoseEvent e : t.events()) {
            if (e instanceof OralDose dose) {
                oral += dose.elementalMg();
            }
        }
        double absorbed = change(t, Observable.CUM_ABSORBED);
        double iv = change(t, Observable.CUM_IV);
        double lost = change(t, Observable.CUM_LOST);
        double balanceError = change(t, Observable.TOTAL_BODY_IRON) - absorbed - iv + lost;
        return new ArmSummary(result.arm().name(),
                ferritin[0], peak,
                reachedH.isPresent() ? OptionalDouble.of(reachedH.getAsDouble() / 24) : OptionalDouble.empty(),
                ferritin[last], t.value(Observable.TSAT, last),
                t.value(Observable.HB, 0), t.value(Observable.HB, last),
                t.value(Observable.BRAIN_IRON, 0), t.value(Observable.BRAIN_IRON, last),
                t.value(Observable.SYMPTOM_SCORE, 0), t.value(Observable.SYMPTOM_SCORE, last),
                oral, iv, absorbed, lost, balanceError);
    }

    /** Last row's value minus the first row's. */
    private static double change(Trajectory t, Observable o) {
        return t.value(o, t.size() - 1) - t.value(o, 0);
    }

    /**
     * The first time a sampled curve is at or above a threshold, interpolating linearly between the
     * two rows that bracket the crossing (at a jump, two rows with the same time, the jump's time).
     *
     * @param timeH     row times, non-decreasing, h
     * @param values    values at those times, same length
     * @param threshold the level to reach, in the values' unit
     * @return the time, h; {@code timeH[0]} if the curve starts at or above the threshold; empty if it never gets there
     */
    static OptionalDouble firstTimeAtOrAbove(double[] timeH, double[] values, double threshold) {
        if (timeH.length != values.length) {
            throw new IllegalArgumentException(timeH.length + " times but " + values.length + " values");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= threshold) {
                if (i == 0) {
                    return OptionalDouble.of(timeH[0]);
                }
                double fraction = (threshold - values[i - 1]) / (values[i] - values[i - 1]);
                return OptionalDouble.of(timeH[i - 1] + fraction * (timeH[i] - timeH[i - 1]));
            }
        }
        return OptionalDouble.empty();
    }
}
