package org.rlsim.simulation;


import org.rlsim.model.TimeUnits;
/**
 * Settings of the adaptive Dormand–Prince 8(5,3) integrator.
 *
 * <p>The default tolerances were chosen by measurement ({@code org.rlsim.bench.ToleranceStudy}: every
 * lesson, every arm, every row, from the same steady state, against a run at 1e-10). Measured again on
 * 2 December 2026 (the model of that day, all 18 lessons, steps of at most 1 h): at 1e-9 every output
 * (observable) but one stays within 1.8e-7 relative of the 1e-10 run (serum iron in absorption-inhibitors),
 * and every compartment above a microgram within 2.7e-6 (the labile macrophage pool, its turnover of several
 * times an hour makes it the fastest state). The one is the momentary urge just above its threshold, 0.0025 of
 * 10 in symptom-return at 7016 h: 1.04e-6, because urge = 10·(θ − signal)/θ magnifies the signal's relative
 * error there some 4000-fold (an absolute error of 2.6e-9 on the 0–10 scale). With steps of up to a week the
 * same lessons gave 5.5e-6 on outputs (serum iron in iv-formulations 28 h after the first 200 mg of iron
 * sucrose; see {@code maxStepH}). An earlier model, with unlimited steps, gave at 1e-8 6.4e-6 and 3.9e-5 with
 * a fifth fewer evaluations (60 days of oral-vs-iv's IV-arm patient: 31,973 against 25,001). The dose-timing
 * contract needs 1e-9 in any case: a run with a dose and one without must agree to 1e-9 before the
 * dose (DoseTimingPropertyTest), and at 1e-8 the different step sequences differ by about 1e-9 relative.
 *
 * <p>What sets the step (measured on oral-vs-iv's IV-arm patient, untreated, days 10–11): accuracy, not
 * stability. Steps are 0.59–1.08 h, shortest at the hepcidin trough of the night; the fastest eigenvalue of the
 * rates' Jacobian along the day is −1.6 to −2.4 per h (the labile macrophage pool), so h·λ stays at 1.2–2.0, far
 * inside the method's stability limit (about 6 on the real axis). Without the diurnal rhythm error control alone lets the
 * steps grow to 3.25 h, exactly that limit (the cap of {@code maxStepH} now holds them at 1 h). Loosening the tolerance of any one state a million-fold saves at most 16 % of the
 * evaluations (the labile pool), under 3 % for every other state. A tenfold slower labile pool (a scratch experiment,
 * not the model) halves the steps (956 to 497 in 30 days); treating the pool as quasi-steady instead would drop its
 * rate of change from the flux to plasma, by estimate a few per cent of the export within the day, far beyond
 * solver accuracy, so the model keeps it. At 1e-9 an untreated simulated year took about 11,600 steps before the cap (which adds the few
 * steps that were longer than 1 h).
 *
 * <p>Why Dormand–Prince 8(5,3) among Commons Math's integrators ({@code org.rlsim.simulation.IntegratorComparison},
 * 2 December 2026, load 1.2: the same patient, 26 untreated weeks from the steady state at 1e-9, each with the
 * library's own step acceptance, median of 40 runs): Dormand–Prince 8(5,3) 98,558 evaluations, 44 ms; 5(4)
 * 107,906, 48 ms; Gragg–Bulirsch–Stoer 141,343, 57 ms; Adams–Bashforth 6 97,925, 182 ms; Adams–Moulton 5, 6, 7
 * 41,961, 30,865 and 31,720 evaluations in 78, 39 and 44 ms (order 8 fails: its step falls below the minimum).
 * The multistep methods need a third of the evaluations but spend the saving in the library's Nordsieck-vector
 * algebra, so at best they match this method with its event-free acceptance ({@link DormandPrince853WithoutEvents},
 * 17 % fewer evaluations), and they restart at every dose, which daily-dose runs would pay for many times over.
 * None reaches a simulated year in 15 ms at this accuracy: that needs fewer steps along the daily rhythm, i.e. a
 * different model of it, or a looser accuracy than 1e-6 relative on every output.
 *
 * @param absoluteTolerance absolute error tolerance per step, in the state's units (mg for amounts);
 *                          1e-9 mg is far below anything a laboratory could see, and small enough
 *                          that the tiny plasma pool (≈3 mg) is resolved to better than 1e-6 relative
 * @param relativeTolerance relative error tolerance per step; 1e-9 keeps the analytic-oracle tests
 *                          (closed-form PK solutions) within 1e-7 relative over weeks of dosing
 * @param maxStepH          largest step, h; 1 h by default. Output points are interpolated, never stepped to,
 *                          and the interpolant is only as good as the step is short against the fastest mode:
 *                          after a labile IV product (transferrin over 70% full, tens of mg in the labile
 *                          macrophage pool) the error control let steps grow to 2–3 h where the fastest
 *                          eigenvalue of the rates' Jacobian is −2.4 to −2.6 per h (h·λ 5–8, at the method's
 *                          real-axis stability limit of about 6), and serum iron between those steps was off by
 *                          up to 8e-6 relative. Capped at 1.5 h the worst deviation there was 3.8e-7, at 1 h 2.2e-8
 *                          (h·λ at most 2.6). Untreated, accuracy already keeps steps at 0.59–1.08 h, so the cap
 *                          costs little where the output is dense and some where it is daily and IV iron keeps
 *                          the saturation up for weeks (Benchmark, same sitting, without against with the cap:
 *                          the IV arm's patient-year at 2-h output 53.1–55.4 against 54.5–54.7 ms; a virtual
 *                          patient-year after FCM at daily output 23.0–23.3 against 23.7–26.7 ms). The steady
 *                          state does without it ({@link SteadyState})
 */
public record SolverSettings(double absoluteTolerance, double relativeTolerance, double maxStepH) {
    /** The settings every run uses unless a test asks for others. */
    public static final SolverSettings DEFAULT = new SolverSettings(1e-9, 1e-9, 1.0);

    /** Smallest step, h: far below the shortest time scale of the model (minutes). */
    public static final double MIN_STEP_H = 1e-9;

    public SolverSettings {
        if (!(absoluteTolerance > 0) || !(relativeTolerance > 0) || !(maxStepH > MIN_STEP_H)) {
            throw new IllegalArgumentException("solver tolerances and maximum step must be positive");
        }
    }
}
