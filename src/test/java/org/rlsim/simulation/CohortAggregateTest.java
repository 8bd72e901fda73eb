package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.BloodBrainBarrier;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Observable;
import org.rlsim.model.ParameterSet;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;

/** A cohort's mean, spread and range at every grid time, without keeping any member's rows. */
class CohortAggregateTest {
    private final Simulator simulator = new Simulator();
    private final List<DoseEvent> iv = new RegimenItem.Iv(IvProduct.FERRIC_CARBOXYMALTOSE, 1000, 0.25, Schedule.once(8)).events();
    private final ParameterSet base = Patient.find("rls-iron-deficient").orElseThrow().parameterSet();
    private static final double DURATION_H = 28 * 24;

    private Trajectory member(int i) {
        Physiology model = new Physiology(base.with(BloodBrainBarrier.GAIN, 0.5 * i));
        return simulator.run(model, SteadyState.of(model, simulator), iv, DURATION_H, 24);
    }

    @Test
    void meanSpreadAndRangeAreThoseOfTheMembersAtEveryGridTime() {
        int n = 6;
        CohortAggregate cohort = new CohortAggregate(List.of(Observable.BRAIN_IRON, Observable.SERUM_FERRITIN), DURATION_H, 24);
        ParallelRuns.forEachOrdered(n, new RunControl(), i -> {
            Physiology model = new Physiology(base.with(BloodBrainBarrier.GAIN, 0.5 * i));
            CohortAggregate.Member m = cohort.newMember();
            simulator.run(model, SteadyState.of(model, simulator), iv, DURATION_H, 24, m, new RunControl());
            return m;
        }, cohort::add);
        List<Trajectory> members = IntStream.range(0, n).mapToObj(this::member).toList();
        double[] times = cohort.timesH();
        assertEquals(29, times.length);
        double[] mean = cohort.mean(Observable.BRAIN_IRON);
        double[] sd = cohort.standardDeviation(Observable.BRAIN_IRON);
        for (int k = 0; k < times.length; k++) {
            double timeH = times[k];
            double[] values = members.stream().mapToDouble(t -> t.valueAt(Observable.BRAIN_IRON, timeH)).toArray();
            double m = java.util.Arrays.stream(values).average().orElseThrow();
            double ss = java.util.Arrays.stream(values).map(v -> (v - m) * (v - m)).sum();
            assertEquals(m, mean[k], 1e-12 * m, "mean at " + timeH + " h");
            assertEquals(Math.sqrt(ss / (n - 1)), sd[k], 1e-9 * m, "sd at " + timeH + " h");
            assertEquals(java.util.Arrays.stream(values).min().orElseThrow(), cohort.min(Observable.BRAIN_IRON)[k]);
            assertEquals(java.util.Arrays.stream(values).max().orElseThrow(), cohort.max(Observable.BRAIN_IRON)[k]);
        }
        assertEquals(n, cohort.members());
    }

    @Test
    void anUnfinishedMemberIsRefused() {
        CohortAggregate cohort = new CohortAggregate(List.of(Observable.BRAIN_IRON), DURATION_H, 24);
        assertThrows(IllegalArgumentException.class, () -> cohort.add(cohort.newMember()));
    }
}
