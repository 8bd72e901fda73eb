/** Benchmarks that print speed and memory figures and assert nothing; see {@code Benchmark} for the command. */
package org.rlsim.bench;
