package org.rlsim.model;

/**
 * One physiological mechanism: it reads the state and adds its flows (and signal rates) to the
 * derivatives. Implementations bind their parameter values once, at construction, and are immutable.
 */
public interface Mechanism {
    /**
     * Adds this mechanism's contribution at one time.
     *
     * @param timeH  simulated time, h since 00:00 of day 0
     * @param state  the state to evaluate (do not keep a reference to it)
     * @param inputs dosing inputs in force at {@code timeH}
     * @param flows  the collector to add flows to
     */
    void contribute(double timeH, ModelState state, Inputs inputs, Flows flows);
}
