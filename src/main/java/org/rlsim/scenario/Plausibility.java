package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.rlsim.model.Observable;
import org.rlsim.simulation.TimeFormat;
import org.rlsim.simulation.Trajectory;

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
     * One warning per arm given IV iron whose total body iron rises above {@value #OVERLOAD_MG} mg (oral
     * iron is limited by absorption and cannot overload the body in a scenario's time): the first time it
     * does and the peak.
     */
    public static List<String> afterRun(ScenarioResult result) {
        List<String> warnings = new ArrayList<>();
        for (ArmResult arm : result.arms()) {
            Trajectory t = arm.trajectory();
            double[] body = t.series(Observable.TOTAL_BODY_IRON);
            double[] iv = t.series(Observable.CUM_IV);
            if (iv[iv.length - 1] <= iv[0]) {
                continue;
            }
            int first = -1;
            double peak = 0;
            for (int i = 0; i < body.length; i++) {
                if (body[i] > OVERLOAD_MG && first < 0) {
                    first = i;
                }
                peak = Math.max(peak, body[i]);
            }
            if (first >= 0) {
                warnings.add("warning: in arm '" + arm.arm().name() + "' total body iron rises above "
                        + Quantity.format(OVERLOAD_MG) + " mg on " + TimeFormat.dayAndHour(t.timeH(first)) + " and peaks at "
                        + Quantity.format(Math.round(peak)) + " mg, above the 3–5 g of healthy adults (Cook 1973):"
                        + " this much IV iron would overload the stores; rlsim simulates it as written (a plausibility"
                        + " check, not dosing advice)");
            }
        }
        return warnings;
    }
}
