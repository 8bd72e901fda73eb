/**
 * The time loop: runs the {@link org.rlsim.model} physiology through a dosing schedule and finds a
 * patient's steady state. The only package that touches the ODE solver (Apache Commons Math's
 * Dormand–Prince 8(5,3) integrator and its LU solver).
 *
 * <p>{@link org.rlsim.simulation.Simulator} owns the loop: it splits integration exactly at every
 * dose start and stop, applies instantaneous doses as jumps between segments and holds infusion rates
 * constant within one; it samples the solver's dense output on a regular grid, so output points never
 * shorten its steps. {@link org.rlsim.simulation.SteadyState} puts an untreated patient at the fixed
 * point (or, with a daily rhythm, the daily cycle) of its physiology before day 0.
 * {@link org.rlsim.simulation.SolverSettings} holds the tolerances, each with the reason for its
 * value. A run's rows are a {@link org.rlsim.simulation.Trajectory}.
 *
 * <p>Contracts every run keeps, each checked by a test: doses applied at exactly their times, amounts
 * never negative, the iron balance closed to about 1e-9 mg, the same inputs giving the same numbers.
 * When the integration cannot go on, a {@link org.rlsim.simulation.SimulationException} says so in one
 * line with the simulated time reached.
 */
package org.rlsim.simulation;
