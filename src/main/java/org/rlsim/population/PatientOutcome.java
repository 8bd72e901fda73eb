package org.rlsim.population;

/**
 * One enrolled virtual patient: who it is (its drawn parameters), how it was at baseline and how it went.
 * The course holds a few outputs on the cohort's grid only, as floats (enough for readouts and charts;
 * a 100,000-patient cohort must fit in a small heap).
 *
 * @param number    the patient's number in its arm, from 1, in enrolment order
 * @param candidate the candidate's index in its arm's screening order, from 0 (its random stream)
 * @param drawn     the value of each variability's first parameter, in {@link Variabilities#all()} order, in
 *                  that parameter's unit
 * @param riskAlleles the patient's risk alleles (0, 1 or 2) at each {@link Locus}, in {@link Locus#values()} order:
 *                  drawn or the arm's
 * @param baseline  the value of each {@link Cohort#BASELINE} output at the steady state, in its unit
 * @param course    for each {@link Cohort#COURSE} output, its value at every grid time; the symptom score is the
 *                  one the patient reports (with the placebo response)
 * @param augmentation the grid index at which the patient augmented on a dopamine agonist (an individual event,
 *                  drawn from the model's cumulative incidence); −1 if it never did
 */
public record PatientOutcome(int number, long candidate, double[] drawn, int[] riskAlleles, double[] baseline,
                             float[][] course, int augmentation) {
    /** Fraction of the baseline score a responder has lost at least (trial definition: ≥ 50 % IRLS reduction). */
    public static final double RESPONSE_REDUCTION = 0.5;
    /** Highest score of a remitter, points (IRLS ≤ 10, Allen 2011). */
    public static final double REMISSION_SCORE = 10;

    /** Whether the patient is a responder at grid index {@code k}: the score at most half its baseline. */
    public boolean responder(int k) {
        return baselineScore() > 0 && score(k) <= (1 - RESPONSE_REDUCTION) * baselineScore();
    }

    /**
     * Whether the patient has clinically relevant symptoms at grid index {@code k}: a score above
     * {@value #REMISSION_SCORE} points, moderate or worse on the IRLS bands (11–40); the complement of a remitter.
     */
    public boolean symptomatic(int k) {
        return !remitter(k);
    }

    /** Whether the patient is a remitter at grid index {@code k}: the score at most {@value #REMISSION_SCORE} points. */
    public boolean remitter(int k) {
        return score(k) <= REMISSION_SCORE;
    }

    /** The grid index at which the patient first responds; −1 if never. */
    public int firstResponse() {
        for (int k = 0; k < course[0].length; k++) {
            if (responder(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The grid index at which the symptoms return: the first after the first response at which the patient
     * is no longer a responder; −1 if the patient never responded or still responds at the end (censored).
     */
    public int symptomReturn() {
        int first = firstResponse();
        if (first < 0) {
            return -1;
        }
        for (int k = first + 1; k < course[0].length; k++) {
            if (!responder(k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the patient has augmented by grid index {@code k}. */
    public boolean augmented(int k) {
        return augmentation >= 0 && augmentation <= k;
    }

    /** The patient's risk alleles at {@code locus}, 0, 1 or 2. */
    public int riskAlleles(Locus locus) {
        return riskAlleles[locus.ordinal()];
    }

    /** The reported symptom score at grid index {@code k}, points. */
    public double score(int k) {
        return course[0][k];
    }

    /** The reported symptom score before treatment, points. */
    public double baselineScore() {
        return course[0][0];
    }
}
