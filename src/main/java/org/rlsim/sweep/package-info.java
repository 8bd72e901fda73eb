/**
 * What-if questions over many runs: sweeps (a metric as a function of one or two varied quantities),
 * one-at-a-time sensitivity (a tornado over the parameters' usual ranges) and global sensitivity (Sobol
 * indices by Saltelli sampling). Every point is a full run of the scenario; points run in parallel on every
 * core ({@link org.rlsim.simulation.ParallelRuns}) with results identical to a serial run, and each run
 * keeps only the numbers its metrics need ({@link org.rlsim.simulation.RunningSummary}), never its rows.
 *
 * <p>Metrics and variations are read by the scenario package ({@link org.rlsim.scenario.Metric},
 * {@link org.rlsim.scenario.Variation}), in the words of a scenario's expectations.
 */
package org.rlsim.sweep;
