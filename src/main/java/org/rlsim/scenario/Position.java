package org.rlsim.scenario;

/**
 * A place in a scenario file.
 *
 * @param source file name as shown to people
 * @param line   line, counted from 1; 0 for text given on the command line, whose {@code source} is the option
 * @param column column, counted from 1 (in characters)
 */
record Position(String source, int line, int column) {

    /** {@code file:line:column}; for the command line, {@code --metric '...' (column 7)}. */
    @Override
    public String toString() {
        return line == 0 ? source + " (column " + column + ")" : source + ":" + line + ":" + column;
    }

    /** A mistake at this place. */
    ScenarioException error(String problem, String fix) {
        return new ScenarioException(toString(), problem, fix);
    }

    /** A mistake at this place, told by an exception of the form {@code <what is wrong>; <how to fix it>}. */
    ScenarioException error(IllegalArgumentException mistake) {
        return new ScenarioException(toString(), mistake);
    }

    /** A warning at this place, as one line: {@code file:line:column: warning: <text>}. */
    String warning(String text) {
        return ScenarioException.oneLine(this + ": warning: " + text);
    }
}
