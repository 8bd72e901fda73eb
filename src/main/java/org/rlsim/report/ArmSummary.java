package org.rlsim.report;

import java.util.OptionalDouble;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.OralDose;
import org.rlsim.model.Observable;
import org.rlsim.model.ReferenceRanges;
import org.rlsim.scenario.ArmResult;
import org.rlsim.simulation.RunningSummary;

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

    /** The summary of one simulated arm, from its running summary (every row of the run). */
    public static ArmSummary of(ArmResult result) {
        RunningSummary s = result.summary();
        double ferritinStart = s.start(Observable.SERUM_FERRITIN);
        OptionalDouble reachedH = ferritinStart >= FERRITIN_TARGET_NG_ML ? OptionalDouble.empty()
                : s.firstTimeAtOrAbove(Observable.SERUM_FERRITIN, FERRITIN_TARGET_NG_ML);
        double oral = 0;
        for (DoseEvent e : result.trajectory().events()) {
            if (e instanceof OralDose dose) {
                oral += dose.elementalMg();
            }
        }
        double absorbed = change(s, Observable.CUM_ABSORBED);
        double iv = change(s, Observable.CUM_IV);
        double lost = change(s, Observable.CUM_LOST);
        double balanceError = change(s, Observable.TOTAL_BODY_IRON) - absorbed - iv + lost;
        return new ArmSummary(result.arm().name(),
                ferritinStart, s.max(Observable.SERUM_FERRITIN),
                reachedH.isPresent() ? OptionalDouble.of(reachedH.getAsDouble() / 24) : OptionalDouble.empty(),
                s.end(Observable.SERUM_FERRITIN), s.end(Observable.TSAT),
                s.start(Observable.HB), s.end(Observable.HB),
                s.start(Observable.BRAIN_IRON), s.end(Observable.BRAIN_IRON),
                s.start(Observable.SYMPTOM_SCORE), s.end(Observable.SYMPTOM_SCORE),
                oral, iv, absorbed, lost, balanceError);
    }

    /** Last row's value minus the first row's. */
    private static double change(RunningSummary s, Observable o) {
        return s.end(o) - s.start(o);
    }
}
