package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.rlsim.model.Observable;
import org.rlsim.simulation.TimeFormat;
import org.rlsim.simulation.RunningSummary;

/**
 * Plausibility checks of a simulated course, for people: warnings, never errors, and never dosing advice.
 * rlsim simulates what the scenario says; these say when that is outside what happens to patients.
 */
public final class Plausibility {
    /**
     * Total body iron above which a run has overloaded the body, mg: the top of the 3–5 g that healthy
     * adults hold (Cook 1973; physiology.md §1).
     */
    public static final double OVERLOAD_MG = 5000;

    private Plausibility() {
    }

    /**
     * One warning per arm given IV iron whose total body iron reaches {@value #OVERLOAD_MG} mg (oral
     * iron is limited by absorption and cannot overload the body in a scenario's time): the first time it
     * does (interpolated between rows) and the peak.
     */
    public static List<String> afterRun(ScenarioResult result) {
        List<String> warnings = new ArrayList<>();
        for (ArmResult arm : result.arms()) {
            RunningSummary s = arm.summary();
            if (s.end(Observable.CUM_IV) <= s.start(Observable.CUM_IV)) {
                continue;
            }
            OptionalDouble first = s.firstTimeAtOrAbove(Observable.TOTAL_BODY_IRON, OVERLOAD_MG);
            double peak = s.max(Observable.TOTAL_BODY_IRON);
            if (first.isPresent()) {
                warnings.add("warning: in arm '" + arm.arm().name() + "' total body iron rises above "
                        + Quantity.format(OVERLOAD_MG) + " mg on " + TimeFormat.dayAndHour(first.getAsDouble()) + " and peaks at "
                        + Quantity.format(Math.round(peak)) + " mg, above the 3–5 g of healthy adults (Cook 1973):"
                        + " this much IV iron would overload the stores; rlsim simulates it as written (a plausibility"
                        + " check, not dosing advice)");
            }
        }
        return warnings;
    }
}
