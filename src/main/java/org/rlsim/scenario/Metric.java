package org.rlsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.CohortResult;
import org.rlsim.population.Readouts;
import org.rlsim.simulation.RunningSummary;

/**
 * One number read from a run of one arm, written in the words of the expectations (grammar in
 * {@link ExpectationReader} and {@code docs/scenario-format.md}), e.g. {@code brain iron in "IV" at week 12}:
 * what a sweep plots against what it varies and what a sensitivity analysis ranks parameters by.
 * A metric is either read from the course of the arm's patient ({@link OfCourse}) or, in a scenario with
 * virtual patients, a trial readout of the arm's cohort ({@link Readout}, e.g. {@code remitters in "FCM" at
 * week 6}). Values are in {@link #unit()}; times in h since 00:00 of day 0.
 */
public sealed interface Metric permits Metric.OfCourse, Metric.Readout {

    /** The output, the arm and the text it was written as (the {@link Expectation.Subject} of an expectation). */
    Expectation.Subject subject();

    /** The unit of {@link #value}: the output's ({@code ng/mL}, {@code %}, ""), or {@code d} for a day. */
    default String unit() {
        return ExpectationReader.unit(subject().output());
    }

    /** The metric as written, e.g. {@code brain iron in "IV" at week 12}. */
    default String text() {
        return subject().sentence();
    }

    /**
     * The CSV column of this metric: its text in lower case with every run of other characters than letters
     * and digits as one '_', then its unit: {@code brain_iron_in_iv_at_week_12_pct},
     * {@code day_serum_ferritin_in_oral_reaches_75_ng_ml_d}.
     */
    default String column() {
        String unitSlug = switch (unit()) {
            case "" -> "";
            case "%" -> "_pct";
            default -> "_" + unit().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        };
        return slug() + unitSlug;
    }

    /** The metric's text as a name for files and columns, without its unit: {@code brain_iron_in_iv_at_week_12}. */
    default String slug() {
        return text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** Whether this metric reads the same number as {@code other}, however each is worded. */
    default boolean readsTheSameAs(Metric other) {
        return withoutWording(this).equals(withoutWording(other));
    }

    private static Metric withoutWording(Metric m) {
        Expectation.Subject s = new Expectation.Subject("", "", m.subject().output(), m.subject().dailyMean(), m.subject().arm());
        if (m instanceof Readout r) {
            return new Readout(s, r.endpoint(), r.reference(), r.atH(), r.carriers());
        }
        if (m instanceof At at) {
            return new At(s, at.atH());
        }
        if (m instanceof Change c) {
            return new Change(s, c.fromH(), c.toH());
        }
        if (m instanceof DayReaching d) {
            return new DayReaching(s, d.level());
        }
        return new Extreme(s, ((Extreme) m).highest());
    }

    /**
     * A metric of the course of the arm's patient, read from a {@link RunningSummary} of the arm's run, so no rows
     * are kept: register what to watch with {@link #watch} before the run, read the number with {@link #value}
     * after it.
     */
    sealed interface OfCourse extends Metric permits At, Change, DayReaching, Extreme {
        /** Registers what the metric needs on the arm's summary (which must summarise {@link #subject()}'s output). */
        void watch(RunningSummary summary);

        /** The metric's value after the run, in {@link #unit()}; NaN when it has none (a level never reached). */
        double value(RunningSummary summary);

        /**
         * The latest simulated time the metric reads, h: its time, the later of its two times, or, by default, the
         * whole run ({@code durationH}), as for a peak, a lowest value or the day a level is reached.
         */
        default double lastTimeReadH(double durationH) {
            return durationH;
        }

        /**
         * The times whose values alone the metric reads, h (the rows between them play no part); by default null:
         * it reads the rows between (a daily mean, a peak, the day a level is reached).
         */
        default double[] timesRead() {
            return null;
        }
    }

    /**
     * A trial readout of the arm's virtual patients at a time ({@code population:} needed), e.g.
     * {@code remitters in "FCM" at week 6} or {@code the difference of "FCM" from "Placebo" in symptom score at week 6}.
     * Its subject's output is the symptom score.
     *
     * @param endpoint  what is read, in {@link Expectation.Metric#unit()}
     * @param reference the arm a difference is taken from; null for the other endpoints
     * @param atH       when: the last cohort grid time at or before it
     * @param carriers  the arm's patients it is read from, by genotype ({@code with 2 MEIS1 risk alleles}); null for
     *                  all of them (always for a difference)
     */
    record Readout(Expectation.Subject subject, Expectation.Metric endpoint, String reference, double atH,
                   Expectation.Carriers carriers) implements Metric {
        public Readout {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(endpoint, "endpoint");
            if ((endpoint == Expectation.Metric.DIFFERENCE) != (reference != null)) {
                throw new IllegalArgumentException("a difference, and only a difference, has a reference arm");
            }
            if (endpoint == Expectation.Metric.DIFFERENCE && carriers != null) {
                throw new IllegalArgumentException("a difference is read from every patient of both arms");
            }
        }

        /** The arms whose virtual patients the readout needs: its own and, for a difference, the reference. */
        public List<String> arms() {
            return reference == null ? List.of(subject.arm()) : List.of(subject.arm(), reference);
        }

        /**
         * The readout, with its 95 % interval, from the cohorts of {@link #arms()} (of the arm's patients with the
         * genotype, when it names one); NaN with no interval when none of the arm's patients has that genotype.
         */
        public Readouts.Estimate estimate(Function<String, CohortResult> cohortOf) {
            CohortResult cohort = cohortOf.apply(subject.arm());
            if (carriers != null) {
                cohort = cohort.carrying(carriers.locus(), carriers.riskAlleles());
                if (cohort.patients().isEmpty()) {
                    return new Readouts.Estimate(Double.NaN, Double.NaN, Double.NaN);
                }
            }
            return estimate(endpoint, Readouts.of(cohort, atH),
                    reference == null ? null : Readouts.of(cohortOf.apply(reference), atH));
        }

        /** One endpoint of an arm's readouts; {@code reference} only for a difference (null otherwise). */
        static Readouts.Estimate estimate(Expectation.Metric endpoint, Readouts.Arm arm, Readouts.Arm reference) {
            return switch (endpoint) {
                case RESPONDERS -> arm.responders();
                case REMITTERS -> arm.remitters();
                case SYMPTOMATIC -> arm.symptomatic();
                case AUGMENTED -> arm.augmented();
                case MEAN_CHANGE -> arm.change();
                case DIFFERENCE -> Readouts.difference(arm, reference);
            };
        }

        @Override
        public String unit() {
            return endpoint.unit();
        }
    }

    /** {@code [daily mean of] OUTPUT in ARM at TIME}: the value (or the mean of the 24 h ending) at that time. */
    record At(Expectation.Subject subject, double atH) implements OfCourse {
        public At {
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public void watch(RunningSummary summary) {
            summary.at(atH);
        }

        @Override
        public double value(RunningSummary summary) {
            return valueOf(subject, summary, atH);
        }

        @Override
        public double lastTimeReadH(double durationH) {
            return Math.min(atH, durationH);
        }

        @Override
        public double[] timesRead() {
            return subject.dailyMean() ? null : new double[] {atH};
        }
    }

    /** {@code change of [daily mean of] OUTPUT in ARM between FROM and TO}: value at TO minus value at FROM. */
    record Change(Expectation.Subject subject, double fromH, double toH) implements OfCourse {
        public Change {
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public void watch(RunningSummary summary) {
            summary.at(fromH).at(toH);
        }

        @Override
        public double lastTimeReadH(double durationH) {
            return Math.min(Math.max(fromH, toH), durationH);
        }

        @Override
        public double[] timesRead() {
            return subject.dailyMean() ? null : new double[] {fromH, toH};
        }

        @Override
        public double value(RunningSummary summary) {
            return valueOf(subject, summary, toH) - valueOf(subject, summary, fromH);
        }
    }

    /**
     * {@code day OUTPUT in ARM reaches VALUE}: the day (h / 24, with its fraction) it first reaches the value from
     * where it starts (see {@link RunningSummary#reaching}); NaN if it never does.
     */
    record DayReaching(Expectation.Subject subject, double level) implements OfCourse {
        public DayReaching {
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public void watch(RunningSummary summary) {
            summary.reaching(subject.output(), level);
        }

        @Override
        public double value(RunningSummary summary) {
            return summary.firstTimeReaching(subject.output(), level).orElse(Double.NaN) / TimeUnits.DAY_H;
        }

        @Override
        public String unit() {
            return "d";
        }
    }

    /** {@code peak OUTPUT in ARM} ({@code highest}: the same) or {@code lowest OUTPUT in ARM}: over the whole run. */
    record Extreme(Expectation.Subject subject, boolean highest) implements OfCourse {
        public Extreme {
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public void watch(RunningSummary summary) {
            // the summary keeps the lowest and highest of every output
        }

        @Override
        public double value(RunningSummary summary) {
            return highest ? summary.max(subject.output()) : summary.min(subject.output());
        }
    }

    /** The value, or the daily mean ending, at {@code h} (a daily mean is read at whole days only, see {@link MetricReader}). */
    private static double valueOf(Expectation.Subject subject, RunningSummary summary, double h) {
        if (!subject.dailyMean()) {
            return summary.valueAt(subject.output(), h);
        }
        double[] means = summary.dailyMeans(subject.output());
        int day = (int) Math.round(h / TimeUnits.DAY_H) - 1;
        return day < means.length ? means[day] : Double.NaN;
    }
}
