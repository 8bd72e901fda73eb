package org.rlsim.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a long command made of countable steps: the scenarios of {@code rlsim run DIR} today,
 * the members of a cohort or the points of a sweep tomorrow. Obtain one from a {@link ProgressDisplay};
 * print the command's own lines through {@link #println}, call {@link #step} as each step finishes
 * (from any thread), and close it at the end. A step that takes long (a scenario with virtual patients) can
 * move the bar as it goes: {@link #begin()} it, report its {@link Step#fraction fraction} done, and end it
 * with {@link Step#done}.
 *
 * <p>On a terminal the display is a bar on standard error, drawn by {@code me.tongfei:progressbar} and
 * kept on the last line: a line printed through {@link #println} first clears the bar, then the bar is
 * drawn again below it, so the two never mix on one line. Elsewhere (a pipe, a file, CI, a test) there is
 * no bar and {@link #println} simply prints: the command's lines are its plain progress lines.
 * Thread-safe.
 */
final class Progress implements AutoCloseable {
    /** Redraws of the bar, at most; the bar also moves at once when a step is done. */
    private static final Duration REFRESH = Duration.ofMillis(200);
    /** Units of the bar per step: the fraction of a step done shows in hundredths of a step. */
    private static final long UNIT = 100;

    private final ProgressBar bar;
    private final SharedLine line;
    private final Object lock = new Object();

    private Progress(String task, long steps, PrintStream terminal, int width) {
        line = terminal == null ? null : new SharedLine(terminal, width, lock);
        bar = terminal == null ? null : new ProgressBarBuilder().setTaskName(task).setInitialMax(steps * UNIT)
                .setUnit("", UNIT)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis((int) REFRESH.toMillis())
                .setConsumer(line).continuousUpdate().clearDisplayOnFinish().build();
    }

    /** Progress shown only by the command's own lines. */
    static Progress plain() {
        return new Progress(null, 0, null, 0);
    }

    /**
     * A bar for {@code steps} steps on {@code terminal}, {@code width} characters wide.
     *
     * @param task what is being done, e.g. "Running scenarios"
     */
    static Progress bar(String task, long steps, PrintStream terminal, int width) {
        return new Progress(task, steps, terminal, width);
    }

    /** Prints one line of the command's output on {@code to} (standard output or error), above the bar. */
    void println(PrintWriter to, String text) {
        synchronized (lock) {
            if (line != null) {
                line.clear(); // or the text would be appended to the bar's line
            }
            to.println(text);
            to.flush();
            if (bar != null) {
                bar.refresh();
            }
        }
    }

    /** One step is done; {@code what} (for example the scenario's name) is shown beside the bar. */
    void step(String what) {
        begin().done(what);
    }

    /** Starts a step whose progress is reported as it goes. */
    Step begin() {
        return new Step();
    }

    /** One step under way: the bar moves by the part of it done. Thread-safe. */
    final class Step {
        /** Units of this step already on the bar. */
        private final AtomicLong shown = new AtomicLong();

        private Step() {
        }

        /**
         * The fraction of the step done so far, 0–1; the bar moves forward only (a lower fraction than before
         * changes nothing), and shows the step complete only when it is {@link #done}.
         */
        void fraction(double done) {
            long units = Math.max(0, Math.min(UNIT - 1, (long) Math.floor(done * UNIT)));
            long before = shown.getAndAccumulate(units, Math::max);
            if (units > before && bar != null) {
                synchronized (lock) {
                    bar.stepBy(units - before);
                }
            }
        }

        /** The step is done; {@code what} (for example the scenario's name) is shown beside the bar. */
        void done(String what) {
            long before = shown.getAndSet(UNIT);
            if (bar != null && before < UNIT) {
                synchronized (lock) {
                    bar.setExtraMessage(what);
                    bar.stepBy(UNIT - before);
                }
            }
        }
    }

    /** Removes the bar (there is nothing to do without one). */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /**
     * The bar's line on the terminal: every redraw goes through the same lock as the command's lines and
     * is flushed at once (standard error flushes only at a newline, which a bar never prints).
     */
    private static final class SharedLine extends ConsoleProgressBarConsumer {
        private final PrintStream terminal;
        private final Object lock;

        SharedLine(PrintStream terminal, int width, Object lock) {
            super(terminal, width);
            this.terminal = terminal;
            this.lock = lock;
        }

        @Override
        public void accept(String rendered) {
            synchronized (lock) {
                super.accept(rendered);
                terminal.flush();
            }
        }

        /** The bar is cleared when it finishes: leave no empty line behind. */
        @Override
        public void close() {
            terminal.flush();
        }
    }
}
