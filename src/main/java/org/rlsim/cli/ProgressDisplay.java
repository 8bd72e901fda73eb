package org.rlsim.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Where a command shows {@link Progress}: a bar on standard error when that is a terminal, else nothing
 * but the command's own lines. Chosen once per process by {@link #forThisProcess()}; tests and embedding
 * code use {@link #PLAIN}.
 */
final class ProgressDisplay {
    /** No bar: the command's lines are its progress. */
    static final ProgressDisplay PLAIN = new ProgressDisplay(null, 0);

    /** Width of the bar when the terminal does not say, characters. */
    private static final int DEFAULT_WIDTH = 80;

    private final PrintStream terminal;
    private final int width;

    private ProgressDisplay(PrintStream terminal, int width) {
        this.terminal = terminal;
        this.width = width;
    }

    /** A bar on {@code terminal}, {@code width} characters wide (for a test, any stream stands in for the terminal). */
    static ProgressDisplay bar(PrintStream terminal, int width) {
        return new ProgressDisplay(terminal, width);
    }

    /**
     * A bar on {@link System#err} if it is a terminal that can redraw a line, otherwise {@link #PLAIN}:
     * a pipe, a file, CI logs and {@code TERM=dumb} get plain lines. The check is JLine's (the terminal
     * library the bar is drawn with): {@code isatty} on the standard error stream.
     */
    static ProgressDisplay forThisProcess() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return PLAIN;
        }
        try {
            TerminalProvider provider = TerminalProvider.load("exec");
            if (!provider.isSystemStream(SystemStream.Error)) {
                return PLAIN;
            }
            int columns = provider.systemStreamWidth(SystemStream.Error);
            return bar(System.err, columns > 10 ? columns - 1 : DEFAULT_WIDTH);
        } catch (IOException | RuntimeException e) {
            return PLAIN; // no way to tell: plain lines are always safe
        }
    }

    /**
     * Starts showing the progress of {@code steps} steps. A single step gets no bar: the command's own
     * line says when it is done.
     *
     * @param task what is being done, e.g. "Running scenarios"
     */
    Progress start(String task, long steps) {
        return start(task, steps, false);
    }

    /**
     * Starts showing the progress of {@code steps} steps, with a bar even for a single step if {@code long} steps
     * report their progress as they go (the virtual patients of a scenario with {@code population:}).
     *
     * @param task what is being done, e.g. "Running scenarios"
     */
    Progress start(String task, long steps, boolean longSteps) {
        return terminal == null || steps < (longSteps ? 1 : 2) ? Progress.plain() : Progress.bar(task, steps, terminal, width);
    }
}
