package org.rlsim.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.Inputs;

/**
 * The dose events of one run, walked once in time order: the breakpoints where integration must stop
 * (every start and end within the run), the instantaneous events at each breakpoint, and the lasting
 * events in force in each segment. Each event is visited a bounded number of times (when its start is
 * reached, and at every breakpoint while it runs), so the cost is linear in the number of events; the
 * previous design scanned the whole list at every breakpoint (quadratic: 20 years of hourly doses took
 * 91 s).
 */
final class DoseTimeline {
    /** Events between two checks for cancellation while the timeline is prepared (a few microseconds of work). */
    static final int CHECK_EVERY = 4096;

    private final List<DoseEvent> events;
    private final double[] breakpoints;
    private final List<DoseEvent> running = new ArrayList<>();
    private final List<DoseEvent> instantaneous = new ArrayList<>();
    private int next;
    private long visits;

    /**
     * @param events    dose events in any order; those starting after {@code durationH} are dropped
     * @param durationH the run's duration, h
     * @param control   checked for cancellation between the steps of the preparation and every
     *                  {@value #CHECK_EVERY} events within them: 20 years of hourly doses take some 16 ms
     *                  to prepare, longer than a cancelled run may keep going
     */
    DoseTimeline(List<DoseEvent> events, double durationH, RunControl control) {
        List<DoseEvent> kept = new ArrayList<>(events.size());
        for (DoseEvent e : events) {
            if (e.startH() <= durationH) {
                kept.add(e);
            }
            checkNowAndThen(kept.size(), control);
        }
        control.throwIfCancelled();
        kept.sort(Comparator.comparingDouble(DoseEvent::startH)); // stable; linear for events already in order
        this.events = Collections.unmodifiableList(kept);
        control.throwIfCancelled();
        double[] times = new double[2 * kept.size() + 2];
        int n = 0;
        times[n++] = 0;
        times[n++] = durationH;
        for (DoseEvent e : kept) {
            times[n++] = e.startH();
            if (e.endH() < durationH) {
                times[n++] = e.endH();
            }
            checkNowAndThen(n, control);
        }
        Arrays.sort(times, 0, n);
        control.throwIfCancelled();
        int unique = 0;
        for (int i = 0; i < n; i++) {
            if (unique == 0 || times[i] != times[unique - 1]) {
                times[unique++] = times[i];
            }
        }
        breakpoints = Arrays.copyOf(times, unique);
    }

    /** Checks {@code control} when {@code count} is a multiple of {@link #CHECK_EVERY}. */
    static void checkNowAndThen(int count, RunControl control) {
        if (count % CHECK_EVERY == 0) {
            control.throwIfCancelled();
        }
    }

    /** The events applied, sorted by start time (stable for equal times). */
    List<DoseEvent> events() {
        return events;
    }

    /** Every time at which an input changes, plus 0 and the end, increasing, without repeats. */
    double[] breakpoints() {
        return breakpoints;
    }

    /**
     * Moves to breakpoint {@code t} (called for each breakpoint in order): takes in the events that start
     * there, lets each set what it leaves in force ({@link DoseEvent#afterStart}), drops lasting events that
     * have ended, and sets {@code inputs} to the rates of the segment that starts at {@code t}.
     *
     * @return the instantaneous events at {@code t}, in order (a reused list: read it before the next call)
     */
    List<DoseEvent> advanceTo(double t, Inputs inputs) {
        instantaneous.clear();
        for (; next < events.size() && events.get(next).startH() <= t; next++) {
            DoseEvent e = events.get(next);
            visits++;
            e.afterStart(inputs);
            if (e.isInstantaneous()) {
                instantaneous.add(e);
            } else {
                running.add(e);
            }
        }
        running.removeIf(e -> e.endH() <= t);
        inputs.clearRates();
        for (DoseEvent e : running) {
            visits++;
            e.addRate(inputs);
        }
        return instantaneous;
    }

    /** Visits of events so far: the measure of the timeline's cost. */
    long visits() {
        return visits;
    }
}
