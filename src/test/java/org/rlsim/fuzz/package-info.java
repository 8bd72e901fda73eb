/**
 * Coverage-guided fuzz tests (Jazzer) of the scenario loader and of {@code --set}: whatever the input,
 * either a result or one clear line ({@code FuzzContract}). The default build replays past findings and
 * seeds in a JVM of its own; {@code mvn test -Pfuzz} fuzzes (see the pom and the README).
 */
package org.rlsim.fuzz;
