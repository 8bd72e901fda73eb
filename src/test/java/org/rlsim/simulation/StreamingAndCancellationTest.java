package org.rlsim.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.dosing.Schedule;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Patient;
import org.rlsim.model.Physiology;

/** Rows pushed to sinks in the documented order, progress, and cancellation from another thread. */
class StreamingAndCancellationTest {
    private final Simulator simulator = new Simulator();
    private final Physiology model = new Physiology(Patient.find("rls-iron-deficient").orElseThrow().parameterSet());
    private final double[] start = SteadyState.of(model, simulator);
    private final List<DoseEvent> daily = new RegimenItem.Oral("tablet", 65, IntakeCondition.FASTING,
            new Schedule(8, 24, 60)).events();

    /** Records the calls a sink receives. */
    private static class Recorder implements RowSink {
        final List<String> calls = new ArrayList<>();
        final List<Double> times = new ArrayList<>();
        final List<Double> ferritin = new ArrayList<>();
        private Physiology model;

        @Override
        public void begin(Physiology physiology, List<DoseEvent> events, double durationH) {
            model = physiology;
            calls.add("begin " + events.size() + " " + durationH);
        }

        @Override
        public void row(double timeH, ModelState state) {
            times.add(timeH);
            ferritin.add(Observable.SERUM_FERRITIN.value(timeH, state, model));
        }

        @Override
        public void end() {
            calls.add("end");
        }
    }

    @Test
    void aSinkReceivesTheSameRowsAsTheTrajectoryBeginOnceAndEndOnce() {
        Recorder recorder = new Recorder();
        TrajectorySink memory = new TrajectorySink();
        simulator.run(model, start, daily, 30 * 24, 6, RowSink.both(recorder, memory), new RunControl());
        Trajectory t = simulator.run(model, start, daily, 30 * 24, 6);
        assertEquals(List.of("begin 30 720.0", "end"), recorder.calls, "doses after the end are dropped");
        assertEquals(t.size(), recorder.times.size());
        double[] times = recorder.times.stream().mapToDouble(Double::doubleValue).toArray();
        assertArrayEquals(t.timeH(), times, 0);
        assertArrayEquals(t.series(Observable.SERUM_FERRITIN),
                recorder.ferritin.stream().mapToDouble(Double::doubleValue).toArray(), 0);
        assertArrayEquals(t.series(Observable.SERUM_FERRITIN), memory.trajectory().series(Observable.SERUM_FERRITIN), 0);
    }

    @Test
    void progressRisesToOne() {
        List<Double> seen = new ArrayList<>();
        simulator.run(model, start, daily, 60 * 24, 1, new TrajectorySink(), RunControl.withProgress(seen::add));
        assertTrue(seen.size() >= 50 && seen.size() <= 101, seen.size() + " progress reports, about one per 1 %");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), "progress only rises");
        }
        assertEquals(1.0, seen.get(seen.size() - 1), 1e-12);
    }

    @Test
    void aRunCancelledBeforeItStartsThrowsAtOnceWithoutTouchingItsSink() {
        RunControl control = new RunControl();
        control.cancel();
        Recorder recorder = new Recorder();
        assertThrows(RunCancelledException.class,
                () -> simulator.run(model, start, daily, 30 * 24, 6, recorder, control));
        assertEquals(List.of(), recorder.calls);
    }

    @Test
    void aRunCancelledFromAnotherThreadStopsWithoutEnd() throws Exception {
        double twentyYearsH = 20 * 365.25 * 24;
        List<DoseEvent> hourly = new RegimenItem.Oral("tablet", 65, IntakeCondition.FASTING,
                new Schedule(0, 1, (int) twentyYearsH)).events();
        RunControl control = new RunControl();
        CountDownLatch running = new CountDownLatch(1);
        Recorder recorder = new Recorder() {
            @Override
            public void row(double timeH, ModelState state) {
                super.row(timeH, state);
                running.countDown();
            }
        };
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> run = thread.submit(() -> simulator.run(model, start, hourly, twentyYearsH, 24, recorder, control));
            assertTrue(running.await(60, TimeUnit.SECONDS), "the run started");
            control.cancel();
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> run.get(60, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof RunCancelledException, "cancelled, not failed: " + e.getCause());
            assertEquals(1, recorder.calls.size(), "begin, and no end: " + recorder.calls);
            assertTrue(recorder.times.get(recorder.times.size() - 1) < twentyYearsH, "stopped early");
        } finally {
            thread.shutdownNow();
        }
    }
}
