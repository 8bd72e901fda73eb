package org.rlsim.population;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Kaplan–Meier estimate of the time to symptom return among an arm's responders: from day 0 to the first
 * grid time at which a patient who had responded is no longer a responder; patients who still respond at the
 * end are censored there. With Greenwood's variance, and the median's 95 % interval by Brookmeyer and Crowley
 * (the times at which the survival's confidence band contains one half).
 *
 * <p>Written here: Commons Math and Commons Statistics have no survival analysis, and the one Java survival
 * module on Maven Central found ({@code org.biojava:biojava-survival}, a port of parts of R's survival package
 * with its own Swing figures) brings the BioJava stack for what is, here, one event per patient on a grid; the estimator
 * is the few lines below, checked against a hand-worked example in
 * {@code KaplanMeierTest}.
 *
 * @param timesH    the distinct event times, h, ascending
 * @param survival  the estimated fraction still free of symptom return just after each event time
 * @param greenwood Greenwood's variance of each survival value
 * @param atRisk    how many responders were followed (the curve's n)
 */
public record KaplanMeier(double[] timesH, double[] survival, double[] greenwood, int atRisk) {

    /** The curve of an arm's responders; an empty curve (no events) when nobody responded. */
    public static KaplanMeier of(CohortResult cohort) {
        int n = 0;
        int[] events = new int[cohort.gridTimes()];
        int[] censored = new int[cohort.gridTimes()];
        for (PatientOutcome p : cohort.patients()) {
            if (p.firstResponse() < 0) {
                continue;
            }
            n++;
            int back = p.symptomReturn();
            if (back >= 0) {
                events[back]++;
            } else {
                censored[cohort.gridTimes() - 1]++;
            }
        }
        List<double[]> rows = new ArrayList<>();
        int risk = n;
        double s = 1;
        double sum = 0;
        for (int k = 0; k < events.length; k++) {
            if (events[k] > 0) {
                s *= 1 - (double) events[k] / risk;
                sum += risk > events[k] ? (double) events[k] / ((double) risk * (risk - events[k])) : 0;
                rows.add(new double[] {cohort.gridTimeH(k), s, s * s * sum});
            }
            risk -= events[k] + censored[k];
        }
        double[] t = new double[rows.size()];
        double[] sv = new double[rows.size()];
        double[] v = new double[rows.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = rows.get(i)[0];
            sv[i] = rows.get(i)[1];
            v[i] = rows.get(i)[2];
        }
        return new KaplanMeier(t, sv, v, n);
    }

    /** The fraction still free of symptom return at {@code timeH} (1 before the first event). */
    public double survivalAt(double timeH) {
        double s = 1;
        for (int i = 0; i < timesH.length && timesH[i] <= timeH; i++) {
            s = survival[i];
        }
        return s;
    }

    /** The median time to symptom return, h: the first time the survival is at or below one half; NaN if never. */
    public double medianH() {
        for (int i = 0; i < timesH.length; i++) {
            if (survival[i] <= 0.5) {
                return timesH[i];
            }
        }
        return Double.NaN;
    }

    /**
     * The median's 95 % interval, h (Brookmeyer–Crowley): from the first event time whose survival band
     * reaches down to one half to the first whose band lies wholly below it; an end is NaN where the curve
     * does not reach it within the follow-up.
     */
    public double[] medianIntervalH() {
        double z = new NormalDistribution().inverseCumulativeProbability(0.5 + Readouts.CONFIDENCE / 2);
        double low = Double.NaN;
        double high = Double.NaN;
        for (int i = 0; i < timesH.length; i++) {
            double half = z * Math.sqrt(greenwood[i]);
            if (Double.isNaN(low) && survival[i] - half <= 0.5) {
                low = timesH[i];
            }
            if (Double.isNaN(high) && survival[i] + half < 0.5) {
                high = timesH[i];
            }
        }
        return new double[] {low, high};
    }
}
