package org.rlsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rlsim.model.Observable;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.Cohort;
import org.rlsim.population.CohortResult;
import org.rlsim.population.Locus;
import org.rlsim.population.PatientOutcome;
import org.rlsim.population.Variabilities;
import org.rlsim.population.Variability;
import org.rlsim.scenario.ScenarioResult;

/**
 * {@code cohort.csv}: one row per virtual patient of every arm — the drawn parameters (each column a parameter
 * name, in that parameter's unit), the risk alleles at each locus an arm draws ({@code genotype: {meis1: drawn}}),
 * the baseline at screening, and the outcomes at every readout time and at
 * the end: the reported symptom score, its change from baseline, whether the patient is a responder (≥ 50 %
 * reduction) and a remitter (score ≤ 10), the day the symptoms returned (empty if the patient never
 * responded or still responds at the end), and the day the patient augmented on a dopamine agonist (empty if never).
 */
public final class CohortCsv {
    /** Default file name. */
    public static final String FILE_NAME = "cohort.csv";

    private CohortCsv() {
    }

    /** The readout times of a result: the population's, then the end, as grid indices' times, h. */
    static List<Double> readoutTimesH(ScenarioResult result) {
        List<Double> times = new ArrayList<>(result.scenario().population().orElseThrow().readoutsH());
        double end = result.cohorts().get(0).gridTimeH(result.cohorts().get(0).gridTimes() - 1);
        if (times.isEmpty() || times.get(times.size() - 1) < end) {
            times.add(end);
        }
        return times;
    }

    /** The column names for a result's readout times and drawn loci. */
    static List<String> header(List<Double> timesH, List<Locus> loci) {
        List<String> header = new ArrayList<>(List.of("arm", "patient", "candidate"));
        for (Variability v : Variabilities.all()) {
            header.add(v.parameter().name());
        }
        for (Locus locus : loci) {
            header.add(locus.riskAlleles().name());
        }
        for (Observable o : Cohort.BASELINE) {
            header.add("baseline_" + o.column());
        }
        for (double t : timesH) {
            String day = day(t);
            header.addAll(List.of("symptom_score_" + day, "symptom_change_" + day, "responder_" + day, "remitter_" + day));
        }
        header.add("symptom_return_day");
        header.add("augmentation_day");
        return header;
    }

    /** {@code day_42} for 1008 h. */
    static String day(double timeH) {
        return "day_" + Numbers.readable(timeH / TimeUnits.DAY_H).replace('.', '_').toLowerCase(Locale.ROOT);
    }

    /** Writes the header and one line per patient, arm after arm. The writer is flushed, not closed. */
    public static void write(ScenarioResult result, Writer out) throws IOException {
        List<Double> timesH = readoutTimesH(result);
        List<Locus> loci = result.scenario().drawnLoci();
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(header(timesH, loci));
        for (CohortResult cohort : result.cohorts()) {
            for (PatientOutcome p : cohort.patients()) {
                List<String> row = new ArrayList<>(List.of(cohort.arm(), Integer.toString(p.number()), Long.toString(p.candidate())));
                for (double v : p.drawn()) {
                    row.add(Numbers.readable(v));
                }
                for (Locus locus : loci) {
                    row.add(Integer.toString(p.riskAlleles(locus)));
                }
                for (double v : p.baseline()) {
                    row.add(Numbers.readable(v));
                }
                for (double t : timesH) {
                    int k = cohort.gridIndex(t);
                    row.add(Numbers.readable(p.score(k)));
                    row.add(Numbers.readable(p.score(k) - p.baselineScore()));
                    row.add(p.responder(k) ? "1" : "0");
                    row.add(p.remitter(k) ? "1" : "0");
                }
                int back = p.symptomReturn();
                row.add(back < 0 ? "" : Numbers.readable(cohort.gridTimeH(back) / TimeUnits.DAY_H));
                row.add(p.augmentation() < 0 ? "" : Numbers.readable(cohort.gridTimeH(p.augmentation()) / TimeUnits.DAY_H));
                csv.printRecord(row);
            }
        }
        csv.flush();
    }
}
