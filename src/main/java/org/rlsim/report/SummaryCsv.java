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
 * {@code day_ferritin_reaches_75} is empty when ferritin starts at or above 75 ng/mL or never reaches it;
 * {@code iron_balance_error_mg} is in exponent notation with three significant digits ({@link Numbers#error}).
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
                    Numbers.readable(s.ferritinStartNgMl()), Numbers.readable(s.ferritinPeakNgMl()),
                    s.dayFerritinReaches75().isPresent() ? Numbers.readable(s.dayFerritinReaches75().getAsDouble()) : "",
                    Numbers.readable(s.ferritinEndNgMl()), Numbers.readable(s.tsatEndPct()),
                    Numbers.readable(s.hbStartGDl()), Numbers.readable(s.hbEndGDl()),
                    Numbers.readable(s.brainIronStartPct()), Numbers.readable(s.brainIronEndPct()),
                    Numbers.readable(s.symptomScoreStart()), Numbers.readable(s.symptomScoreEnd()),
                    Numbers.readable(s.symptomScoreChange()),
                    Numbers.readable(s.totalOralIronGivenMg()), Numbers.readable(s.totalIvIronGivenMg()),
                    Numbers.readable(s.totalAbsorbedMg()), Numbers.readable(s.totalLostMg()),
                    Numbers.error(s.ironBalanceErrorMg()));
        }
        csv.flush();
    }
}
