/**
 * Scenario files in, validated runs out: the boundary where people's YAML becomes domain objects.
 *
 * <p>{@link org.rlsim.scenario.ScenarioLoader} reads a file (the format, key by key, is in its Javadoc
 * and in {@code docs/scenario-format.md}) into a {@link org.rlsim.scenario.Scenario}: arms, each a
 * patient with a treatment plan, how long to simulate, what to chart, the {@link org.rlsim.scenario.Lesson}
 * for the teacher and the {@link org.rlsim.scenario.Expectation}s the run must keep. Every quantity is
 * converted here, once, to the internal units (mg, h, mL) by {@link org.rlsim.scenario.Quantity}, and
 * every parameter value checked against its declared range ({@link org.rlsim.scenario.ParameterAssignment},
 * also used by {@code --set}). The only package that reads YAML (Jackson's streaming parser, so every
 * key and value keeps its own line and column).
 *
 * <p>Every mistake is one {@link org.rlsim.scenario.ScenarioException}: {@code file:line:column: what is
 * wrong; how to fix it}, with the closest valid name suggested ({@link org.rlsim.scenario.DidYouMean}).
 * A bundled lesson and a student's own file are read by the same code.
 *
 * <p>{@link org.rlsim.scenario.ScenarioRunner} runs every arm from its patient's steady state into a
 * {@link org.rlsim.scenario.ScenarioResult}; {@link org.rlsim.scenario.Expectations} checks the result
 * against the file's {@code expect:} sentences.
 */
package org.rlsim.scenario;
