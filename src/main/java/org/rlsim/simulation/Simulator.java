package org.rlsim.simulation;

import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.Flows;
import org.rlsim.model.Inputs;
import org.rlsim.model.ModelState;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;
import org.rlsim.model.StatesInUse;

/**
 * Runs the model through a dosing schedule. It owns the time loop: integration is split exactly at
 * every dose start and stop, instantaneous doses (oral doses, bolus injections, blood donations,
 * agonist tablets) are applied between segments as jumps that the model books ({@link DoseEvent#applyAtOnce}),
 * and infusions, bleeds and agonist patches act as constant rates within segments ({@link DoseEvent#addRate}).
 * It knows no compartment by name: the model defines its state, flows and jumps.
 *
 * <p>Output convention: rows on the regular output grid, plus a row at the end; at the time of an
 * instantaneous dose two rows with the same time, the state just before and just after it. A dose
 * at time 0 is applied (the first row is the untreated state, the second the dosed one). Rows go to a
 * {@link RowSink} as they are produced, so a run needs memory only for what its sink keeps.
 *
 * <p>Cost: each dose event is visited a bounded number of times (once when its start is reached, and
 * while it runs, once per breakpoint), so a run's bookkeeping is linear in the number of doses.
 *
 * <p>A simulator is immutable and may run on several threads at once; each run has its own state.
 */
public final class Simulator {
    /** Segments up to this many ulps of their end time are crossed without the integrator; see {@link #isSliver}. */
    private static final double SLIVER_ULPS = 2000;

    private final SolverSettings settings;

    public Simulator(SolverSettings settings) {
        this.settings = settings;
    }

    public Simulator() {
        this(SolverSettings.DEFAULT);
    }

    /** The solver settings every run of this simulator uses. */
    public SolverSettings settings() {
        return settings;
    }

    /**
     * Runs one simulation and keeps every row in memory.
     *
     * @see #run(Physiology, double[], List, double, double, RowSink, RunControl)
     */
    public Trajectory run(Physiology model, double[] initialState, List<DoseEvent> events,
                          double durationH, double outputIntervalH) {
        return run(model, initialState, events, durationH, outputIntervalH, new RunControl());
    }

    /**
     * Runs one simulation under a control and keeps every row in memory.
     *
     * @see #run(Physiology, double[], List, double, double, RowSink, RunControl)
     */
    public Trajectory run(Physiology model, double[] initialState, List<DoseEvent> events,
                          double durationH, double outputIntervalH, RunControl control) {
        TrajectorySink sink = new TrajectorySink();
        run(model, initialState, events, durationH, outputIntervalH, sink, control);
        return sink.trajectory();
    }

    /**
     * Runs one simulation, pushing its rows to {@code sink} as they are produced.
     *
     * @param model           the physiology
     * @param initialState    state at time 0 (length {@link StateLayout#SIZE}; not modified)
     * @param events          dose events, in any order; those starting after {@code durationH} are ignored
     * @param durationH       simulated time, h (&gt; 0)
     * @param outputIntervalH output grid spacing, h (&gt; 0)
     * @param sink            receives the rows (see {@link RowSink} for the order of calls)
     * @param control         cancellation (checked at every evaluation of the rates) and progress
     *                        (fraction of {@code durationH} simulated)
     * @throws SimulationException   if the integration fails (the message says when and why)
     * @throws RunCancelledException if {@code control} was cancelled
     */
    public void run(Physiology model, double[] initialState, List<DoseEvent> events, double durationH,
                    double outputIntervalH, RowSink sink, RunControl control) {
        if (!(durationH > 0) || !Double.isFinite(durationH)) {
            throw new IllegalArgumentException("duration must be a positive number of hours, got " + durationH);
        }
        if (!(outputIntervalH > 0) || !Double.isFinite(outputIntervalH)) {
            throw new IllegalArgumentException("output interval must be a positive number of hours, got " + outputIntervalH);
        }
        control.throwIfCancelled();
        DoseTimeline timeline = new DoseTimeline(events, durationH, control);
        List<DoseEvent> applied = timeline.events();
        double[] y = initialState.clone();
        Inputs inputs = new Inputs();
        StatesInUse used = new StatesInUse();
        used.nonZero(y);
        for (int i = 0; i < applied.size(); i++) {
            applied.get(i).declareStates(used);
            DoseTimeline.checkNowAndThen(i, control);
        }
        OdeAdapter ode = new OdeAdapter(model, inputs, maxEvaluations(durationH, applied.size()), control, used.indices());
        double[] compact = new double[ode.getDimension()];
        RowEmitter rows = new RowEmitter(model, sink, control, durationH);
        GridSampler sampler = new GridSampler(outputIntervalH, rows, ode);
        // Dormand–Prince 8(5,3): an explicit, high-order adaptive method; the model is smooth between doses and
        // not stiff at the accuracy asked for, so a high order gives the longest steps. Settings: SolverSettings.
        DormandPrince853Integrator integrator = new DormandPrince853WithoutEvents(SolverSettings.MIN_STEP_H,
                settings.maxStepH(), settings.absoluteTolerance(), settings.relativeTolerance());
        integrator.addStepHandler(sampler);
        double[] jump = new double[StateLayout.SIZE];
        Flows jumpFlows = new Flows();
        ModelState view = new ModelState(y);

        sink.begin(model, applied, durationH);
        double previous = 0;
        for (double t : timeline.breakpoints()) {
            if (t > previous) {
                sampler.setSegment(previous, t, y);
                integrate(integrator, ode, previous, y, compact, t);
            }
            List<DoseEvent> atOnce = timeline.advanceTo(t, inputs);
            if (!atOnce.isEmpty()) {
                rows.emit(t, y);
                for (DoseEvent e : atOnce) {
                    e.applyAtOnce(model, view, jumpFlows.reset(jump));
                    for (int i = 0; i < y.length; i++) {
                        y[i] += jump[i];
                    }
                }
                rows.emit(t, y);
            } else if (t == 0 || t == durationH || sampler.onGrid(t)) {
                rows.emit(t, y);
            }
            previous = t;
        }
        sink.end();
    }

    /**
     * Most evaluations of the model's rates in one run, so that parameters that make the model too stiff
     * for the integrator end in a clear message instead of a run that seems to hang. Measured (model 0.1,
     * default settings): about 40–80 evaluations per simulated day untreated (steady-state burn-in,
     * extreme parameters included) and 340 per day with a daily dose, 430 twice daily, 1100 hourly; i.e.
     * at most ~350 per dose event. The budget allows 25 times that per day and per event, plus a fixed
     * 500 000: a 26-week daily-dose run may take ~2.5 million evaluations (some 10 s) before giving up.
     */
    static long maxEvaluations(double durationH, int events) {
        return 500_000 + (long) (2_000 * durationH / 24) + 10_000L * events;
    }

    /**
     * Integrates {@code y} (the full state) from {@code from} to {@code to} in place, through the compact
     * vector of the states in use.
     */
    private void integrate(DormandPrince853Integrator integrator, OdeAdapter ode, double from, double[] y,
                           double[] compact, double to) {
        ode.load(y, compact);
        try {
            if (isSliver(from, to)) {
                eulerStep(ode, from, compact, to);
            } else {
                integrator.integrate(ode, from, compact, to, compact);
            }
        } catch (OdeAdapter.NonFiniteRateException e) {
            throw failure("the simulated values became infinite or undefined", e.timeH, e);
        } catch (OdeAdapter.TooMuchWorkException e) {
            throw failure("the model changed too fast to be followed and the simulation got stuck", e.timeH, e);
        } catch (NumberIsTooSmallException | MathIllegalStateException e) {
            // NumberIsTooSmallException: the integrator needed a step shorter than SolverSettings.MIN_STEP_H.
            throw failure("the model changed too fast to be followed", from, e);
        }
        ode.store(compact, y);
        ode.model().keepNonNegative(y);
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw failure("the simulated values became infinite or undefined", to, null);
            }
        }
    }

    /**
     * True for a segment too short for the integrator: Commons Math refuses any interval up to 1000
     * ulps of its end time (about 2e-10 h near day 80). Such slivers arise between breakpoints that
     * differ only by rounding, e.g. the end of one bleed ({@code start + duration}) and the start of
     * the next ({@code first + i·interval}); 2000 ulps keeps clear of the library's own comparison.
     */
    static boolean isSliver(double from, double to) {
        return to - from <= SLIVER_ULPS * Math.ulp(Math.max(Math.abs(from), Math.abs(to)));
    }

    /**
     * Crosses a sliver with one explicit Euler step. Its error is of order (length)² — far below
     * the solver tolerance over a few picoseconds to nanoseconds — and, being a sum of flows like
     * every step, it conserves iron and delivers constant inputs (infusions, bleeds) at their exact rate.
     */
    private static void eulerStep(OdeAdapter ode, double from, double[] y, double to) {
        double[] rates = new double[y.length]; // a sliver is rare: a few per run at most
        ode.computeDerivatives(from, y, rates);
        double dt = to - from;
        for (int i = 0; i < y.length; i++) {
            y[i] += dt * rates[i];
        }
    }

    /** e.g. "the simulated values became infinite or undefined at day 3, 08:00 (simulated time); " + hint. */
    private static SimulationException failure(String problem, double atH, Throwable cause) {
        return new SimulationException(problem, problem + " at " + TimeFormat.dayAndHour(atH) + " (simulated time); "
                + SimulationException.HINT, atH, cause);
    }
}
