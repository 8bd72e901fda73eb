/**
 * Property-based tests (jqwik) over random but valid scenarios: determinism, doses arriving when given,
 * the iron balance, monotonicity. Scenarios are built from primitive arbitraries so a failure shrinks to
 * a small one; seeds are fixed per property ({@code SeedPolicy}), so the build never fails by chance.
 */
package org.rlsim.properties;
