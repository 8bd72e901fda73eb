package org.rlsim.population;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * The readouts a trial reports for an arm at a time, with their 95 % confidence intervals: the mean
 * change of the symptom score from baseline (t interval), the difference of two arms' mean changes (Welch's
 * interval, unequal variances), and the fractions of responders (≥ 50 % reduction) and remitters (score
 * ≤ 10) with Wilson score intervals. Distributions and intervals are Commons Math's.
 */
public final class Readouts {
    /** Confidence level of every interval. */
    public static final double CONFIDENCE = 0.95;

    private Readouts() {
    }

    /** A value with its 95 % confidence interval, in the value's unit. */
    public record Estimate(double value, double low, double high) {
        /** Whether the value lies within [lo, hi] (both ends included). */
        public boolean within(double lo, double hi) {
            return value >= lo && value <= hi;
        }
    }

    /**
     * One arm at one time.
     *
     * @param patients   patients in the arm
     * @param meanScore  mean reported symptom score, points
     * @param change     mean change from baseline, points, with its t interval
     * @param responders fraction of responders, %, with its Wilson interval
     * @param remitters  fraction of remitters, %, with its Wilson interval
     * @param inResponse fraction who responded and whose symptoms have not returned by then, %, with its Wilson interval
     * @param sd         standard deviation of the change, points
     * @param symptomatic fraction with clinically relevant symptoms (score above 10 points), %, with its Wilson interval:
     *                   the prevalence in an untreated population
     * @param augmented  fraction who have augmented on a dopamine agonist by then (individual events), %, with its Wilson
     *                   interval; 0 in an arm without one
     */
    public record Arm(int patients, double meanScore, Estimate change, Estimate responders, Estimate remitters,
                      Estimate inResponse, double sd, Estimate symptomatic, Estimate augmented) {
    }

    /** The readouts of an arm at the last grid time at or before {@code timeH}. */
    public static Arm of(CohortResult cohort, double timeH) {
        int k = cohort.gridIndex(timeH);
        SummaryStatistics change = new SummaryStatistics();
        SummaryStatistics score = new SummaryStatistics();
        int responders = 0;
        int remitters = 0;
        int inResponse = 0;
        int augmented = 0;
        for (PatientOutcome p : cohort.patients()) {
            augmented += p.augmented(k) ? 1 : 0;
            change.addValue(p.score(k) - p.baselineScore());
            score.addValue(p.score(k));
            responders += p.responder(k) ? 1 : 0;
            remitters += p.remitter(k) ? 1 : 0;
            int first = p.firstResponse();
            int back = p.symptomReturn();
            inResponse += first >= 0 && first <= k && (back < 0 || back > k) ? 1 : 0;
        }
        int n = cohort.patients().size();
        return new Arm(n, score.getMean(), mean(change), fraction(responders, n), fraction(remitters, n),
                fraction(inResponse, n), change.getStandardDeviation(), fraction(n - remitters, n), fraction(augmented, n));
    }

    /**
     * The prevalence among the patients with one genotype at a locus.
     *
     * @param riskAlleles the genotype: risk alleles at the locus, 0, 1 or 2
     * @param patients    how many of the arm's patients have it (at least one)
     * @param symptomatic the share of them with clinically relevant symptoms (score above 10 points), %, with its
     *                    Wilson interval
     */
    public record Penetrance(int riskAlleles, int patients, Estimate symptomatic) {
    }

    /**
     * Penetrance: for each number of risk alleles at {@code locus} that some of the arm's patients have, the share
     * of them with clinically relevant symptoms at the last grid time at or before {@code timeH}, by genotype in
     * ascending order.
     */
    public static List<Penetrance> penetrance(CohortResult cohort, Locus locus, double timeH) {
        List<Penetrance> result = new ArrayList<>();
        for (int n = 0; n <= 2; n++) {
            CohortResult carriers = cohort.carrying(locus, n);
            if (!carriers.patients().isEmpty()) {
                result.add(new Penetrance(n, carriers.patients().size(), of(carriers, timeH).symptomatic()));
            }
        }
        return result;
    }

    /**
     * The allelic odds ratio of clinically relevant symptoms per risk allele at {@code locus}, as a genome-wide
     * case–control study reports it: the odds of a risk allele among the alleles of the patients with symptoms at the
     * last grid time at or before {@code timeH} (the cases), over those odds among the others' alleles (the
     * controls), over every patient of {@code cohorts} together, with Woolf's 95 % interval (normal on the log odds
     * ratio). NaN (value and interval) when a cell of the 2 × 2 allele table is empty.
     */
    public static Estimate allelicOddsRatio(List<CohortResult> cohorts, Locus locus, double timeH) {
        double[][] alleles = new double[2][2]; // [case 0 / control 1][risk 0 / other 1]
        for (CohortResult cohort : cohorts) {
            int k = cohort.gridIndex(timeH);
            for (PatientOutcome p : cohort.patients()) {
                int group = p.symptomatic(k) ? 0 : 1;
                alleles[group][0] += p.riskAlleles(locus);
                alleles[group][1] += 2 - p.riskAlleles(locus);
            }
        }
        double logOr = Math.log(alleles[0][0] * alleles[1][1] / (alleles[0][1] * alleles[1][0]));
        double se = Math.sqrt(1 / alleles[0][0] + 1 / alleles[0][1] + 1 / alleles[1][0] + 1 / alleles[1][1]);
        if (!Double.isFinite(logOr) || !Double.isFinite(se)) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN);
        }
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
        return new Estimate(Math.exp(logOr), Math.exp(logOr - z * se), Math.exp(logOr + z * se));
    }

    /** The mean with its t interval (n − 1 degrees of freedom; for one patient the interval is the value). */
    static Estimate mean(SummaryStatistics s) {
        long n = s.getN();
        if (n < 2) {
            return new Estimate(s.getMean(), s.getMean(), s.getMean());
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + CONFIDENCE / 2)
                * s.getStandardDeviation() / Math.sqrt(n);
        return new Estimate(s.getMean(), s.getMean() - half, s.getMean() + half);
    }

    /** A fraction in % with its Wilson score interval. */
    static Estimate fraction(int successes, int n) {
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(n, successes, CONFIDENCE);
        return new Estimate(100.0 * successes / n, 100 * ci.getLowerBound(), 100 * ci.getUpperBound());
    }

    /**
     * The difference of the mean changes, {@code arm − reference}, points, with Welch's interval
     * (Welch–Satterthwaite degrees of freedom; a normal quantile when neither arm varies).
     */
    public static Estimate difference(Arm arm, Arm reference) {
        double d = arm.change().value() - reference.change().value();
        double va = arm.sd() * arm.sd() / arm.patients();
        double vr = reference.sd() * reference.sd() / reference.patients();
        double se = Math.sqrt(va + vr);
        if (!(se > 0) || arm.patients() < 2 || reference.patients() < 2) {
            return new Estimate(d, d, d);
        }
        double df = (va + vr) * (va + vr)
                / (va * va / (arm.patients() - 1) + vr * vr / (reference.patients() - 1));
        double q = Double.isFinite(df) && df > 0 ? new TDistribution(df).inverseCumulativeProbability(0.5 + CONFIDENCE / 2)
                : new NormalDistribution().inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
        return new Estimate(d, d - q * se, d + q * se);
    }

    /**
     * Percentiles of one kept output over an arm's patients at every grid time (Commons Math's default
     * estimate).
     *
     * @param output      one of {@link Cohort#COURSE}
     * @param percentiles the percentiles, each in (0, 100]
     * @return {@code [percentile][grid index]}, in the output's unit
     */
    public static double[][] percentiles(CohortResult cohort, org.rlsim.model.Observable output, double... percentiles) {
        int o = Cohort.COURSE.indexOf(output);
        if (o < 0) {
            throw new IllegalArgumentException(output + " is not kept on the cohort's grid");
        }
        double[][] result = new double[percentiles.length][cohort.gridTimes()];
        double[] values = new double[cohort.patients().size()];
        Percentile percentile = new Percentile();
        for (int k = 0; k < cohort.gridTimes(); k++) {
            for (int p = 0; p < values.length; p++) {
                values[p] = cohort.patients().get(p).course()[o][k];
            }
            percentile.setData(values);
            for (int q = 0; q < percentiles.length; q++) {
                result[q][k] = percentile.evaluate(percentiles[q]);
            }
        }
        return result;
    }
}
