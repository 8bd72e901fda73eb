/**
 * The time loop: runs the {@link org.rlsim.model} physiology through a dosing schedule and finds a
 * patient's steady state. The only package that touches the ODE solver (Apache Commons Math's
 * Dormand–Prince 8(5,3) integrator and its LU solver). It knows no compartment by name: the model
 * ({@link org.rlsim.model.Physiology}) defines the state, its flows, the jumps doses cause and the steady
 * state's unknowns and starting guess.
 *
 * <p>{@link org.rlsim.simulation.Simulator} owns the loop: it splits integration exactly at every
 * dose start and stop, applies instantaneous doses as jumps between segments and holds infusion rates
 * constant within one; it samples the solver's dense output on a regular grid, so output points never
 * shorten its steps. {@link org.rlsim.simulation.SteadyState} puts an untreated patient at the fixed
 * point (or, with a daily rhythm, the daily cycle) of its physiology before day 0, cached by parameter
 * values. {@link org.rlsim.simulation.SolverSettings} holds the tolerances, each with the reason for its
 * value.
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
 * A run pushes its rows to a {@link org.rlsim.simulation.RowSink} as it produces them ({@code begin},
 * then {@code row} per output row, then {@code end} if it completed), so it needs memory only for what
 * the sink keeps: {@link org.rlsim.simulation.TrajectorySink} keeps everything (a
 * {@link org.rlsim.simulation.Trajectory}); a sink of your own may write each row to a file or fold it
 * into a summary. A {@link org.rlsim.simulation.RunControl} cancels from any thread: the run throws
 * {@link org.rlsim.simulation.RunCancelledException} within one integration step (it is checked at every
 * evaluation of the rates). {@code RunControl.withProgress(listener)} reports the fraction simulated.
 * <pre>{@code
 * RunControl control = new RunControl();
 * simulator.run(model, start, events, durationH, outputIntervalH, mySink, control);   // control.cancel() elsewhere
 * }</pre>
 *
 * <h2>Many runs on every core</h2>
 * {@link org.rlsim.simulation.ParallelRuns#map} runs independent tasks (arms, cohort members, sweep
 * points) in parallel and returns their results in task order; {@code forEachOrdered} hands results to a
 * consumer in order with a bounded number in flight (cohort aggregates). Tasks must compute from their own
 * inputs only (one sink and one state per task; {@code Simulator}, {@code Physiology} and
 * {@code SteadyState} are safe to share); the results are then identical to a serial loop, byte for byte,
 * and a failure is the one the serial loop would meet first.
 *
 * <p>Contracts every run keeps, each checked by a test: doses applied at exactly their times, amounts
 * never negative, the iron balance closed to about 1e-9 mg, the same inputs giving the same numbers
 * (serially or in parallel), a cost linear in the number of doses. When the integration cannot go on, a
 * {@link org.rlsim.simulation.SimulationException} says so in one line with the simulated time reached.
 */
package org.rlsim.simulation;
