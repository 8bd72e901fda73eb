/**
 * The model card ({@code src/site/markdown/model.md}): its generated sections, made from the code's own
 * metadata so they cannot drift from it. {@link org.rlsim.card.ModelCard} writes the parameter tables,
 * the patient archetypes, the model variants, the calibration table and the known misses between
 * {@code <!-- generated:NAME:start -->} and {@code <!-- generated:NAME:end -->} markers, and keeps every
 * hand-written line as it is. {@code rlsim model-card --write} regenerates the card; the test
 * {@code ModelCardTest} fails when the committed card is not what the code would write.
 */
package org.rlsim.card;
