package org.rlsim.simulation;


import org.rlsim.model.TimeUnits;
/**
 * Settings of the adaptive Dormand–Prince 8(5,3) integrator.
 *
 * <p>The default tolerances were chosen by measurement ({@code org.rlsim.bench.ToleranceStudy}: every
 * lesson, every arm, every row, from the same steady state, against a run at 1e-10). At 1e-9 every output
 * (observable) stays within 5e-8 relative of the 1e-10 run and every compartment above a microgram within
 * 3.9e-7 (the labile macrophage pool, 0.075 mg, whose turnover of several times an hour makes it the
 * stiffest state). 1e-8 would keep the outputs within 1e-6 too (5.1e-7, TSAT in iron-availability) with a
 * quarter fewer evaluations, but the dose-timing contract needs 1e-9: a run with a dose and one without must
 * agree to 1e-9 before the dose (DoseTimingPropertyTest), and at 1e-8 the different step sequences differ by
 * about 1e-9 relative.
 *
 * @param absoluteTolerance absolute error tolerance per step, in the state's units (mg for amounts);
 *                          1e-9 mg is far below anything a laboratory could see, and small enough
 *                          that the tiny plasma pool (≈3 mg) is resolved to better than 1e-6 relative
 * @param relativeTolerance relative error tolerance per step; 1e-9 keeps the analytic-oracle tests
 *                          (closed-form PK solutions) within 1e-7 relative over weeks of dosing
 * @param maxStepH          largest step, h; one week, so the integrator can stride across long quiet
 *                          stretches while output points are interpolated, never stepped to (in practice
 *                          the daily rhythms keep steps at 1–3 h, so the bound only guards long flat runs)
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
