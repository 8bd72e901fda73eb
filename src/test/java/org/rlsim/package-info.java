/**
 * Tests of the code base as a whole: {@code ArchitectureTest} (which package may use which package and
 * which library; what the browser-compiled core must not touch; a package-info.java per package) and
 * {@code TestTreeTest} (the test of a class lives in that class's package). The tests of one package
 * live in that package, below.
 */
package org.rlsim;
