package org.rlsim.simulation;


import org.rlsim.model.TimeUnits;
/**
 * Settings of the adaptive Dormand–Prince 8(5,3) integrator.
 *
 * @param absoluteTolerance absolute error tolerance per step, in the state's units (mg for amounts);
 *                          1e-9 mg is far below anything a laboratory could see, and small enough
 *                          that the tiny plasma pool (≈3 mg) is resolved to better than 1e-6 relative
 * @param relativeTolerance relative error tolerance per step; 1e-9 keeps the analytic-oracle tests
 *                          (closed-form PK solutions) within 1e-7 relative over weeks of dosing
 * @param maxStepH          largest step, h; one week, so the integrator can stride across long quiet
 *                          stretches while output points are interpolated, never stepped to
 */
public record SolverSettings(double absoluteTolerance, double relativeTolerance, double maxStepH) {
    /** The settings every run uses unless a test asks for others. */
    public static final SolverSettings DEFAULT = new SolverSettings(1e-9, 1e-9, TimeUnits.WEEK_H);

    /** Smallest step, h: far below the shortest time scale of the model (minutes). */
    public static final double MIN_STEP_H = 1e-9;

    public SolverSettings {
        if (!(absoluteTolerance > 0) || !(relativeTolerance > 0) || !(maxStepH > MIN_STEP_H)) {
            throw new IllegalArgumentException("solver tolerances and maximum step must be positive");
        }
    }
}
