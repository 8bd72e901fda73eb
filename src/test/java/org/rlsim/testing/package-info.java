/** Fixtures shared by tests of several packages: real simulation results, computed once per test JVM. */
package org.rlsim.testing;
