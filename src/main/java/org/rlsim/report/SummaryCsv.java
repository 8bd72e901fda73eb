package org.rlsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.ScenarioResult;

/**
 * One row per arm with the numbers of {@link ArmSummary}; every column name carries its unit.
 * {@code day_ferritin_reaches_75} is empty when ferritin never reaches 75 ng/mL.
 */
public final class SummaryCsv {
    /** Default file name. */
    public static final String FILE_NAME = "summary.csv";

    /** The column names, in order. */
    public static final List<String> HEADER = List.of("arm",
            "ferritin_start_ng_ml", "ferritin_peak_ng_ml", "day_ferritin_reaches_75", "ferritin_end_ng_ml",
            "tsat_end_pct", "hb_start_g_dl", "hb_end_g_dl", "brain_iron_start_pct", "brain_iron_end_pct",
            "symptom_score_start", "symptom_score_end", "symptom_score_change",
            "total_oral_iron_given_mg", "total_iv_iron_given_mg", "total_absorbed_mg", "total_lost_mg",
            "iron_balance_error_mg");

    private SummaryCsv() {
    }

    /** Writes the header and one line per arm, in scenario order. The writer is flushed, not closed. */
    public static void write(ScenarioResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(HEADER);
        for (ArmResult arm : result.arms()) {
            ArmSummary s = ArmSummary.of(arm);
            csv.printRecord(s.arm(),
                    Numbers.format(s.ferritinStartNgMl()), Numbers.format(s.ferritinPeakNgMl()),
                    s.dayFerritinReaches75().isPresent() ? Numbers.format(s.dayFerritinReaches75().getAsDouble()) : "",
                    Numbers.format(s.ferritinEndNgMl()), Numbers.format(s.tsatEndPct()),
                    Numbers.format(s.hbStartGDl()), Numbers.format(s.hbEndGDl()),
                    Numbers.format(s.brainIronStartPct()), Numbers.format(s.brainIronEndPct()),
                    Numbers.format(s.symptomScoreStart()), Numbers.format(s.symptomScoreEnd()),
                    Numbers.format(s.symptomScoreChange()),
                    Numbers.format(s.totalOralIronGivenMg()), Numbers.format(s.totalIvIronGivenMg()),
                    Numbers.format(s.totalAbsorbedMg()), Numbers.format(s.totalLostMg()),
                    Numbers.format(s.ironBalanceErrorMg()));
        }
        csv.flush();
    }
}
