package org.rlsim.scenario;

import java.util.Objects;
import org.rlsim.population.Locus;
import org.rlsim.model.Observable;

/**
 * A claim a scenario's simulated course must keep, written in the file's {@code expect:} list as a plain
 * English sentence (grammar in {@link ExpectationReader} and {@code docs/scenario-format.md}), e.g.
 * {@code brain iron in "IV iron" is higher than in "Oral iron" at week 8}. Values are in the output's
 * unit ({@link Observable#unit()}); times in h since 00:00 of day 0, within the simulation.
 * {@link Expectations#check} says whether a result keeps it.
 */
public sealed interface Expectation {

    /** What every form has: the sentence, the output and the arm it is about. */
    Subject subject();

    /**
     * Whether it is about the results of many runs (a sweep or a sensitivity analysis of the scenario's
     * {@link Analyses}), checked against those, not against the arms' courses.
     */
    default boolean overRuns() {
        return false;
    }

    /**
     * @param sentence  as written in the file
     * @param location  where it is written, {@code file:line:column}
     * @param output    the output it is about
     * @param dailyMean true for {@code daily mean of ...}: the mean over the 24 h ending at each time
     * @param arm       the arm's name, as declared in the scenario
     */
    record Subject(String sentence, String location, Observable output, boolean dailyMean, String arm) {
        public Subject {
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(arm, "arm");
        }
    }

    /** {@code OUTPUT in ARM is above|below VALUE at TIME}: strictly above (below) at that time. */
    record Level(Subject subject, boolean above, double value, double atH) implements Expectation {
    }

    /** {@code OUTPUT in ARM is higher|lower than in OTHER at TIME}: strictly, at that time. */
    record Versus(Subject subject, boolean higher, String otherArm, double atH) implements Expectation {
    }

    /** {@code OUTPUT in ARM rises|falls by at least AMOUNT between FROM and TO}; {@code amount} ≥ 0. */
    record Change(Subject subject, boolean rises, double amount, double fromH, double toH) implements Expectation {
    }

    /**
     * {@code OUTPUT in ARM reaches VALUE by TIME}: starting below VALUE it rises to at least VALUE, starting
     * above it falls to at most VALUE, at some time from the start up to {@code byH}.
     */
    record Reaches(Subject subject, double value, double byH) implements Expectation {
    }

    /** {@code OUTPUT in ARM stays above|below VALUE from FROM to TO}: strictly, at every output row and both ends. */
    record Stays(Subject subject, boolean above, double value, double fromH, double toH) implements Expectation {
    }

    /**
     * {@code METRIC rises|falls with VARIATION [and levels off]}: over the scenario's sweep that varies
     * VARIATION and gives METRIC, the metric rises (falls) strictly from each value to the next, along every line
     * of the grid; with {@code and levels off}, its slope (change per unit of VARIATION) also shrinks from each
     * step to the next: the curve bends down everywhere on the grid.
     *
     * @param metric    what the sweep reads ({@link org.rlsim.scenario.Metric}, not a readout's {@link Metric})
     * @param variation the {@link Variation#name()} of what is varied
     */
    record Trend(Subject subject, org.rlsim.scenario.Metric metric, String variation, boolean rises, boolean levelsOff)
            implements Expectation {
        @Override
        public boolean overRuns() {
            return true;
        }
    }

    /**
     * {@code METRIC depends most on PARAMETER}: in the scenario's tornado, PARAMETER has the largest effect on
     * METRIC; {@code METRIC depends more on PARAMETER than on OTHER}: a larger effect than OTHER's.
     *
     * @param other the parameter compared with, or null for "most"
     */
    record Ranking(Subject subject, org.rlsim.scenario.Metric metric, String parameter, String other) implements Expectation {
        @Override
        public boolean overRuns() {
            return true;
        }
    }

    /**
     * A trial readout of an arm's virtual patients at a time ({@code population:} needed), in two parts: the
     * metric ({@link Metric}, of {@code arm}, and for a difference the {@code reference} arm) and the comparison
     * ({@link Bound}), e.g. {@code remitters in "FCM 1000 mg" are between 25 % and 45 % at week 6}. The subject's
     * output is the symptom score.
     *
     * @param reference the arm the difference is taken from; null for the other metrics
     * @param carriers  the arm's patients it is read from, by genotype ({@code with 2 MEIS1 risk alleles}); null for
     *                  all of them (always for a difference)
     */
    record Readout(Subject subject, Metric metric, String reference, Bound bound, double atH, Carriers carriers)
            implements Expectation {
        public Readout {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(bound, "bound");
            if ((metric == Metric.DIFFERENCE) != (reference != null)) {
                throw new IllegalArgumentException("a difference, and only a difference, has a reference arm");
            }
            if (metric == Metric.DIFFERENCE && carriers != null) {
                throw new IllegalArgumentException("a difference is read from every patient of both arms");
            }
        }
    }

    /**
     * The patients of an arm with a genotype: {@code riskAlleles} risk alleles at {@code locus}, which the arm's
     * patients draw.
     */
    record Carriers(Locus locus, int riskAlleles) {
        public Carriers {
            Objects.requireNonNull(locus, "locus");
            if (riskAlleles < 0 || riskAlleles > 2) {
                throw new IllegalArgumentException("risk alleles are 0, 1 or 2, not " + riskAlleles);
            }
        }

        /** In words, as sentences write it: {@code with 2 MEIS1 risk alleles}. */
        public String words() {
            return "with " + riskAlleles + " " + locus.gene() + " risk allele" + (riskAlleles == 1 ? "" : "s");
        }
    }

    /** What a {@link Readout} measures, with its unit. */
    enum Metric {
        /** Patients with a symptom score at most half of their baseline (≥ 50 % reduction), % of the arm. */
        RESPONDERS("responders", "%"),
        /** Patients with a symptom score of at most 10 points, % of the arm. */
        REMITTERS("remitters", "%"),
        /** Patients with clinically relevant symptoms, a score above 10 points, % of the arm: a prevalence. */
        SYMPTOMATIC("patients with symptoms", "%"),
        /** Patients who have augmented on a dopamine agonist (individual events), % of the arm. */
        AUGMENTED("patients with augmentation", "%"),
        /** Mean change of the symptom score from baseline, points. */
        MEAN_CHANGE("mean change in symptom score", "points"),
        /** Mean change of the arm minus mean change of the reference arm, points. */
        DIFFERENCE("difference in symptom score", "points");

        private final String words;
        private final String unit;

        Metric(String words, String unit) {
            this.words = words;
            this.unit = unit;
        }

        /** The metric in words, as sentences name it. */
        public String words() {
            return words;
        }

        /** The unit its values are written in: {@code %} or {@code points}. */
        public String unit() {
            return unit;
        }
    }

    /**
     * The comparison part of a sentence: {@code above A} (strictly), {@code below B} (strictly) or
     * {@code between A and B} (both ends included).
     */
    record Bound(Kind kind, double low, double high) {
        /** The three comparisons. */
        public enum Kind {
            ABOVE, BELOW, BETWEEN
        }

        public Bound {
            Objects.requireNonNull(kind, "kind");
        }

        /** Whether {@code value} keeps the comparison. */
        public boolean holds(double value) {
            return switch (kind) {
                case ABOVE -> value > low;
                case BELOW -> value < high;
                case BETWEEN -> value >= low && value <= high;
            };
        }
    }
}
