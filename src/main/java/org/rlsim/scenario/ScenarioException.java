package org.rlsim.scenario;

/**
 * A mistake in a scenario file or a command-line parameter, told in one line for people:
 * {@code <where>: <what is wrong>; <how to fix it>}, e.g.
 * {@code oral-vs-iv.yaml:12:17: dose '65 h' is not a mass; write a mass such as 65 mg or 1 g}.
 *
 * <p>{@code <where>} is {@code file:line:column} (both counted from 1) when the mistake has a place in
 * the file, just the file name when it concerns the whole file, or the command-line option as typed.
 * The message never contains a line break, so it can be printed as is; no stack trace is needed. Text
 * quoted from the file or the command line may hold any character: line breaks of every kind (also
 * U+0085, U+2028 and U+2029, which YAML counts as line breaks) become a space, and other invisible
 * control characters and unpaired surrogates are shown as {@code <U+001B>}, so that a terminal never
 * acts on them.
 */
public final class ScenarioException extends Exception {
    /** Longest message line printed whole, characters. */
    public static final int MAX_LINE = 1200;

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
        super(oneLine(location) + ": " + oneLine(detail));
        this.location = oneLine(location);
    }

    /** Where the mistake is: {@code file:line:column}, a file name, or a command-line option. */
    public String location() {
        return location;
    }

    /**
     * Text for a one-line message: line breaks of every kind become a space, other control characters
     * and unpaired surrogates are shown as {@code <U+001B>} (see the class comment). Use it for any text
     * quoted from a file, a file name or the command line in a message or warning. A line longer than
     * {@value #MAX_LINE} characters keeps its start and end, and says how much was left out between them.
     */
    public static String oneLine(String text) {
        String joined = text.replaceAll("\\s*(?:\\R|[\\t\\x0B\\f])+\\s*", " ");
        StringBuilder plain = new StringBuilder(joined.length());
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < joined.length() && Character.isLowSurrogate(joined.charAt(i + 1));
            if (paired) {
                plain.append(c).append(joined.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                plain.append(String.format("<U+%04X>", (int) c));
            } else {
                plain.append(c);
            }
        }
        if (plain.length() > MAX_LINE) {
            // Keep the start (where and what) and the end (how to fix it); a value quoted whole could be megabytes.
            int head = MAX_LINE * 2 / 3;
            int tail = MAX_LINE / 4;
            return plain.substring(0, head) + " … (" + (plain.length() - head - tail) + " characters left out) … "
                    + plain.substring(plain.length() - tail);
        }
        return plain.toString();
    }
}
