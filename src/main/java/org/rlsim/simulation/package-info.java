/**
 * The simulator: the only package that touches the ODE library. It owns the time loop and knows no
 * compartment by name; the model ({@link org.rlsim.model.Physiology}) defines the state, its flows, the
 * jumps that doses cause and the steady state's unknowns.
 *
 * <h2>One run</h2>
 * <pre>{@code
 * Simulator simulator = new Simulator();                          // immutable, thread-safe
 * Physiology model = new Physiology(patient.parameterSet());
 * double[] start = SteadyState.of(model, simulator);              // cached by parameter values
 * Trajectory t = simulator.run(model, start, events, durationH, outputIntervalH);   // every row in memory
 * }</pre>
 *
 * <h2>Streaming rows, cancelling, progress</h2>
 * A run pushes its rows to a {@link org.rlsim.simulation.RowSink} as it produces them
 * ({@code begin}, then {@code row} per output row, then {@code end} if it completed), so it needs
 * memory only for what the sink keeps: {@link org.rlsim.simulation.TrajectorySink} keeps everything;
 * a sink of your own may write each row to a file or fold it into a summary.
 * A {@link org.rlsim.simulation.RunControl} cancels from any thread: the run throws
 * {@link org.rlsim.simulation.RunCancelledException} within one integration step (it is checked at every
 * evaluation of the rates). {@code RunControl.withProgress(listener)} reports the fraction simulated.
 * <pre>{@code
 * RunControl control = new RunControl();
 * simulator.run(model, start, events, durationH, outputIntervalH, mySink, control);   // control.cancel() elsewhere
 * }</pre>
 *
 * <h2>Many runs on every core</h2>
 * {@link org.rlsim.simulation.ParallelRuns#map} runs independent tasks (arms, cohort members, sweep points)
 * in parallel and returns their results in task order; {@code forEachOrdered} hands results to a consumer in
 * order with a bounded number in flight (cohort aggregates). Tasks must compute from their own inputs only
 * (one model, one sink, one state per task; {@code Simulator}, {@code Physiology} and {@code SteadyState}
 * are safe to share); the results are then identical to a serial loop, byte for byte, and a failure is the
 * one the serial loop would meet first.
 *
 * <h2>Cost</h2>
 * Linear in the number of dose events ({@link org.rlsim.simulation.DoseTimeline}); the rates allocate
 * nothing per evaluation; output rows are interpolated from the integrator's steps, so the output interval
 * does not shorten them. Every solver setting has its reason in {@link org.rlsim.simulation.SolverSettings}.
 */
package org.rlsim.simulation;
