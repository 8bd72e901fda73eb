/**
 * Virtual patients: a seeded population of people who differ in the parameters that differ between people
 * ({@link org.rlsim.population.Variabilities}), each brought to its own untreated steady state, screened by
 * a trial's inclusion criteria ({@link org.rlsim.population.Inclusion}) and treated with an arm's regimen
 * ({@link org.rlsim.population.Cohort}; a patient given no dose stays on its daily cycle, which is not simulated
 * again). Same seed, same patients, on any number of threads: every
 * candidate has its own random stream ({@code PatientStreams}, Commons RNG), and results are gathered in
 * candidate order ({@link org.rlsim.simulation.ParallelRuns}).
 *
 * <pre>{@code
 * Population population = new Population(400, 7, List.of(ferritinBelow75), List.of(6 * TimeUnits.WEEK_H));
 * Cohort.Arm arm = new Cohort.Arm("FCM 1000 mg", 1, patient.parameterSet(), events, 8);
 * CohortResult result = Cohort.run(arm, population, durationH, Cohort.gridH(400, 2, durationH), simulator, control);
 * }</pre>
 * Uses model, dosing and simulation; scenario files reach it through {@code population:} (org.rlsim.scenario).
 */
package org.rlsim.population;
