package org.rlsim.simulation;

import java.util.Arrays;
import java.util.List;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;
import org.rlsim.model.TimeUnits;

/**
 * Keeps a bounded copy of a run's rows for its charts. A run of at most {@link #WHOLE_ROWS} rows is kept
 * whole, row for row as {@link TrajectorySink} keeps it. A longer run is thinned as it streams by: its time is
 * cut into at most {@link #MAX_BUCKETS} buckets of equal length aligned with the days (a whole number of
 * buckets per day, or of weeks per bucket), and of the rows in each bucket only the first, the last and,
 * for every charted output, the lowest and the highest are kept, in time order. The thinned copy therefore
 * has every charted output's extremes per bucket (per day and per week, for the charts' daily and weekly
 * ranges) and at most {@link #rowsPerBucket} rows per bucket, whatever the number of rows; daily means
 * drawn from it are those of the kept rows. Kept rows are real rows: every value of a row belongs to the
 * same time.
 */
public final class BoundedTrajectorySink implements RowSink {
    /** Rows a run may have and still be kept whole. */
    public static final int WHOLE_ROWS = 20_000;
    /** Buckets a thinned run's time is cut into, at most. */
    public static final int MAX_BUCKETS = 2_048;

    private final long expectedRows;
    private final Observable[] charted;
    private final TrajectorySink kept = new TrajectorySink();
    private Physiology model;
    /** Length of a bucket, h; 0 while every row is kept. */
    private double bucketH;
    private long bucket;
    private double[] times = new double[16];
    private double[][] states = new double[16][];
    private int buffered;
    private final double[] low;
    private final double[] high;
    private final int[] lowRow;
    private final int[] highRow;
    private boolean[] keep = new boolean[16];

    /**
     * @param expectedRows how many rows the run will have (its output times and the extra row at each dose
     *                     given at once): more than {@link #WHOLE_ROWS} and the copy is thinned
     * @param charted      the outputs whose extremes a thinned copy keeps (those the charts draw)
     */
    public BoundedTrajectorySink(long expectedRows, List<Observable> charted) {
        this.expectedRows = expectedRows;
        this.charted = charted.toArray(Observable[]::new);
        low = new double[this.charted.length];
        high = new double[this.charted.length];
        lowRow = new int[this.charted.length];
        highRow = new int[this.charted.length];
    }

    /** Rows kept of one bucket, at most: its first and last, and the lowest and highest of each charted output. */
    public static int rowsPerBucket(int charted) {
        return 2 + 2 * charted;
    }

    /**
     * The most rows a run of {@code expectedRows} rows keeps with {@code charted} outputs charted: all of them
     * if kept whole or few, else {@link #MAX_BUCKETS} × {@link #rowsPerBucket}.
     */
    public static long keptRows(long expectedRows, int charted) {
        return expectedRows <= WHOLE_ROWS ? expectedRows
                : Math.min(expectedRows, (long) MAX_BUCKETS * rowsPerBucket(charted));
    }

    /**
     * The length of a bucket for a run of {@code durationH} h: the longest of 24 h / 2ⁿ for which the run
     * has at most {@link #MAX_BUCKETS} buckets, or, for runs of more than that many days, the shortest of
     * 2ⁿ weeks.
     */
    static double bucketH(double durationH) {
        double width;
        if (durationH / TimeUnits.DAY_H > MAX_BUCKETS) {
            width = TimeUnits.WEEK_H;
            while (durationH / width > MAX_BUCKETS) {
                width *= 2;
            }
        } else {
            width = TimeUnits.DAY_H;
            while (durationH / (width / 2) <= MAX_BUCKETS) {
                width /= 2;
            }
        }
        return width;
    }

    @Override
    public void begin(Physiology physiology, List<DoseEvent> events, double durationH) {
        kept.begin(physiology, events, durationH);
        model = physiology;
        bucketH = expectedRows <= WHOLE_ROWS ? 0 : bucketH(durationH);
        bucket = Long.MIN_VALUE;
        buffered = 0;
    }

    @Override
    public void row(double timeH, ModelState state) {
        if (bucketH == 0) {
            kept.row(timeH, state);
            return;
        }
        long b = (long) Math.floor(timeH / bucketH);
        if (b != bucket) {
            flush();
            bucket = b;
        }
        if (buffered == times.length) {
            times = Arrays.copyOf(times, 2 * buffered);
            states = Arrays.copyOf(states, 2 * buffered);
            keep = new boolean[2 * buffered];
        }
        if (states[buffered] == null) {
            states[buffered] = new double[StateLayout.SIZE];
        }
        times[buffered] = timeH;
        state.copyInto(states[buffered]);
        for (int o = 0; o < charted.length; o++) {
            double v = charted[o].value(timeH, state, model);
            if (buffered == 0 || v < low[o]) {
                low[o] = v;
                lowRow[o] = buffered;
            }
            if (buffered == 0 || v > high[o]) {
                high[o] = v;
                highRow[o] = buffered;
            }
        }
        buffered++;
    }

    /** Passes the kept rows of the bucket that ends on to the copy, in time order. */
    private void flush() {
        if (buffered == 0) {
            return;
        }
        Arrays.fill(keep, 0, buffered, false);
        keep[0] = true;
        keep[buffered - 1] = true;
        for (int o = 0; o < charted.length; o++) {
            keep[lowRow[o]] = true;
            keep[highRow[o]] = true;
        }
        ModelState view = new ModelState(states[0]);
        for (int i = 0; i < buffered; i++) {
            if (keep[i]) {
                kept.row(times[i], view.wrap(states[i]));
            }
        }
        buffered = 0;
    }

    @Override
    public void end() {
        flush();
        kept.end();
    }

    /** The rows kept, as an immutable trajectory (after {@link #end}). */
    public Trajectory trajectory() {
        return kept.trajectory();
    }
}
