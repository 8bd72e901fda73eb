package org.rlsim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsim.model.Blood;
import org.rlsim.model.Observable;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.Inclusion;
import org.rlsim.population.Locus;

/**
 * Reads the sentences of a scenario's {@code expect:} list into {@link Expectation}s. Keywords ignore
 * upper/lower case; OUTPUT is a chart short name or column name, with spaces or underscores
 * ({@code brain iron}, {@code brain_iron}, {@code brain_iron_pct}); ARM is an arm name in double quotes;
 * VALUE is a number with the output's unit ({@code 75 ng/mL}); TIME is {@code day 3}, {@code week 8},
 * {@code month 6}, {@code year 1} or a duration from day 0 ({@code 36 h}, {@code 8 weeks}).
 * <pre>
 * [daily mean of] OUTPUT in ARM is above|below VALUE at TIME
 * [daily mean of] OUTPUT in ARM is higher|lower than in ARM at TIME
 * [daily mean of] OUTPUT in ARM rises|falls by at least VALUE between TIME and TIME
 * [daily mean of] OUTPUT in ARM reaches VALUE by TIME
 * [daily mean of] OUTPUT in ARM stays above|below VALUE from TIME to TIME
 * METRIC rises|falls with VARIATION [and levels off]             (over a sweep of the file)
 * METRIC depends most on PARAMETER                               (over the file's tornado)
 * METRIC depends more on PARAMETER than on PARAMETER
 * </pre>
 * A METRIC ({@link Metric}, also what {@code rlsim sweep --metric} and {@code rlsim sensitivity --metric} read) is
 * <pre>
 * [daily mean of] OUTPUT in ARM at TIME
 * change of [daily mean of] OUTPUT in ARM between TIME and TIME
 * day OUTPUT in ARM reaches VALUE
 * peak|lowest OUTPUT in ARM
 * responders|remitters|patients with symptoms in ARM at TIME        (with population:, %)
 * mean change in symptom score in ARM at TIME                      (with population:, points)
 * ... in ARM with N GENE risk alleles at TIME                      (of the arm's patients with that genotype)
 * the difference [of ARM] from ARM in symptom score at TIME        (with population:, points)
 * </pre>
 * and VARIATION is what a sweep varies ({@link VariationReader}). A daily mean in a metric is read at whole
 * days.
 * and, for a scenario with {@code population:}, the trial readouts: a metric, then a comparison
 * ({@code above VALUE}, {@code below VALUE} or {@code between VALUE and VALUE}), then the time:
 * <pre>
 * responders in ARM are COMPARISON at TIME                        (VALUE in %)
 * remitters in ARM are COMPARISON at TIME                         (VALUE in %)
 * patients with symptoms in ARM are COMPARISON at TIME            (VALUE in %: score above 10 points)
 * patients with augmentation in ARM are COMPARISON at TIME        (VALUE in %: augmented on a dopamine agonist)
 * mean change in symptom score in ARM is COMPARISON at TIME       (VALUE in points)
 * ... in ARM with N GENE risk alleles ...                         (the arm's patients with that genotype: N 0 to 2,
 *                                                                  GENE MEIS1 or BTBD9, drawn by the arm's patients)
 * the difference [of ARM] from ARM in symptom score is COMPARISON at TIME   (points; "of ARM" may be left out with two arms)
 * </pre>
 * Every mistake is one line at the place in the sentence where it is (exact for a sentence written on one
 * line), saying what was expected there.
 */
public final class ExpectationReader {
    private static final String DAILY_MEAN = "daily mean of ";
    private static final Pattern CALENDAR_TIME = Pattern.compile("(?i)(day|week|month|year)\\s+(\\d+(?:\\.\\d+)?)");
    private static final Pattern NUMBER_THEN_UNIT = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))\\s*(.*)");
    private static final String TIME_EXAMPLE = "a time such as 'day 3', 'week 8' or 'month 6'";
    private static final Pattern COMPARISON = Pattern.compile("\\s(below|above|at least|at most)\\s");
    /** Other names for outputs, as clinicians write them: {@code ferritin below 75 ng/mL}. */
    private static final Map<String, String> ALIASES = Map.of("ferritin", "serum_ferritin", "haemoglobin", "hb",
            "hemoglobin", "hb", "transferrin_saturation", "tsat", "irls", "symptom_score");


    /** Units an expectation's VALUE may be written in, per output; "" for a plain number. First is shown. */
    private static final Map<Observable, List<String>> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put(Observable.SERUM_FERRITIN, List.of("ng/mL", "µg/L", "ug/L"));
        UNITS.put(Observable.SERUM_IRON, List.of("µmol/L", "umol/L", "µg/dL", "ug/dL", "mcg/dL"));
        UNITS.put(Observable.TSAT, List.of("%"));
        UNITS.put(Observable.HB, List.of("g/dL"));
        UNITS.put(Observable.HEPCIDIN, List.of("x healthy reference", "× healthy reference", "x baseline", "× baseline", "x", "×", ""));
        UNITS.put(Observable.BRAIN_IRON, List.of("%", "% of healthy"));
        UNITS.put(Observable.DOPAMINE_SIGNAL, List.of("x healthy mean", "× healthy mean", "x", "×", ""));
        UNITS.put(Observable.SYMPTOM_SCORE, List.of("points", "point"));
        UNITS.put(Observable.URGE, List.of("points", "point", ""));
        UNITS.put(Observable.AGONIST_PLASMA, List.of("ng/mL", "µg/L", "ug/L"));
        UNITS.put(Observable.AGONIST_EFFECT, List.of("%", "% of maximum"));
        UNITS.put(Observable.AUGMENTATION, List.of("%"));
        UNITS.put(Observable.HIF_ACTIVITY, List.of("x healthy", "× healthy", "x", "×", ""));
        UNITS.put(Observable.LEG_PO2, List.of("kPa"));
        for (Observable mg : List.of(Observable.IV_COMPLEX, Observable.TOTAL_BODY_IRON, Observable.CUM_ABSORBED,
                Observable.CUM_IV, Observable.CUM_LOST)) {
            UNITS.put(mg, List.of("mg"));
        }
    }

    /** Where a metric ends and what is said about it begins, in an expectation over many runs. */
    private static final List<String> OVER_RUNS = List.of(" rises with ", " falls with ", " depends most on ", " depends more on ");
    private static final String LEVELS_OFF = " and levels off";

    private final List<String> armNames;
    private final double durationH;
    private final boolean population;
    private final List<Arm> arms;
    private final Analyses analyses;

    /**
     * @param armNames   the scenario's arm names, as declared
     * @param durationH  the simulated time, h: every TIME must lie within it
     * @param population whether the scenario has virtual patients (the readout forms need them)
     */
    ExpectationReader(List<String> armNames, double durationH, boolean population) {
        this.armNames = List.copyOf(armNames);
        this.durationH = durationH;
        this.population = population;
        this.arms = List.of();
        this.analyses = Analyses.NONE;
    }

    /**
     * A reader of metrics and of expectations that may be about the scenario's sweeps and sensitivity analysis.
     *
     * @param arms       the scenario's arms
     * @param durationH  the simulated time, h
     * @param population whether the scenario has virtual patients (the readout forms need them)
     * @param analyses   the scenario's sweeps and sensitivity analysis, which expectations over many runs refer to
     */
    public ExpectationReader(List<Arm> arms, double durationH, boolean population, Analyses analyses) {
        this.armNames = arms.stream().map(Arm::name).toList();
        this.durationH = durationH;
        this.population = population;
        this.arms = List.copyOf(arms);
        this.analyses = analyses;
    }

    /**
     * A metric written on the command line (as {@code --metric TEXT}); a mistake is placed at its column.
     *
     * @param option the option as people see it, e.g. {@code --metric}
     */
    public Metric metric(String option, String text) throws ScenarioException {
        return metric(new Node.Scalar(text, new Position(option + " '" + ScenarioException.oneLine(text) + "'", 0, 1), 0));
    }

    /** A metric written as one value of a scenario file. */
    Metric metric(Node.Scalar node) throws ScenarioException {
        Sentence sentence = new Sentence(node);
        Metric metric = sentence.metric();
        return metric;
    }

    /** The unit a value of this output is shown in, e.g. {@code ng/mL}; "" for a plain number. */
    static String unit(Observable output) {
        return UNITS.get(output).get(0);
    }

    /** The sentences of an {@code expect:} list. */
    List<Expectation> read(Node.Entry entry) throws ScenarioException {
        Node.Sequence list = Fields.list(entry, "write one sentence per line, each starting with '- ' (see docs/scenario-format.md)");
        List<Expectation> expectations = new ArrayList<>();
        for (Node item : list.items()) {
            Fields.text(item, "each expectation", item.at(), "write it as one sentence, e.g. "
                    + "- serum ferritin in \"IV iron\" reaches 75 ng/mL by week 2");
            expectations.add(new Sentence((Node.Scalar) item).expectation());
        }
        return expectations;
    }

    /** One criterion of an {@code include:} list, e.g. {@code ferritin below 75 ng/mL}. */
    Inclusion inclusion(Node.Scalar criterion) throws ScenarioException {
        return new Sentence(criterion).inclusion();
    }

    /**
     * A TIME, h since 00:00 of day 0, within the simulation.
     *
     * @param what for messages, e.g. "the annotation's 'at'"
     * @throws IllegalArgumentException {@code <what is wrong>; <how to fix it>}
     */
    double time(String what, String text) {
        Matcher m = CALENDAR_TIME.matcher(text.trim());
        double h;
        if (m.matches()) {
            h = Double.parseDouble(m.group(2)) * switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "day" -> TimeUnits.DAY_H;
                case "week" -> TimeUnits.WEEK_H;
                case "month" -> TimeUnits.MONTH_H;
                default -> TimeUnits.YEAR_H;
            };
        } else {
            try {
                h = Quantity.parse(what, text.trim(), Quantity.Dimension.DURATION);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + " '" + text.trim() + "' is not a time; write " + TIME_EXAMPLE);
            }
        }
        if (h < 0 || h > durationH) {
            throw new IllegalArgumentException(what + " '" + text.trim() + "' is outside the simulation, which ends at "
                    + Quantity.describe(durationH) + "; give a time from day 0 to the end");
        }
        return h;
    }

    /** One sentence, read left to right. */
    private final class Sentence {
        private final Node.Scalar node;
        private final String text;
        private final String lower;
        private int i;
        /** Where the last TIME of the sentence starts, once it has been read. */
        private int lastTimeAt;
        /** Where the part being read ends: the text's end, or where a metric ends in an expectation over many runs. */
        private int limit;

        Sentence(Node.Scalar node) {
            this.node = node;
            this.text = node.text();
            this.lower = text.toLowerCase(Locale.ROOT);
            this.limit = text.length();
        }

        Expectation expectation() throws ScenarioException {
            Optional<Expectation> overRuns = overRuns();
            if (overRuns.isPresent()) {
                return overRuns.get();
            }
            skipSpaces();
            for (Expectation.Metric metric : Expectation.Metric.values()) {
                if (startsMetric(metric)) {
                    return readout(metric);
                }
            }
            boolean dailyMean = dailyMean();
            Observable output = outputBeforeArm();
            String arm = arm();
            Expectation.Subject subject = new Expectation.Subject(text.trim(), node.at(0).toString(), output, dailyMean, arm);
            int verbAt = afterSpaces(i);
            String verb = oneOf("is", "rises", "falls", "reaches", "stays");
            if (verb == null) {
                throw error(verbAt, "expected 'is above', 'is below', 'is higher than in', 'is lower than in', 'rises by at least',"
                        + " 'falls by at least', 'reaches' or 'stays above/below' after the arm",
                        "see the sentence forms in docs/scenario-format.md");
            }
            return course(subject, verb);
        }

        /** {@code daily mean of}, if it is at the cursor (moving past it). */
        private boolean dailyMean() {
            boolean dailyMean = lower.startsWith(DAILY_MEAN, i);
            if (dailyMean) {
                i += DAILY_MEAN.length();
                skipSpaces();
            }
            return dailyMean;
        }

        /** A metric: the whole text, or up to {@link #limit}. */
        Metric metric() throws ScenarioException {
            skipSpaces();
            for (Expectation.Metric endpoint : Expectation.Metric.values()) {
                if (startsMetric(endpoint)) {
                    return readoutMetric(endpoint);
                }
            }
            int start = i;
            String form = word("change") ? "change" : oneOf("day", "peak", "highest", "lowest");
            if ("change".equals(form)) {
                expectWords("of", "'change of OUTPUT in \"ARM\" between TIME and TIME'");
            }
            skipSpaces();
            int dailyMeanAt = i;
            boolean dailyMean = dailyMean();
            if (dailyMean && form != null && !form.equals("change")) {
                throw error(dailyMeanAt, "'" + form + "' is read from the values themselves, not from daily means",
                        "leave out 'daily mean of'");
            }
            Observable output = outputBeforeArm();
            String arm = arm();
            Expectation.Subject subject = new Expectation.Subject(text.substring(start, limit).trim(), node.at(start).toString(),
                    output, dailyMean, arm);
            if (form == null) {
                expectWords("at", "' at TIME' after the arm (or start with 'change of', 'day', 'peak' or 'lowest')");
                double atH = lastTime("at");
                checkDailyMean(dailyMean, atH, lastTimeAt);
                checkWholeDay(dailyMean, atH, lastTimeAt);
                return new Metric.At(subject, atH);
            }
            switch (form) {
                case "change" -> {
                    expectWords("between", "' between TIME and TIME' after the arm");
                    int fromAt = afterSpaces(i);
                    double fromH = time("between", "and");
                    double toH = lastTime("and");
                    checkSpan(fromH, toH, fromAt, dailyMean);
                    checkWholeDay(dailyMean, fromH, fromAt);
                    checkWholeDay(dailyMean, toH, lastTimeAt);
                    return new Metric.Change(subject, fromH, toH);
                }
                case "day" -> {
                    expectWords("reaches", "' reaches VALUE' after the arm");
                    int at = afterSpaces(i);
                    if (at >= limit) {
                        throw error(at, "expected a value such as " + example(output) + " after 'reaches'", "end with the level, e.g. 'reaches "
                                + example(output) + "'");
                    }
                    i = limit;
                    return new Metric.DayReaching(subject, value(output, text.substring(at, limit).trim(), at));
                }
                default -> {
                    int after = afterSpaces(i);
                    if (after < limit) {
                        throw error(after, "expected nothing after the arm in '" + form + " OUTPUT in \"ARM\"'",
                                "end the metric after the arm's name");
                    }
                    return new Metric.Extreme(subject, !form.equals("lowest"));
                }
            }
        }

        /** An expectation over many runs ({@code METRIC rises with ...}), if the sentence is one. */
        private Optional<Expectation> overRuns() throws ScenarioException {
            int at = -1;
            String marker = null;
            for (String m : OVER_RUNS) {
                int k = lower.indexOf(m);
                if (k >= 0 && (at < 0 || k < at)) {
                    at = k;
                    marker = m;
                }
            }
            if (marker == null) {
                return Optional.empty();
            }
            int markerAt = at;
            limit = at;
            Metric metric = metric();
            limit = text.length();
            i = at + marker.length();
            Expectation.Subject subject = new Expectation.Subject(text.trim(), node.at(0).toString(), metric.subject().output(),
                    metric.subject().dailyMean(), metric.subject().arm());
            int restAt = afterSpaces(i);
            if (marker.contains("with")) {
                boolean levelsOff = lower.endsWith(LEVELS_OFF) || lower.stripTrailing().endsWith(LEVELS_OFF);
                int end = levelsOff ? lower.stripTrailing().length() - LEVELS_OFF.length() : limit;
                Variation variation;
                try {
                    variation = new VariationReader(arms).variation(text.substring(restAt, Math.max(restAt, end)));
                } catch (IllegalArgumentException e) {
                    throw node.at(restAt).error(e);
                }
                Analyses.SweepPlan sweep = analyses.sweeps().stream()
                        .filter(p -> p.axes().stream().anyMatch(a -> a.variation().name().equals(variation.name())))
                        .findFirst().orElseThrow(() -> error(restAt, "no sweep of this file varies " + variation.name(),
                                "add a sweep of it under 'sweep:' (see docs/scenario-format.md)"));
                if (sweep.metrics().stream().noneMatch(m -> m.readsTheSameAs(metric))) {
                    throw error(0, "the sweep of " + variation.name() + " has no metric '" + metric.text() + "'",
                            "add it to that sweep's 'metrics:'");
                }
                return Optional.of(new Expectation.Trend(subject, metric, variation.name(), marker.contains("rises"), levelsOff));
            }
            Analyses.SensitivityPlan plan = analyses.sensitivity().filter(p -> !p.global()).orElseThrow(() -> error(markerAt + 1,
                    "'depends ... on' is about a tornado, and this file has no 'sensitivity:' block without 'global'",
                    "add 'sensitivity:' with this metric (see docs/scenario-format.md)"));
            if (plan.metrics().stream().noneMatch(m -> m.readsTheSameAs(metric))) {
                throw error(0, "the sensitivity analysis has no metric '" + metric.text() + "'", "add it to its 'metrics:'");
            }
            String rest = text.substring(restAt).trim();
            int than = rest.toLowerCase(Locale.ROOT).indexOf(" than on ");
            if (marker.contains("more") && than < 0) {
                throw error(restAt, "expected 'PARAMETER than on PARAMETER' after 'depends more on'",
                        "write e.g. 'depends more on bbb.capacity than on gut.diet_iron_mg_per_d'");
            }
            String parameter = parameter(marker.contains("more") ? rest.substring(0, than) : rest, restAt, plan);
            String other = marker.contains("more")
                    ? parameter(rest.substring(than + " than on ".length()), restAt + than + " than on ".length(), plan) : null;
            return Optional.of(new Expectation.Ranking(subject, metric, parameter, other));
        }

        /** A parameter of the sensitivity analysis, by name. */
        private String parameter(String written, int at, Analyses.SensitivityPlan plan) throws ScenarioException {
            String name = written.trim();
            List<String> names = plan.parameters().stream().map(org.rlsim.model.Parameter::name).toList();
            if (!names.contains(name)) {
                throw error(at, "'" + name + "' is not a parameter of the sensitivity analysis",
                        DidYouMean.advice(name, names, "its parameters are: " + String.join(", ", names)));
            }
            return name;
        }

        /** OUTPUT before {@code in "ARM"}; the cursor moves to the arm's opening quote. */
        private Observable outputBeforeArm() throws ScenarioException {
            int outputStart = i;
            int in = lower.indexOf(" in \"", i);
            if (in < 0 && lower.indexOf(" in ", i) >= 0) {
                throw error(lower.indexOf(" in ", i) + 4, "expected an arm name in double quotes after 'in'",
                        "write e.g. in \"" + armNames.get(0) + "\"");
            }
            if (in < 0) {
                throw error(i, "expected OUTPUT in \"ARM\" at the start of the sentence",
                        "write e.g. - brain iron in \"IV iron\" is above 90 % at week 8");
            }
            Observable output = output(text.substring(outputStart, in).trim(), outputStart);
            i = in + " in ".length();
            return output;
        }

        /** The rest of an expectation about the course of one arm, from its verb on. */
        private Expectation course(Expectation.Subject subject, String verb) throws ScenarioException {
            Observable output = subject.output();
            boolean dailyMean = subject.dailyMean();
            String arm = subject.arm();
            switch (verb) {
                case "is" -> {
                    int at = afterSpaces(i);
                    String how = oneOf("above", "below", "higher", "lower");
                    if (how == null) {
                        throw error(at, "expected 'above', 'below', 'higher than' or 'lower than' after 'is'",
                                "write e.g. 'is above 75 ng/mL at week 8' or 'is higher than in \"" + armNames.get(0) + "\" at week 8'");
                    }
                    if (how.equals("above") || how.equals("below")) {
                        double value = value(output, "at");
                        double atH = lastTime("at");
                        checkDailyMean(dailyMean, atH, lastTimeAt);
                        return new Expectation.Level(subject, how.equals("above"), value, atH);
                    }
                    expectWords("than in", "'than in \"ARM\"'");
                    int otherAt = afterSpaces(i);
                    String other = arm();
                    if (other.equals(arm)) {
                        throw error(otherAt, "this compares arm \"" + arm + "\" with itself", "name two different arms");
                    }
                    expectWords("at", "' at TIME'");
                    double atH = lastTime("at");
                    checkDailyMean(dailyMean, atH, lastTimeAt);
                    return new Expectation.Versus(subject, how.equals("higher"), other, atH);
                }
                case "rises", "falls" -> {
                    expectWords("by at least", "'by at least VALUE'");
                    int amountAt = afterSpaces(i);
                    double amount = value(output, "between");
                    if (amount < 0) {
                        throw error(amountAt, "the change must not be negative",
                                "write its size and choose 'rises' or 'falls', e.g. 'falls by at least 5 points'");
                    }
                    int fromAt = afterSpaces(i);
                    double fromH = time("between", "and");
                    double toH = lastTime("and");
                    checkSpan(fromH, toH, fromAt, dailyMean);
                    return new Expectation.Change(subject, verb.equals("rises"), amount, fromH, toH);
                }
                case "reaches" -> {
                    double value = value(output, "by");
                    double byH = lastTime("by");
                    checkDailyMean(dailyMean, byH, lastTimeAt);
                    return new Expectation.Reaches(subject, value, byH);
                }
                default -> {
                    int at = afterSpaces(i);
                    String how = oneOf("above", "below");
                    if (how == null) {
                        throw error(at, "expected 'above' or 'below' after 'stays'",
                                "write e.g. 'stays above 75 ng/mL from week 2 to week 12'");
                    }
                    double value = value(output, "from");
                    int fromAt = afterSpaces(i);
                    double fromH = time("from", "to");
                    double toH = lastTime("to");
                    checkSpan(fromH, toH, fromAt, dailyMean);
                    return new Expectation.Stays(subject, how.equals("above"), value, fromH, toH);
                }
            }
        }

        /** Whether the sentence starts with the words of a readout metric (the cursor does not move). */
        private boolean startsMetric(Expectation.Metric metric) {
            String start = switch (metric) {
                case RESPONDERS -> "responders in ";
                case REMITTERS -> "remitters in ";
                case SYMPTOMATIC -> "patients with symptoms in ";
                case AUGMENTED -> "patients with augmentation in ";
                case MEAN_CHANGE -> "mean change in ";
                case DIFFERENCE -> "the difference ";
            };
            return lower.startsWith(start, i);
        }

        /** A trial readout: the metric part (with its arms), the comparison part, then {@code at TIME}. */
        private Expectation readout(Expectation.Metric metric) throws ScenarioException {
            String[] arms = readoutArms(metric);
            Expectation.Carriers carriers = metric == Expectation.Metric.DIFFERENCE ? null : carriers(arms[0]);
            int verbAt = afterSpaces(i);
            if (!word("is") && !word("are")) {
                throw error(verbAt, "expected 'is' or 'are' and then 'above', 'below' or 'between'",
                        "write e.g. 'are between 25 % and 45 % at week 6'");
            }
            Expectation.Bound bound = bound(metric);
            double atH = lastTime("at");
            Expectation.Subject subject = new Expectation.Subject(text.trim(), node.at(0).toString(), Observable.SYMPTOM_SCORE,
                    false, arms[0]);
            return new Expectation.Readout(subject, metric, arms[1], bound, atH, carriers);
        }

        /** A readout metric ({@code remitters in "FCM" at week 6}): its words and arms, then {@code at TIME}. */
        private Metric readoutMetric(Expectation.Metric endpoint) throws ScenarioException {
            int start = i;
            String[] arms = readoutArms(endpoint);
            Expectation.Carriers carriers = endpoint == Expectation.Metric.DIFFERENCE ? null : carriers(arms[0]);
            expectWords("at", "' at TIME' after the arm" + (carriers == null && endpoint != Expectation.Metric.DIFFERENCE ? " or its genotype ('with 2 MEIS1 risk alleles')" : "")
                    + ", e.g. '" + endpoint.words() + " in \"" + arms[0] + "\" at week 6'");
            double atH = lastTime("at");
            Expectation.Subject subject = new Expectation.Subject(text.substring(start, limit).trim(), node.at(start).toString(),
                    Observable.SYMPTOM_SCORE, false, arms[0]);
            return new Metric.Readout(subject, endpoint, arms[1], atH, carriers);
        }

        /**
         * The metric part of a readout, from the cursor: its words and its arm (and for a difference, the arm it
         * is taken from), as {arm, reference}; reference null but for a difference.
         */
        private String[] readoutArms(Expectation.Metric metric) throws ScenarioException {
            int start = i;
            if (!population) {
                throw error(start, "'" + metric.words() + "' is a readout of virtual patients, but the scenario has no 'population:'",
                        "add e.g. 'population: {size: 400, seed: 7}' at the top level");
            }
            String arm;
            String reference = null;
            switch (metric) {
                case RESPONDERS, REMITTERS, SYMPTOMATIC, AUGMENTED -> {
                    expectWords(metric.words() + " in", "'" + metric.words() + " in \"ARM\"'");
                    arm = arm();
                }
                case MEAN_CHANGE -> {
                    expectWords("mean change in symptom score in", "'mean change in symptom score in \"ARM\"'");
                    arm = arm();
                }
                default -> {
                    expectWords("the difference", "'the difference'");
                    int ofAt = afterSpaces(i);
                    String named = word("of") ? arm() : null;
                    expectWords("from", "'from \"ARM\"' (the arm the difference is taken from)");
                    int referenceAt = afterSpaces(i);
                    reference = arm();
                    if (named == null) {
                        named = otherArm(reference, ofAt);
                    }
                    if (named.equals(reference)) {
                        throw error(referenceAt, "this compares arm \"" + named + "\" with itself", "name two different arms");
                    }
                    arm = named;
                    expectWords("in symptom score", "' in symptom score'");
                }
            }
            return new String[] {arm, reference};
        }

        /**
         * {@code with N GENE risk allele[s]} after an arm's name in an expectation: the arm's patients with that
         * genotype, at a locus they draw; null when the sentence goes on without it.
         */
        private Expectation.Carriers carriers(String arm) throws ScenarioException {
            int withAt = afterSpaces(i);
            if (!word("with")) {
                return null;
            }
            String genes = String.join(" or ", Arrays.stream(Locus.values()).map(Locus::gene).toList());
            String example = "write e.g. 'with 2 MEIS1 risk alleles' (0, 1 or 2; " + genes + ")";
            int countAt = afterSpaces(i);
            String count = oneOf("0", "1", "2");
            if (count == null) {
                throw error(countAt, "expected a number of risk alleles, 0, 1 or 2, after 'with'", example);
            }
            int geneAt = afterSpaces(i);
            Locus locus = Arrays.stream(Locus.values()).filter(l -> word(l.key())).findFirst().orElse(null);
            if (locus == null) {
                throw error(geneAt, "expected a gene whose risk alleles are drawn, " + genes, example);
            }
            int allelesAt = afterSpaces(i);
            if (!word("risk") || !word(count.equals("1") ? "allele" : "alleles")) {
                throw error(allelesAt, "expected 'risk allele" + (count.equals("1") ? "'" : "s'") + " after the gene", example);
            }
            Expectation.Carriers carriers = new Expectation.Carriers(locus, Integer.parseInt(count));
            Optional<Arm> drawing = arms.stream().filter(a -> a.name().equals(arm)).findFirst();
            if (drawing.isPresent() && !drawing.get().drawnLoci().contains(locus)) {
                throw error(withAt, "the virtual patients of \"" + arm + "\" do not draw their " + locus.gene()
                        + " risk alleles, so they all have the same number", "add 'genotype: {" + locus.key()
                        + ": drawn}' to the arm or the top level, or leave out '" + carriers.words() + "'");
            }
            return carriers;
        }

        /** The only arm that is not {@code reference}, for "the difference from ARM" in a two-arm scenario. */
        private String otherArm(String reference, int at) throws ScenarioException {
            if (armNames.size() != 2) {
                throw error(at, "with " + armNames.size() + " arms, 'the difference from' needs the arm it is of",
                        "write e.g. 'the difference of \"" + armNames.get(armNames.size() - 1) + "\" from \"" + reference
                                + "\" in symptom score is below -3 points at week 6'");
            }
            return armNames.get(0).equals(reference) ? armNames.get(1) : armNames.get(0);
        }

        /** The comparison part: {@code above VALUE}, {@code below VALUE} or {@code between VALUE and VALUE}, then ' at'. */
        private Expectation.Bound bound(Expectation.Metric metric) throws ScenarioException {
            int at = afterSpaces(i);
            String how = oneOf("above", "below", "between");
            if (how == null) {
                throw error(at, "expected 'above', 'below' or 'between' here",
                        "write e.g. 'above 40 %', 'below -3 points' or 'between 25 % and 45 %'");
            }
            if (how.equals("between")) {
                int lowAt = afterSpaces(i);
                double low = readoutValue(metric, upTo("and", "a value, then ' and '").trim(), lowAt);
                int highAt = afterSpaces(i);
                double high = readoutValue(metric, upTo("at", "a value, then ' at TIME'").trim(), highAt);
                if (high < low) {
                    throw error(lowAt, "the first value must not be above the second", "write the smaller value first");
                }
                return new Expectation.Bound(Expectation.Bound.Kind.BETWEEN, low, high);
            }
            int valueAt = afterSpaces(i);
            double value = readoutValue(metric, upTo("at", "a value, then ' at TIME'").trim(), valueAt);
            return how.equals("above") ? new Expectation.Bound(Expectation.Bound.Kind.ABOVE, value, Double.POSITIVE_INFINITY)
                    : new Expectation.Bound(Expectation.Bound.Kind.BELOW, Double.NEGATIVE_INFINITY, value);
        }

        /** A value of a readout in its unit: {@code 40 %} or {@code -3 points}. */
        private double readoutValue(Expectation.Metric metric, String written, int start) throws ScenarioException {
            if (metric.unit().equals("points")) {
                return value(Observable.SYMPTOM_SCORE, written, start);
            }
            Matcher m = NUMBER_THEN_UNIT.matcher(written);
            if (!m.matches() || !m.group(2).trim().equals("%")) {
                throw error(start, "expected a percentage such as 40 % here, found '" + written + "'",
                        "write the fraction of the arm's patients in %, e.g. 40 %");
            }
            double value = Double.parseDouble(m.group(1));
            if (value < 0 || value > 100) {
                throw error(start, "a fraction of patients is from 0 % to 100 %, not " + written, "write a value from 0 % to 100 %");
            }
            return value;
        }

        /** {@code OUTPUT below|above|at least|at most VALUE}: an inclusion criterion, read at screening. */
        Inclusion inclusion() throws ScenarioException {
            skipSpaces();
            int outputStart = i;
            Matcher m = COMPARISON.matcher(lower);
            if (!m.find(i)) {
                throw error(i, "expected OUTPUT below|above|at least|at most VALUE",
                        "write e.g. - ferritin below 75 ng/mL, or - symptom score at least 15 points");
            }
            Observable output = output(text.substring(outputStart, m.start()).trim(), outputStart);
            Inclusion.Comparison comparison = switch (m.group(1)) {
                case "below" -> Inclusion.Comparison.BELOW;
                case "above" -> Inclusion.Comparison.ABOVE;
                case "at least" -> Inclusion.Comparison.AT_LEAST;
                default -> Inclusion.Comparison.AT_MOST;
            };
            int start = afterSpaces(m.end());
            if (start >= text.length()) {
                throw error(start, "expected a value such as " + example(output) + " after '" + m.group(1) + "'",
                        "end the criterion with a value and its unit, e.g. " + example(output));
            }
            return new Inclusion(output, comparison, value(output, text.substring(start).trim(), start), text.trim());
        }

        private Observable output(String written, int at) throws ScenarioException {
            String key = written.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "_");
            key = ALIASES.getOrDefault(key, key);
            List<String> names = new ArrayList<>();
            for (Observable o : Observable.values()) {
                if (key.equals(o.shortName()) || key.equals(o.column())) {
                    return o;
                }
                names.add(o.shortNameInWords());
            }
            if (written.isEmpty()) {
                throw error(at, "expected an output before 'in'", "start with an output such as 'brain iron' or 'serum ferritin'");
            }
            throw error(at, "unknown output '" + written + "'",
                    DidYouMean.advice(written, names, "choose from: " + String.join(", ", names)));
        }

        private String arm() throws ScenarioException {
            skipSpaces();
            if (i >= text.length() || text.charAt(i) != '"') {
                throw error(i, "expected an arm name in double quotes here", "write e.g. \"" + armNames.get(0) + "\"");
            }
            int close = text.indexOf('"', i + 1);
            if (close < 0) {
                throw error(i, "the arm name that starts here has no closing '\"'", "add the closing '\"' after the name");
            }
            String name = text.substring(i + 1, close);
            String listing = "the arms are: " + String.join(", ", armNames.stream().map(a -> "\"" + a + "\"").toList());
            Optional<String> arm = armNames.stream().filter(a -> a.equalsIgnoreCase(name.trim())).findFirst();
            if (arm.isEmpty()) {
                throw error(i + 1, "no arm is named \"" + name + "\"",
                        DidYouMean.closest(name, armNames).map(c -> "did you mean \"" + c + "\"? (" + listing + ")").orElse(listing));
            }
            i = close + 1;
            return arm.get();
        }

        /** A VALUE in the output's unit, up to the keyword that follows it. */
        private double value(Observable output, String keyword) throws ScenarioException {
            int start = afterSpaces(i);
            String written = upTo(keyword, "a value such as " + example(output) + ", then ' " + keyword + " '").trim();
            return value(output, written, start);
        }

        /** A VALUE in the output's unit, as written from index {@code start} of the sentence. */
        private double value(Observable output, String written, int start) throws ScenarioException {
            String fix = "write a number and the unit of " + output.shortNameInWords()
                    + ", e.g. " + example(output);
            Matcher m = NUMBER_THEN_UNIT.matcher(written);
            if (!m.matches()) {
                throw error(start, "expected a value such as " + example(output) + " here, found '" + written + "'", fix);
            }
            double number = Double.parseDouble(m.group(1));
            String unit = m.group(2);
            if (output.unit().equals("mg")) {
                try {
                    return Quantity.parse("the value", written, Quantity.Dimension.MASS);
                } catch (IllegalArgumentException e) {
                    throw error(start, e.getMessage().substring(0, e.getMessage().indexOf("; ")), fix);
                }
            }
            List<String> accepted = UNITS.get(output);
            boolean known = accepted.stream().anyMatch(u -> normalise(u).equals(normalise(unit)));
            if (known && output == Observable.SERUM_IRON && normalise(unit).endsWith("g/dl")) {
                return number / Blood.UG_DL_PER_UMOL_L;
            }
            if (!known) {
                String problem = unit.isEmpty() ? "the value '" + written + "' has no unit"
                        : "the value '" + written + "' has the unit '" + unit + "', which is not the unit of "
                        + output.shortNameInWords() + " (" + unit(output) + ")";
                throw error(start, problem, fix);
            }
            return number;
        }

        private static String normalise(String unit) {
            return unit.replaceAll("\\s+", "").replace('µ', 'u').replace('×', 'x').toLowerCase(Locale.ROOT);
        }

        private String example(Observable output) {
            return switch (output) {
                case SERUM_FERRITIN -> "75 ng/mL";
                case AGONIST_PLASMA -> "0.5 ng/mL";
                case AGONIST_EFFECT, AUGMENTATION -> "10 %";
                case SERUM_IRON -> "15 µmol/L";
                case TSAT -> "20 %";
                case HB -> "12 g/dL";
                case BRAIN_IRON -> "90 %";
                case SYMPTOM_SCORE -> "15 points";
                case HEPCIDIN, DOPAMINE_SIGNAL, HIF_ACTIVITY -> "1.5 x";
                case LEG_PO2 -> "6 kPa";
                case URGE -> "5";
                default -> "100 mg";
            };
        }

        /** A TIME up to {@code keyword}; the cursor moves past the keyword. */
        private double time(String after, String keyword) throws ScenarioException {
            int start = afterSpaces(i);
            String written = upTo(keyword, TIME_EXAMPLE + " after '" + after + "', then ' " + keyword + " '");
            return timeAt(written, start);
        }

        /** The TIME that ends the sentence, after {@code after}. */
        private double lastTime(String after) throws ScenarioException {
            int start = afterSpaces(i);
            if (start >= limit) {
                throw error(Math.min(start, limit), "expected " + TIME_EXAMPLE + " after '" + after + "'",
                        "end the sentence with a time, e.g. '" + after + " week 8'");
            }
            i = limit;
            lastTimeAt = start;
            return timeAt(text.substring(start, limit), start);
        }

        private double timeAt(String written, int start) throws ScenarioException {
            try {
                return ExpectationReader.this.time("time", written);
            } catch (IllegalArgumentException e) {
                throw node.at(start).error(e);
            }
        }

        /** The text from the cursor to the next {@code keyword} (a whole word); the cursor moves past the keyword. */
        private String upTo(String keyword, String expected) throws ScenarioException {
            Matcher m = Pattern.compile("\\s" + Pattern.quote(keyword) + "\\s").matcher(lower);
            if (!m.find(i) || m.start() >= limit) {
                throw error(afterSpaces(i), "expected " + expected, "see the sentence forms in docs/scenario-format.md");
            }
            String part = text.substring(i, m.start());
            i = m.end();
            return part;
        }

        private void checkDailyMean(boolean dailyMean, double atH, int at) throws ScenarioException {
            if (dailyMean && atH < TimeUnits.DAY_H) {
                throw error(at, "a daily mean needs the 24 h before its time, but this time is in the first day",
                        "give a time from day 1 on");
            }
        }

        private void checkWholeDay(boolean dailyMean, double h, int at) throws ScenarioException {
            if (dailyMean && Math.abs(h / TimeUnits.DAY_H - Math.rint(h / TimeUnits.DAY_H)) > 1e-9) {
                throw error(at, "a daily mean in a metric is read at the end of a whole day, and this time is not one",
                        "give a whole day, e.g. 'day 28' or 'week 4'");
            }
        }

        private void checkSpan(double fromH, double toH, int at, boolean dailyMean) throws ScenarioException {
            if (toH <= fromH) {
                throw error(at, "the first time must come before the second", "swap the times, or give a later second time");
            }
            checkDailyMean(dailyMean, fromH, at);
        }

        /** The first of these whole words that is at the cursor, moving past it; null if none is. */
        private String oneOf(String... words) {
            for (String w : words) {
                if (word(w)) {
                    return w;
                }
            }
            return null;
        }

        /** Whether {@code w} (a whole word) is at the cursor; if so, moves past it. */
        private boolean word(String w) {
            int start = afterSpaces(i);
            int end = start + w.length();
            if (lower.startsWith(w, start) && end <= limit && (end == limit || Character.isWhitespace(text.charAt(end)))) {
                i = end;
                return true;
            }
            return false;
        }

        private void expectWords(String words, String expected) throws ScenarioException {
            for (String w : words.split(" ")) {
                if (!word(w)) {
                    throw error(afterSpaces(i), "expected " + expected + " here", "see the sentence forms in docs/scenario-format.md");
                }
            }
        }

        private int afterSpaces(int from) {
            int j = from;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            return j;
        }

        private void skipSpaces() {
            i = afterSpaces(i);
        }

        private ScenarioException error(int index, String problem, String fix) {
            return node.at(index).error(problem, fix);
        }
    }
}
