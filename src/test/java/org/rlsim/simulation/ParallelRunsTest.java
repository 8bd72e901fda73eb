package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
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

/** Batches in parallel give what a serial loop gives: same values, same order, same first failure. */
class ParallelRunsTest {
    @Test
    void resultsComeBackInTaskOrder() {
        List<Integer> squares = ParallelRuns.map(1000, i -> i * i);
        assertEquals(IntStream.range(0, 1000).map(i -> i * i).boxed().toList(), squares);
    }

    @Test
    void forEachOrderedConsumesInOrderOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Integer> seen = new ArrayList<>();
        ParallelRuns.forEachOrdered(200, new RunControl(), i -> i, i -> {
            assertSame(caller, Thread.currentThread());
            seen.add(i);
        });
        assertEquals(IntStream.range(0, 200).boxed().toList(), seen);
    }

    @Test
    void theFailureReportedIsTheOneWithTheLowestIndex() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelRuns.map(500, i -> {
            if (i % 7 == 3) {
                throw new IllegalStateException("task " + i);
            }
            return i;
        }));
        assertEquals("task 3", e.getMessage());
    }

    @Test
    void aCancelledBatchStopsAndProgressReachesOne() {
        RunControl control = new RunControl();
        assertThrows(RunCancelledException.class, () -> ParallelRuns.map(10_000, control, i -> {
            if (i == 50) {
                control.cancel();
            }
            return i;
        }));
        List<Double> progress = Collections.synchronizedList(new ArrayList<>());
        ParallelRuns.map(100, RunControl.withProgress(progress::add), i -> i);
        assertEquals(100, progress.size());
        assertEquals(1.0, progress.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), 0);
    }

    @Test
    void patientsSimulatedInParallelEqualThoseSimulatedOneByOne() {
        Simulator simulator = new Simulator();
        List<DoseEvent> iv = new RegimenItem.Iv(IvProduct.FERRIC_CARBOXYMALTOSE, 1000, 0.25, Schedule.once(0)).events();
        ParameterSet base = Patient.find("rls-iron-deficient").orElseThrow().parameterSet();
        List<ParameterSet> patients = IntStream.range(0, 8)
                .mapToObj(i -> base.with(BloodBrainBarrier.GAIN, 0.25 * i)).toList();
        java.util.function.IntFunction<double[]> oneRun = i -> {
            Physiology model = new Physiology(patients.get(i));
            return simulator.run(model, SteadyState.of(model, simulator), iv, 8 * 7 * 24, 24)
                    .series(Observable.BRAIN_IRON);
        };
        List<double[]> serial = IntStream.range(0, patients.size()).mapToObj(oneRun).toList();
        List<double[]> parallel = ParallelRuns.map(patients.size(), oneRun);
        for (int i = 0; i < serial.size(); i++) {
            assertTrue(java.util.Arrays.equals(serial.get(i), parallel.get(i)), "patient " + i);
        }
    }
}
