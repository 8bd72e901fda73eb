/**
 * The explorer page on the JVM side: a lesson turned into the neutral form the page edits
 * ({@link org.rlsim.explore.page.LessonForm}), the vocabulary its controls offer
 * ({@link org.rlsim.explore.page.Vocabulary}), the page itself with the TeaVM-compiled model inlined
 * ({@link org.rlsim.explore.page.ExplorerPage}) and the embedded server of {@code rlsim explore}
 * ({@link org.rlsim.explore.page.ExplorerServer}), whose {@code /api/simulate} runs the same
 * {@link org.rlsim.explore.ExplorerRun} on the JVM.
 */
package org.rlsim.explore.page;
