package org.rlsim.model;

/** How much a parameter's default value can be trusted, as shown in the model card. */
public enum Grade {
    /** Read from a human measurement in a primary source. */
    MEASURED,
    /** Calculated from measured values (the calculation is in the parameter's source text). */
    DERIVED,
    /** Chosen so that the model reproduces published calibration targets. */
    FITTED,
    /** A plausible value for teaching; no human measurement exists. */
    ILLUSTRATIVE
}
