package org.rlsim.fuzz;

import org.rlsim.simulation.RunControl;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsim.report.SummaryCsv;
import org.rlsim.report.TimeSeriesCsv;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.ScenarioException;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.simulation.SimulationException;

/**
 * The contract every fuzz target checks: bad input gives a {@link ScenarioException} whose message is
 * one plain line that starts with its location; good input can be simulated, failing at most with a
 * {@link SimulationException} whose message is one plain line naming the arm. Anything else (another
 * exception, a multi-line message, a message without a location) is thrown as an {@link AssertionError},
 * which Jazzer reports as a finding.
 */
final class FuzzContract {
    /** Longest simulated time per fuzz input, h (30 days): long enough for doses to matter, short enough to stay fast. */
    static final double MAX_RUN_H = 30 * 24;
    /** Finest output grid per fuzz input, h: output spacing does not change the dynamics, only the number of rows. */
    static final double MIN_OUTPUT_INTERVAL_H = 1;
    /** Most arms simulated per fuzz input; every arm goes through the same code. */
    static final int MAX_ARMS = 3;

    private static final Pattern FILE_POSITION = Pattern.compile(":(\\d+):(\\d+)");
    /** Line breaks as YAML (and SnakeYAML) count them. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

    private FuzzContract() {
    }

    /**
     * A message for people: non-empty, one line, no control characters (a terminal would act on an
     * escape sequence), no unpaired surrogates.
     */
    static void assertPlainLine(String message, String what) {
        if (message == null || message.isBlank()) {
            throw new AssertionError(what + " has an empty message");
        }
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new AssertionError(String.format("%s message contains the control character U+%04X at %d: %s",
                        what, (int) c, i, message));
            }
            if (Character.isHighSurrogate(c) && (i + 1 == message.length() || !Character.isLowSurrogate(message.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(message.charAt(i - 1)))) {
                throw new AssertionError(what + " message contains an unpaired surrogate at " + i + ": " + message);
            }
        }
    }

    /**
     * A scenario mistake: one plain line {@code <location>: <what>; <fix>} whose location is the source
     * name, or {@code source:line:column} with a line that exists in the text.
     */
    static void assertGoodScenarioError(ScenarioException e, String source, String text) {
        String message = e.getMessage();
        assertPlainLine(message, "ScenarioException");
        String location = e.location();
        if (location == null || !message.startsWith(location + ": ") || message.length() <= location.length() + 2) {
            throw new AssertionError("message does not start with its location '" + location + ": ': " + message);
        }
        if (!location.startsWith(source)) {
            throw new AssertionError("location does not name the source '" + source + "': " + message);
        }
        String rest = location.substring(source.length());
        if (!rest.isEmpty()) {
            Matcher m = FILE_POSITION.matcher(rest);
            if (!m.matches()) {
                throw new AssertionError("location is neither the source nor source:line:column: " + message);
            }
            long line = Long.parseLong(m.group(1));
            long column = Long.parseLong(m.group(2));
            long lines = LINE_BREAK.matcher(text).results().count() + 1;
            if (line < 1 || column < 1 || line > lines + 1) {
                throw new AssertionError("position " + line + ":" + column + " is not in the text (" + lines + " lines): " + message);
            }
        }
    }

    /** A {@code --set} mistake: one plain line that starts with {@code --set}. */
    static void assertGoodSetError(ScenarioException e) {
        String message = e.getMessage();
        assertPlainLine(message, "ScenarioException");
        if (e.location() == null || !e.location().startsWith("--set ") || !message.startsWith(e.location() + ": ")
                || message.length() <= e.location().length() + 2) {
            throw new AssertionError("message does not start with its '--set ...' location '" + e.location() + "': " + message);
        }
    }

    /** A shortened copy of the scenario: at most 30 days, 3 arms, hourly output. */
    static Scenario shortened(Scenario s) {
        double durationH = Math.min(s.durationH(), MAX_RUN_H);
        double intervalH = Math.min(Math.max(s.outputIntervalH(), MIN_OUTPUT_INTERVAL_H), durationH);
        List<org.rlsim.scenario.Arm> arms = s.arms().subList(0, Math.min(MAX_ARMS, s.arms().size()));
        // Expectations and annotations may refer to times and arms the copy no longer has: it runs without them.
        return new Scenario(s.name(), s.title(), s.lesson(), s.parameters(), s.model(), durationH,
                org.rlsim.scenario.Quantity.describe(durationH), intervalH,
                arms, s.charts(), List.of(), List.of(), s.slide(), s.warnings());
    }

    /**
     * Runs the scenario and writes its CSV files to memory. A {@link SimulationException} is allowed (the
     * parameters may make the model blow up) if its message is one plain line naming the arm.
     */
    static void runBriefly(Scenario scenario, Map<String, Double> overrides) {
        Scenario brief = shortened(scenario);
        for (String warning : scenario.warnings()) {
            assertPlainLine(warning, "warning");
        }
        ScenarioResult result;
        try {
            result = new ScenarioRunner().run(brief, overrides, new RunControl(),
                    arm -> TimeSeriesCsv.rows(brief.arms().get(arm).name(), new StringWriter()));
        } catch (SimulationException e) {
            assertPlainLine(e.getMessage(), "SimulationException");
            if (!e.getMessage().startsWith("arm '")) {
                throw new AssertionError("SimulationException does not name the arm: " + e.getMessage());
            }
            return;
        }
        try {
            SummaryCsv.write(result, new StringWriter());
        } catch (IOException e) {
            throw new AssertionError("writing to memory cannot fail", e);
        }
    }
}
