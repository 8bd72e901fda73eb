package org.rlsim.simulation;

import java.util.Arrays;
import java.util.List;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Physiology;

/**
 * The time course of a cohort without its members' trajectories: at every time of a regular grid, the
 * mean, standard deviation, lowest and highest value of chosen outputs over the members added so far.
 * Memory is {@code outputs × grid times}, whatever the number of members: a 100,000-patient cohort costs
 * what one patient's summary costs.
 *
 * <p>Use: one {@link #newMember()} sink per member's run (they may run in parallel), then
 * {@link #add} each finished member in member order ({@link ParallelRuns#forEachOrdered} does both), so the
 * sums are formed in the same order on every run: the aggregate is deterministic, serial or parallel.
 * Means and variances use Welford's update, which is accurate over any number of members.
 */
public final class CohortAggregate {
    private final Observable[] outputs;
    private final double intervalH;
    private final int times;
    private long members;
    private final double[][] mean;
    private final double[][] m2;
    private final double[][] min;
    private final double[][] max;

    /**
     * @param outputs   the observables to aggregate
     * @param durationH the members' run duration, h
     * @param intervalH the grid spacing, h: a multiple of the runs' output interval, so every grid time is a row
     */
    public CohortAggregate(List<Observable> outputs, double durationH, double intervalH) {
        if (!(intervalH > 0) || !(durationH > 0)) {
            throw new IllegalArgumentException("duration and interval must be positive hours");
        }
        this.outputs = outputs.toArray(new Observable[0]);
        this.intervalH = intervalH;
        times = (int) Math.floor(durationH / intervalH + 1e-9) + 1;
        mean = new double[this.outputs.length][times];
        m2 = new double[this.outputs.length][times];
        min = new double[this.outputs.length][times];
        max = new double[this.outputs.length][times];
        for (int o = 0; o < this.outputs.length; o++) {
            Arrays.fill(min[o], Double.POSITIVE_INFINITY);
            Arrays.fill(max[o], Double.NEGATIVE_INFINITY);
        }
    }

    /** A sink for one member's run: it keeps that member's values at the grid times only. */
    public Member newMember() {
        return new Member();
    }

    /**
     * Adds a finished member. Call in member order for a deterministic aggregate.
     *
     * @throws IllegalArgumentException if the member's run did not reach every grid time
     */
    public void add(Member member) {
        if (member.owner() != this || member.seen < times) {
            throw new IllegalArgumentException("a member of another aggregate, or a run that did not reach the end");
        }
        members++;
        for (int o = 0; o < outputs.length; o++) {
            for (int k = 0; k < times; k++) {
                double x = member.values[o][k];
                double delta = x - mean[o][k];
                mean[o][k] += delta / members;
                m2[o][k] += delta * (x - mean[o][k]);
                min[o][k] = Math.min(min[o][k], x);
                max[o][k] = Math.max(max[o][k], x);
            }
        }
    }

    /** Members added. */
    public long members() {
        return members;
    }

    /** The grid times, h. */
    public double[] timesH() {
        double[] t = new double[times];
        for (int k = 0; k < times; k++) {
            t[k] = k * intervalH;
        }
        return t;
    }

    /** Mean over the members at every grid time, in the output's unit. */
    public double[] mean(Observable o) {
        return mean[index(o)].clone();
    }

    /** Sample standard deviation over the members at every grid time (0 for one member). */
    public double[] standardDeviation(Observable o) {
        double[] sd = new double[times];
        int i = index(o);
        for (int k = 0; k < times; k++) {
            sd[k] = members > 1 ? Math.sqrt(m2[i][k] / (members - 1)) : 0;
        }
        return sd;
    }

    /** Lowest value over the members at every grid time. */
    public double[] min(Observable o) {
        return min[index(o)].clone();
    }

    /** Highest value over the members at every grid time. */
    public double[] max(Observable o) {
        return max[index(o)].clone();
    }

    private int index(Observable o) {
        for (int i = 0; i < outputs.length; i++) {
            if (outputs[i] == o) {
                return i;
            }
        }
        throw new IllegalArgumentException(o + " is not aggregated here");
    }

    /**
     * One member's values at the grid times: at a dose given at once on a grid time, the value just after
     * it (as {@link Trajectory#valueAt}).
     */
    public final class Member implements RowSink {
        private final double[][] values = new double[outputs.length][times];
        private Physiology model;
        private int seen;

        private Member() {
        }

        private CohortAggregate owner() {
            return CohortAggregate.this;
        }

        @Override
        public void begin(Physiology physiology, List<DoseEvent> events, double durationH) {
            model = physiology;
            seen = 0;
        }

        @Override
        public void row(double timeH, ModelState state) {
            double k = Math.rint(timeH / intervalH);
            if (Math.abs(timeH - k * intervalH) > 1e-9 * Math.max(1, timeH) || k >= times) {
                return;
            }
            int column = (int) k;
            for (int o = 0; o < outputs.length; o++) {
                values[o][column] = outputs[o].value(timeH, state, model);
            }
            seen = Math.max(seen, column + 1);
        }
    }
}
