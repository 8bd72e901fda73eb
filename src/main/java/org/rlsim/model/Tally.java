package org.rlsim.model;

/**
 * Running totals of iron that entered the body, in mg since the start of a run. They are bookkeeping
 * variables integrated with the model so that the iron balance can be checked by anyone:
 * {@code body(t) = body(0) + absorbed + infused - lost}.
 */
public enum Tally {
    /** Iron absorbed into plasma from diet and supplements, mg. */
    ABSORBED,
    /** Iron infused intravenously, mg. */
    INFUSED;

    public static final int COUNT = values().length;
}
