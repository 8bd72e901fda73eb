package org.rlsim.simulation;

import java.util.Arrays;
import java.util.List;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.Compartment;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Physiology;
import org.rlsim.model.Signal;

/**
 * Keeps every row in memory and hands them out as a {@link Trajectory} (for charts and tests): per row
 * the time, every observable, every compartment amount and every signal ({@link #BYTES_PER_ROW} with
 * growth).
 */
public final class TrajectorySink implements RowSink {
    private static final Observable[] OBSERVABLES = Observable.values();
    private static final Compartment[] COMPARTMENTS = Compartment.values();
    private static final Signal[] SIGNALS = Signal.values();
    private static final int INITIAL_ROWS = 256;
    /**
     * Memory one row takes, bytes: the time and every observable, compartment and signal as a double, with
     * room for the arrays' doubling as they grow (×1.5 on average).
     */
    public static final long BYTES_PER_ROW = (long) (1.5 * 8 * (1 + OBSERVABLES.length + COMPARTMENTS.length + SIGNALS.length));

    private Physiology model;
    private List<DoseEvent> events = List.of();
    private double[] times = new double[INITIAL_ROWS];
    private double[][] observables = new double[OBSERVABLES.length][INITIAL_ROWS];
    private double[][] amounts = new double[COMPARTMENTS.length][INITIAL_ROWS];
    private double[][] signals = new double[SIGNALS.length][INITIAL_ROWS];
    private int size;

    @Override
    public void begin(Physiology physiology, List<DoseEvent> doses, double durationH) {
        this.model = physiology;
        this.events = doses;
        size = 0;
    }

    @Override
    public void row(double timeH, ModelState state) {
        if (size == times.length) {
            int capacity = size * 2;
            times = Arrays.copyOf(times, capacity);
            grow(observables, capacity);
            grow(amounts, capacity);
            grow(signals, capacity);
        }
        times[size] = timeH;
        for (Observable o : OBSERVABLES) {
            observables[o.ordinal()][size] = o.value(timeH, state, model);
        }
        for (Compartment c : COMPARTMENTS) {
            amounts[c.ordinal()][size] = state.amount(c);
        }
        for (Signal s : SIGNALS) {
            signals[s.ordinal()][size] = state.signal(s);
        }
        size++;
    }

    private static void grow(double[][] columns, int capacity) {
        for (int i = 0; i < columns.length; i++) {
            columns[i] = Arrays.copyOf(columns[i], capacity);
        }
    }

    /** The rows received so far, as an immutable trajectory. */
    public Trajectory trajectory() {
        return new Trajectory(Arrays.copyOf(times, size), trim(observables), trim(amounts), trim(signals), events);
    }

    private double[][] trim(double[][] columns) {
        double[][] trimmed = new double[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            trimmed[i] = Arrays.copyOf(columns[i], size);
        }
        return trimmed;
    }
}
