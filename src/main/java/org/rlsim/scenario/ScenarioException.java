package org.rlsim.scenario;

/**
 * A mistake in a scenario file or a command-line parameter, told in one line for people:
 * {@code <where>: <what is wrong>; <how to fix it>}, e.g.
 * {@code oral-vs-iv.yaml:12:17: dose '65 h' is not a mass; write a mass such as 65 mg or 1 g}.
 *
 * <p>{@code <where>} is {@code file:line:column} (both counted from 1) when the mistake has a place in
 * the file, just the file name when it concerns the whole file, or the command-line option as typed.
 * The message never contains a line break, so it can be printed as is; no stack trace is needed.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String location;

    /**
     * @param location where: {@code file:line:column}, a file name or a command-line option
     * @param problem  what is wrong, in plain words
     * @param fix      how to fix it, in plain words
     */
    public ScenarioException(String location, String problem, String fix) {
        this(location, problem + "; " + fix);
    }

    /**
     * @param location where
     * @param mistake  an exception whose message has the form {@code <what is wrong>; <how to fix it>},
     *                 such as those of {@link Quantity}
     */
    ScenarioException(String location, IllegalArgumentException mistake) {
        this(location, mistake.getMessage());
    }

    private ScenarioException(String location, String detail) {
        super(oneLine(location + ": " + detail));
        this.location = location;
    }

    /** Where the mistake is: {@code file:line:column}, a file name, or a command-line option. */
    public String location() {
        return location;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
