package org.rlsim.simulation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.AdamsBashforthIntegrator;
import org.apache.commons.math3.ode.nonstiff.AdamsMoultonIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.apache.commons.math3.ode.nonstiff.GraggBulirschStoerIntegrator;
import org.rlsim.model.Inputs;
import org.rlsim.model.Physiology;
import org.rlsim.model.StatesInUse;
import org.rlsim.model.TimeUnits;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioLoader;

/**
 * Prints, for Commons Math's adaptive integrators at the simulator's tolerance, the evaluations of the rates, the
 * time and the error of the end state for oral-vs-iv's IV-arm patient, 26 untreated weeks from the steady state
 * (the figures behind the choice of integrator in {@link SolverSettings}); asserts nothing. It lives in this package
 * because it integrates through the simulator's {@link OdeAdapter}. Run after
 * {@code mvn -q -DskipTests package test-compile} with
 * {@code java -cp target/test-classes:target/rlsim.jar org.rlsim.simulation.IntegratorComparison}.
 */
public final class IntegratorComparison {
    private static final int REPEATS = 40;
    private static final double WEEKS_26_H = 26 * TimeUnits.WEEK_H;
    private static final double TOLERANCE = SolverSettings.DEFAULT.relativeTolerance();

    private IntegratorComparison() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios", "oral-vs-iv.yaml"));
        Arm arm = scenario.arms().get(1);
        Physiology model = new Physiology(arm.patient().parameterSet()
                .with(arm.patient().variants().with(scenario.model()).with(arm.model())));
        double[] start = SteadyState.of(model, new Simulator());
        StatesInUse used = new StatesInUse();
        used.nonZero(start);
        int[] active = used.indices();
        double[] reference = endState(model, start, active, new DormandPrince853Integrator(SolverSettings.MIN_STEP_H,
                WEEKS_26_H, 1e-13, 1e-13), new long[1]);
        System.out.printf(Locale.ROOT, "26 untreated weeks, tolerance %.0e, error against 1e-13; load average %.2f%n", TOLERANCE,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String name : new String[] {"Dormand-Prince 8(5,3)", "Dormand-Prince 5(4)", "Gragg-Bulirsch-Stoer",
            "Adams-Bashforth 6", "Adams-Moulton 5", "Adams-Moulton 6", "Adams-Moulton 7"}) {
            double[] ms = new double[REPEATS];
            long[] evaluations = new long[1];
            double[] end = null;
            for (int r = 0; r < REPEATS; r++) {
                evaluations[0] = 0;
                long t0 = System.nanoTime();
                end = endState(model, start, active, integrator(name), evaluations);
                ms[r] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            double error = 0;
            for (int i = 0; i < end.length; i++) {
                error = Math.max(error, Math.abs(end[i] - reference[i]) / Math.max(Math.abs(reference[i]), 1e-3));
            }
            System.out.printf(Locale.ROOT, "%-22s %8d evaluations  median %6.1f ms  largest relative error %.1e%n", name,
                    evaluations[0], ms[REPEATS / 2], error);
        }
    }

    private static FirstOrderIntegrator integrator(String name) {
        double min = SolverSettings.MIN_STEP_H;
        double max = SolverSettings.DEFAULT.maxStepH();
        return switch (name) {
            case "Dormand-Prince 8(5,3)" -> new DormandPrince853Integrator(min, max, TOLERANCE, TOLERANCE);
            case "Dormand-Prince 5(4)" -> new DormandPrince54Integrator(min, max, TOLERANCE, TOLERANCE);
            case "Gragg-Bulirsch-Stoer" -> new GraggBulirschStoerIntegrator(min, max, TOLERANCE, TOLERANCE);
            case "Adams-Bashforth 6" -> new AdamsBashforthIntegrator(6, min, max, TOLERANCE, TOLERANCE);
            default -> new AdamsMoultonIntegrator(Integer.parseInt(name.substring(name.length() - 1)), min, max, TOLERANCE,
                    TOLERANCE);
        };
    }

    /** The state after 26 weeks, every evaluation of the rates counted in {@code evaluations[0]}. */
    private static double[] endState(Physiology model, double[] start, int[] active, FirstOrderIntegrator integrator,
                                     long[] evaluations) {
        OdeAdapter ode = new OdeAdapter(model, new Inputs(), Long.MAX_VALUE, new RunControl(), active);
        double[] y = new double[ode.getDimension()];
        ode.load(start, y);
        FirstOrderDifferentialEquations counted = new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return ode.getDimension();
            }

            @Override
            public void computeDerivatives(double t, double[] state, double[] rates) {
                evaluations[0]++;
                ode.computeDerivatives(t, state, rates);
            }
        };
        integrator.integrate(counted, 0, y, WEEKS_26_H, y);
        double[] end = start.clone();
        ode.store(y, end);
        return end;
    }
}
