/**
 * The explorer page on the JVM side: a lesson turned into the neutral form the page edits
 * ({@link org.rlsim.web.LessonForm}), the vocabulary its controls offer
 * ({@link org.rlsim.web.Vocabulary}), the page itself with the TeaVM-compiled model inlined
 * ({@link org.rlsim.web.ExplorerPage}) and the embedded server of {@code rlsim explore}
 * ({@link org.rlsim.web.ExplorerServer}), whose {@code /api/simulate} runs the same
 * {@link org.rlsim.explore.ExplorerRun} on the JVM.
 */
package org.rlsim.web;
