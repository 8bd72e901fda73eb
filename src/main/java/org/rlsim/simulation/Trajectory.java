package org.rlsim.simulation;

import java.util.Arrays;
import java.util.List;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.model.Signal;

/**
 * The result of one simulation run: rows of time, observables and compartment amounts, plus the
 * dose events that were applied. Rows are in time order; at the time of an instantaneous dose (a
 * bolus) there are two rows with the same time, the value just before the dose and then just after
 * it. Immutable: arrays are copied out.
 */
public final class Trajectory {
    private final double[] timeH;
    private final double[][] observables;
    private final double[][] amounts;
    private final double[][] signals;
    private final List<DoseEvent> events;

    Trajectory(double[] timeH, double[][] observables, double[][] amounts, double[][] signals, List<DoseEvent> events) {
        this.timeH = timeH;
        this.observables = observables;
        this.amounts = amounts;
        this.signals = signals;
        this.events = List.copyOf(events);
    }

    /** Number of rows. */
    public int size() {
        return timeH.length;
    }

    /** Time of every row, h since 00:00 of day 0. */
    public double[] timeH() {
        return timeH.clone();
    }

    /** Time of one row, h. */
    public double timeH(int row) {
        return timeH[row];
    }

    /** An observable at every row, in its unit ({@link Observable#unit()}). */
    public double[] series(Observable o) {
        return observables[o.ordinal()].clone();
    }

    /** An observable at one row. */
    public double value(Observable o, int row) {
        return observables[o.ordinal()][row];
    }

    /** A compartment's amount at every row, mg. */
    public double[] series(Compartment c) {
        return amounts[c.ordinal()].clone();
    }

    /** A compartment's amount at one row, mg. */
    public double amount(Compartment c, int row) {
        return amounts[c.ordinal()][row];
    }

    /** A regulated signal at one row (dimensionless). */
    public double signal(Signal s, int row) {
        return signals[s.ordinal()][row];
    }

    /** The dose events applied during the run, in time order. */
    public List<DoseEvent> events() {
        return events;
    }

    /** Value of an observable at the last row at or before {@code timeH} (the post-dose row at a bolus). */
    public double valueAt(Observable o, double timeHour) {
        int row = rowAt(timeHour);
        return observables[o.ordinal()][row];
    }

    /** Index of the last row whose time is at or before {@code timeHour} (0 if none). */
    public int rowAt(double timeHour) {
        int i = Arrays.binarySearch(timeH, timeHour);
        if (i < 0) {
            return Math.max(0, -i - 2);
        }
        while (i + 1 < timeH.length && timeH[i + 1] == timeHour) {
            i++;
        }
        return i;
    }
}
