package org.rlsim.simulation;

import java.util.Arrays;
import java.util.List;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.Compartment;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Physiology;
import org.rlsim.model.Signal;
import org.rlsim.model.StateLayout;

/** Collects output rows (time and a copy of the state) and turns them into a {@link Trajectory}. */
final class RowRecorder {
    private double[] times = new double[256];
    private double[][] states = new double[256][];
    private int size;

    void add(double timeH, double[] state) {
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            states = Arrays.copyOf(states, size * 2);
        }
        times[size] = timeH;
        states[size] = Arrays.copyOf(state, StateLayout.SIZE);
        NonNegativeAmounts.clamp(states[size]);
        size++;
    }

    Trajectory toTrajectory(Physiology model, List<DoseEvent> events) {
        double[][] observables = new double[Observable.values().length][size];
        double[][] amounts = new double[Compartment.COUNT][size];
        double[][] signals = new double[Signal.COUNT][size];
        ModelState view = new ModelState(states.length > 0 && size > 0 ? states[0] : new double[StateLayout.SIZE]);
        for (int r = 0; r < size; r++) {
            view.wrap(states[r]);
            for (Observable o : Observable.values()) {
                observables[o.ordinal()][r] = o.value(times[r], view, model);
            }
            for (Compartment c : Compartment.values()) {
                amounts[c.ordinal()][r] = view.amount(c);
            }
            for (Signal sig : Signal.values()) {
                signals[sig.ordinal()][r] = view.signal(sig);
            }
        }
        return new Trajectory(Arrays.copyOf(times, size), observables, amounts, signals, events);
    }
}
