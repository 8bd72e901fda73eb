package org.rlsim.population;

/**
 * A population that cannot be enrolled, e.g. inclusion criteria that almost no candidate meets. The message
 * is one line for people: what is wrong and, after "; ", how to fix it.
 */
public final class PopulationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PopulationException(String message) {
        super(message + "; loosen the 'include:' criteria, or change the patient or parameters so more candidates meet them");
    }
}
