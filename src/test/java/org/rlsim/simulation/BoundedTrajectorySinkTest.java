package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.Compartment;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;
import org.rlsim.model.TimeUnits;

/** The charts' copy of a run: whole when short, thinned to each bucket's extremes when long. */
class BoundedTrajectorySinkTest {
    private final Simulator simulator = new Simulator();
    private final Physiology model = new Physiology(Patient.find("rls-iron-deficient").orElseThrow().parameterSet());
    private final List<DoseEvent> tablets = new RegimenItem.Oral("tablet", 65, IntakeCondition.FASTING, new Schedule(8, 24, 30))
            .events();

    private Trajectory[] run(double durationH, double intervalH, long expectedRows, List<Observable> charted) {
        TrajectorySink whole = new TrajectorySink();
        BoundedTrajectorySink bounded = new BoundedTrajectorySink(expectedRows, charted);
        simulator.run(model, SteadyState.of(model, simulator), tablets, durationH, intervalH,
                RowSink.both(whole, bounded), new RunControl());
        return new Trajectory[] {whole.trajectory(), bounded.trajectory()};
    }

    @Test
    void aShortRunIsKeptWhole() {
        Trajectory[] t = run(10 * 24, 1, 10 * 24 + 2 + 20, List.of(Observable.TSAT));
        assertEquals(10 * 24 + 1 + 10, t[0].size(), "hourly rows, and at each tablet a second one (before and after it)");
        assertArrayEquals(t[0].timeH(), t[1].timeH());
        for (Observable o : Observable.values()) {
            assertArrayEquals(t[0].series(o), t[1].series(o), o.name());
        }
        for (Compartment c : Compartment.values()) {
            assertArrayEquals(t[0].series(c), t[1].series(c), c.name());
        }
    }

    /** 30 days at 1-minute rows (43 202 rows): each bucket keeps its first, last, lowest and highest rows. */
    @Test
    void aLongRunKeepsEveryBucketsExtremesAndFewRows() {
        double durationH = 30 * 24;
        List<Observable> charted = List.of(Observable.TSAT, Observable.SERUM_IRON);
        Trajectory[] t = run(durationH, 1.0 / 60, 43_202 + 60, charted);
        Trajectory whole = t[0];
        Trajectory thin = t[1];
        double bucketH = BoundedTrajectorySink.bucketH(durationH);
        assertEquals(24.0 / 64, bucketH, "30 days: 1920 buckets of 22.5 min, aligned with the days");
        assertTrue(thin.size() <= (long) Math.ceil(durationH / bucketH) * BoundedTrajectorySink.rowsPerBucket(2) + 1,
                "at most " + BoundedTrajectorySink.rowsPerBucket(2) + " rows per bucket: " + thin.size());
        assertTrue(thin.size() < whole.size() / 4, thin.size() + " of " + whole.size() + " rows kept");
        assertEquals(whole.timeH(0), thin.timeH(0));
        assertEquals(whole.timeH(whole.size() - 1), thin.timeH(thin.size() - 1));
        // Every day's lowest and highest TSAT and serum iron are those of every row (the charts' daily ranges).
        for (Observable o : charted) {
            for (int day = 0; day < 30; day++) {
                assertEquals(extreme(whole, o, day, false), extreme(thin, o, day, false), 0, o + " lowest on day " + day);
                assertEquals(extreme(whole, o, day, true), extreme(thin, o, day, true), 0, o + " highest on day " + day);
            }
        }
        // Kept rows are real rows: each equals the whole run's row at its time.
        for (int i = 0; i < thin.size(); i += 97) {
            int row = whole.rowAt(thin.timeH(i));
            assertEquals(whole.value(Observable.SERUM_FERRITIN, row), thin.value(Observable.SERUM_FERRITIN, i), 1e-12 * 100,
                    "ferritin at " + thin.timeH(i) + " h");
        }
    }

    private static double extreme(Trajectory t, Observable o, int day, boolean highest) {
        double best = highest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int i = 0; i < t.size(); i++) {
            if (t.timeH(i) >= day * TimeUnits.DAY_H && t.timeH(i) < (day + 1) * TimeUnits.DAY_H) {
                best = highest ? Math.max(best, t.value(o, i)) : Math.min(best, t.value(o, i));
            }
        }
        return best;
    }

    @Test
    void bucketsNestInDaysOrAreWholeWeeks() {
        assertEquals(24.0 / 64, BoundedTrajectorySink.bucketH(30 * 24));
        assertEquals(12, BoundedTrajectorySink.bucketH(1000 * 24), "2000 half days");
        assertEquals(24, BoundedTrajectorySink.bucketH(1389 * 24), "2 million rows at 1 min: 1389 days");
        assertEquals(24, BoundedTrajectorySink.bucketH(2048 * 24));
        assertEquals(7 * 24, BoundedTrajectorySink.bucketH(2049 * 24));
        assertEquals(14 * 24, BoundedTrajectorySink.bucketH(7 * 24 * 3000));
    }
}
