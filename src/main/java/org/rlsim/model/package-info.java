/**
 * The physiology: where iron is, how it moves, and what people read from it. Plain Java with no
 * library, no files and no desktop classes, so the same model runs on the command line, in a cohort
 * and (compiled to WebAssembly or JavaScript) in the browser explorer.
 *
 * <p>What lives here:
 * <ul>
 *   <li><b>State.</b> {@link org.rlsim.model.Compartment}s hold iron in mg of elemental iron;
 *       {@link org.rlsim.model.Signal}s are dimensionless regulated variables (hepcidin, the dopamine
 *       disturbance); {@link org.rlsim.model.Tally}s are running totals kept so that anyone can check
 *       the iron balance. {@link org.rlsim.model.ModelState} reads one state vector by name.</li>
 *   <li><b>Mechanisms.</b> Each physiological process is one small immutable
 *       {@link org.rlsim.model.Mechanism} ({@link org.rlsim.model.GutAbsorption},
 *       {@link org.rlsim.model.Hepcidin}, {@link org.rlsim.model.BloodBrainBarrier}, ...) with its
 *       equations and sources in its Javadoc. A mechanism never writes a derivative: it declares flows
 *       of iron from one compartment to another through {@link org.rlsim.model.Flows}, so what leaves
 *       one place enters another and mass balance holds by construction.
 *       {@link org.rlsim.model.Physiology} sums them for one parameter set.</li>
 *   <li><b>Parameters.</b> {@link org.rlsim.model.Parameter} declares name, unit, default, allowed and
 *       usual range, meaning, source and {@link org.rlsim.model.Grade};
 *       {@link org.rlsim.model.ParameterCatalog} lists them all and
 *       {@link org.rlsim.model.ParameterSet} assigns values. {@link org.rlsim.model.Patient}s are named
 *       archetypes: parameter values that differ from a healthy man's.</li>
 *   <li><b>Variants.</b> Where the literature offers competing hypotheses (how the blood–brain barrier
 *       fails, how low brain iron becomes a dopaminergic signal, chronic inflammation), each is a
 *       {@link org.rlsim.model.ModelVariant} with equations of its own, chosen by
 *       {@link org.rlsim.model.ModelVariants}.</li>
 *   <li><b>Read-outs.</b> {@link org.rlsim.model.Observable}s are the quantities people read
 *       (ferritin, TSAT, haemoglobin, brain iron, symptoms), each with its unit in its column name.</li>
 *   <li><b>Products.</b> IV iron products, oral intake conditions and dopamine-agonist drugs, with
 *       their pharmacokinetic constants.</li>
 * </ul>
 *
 * <p>Units inside the model: mg of iron, hours, mL and litres; each parameter is declared in the unit
 * people write and converted once when a mechanism binds it. Nothing here integrates equations or knows
 * about doses over time: that is {@link org.rlsim.simulation}'s job, and doses are data in
 * {@link org.rlsim.dosing}.
 */
package org.rlsim.model;
