package org.rlsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.CohortResult;
import org.rlsim.population.KaplanMeier;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.ScenarioResult;

/**
 * {@code population-summary.csv}: the trial readouts of every arm at every readout time (the population's
 * {@code readouts:} and the end), each with its 95 % confidence interval: the mean symptom score and its change
 * from baseline (t interval), the difference from the reference arm (the placebo arm, else the untreated arm;
 * Welch interval), responders (≥ 50 % reduction), remitters (score ≤ 10) and patients in response (responded,
 * symptoms not yet returned), in % with Wilson intervals; and, per arm, the Kaplan–Meier median time to symptom
 * return among responders with its Brookmeyer–Crowley interval (empty where the curve does not reach it).
 */
public final class PopulationSummaryCsv {
    /** Default file name. */
    public static final String FILE_NAME = "population-summary.csv";

    /** The column names, in order. */
    public static final List<String> HEADER = List.of("arm", "day", "patients", "candidates_drawn", "mean_symptom_score",
            "mean_change_points", "change_ci_low_points", "change_ci_high_points", "reference_arm",
            "difference_points", "difference_ci_low_points", "difference_ci_high_points",
            "responders_pct", "responders_ci_low_pct", "responders_ci_high_pct",
            "remitters_pct", "remitters_ci_low_pct", "remitters_ci_high_pct",
            "symptomatic_pct", "symptomatic_ci_low_pct", "symptomatic_ci_high_pct",
            "in_response_pct", "in_response_ci_low_pct", "in_response_ci_high_pct",
            "responders_followed", "median_return_months", "median_return_ci_low_months", "median_return_ci_high_months",
            "augmented_pct", "augmented_ci_low_pct", "augmented_ci_high_pct");

    private PopulationSummaryCsv() {
    }

    /** Writes the header and one line per arm and readout time. The writer is flushed, not closed. */
    public static void write(ScenarioResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(HEADER);
        Optional<String> reference = result.referenceArm();
        for (CohortResult cohort : result.cohorts()) {
            KaplanMeier km = KaplanMeier.of(cohort);
            double[] ci = km.medianIntervalH();
            for (double t : CohortCsv.readoutTimesH(result)) {
                Readouts.Arm arm = Readouts.of(cohort, t);
                List<String> row = new ArrayList<>(List.of(cohort.arm(), Numbers.readable(cohort.gridTimeH(cohort.gridIndex(t)) / TimeUnits.DAY_H),
                        Integer.toString(arm.patients()), Long.toString(cohort.drawn()), Numbers.readable(arm.meanScore())));
                estimate(row, arm.change());
                if (reference.isPresent() && !reference.get().equals(cohort.arm())) {
                    row.add(reference.get());
                    estimate(row, Readouts.difference(arm, Readouts.of(result.cohort(reference.get()), t)));
                } else {
                    row.addAll(List.of("", "", "", ""));
                }
                estimate(row, arm.responders());
                estimate(row, arm.remitters());
                estimate(row, arm.symptomatic());
                estimate(row, arm.inResponse());
                row.add(Integer.toString(km.atRisk()));
                row.add(months(km.medianH()));
                row.add(months(ci[0]));
                row.add(months(ci[1]));
                estimate(row, arm.augmented());
                csv.printRecord(row);
            }
        }
        csv.flush();
    }

    private static void estimate(List<String> row, Readouts.Estimate e) {
        row.add(Numbers.readable(e.value()));
        row.add(Numbers.readable(e.low()));
        row.add(Numbers.readable(e.high()));
    }

    private static String months(double h) {
        return Double.isNaN(h) ? "" : Numbers.readable(h / TimeUnits.MONTH_H);
    }
}
