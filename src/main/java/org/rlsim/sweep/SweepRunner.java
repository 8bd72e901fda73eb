package org.rlsim.sweep;

import java.util.List;
import java.util.function.IntFunction;
import org.rlsim.report.Numbers;
import org.rlsim.scenario.Axis;
import org.rlsim.scenario.Variation;
import org.rlsim.scenario.Version;
import org.rlsim.simulation.ParallelRuns;
import org.rlsim.simulation.RunControl;
import org.rlsim.simulation.SimulationException;
import org.rlsim.simulation.Simulator;

/**
 * Runs every point of a sweep, in parallel on every core ({@link ParallelRuns}) or one after the other; both
 * give the same numbers, bit for bit, as each point depends on nothing but its own inputs.
 */
public final class SweepRunner {
    private final Simulator simulator;
    private final boolean parallel;

    private SweepRunner(Simulator simulator, boolean parallel) {
        this.simulator = simulator;
        this.parallel = parallel;
    }

    /** Points in parallel, with the default solver settings. */
    public SweepRunner() {
        this(new Simulator(), true);
    }

    /** Points one after the other on the calling thread (for comparison). */
    public static SweepRunner serial() {
        return new SweepRunner(new Simulator(), false);
    }

    /**
     * Runs a sweep.
     *
     * @param control cancels it; progress is the fraction of points done
     * @throws SimulationException for the first point (in point order) that cannot be simulated; the message
     *                             starts with the point's values
     */
    public SweepResult run(Sweep sweep, RunControl control) {
        PointRunner points = new PointRunner(sweep.metrics(), simulator);
        RunControl each = control.withoutProgress();
        IntFunction<double[]> task = p -> {
            try {
                return points.values(sweep.setting(p), each);
            } catch (SimulationException | IllegalArgumentException e) {
                throw pointFailed(sweep, p, e);
            }
        };
        List<double[]> rows = parallel ? ParallelRuns.map(sweep.points(), control, task)
                : ParallelRuns.serialMap(sweep.points(), control, task);
        return new SweepResult(sweep, rows.toArray(double[][]::new), Version.current(), simulator.settings());
    }

    /** The point's values for people: {@code arm "IV" dose = 250 mg, bbb.capacity = 0.5}. */
    public static String describe(Sweep sweep, int p) {
        StringBuilder text = new StringBuilder();
        for (int a = 0; a < sweep.axes().size(); a++) {
            Axis axis = sweep.axes().get(a);
            double v = axis.value(sweep.index(p, a));
            String unit = axis.variation().categories().isEmpty() && !axis.variation().unit().isEmpty()
                    ? " " + axis.variation().unit() : "";
            text.append(a == 0 ? "" : ", ").append(axis.variation().name()).append(" = ").append(shown(axis.variation(), v)).append(unit);
        }
        return text.toString();
    }

    /**
     * A value of a variation for people: its category's name, or the number to four significant digits (a
     * range's points are computed: {@code 666.7}, not {@code 666.6666666666666}).
     */
    static String shown(Variation variation, double value) {
        return variation.categories().isEmpty() ? Numbers.readable(value) : variation.format(value);
    }

    private static SimulationException pointFailed(Sweep sweep, int p, RuntimeException e) {
        String problem = e instanceof SimulationException s ? s.getMessage() : e.getMessage();
        String message = "at the sweep point " + describe(sweep, p) + ": " + problem
                + (e instanceof SimulationException ? "" : "; choose values the regimen allows");
        return new SimulationException(message, message, 0, e);
    }
}
