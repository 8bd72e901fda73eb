package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;

/** The running summary gives the numbers one would read off the whole trajectory. */
class RunningSummaryTest {
    private final Simulator simulator = new Simulator();
    private final Physiology model = new Physiology(Patient.find("rls-iron-deficient").orElseThrow().parameterSet());
    private final List<DoseEvent> iv = new RegimenItem.Iv(IvProduct.FERRIC_CARBOXYMALTOSE, 1000, 0.25,
            Schedule.once(24 * 3 + 8)).events();

    @Test
    void startEndPeakCrossingValuesAtTimesAndDailyMeansMatchTheTrajectory() {
        double durationH = 60 * 24;
        RunningSummary summary = new RunningSummary(Observable.SERUM_FERRITIN, Observable.TSAT)
                .threshold(Observable.SERUM_FERRITIN, 75).at(24 * 3 + 8).at(24 * 30);
        TrajectorySink memory = new TrajectorySink();
        double[] start = SteadyState.of(model, simulator);
        simulator.run(model, start, iv, durationH, 2, RowSink.both(summary, memory), new RunControl());
        Trajectory t = memory.trajectory();
        double[] ferritin = t.series(Observable.SERUM_FERRITIN);
        int peak = 0;
        for (int i = 0; i < ferritin.length; i++) {
            peak = ferritin[i] > ferritin[peak] ? i : peak;
        }
        assertEquals(t.size(), summary.rows());
        assertEquals(ferritin[0], summary.start(Observable.SERUM_FERRITIN));
        assertEquals(ferritin[ferritin.length - 1], summary.end(Observable.SERUM_FERRITIN));
        assertEquals(ferritin[peak], summary.max(Observable.SERUM_FERRITIN));
        assertEquals(t.timeH(peak), summary.timeOfMax(Observable.SERUM_FERRITIN));
        assertEquals(Arrays.stream(ferritin).min().orElseThrow(), summary.min(Observable.SERUM_FERRITIN));
        assertEquals(t.valueAt(Observable.SERUM_FERRITIN, 24 * 3 + 8), summary.valueAt(Observable.SERUM_FERRITIN, 24 * 3 + 8),
                "at a dose time: the row just after it");
        assertEquals(t.valueAt(Observable.TSAT, 24 * 30), summary.valueAt(Observable.TSAT, 24 * 30));
        double crossing = summary.firstTimeAtOrAbove(Observable.SERUM_FERRITIN, 75).orElseThrow();
        assertTrue(crossing >= 24 * 3 + 8 && crossing < 24 * 4, "ferritin passes 75 ng/mL soon after the infusion: " + crossing);

        double[] daily = summary.dailyMeans(Observable.TSAT);
        assertEquals(60, daily.length);
        double[] time = t.timeH();
        double[] tsat = t.series(Observable.TSAT);
        for (int d : new int[] {0, 3, 59}) {
            double integral = 0;
            for (int i = 1; i < time.length; i++) {
                if (time[i - 1] >= 24 * d && time[i] <= 24 * (d + 1)) {
                    integral += 0.5 * (tsat[i - 1] + tsat[i]) * (time[i] - time[i - 1]);
                }
            }
            assertEquals(integral / 24, daily[d], 1e-12 * Math.abs(daily[d]), "day " + d);
        }
    }
}
