package org.rlsim.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Runs many independent tasks (arms, scenarios, cohort members, sweep points) on every core, with results
 * exactly as a serial loop would give them: each task computes from its own inputs only, results come
 * back in task order, and a failure is reported as the serial loop would have met it (the failing task
 * with the lowest index). Serial and parallel results are therefore identical, byte for byte.
 *
 * <p>Tasks run on the common fork–join pool (one worker per core, the caller helping), so batches may
 * nest (a scenario's arms inside a folder of scenarios) without deadlock or more threads than cores.
 *
 * <pre>{@code
 * RunControl control = new RunControl();                  // control.cancel() from any thread stops the batch
 * List<double[]> ends = ParallelRuns.map(patients.size(), control, i -> {
 *     Physiology model = new Physiology(patients.get(i));
 *     LastRowSink last = ...;                             // any RowSink, one per task
 *     simulator.run(model, SteadyState.of(model, simulator), events, durationH, 24, last, control.withoutProgress());
 *     return last.state();
 * });
 * }</pre>
 */
public final class ParallelRuns {
    /** Tasks in flight at once per core in {@link #forEachOrdered}: enough to keep cores busy, few enough to bound memory. */
    private static final int WINDOW_PER_CORE = 16;

    private ParallelRuns() {
    }

    /**
     * Computes {@code task(0) … task(count − 1)} in parallel and returns the results in index order.
     *
     * @param control cancels the batch (tasks not yet started are skipped; running tasks should pass
     *                {@code control.withoutProgress()} to their simulations) and receives progress as the
     *                fraction of tasks finished
     * @throws RuntimeException      the exception of the failing task with the lowest index, as is
     * @throws RunCancelledException if {@code control} was cancelled
     */
    public static <R> List<R> map(int count, RunControl control, IntFunction<? extends R> task) {
        List<R> results = new ArrayList<>(count);
        forEachOrdered(count, control, task, results::add);
        return results;
    }

    /**
     * The serial loop that {@link #map} is identical to: {@code task(0) … task(count − 1)} one after the
     * other on the calling thread, for comparison and for callers that must not use other threads.
     */
    public static <R> List<R> serialMap(int count, RunControl control, IntFunction<? extends R> task) {
        List<R> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            control.throwIfCancelled();
            results.add(task.apply(i));
            if (control.reportsProgress()) {
                control.report((double) (i + 1) / count);
            }
        }
        return results;
    }

    /** {@link #map} without cancellation or progress. */
    public static <R> List<R> map(int count, IntFunction<? extends R> task) {
        return map(count, new RunControl(), task);
    }

    /**
     * Computes {@code task(0) … task(count − 1)} in parallel and hands each result to {@code consumer} in
     * index order, on the calling thread, as soon as it and all before it are done. At most a window of
     * {@value #WINDOW_PER_CORE} tasks per core is in flight, so results that are consumed (a cohort
     * aggregate) need not all be held in memory.
     *
     * @throws RuntimeException      the exception of the failing task with the lowest index, as is
     * @throws RunCancelledException if {@code control} was cancelled
     */
    public static <R> void forEachOrdered(int count, RunControl control, IntFunction<? extends R> task,
                                          Consumer<? super R> consumer) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(consumer, "consumer");
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        int window = Math.max(1, WINDOW_PER_CORE * Runtime.getRuntime().availableProcessors());
        AtomicInteger finished = new AtomicInteger();
        for (int from = 0; from < count; from += window) {
            control.throwIfCancelled();
            int to = Math.min(count, from + window);
            Object[] outcomes = new Object[to - from];
            int base = from;
            IntStream.range(from, to).parallel().forEach(i -> {
                outcomes[i - base] = outcome(control, task, i);
                int done = finished.incrementAndGet();
                if (control.reportsProgress()) {
                    control.report((double) done / count);
                }
            });
            for (Object o : outcomes) {
                if (o instanceof Failure f) {
                    throw f.exception;
                }
                @SuppressWarnings("unchecked")
                R result = (R) (o == NULL_RESULT ? null : o);
                consumer.accept(result);
            }
        }
    }

    private static Object outcome(RunControl control, IntFunction<?> task, int i) {
        try {
            control.throwIfCancelled();
            Object result = task.apply(i);
            return result == null ? NULL_RESULT : result;
        } catch (RuntimeException e) {
            return new Failure(e);
        }
    }

    private static final Object NULL_RESULT = new Object();

    /** A task's exception, kept until the results are read in order. */
    private record Failure(RuntimeException exception) {
    }
}
