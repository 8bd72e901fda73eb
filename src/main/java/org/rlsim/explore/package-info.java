/**
 * The explorer's model side, shared by the browser and the JVM: an {@link org.rlsim.explore.Exploration}
 * (arms built from the scenario vocabulary: patient, parameters, model variants, regimen items) read from
 * a small neutral tree ({@link org.rlsim.explore.SpecNode}, from JSON on either side), run by
 * {@link org.rlsim.explore.ExplorerRun} with the same simulator as {@code rlsim run}, and written back as a
 * scenario file by {@link org.rlsim.explore.ScenarioYaml}.
 *
 * <p>This package is compiled to WebAssembly and JavaScript by TeaVM for the exported page, so it may use only the model,
 * dosing and simulation packages and the parts of the JDK that TeaVM emulates: no AWT, no Jackson, no files.
 */
package org.rlsim.explore;
