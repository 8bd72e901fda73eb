package org.rlsim.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.NumberIsTooSmallException;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.rlsim.dosing.AgonistDose;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.OralDose;
import org.rlsim.model.AgonistDrug;
import org.rlsim.model.Compartment;
import org.rlsim.model.Inputs;
import org.rlsim.model.IntakeCondition;
import org.rlsim.model.IvProduct;
import org.rlsim.model.Physiology;
import org.rlsim.model.StateLayout;
import org.rlsim.model.Tally;

/**
 * Runs the model through a dosing schedule. It owns the time loop: integration is split exactly at
 * every dose start and stop, instantaneous doses (oral doses, bolus injections, blood donations,
 * agonist tablets) are applied between segments as jumps, and infusions, bleeds and agonist patches
 * act as constant rates within segments.
 *
 * <p>Output convention: rows on the regular output grid, plus a row at the end; at the time of an
 * instantaneous dose two rows with the same time, the state just before and just after it. A dose
 * at time 0 is applied (the first row is the untreated state, the second the dosed one).
 */
public final class Simulator {
    /** Segments up to this many ulps of their end time are crossed without the integrator; see {@link #isSliver}. */
    private static final double SLIVER_ULPS = 2000;

    private final SolverSettings settings;

    public Simulator(SolverSettings settings) {
        this.settings = settings;
    }

    /** The integrator settings every run of this simulator uses. */
    public SolverSettings settings() {
        return settings;
    }

    public Simulator() {
        this(SolverSettings.DEFAULT);
    }

    /**
     * Runs one simulation.
     *
     * @param model           the physiology
     * @param initialState    state at time 0 (length {@link StateLayout#SIZE}; not modified)
     * @param events          dose events; those starting after {@code durationH} are ignored
     * @param durationH       simulated time, h (&gt; 0)
     * @param outputIntervalH output grid spacing, h (&gt; 0)
     * @throws SimulationException if the integration fails (the message says when and why)
     */
    public Trajectory run(Physiology model, double[] initialState, List<DoseEvent> events,
                          double durationH, double outputIntervalH) {
        if (!(durationH > 0) || !Double.isFinite(durationH)) {
            throw new IllegalArgumentException("duration must be a positive number of hours, got " + durationH);
        }
        if (!(outputIntervalH > 0) || !Double.isFinite(outputIntervalH)) {
            throw new IllegalArgumentException("output interval must be a positive number of hours, got " + outputIntervalH);
        }
        List<DoseEvent> applied = events.stream().filter(e -> e.startH() <= durationH).sorted(
                java.util.Comparator.comparingDouble(DoseEvent::startH)).toList();
        double[] y = initialState.clone();
        Inputs inputs = new Inputs();
        RowRecorder rows = new RowRecorder();
        GridSampler sampler = new GridSampler(outputIntervalH, rows);
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(SolverSettings.MIN_STEP_H,
                settings.maxStepH(), settings.absoluteTolerance(), settings.relativeTolerance());
        integrator.addStepHandler(sampler);
        OdeAdapter ode = new OdeAdapter(model, inputs, maxEvaluations(durationH, applied.size()));
        double bloodVolumeMl = model.blood().bloodVolumeMl();

        double previous = 0;
        for (double t : breakpoints(applied, durationH)) {
            if (t > previous) {
                setInputs(inputs, applied, previous);
                sampler.setSegment(previous, t);
                integrate(integrator, ode, previous, y, t);
            }
            List<DoseEvent> boluses = instantaneousAt(applied, t);
            if (!boluses.isEmpty()) {
                rows.add(t, y);
                for (DoseEvent e : boluses) {
                    applyBolus(e, y, bloodVolumeMl);
                }
                rows.add(t, y);
            } else if (t == 0 || t == durationH || sampler.onGrid(t)) {
                rows.add(t, y);
            }
            previous = t;
        }
        return rows.toTrajectory(model, applied);
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

    private void integrate(DormandPrince853Integrator integrator, OdeAdapter ode, double from, double[] y, double to) {
        try {
            if (isSliver(from, to)) {
                eulerStep(ode, from, y, to);
            } else {
                integrator.integrate(ode, from, y, to, y);
            }
        } catch (OdeAdapter.NonFiniteRateException e) {
            throw failure("the simulated values became infinite or undefined", e.timeH, e);
        } catch (OdeAdapter.TooMuchWorkException e) {
            throw failure("the model changed too fast to be followed and the simulation got stuck", e.timeH, e);
        } catch (NumberIsTooSmallException | MathIllegalStateException e) {
            // NumberIsTooSmallException: the integrator needed a step shorter than SolverSettings.MIN_STEP_H.
            throw failure("the model changed too fast to be followed", from, e);
        }
        NonNegativeAmounts.clamp(y);
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
        double[] rates = new double[y.length];
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

    /** Every time at which an input changes, plus 0 and the end, in increasing order. */
    private static TreeSet<Double> breakpoints(List<DoseEvent> events, double durationH) {
        TreeSet<Double> times = new TreeSet<>();
        times.add(0.0);
        times.add(durationH);
        for (DoseEvent e : events) {
            times.add(e.startH());
            if (e.endH() < durationH) {
                times.add(e.endH());
            }
        }
        return times;
    }

    private static boolean isInstantaneous(DoseEvent e) {
        return e.endH() == e.startH();
    }

    private static List<DoseEvent> instantaneousAt(List<DoseEvent> events, double t) {
        List<DoseEvent> result = new ArrayList<>(2);
        for (DoseEvent e : events) {
            if (e.startH() == t && isInstantaneous(e)) {
                result.add(e);
            }
        }
        return result;
    }

    /** Sets the constant inputs of the segment that starts at {@code t}. */
    private static void setInputs(Inputs inputs, List<DoseEvent> events, double t) {
        double[] infusion = new double[IvProduct.values().length];
        double bleedMlPerH = 0;
        double[] agonistMgPerH = new double[AgonistDrug.COUNT];
        IntakeCondition intake = IntakeCondition.FASTING;
        for (DoseEvent e : events) {
            if (e.startH() > t) {
                break;
            }
            boolean running = e.startH() <= t && t < e.endH();
            if (e instanceof OralDose oral) {
                intake = oral.intake();
            } else if (running && e instanceof IvInfusion iv) {
                infusion[iv.product().ordinal()] += iv.amountMg() / lengthH(e);
            } else if (running && e instanceof BloodLoss bleed) {
                bleedMlPerH += bleed.volumeMl() / lengthH(e);
            } else if (running && e instanceof AgonistDose patch) {
                agonistMgPerH[patch.drug().ordinal()] += patch.doseMg() / lengthH(e);
            }
        }
        for (IvProduct p : IvProduct.values()) {
            inputs.setInfusionRate(p, infusion[p.ordinal()]);
        }
        inputs.setBloodLossRate(bleedMlPerH);
        for (AgonistDrug d : AgonistDrug.values()) {
            inputs.setAgonistRate(d, agonistMgPerH[d.ordinal()]);
        }
        inputs.setIntake(intake);
    }

    /**
     * How long an event's rate acts: the distance between the two breakpoints it is integrated
     * over. This is {@code durationH} up to the rounding of {@code startH + durationH}, which matters
     * for very short infusions late in a run (1e-9 h at day 83 is 1e-13 h off, 1e-4 of the dose).
     */
    private static double lengthH(DoseEvent e) {
        return e.endH() - e.startH();
    }

    private static void applyBolus(DoseEvent e, double[] y, double bloodVolumeMl) {
        if (e instanceof OralDose oral) {
            y[StateLayout.index(Compartment.GUT_LUMEN)] += oral.elementalMg();
        } else if (e instanceof IvInfusion iv) {
            y[StateLayout.index(iv.product().compartment())] += iv.amountMg();
            y[StateLayout.index(Tally.INFUSED)] += iv.amountMg();
        } else if (e instanceof AgonistDose tablet) {
            y[StateLayout.agonistDepot(tablet.drug())] += tablet.doseMg();
        } else if (e instanceof BloodLoss bleed) {
            double fraction = Math.min(1, bleed.volumeMl() / bloodVolumeMl);
            removeFraction(y, Compartment.RED_CELLS, fraction);
            removeFraction(y, Compartment.PLASMA, fraction);
            for (IvProduct p : IvProduct.values()) {
                removeFraction(y, p.compartment(), fraction);
            }
        }
    }

    private static void removeFraction(double[] y, Compartment c, double fraction) {
        double lost = y[StateLayout.index(c)] * fraction;
        y[StateLayout.index(c)] -= lost;
        y[StateLayout.index(Compartment.LOST)] += lost;
    }
}
