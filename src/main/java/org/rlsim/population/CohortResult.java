package org.rlsim.population;

import java.util.List;
import java.util.Objects;

/**
 * The virtual patients of one arm, with their outcomes.
 *
 * @param arm             the arm's name
 * @param drawn           candidates drawn and screened to enrol the patients (including those excluded)
 * @param unsettled       candidates excluded because their untreated state could not be settled (counted in drawn)
 * @param gridH           spacing of the course grid, h
 * @param gridTimes       number of grid times, from 0 h
 * @param placeboResponse whether the arm's patients have the placebo response (a treated or placebo arm)
 * @param patients        the enrolled patients, in enrolment order
 */
public record CohortResult(String arm, long drawn, long unsettled, double gridH, int gridTimes, boolean placeboResponse,
                           List<PatientOutcome> patients) {
    public CohortResult {
        Objects.requireNonNull(arm, "arm");
        patients = List.copyOf(patients);
    }

    /**
     * The patients with {@code riskAlleles} risk alleles at {@code locus}, as a cohort of their own (the same arm,
     * counts of candidates and grid; possibly no patients): the subgroup a penetrance is read from.
     */
    public CohortResult carrying(Locus locus, int riskAlleles) {
        return new CohortResult(arm, drawn, unsettled, gridH, gridTimes, placeboResponse,
                patients.stream().filter(p -> p.riskAlleles(locus) == riskAlleles).toList());
    }

    /** The grid index of the last grid time at or before {@code timeH}. */
    public int gridIndex(double timeH) {
        return (int) Math.min(gridTimes - 1, Math.floor(timeH / gridH + 1e-9));
    }

    /** The grid time of index {@code k}, h. */
    public double gridTimeH(int k) {
        return k * gridH;
    }
}
