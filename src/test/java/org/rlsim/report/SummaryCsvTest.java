package org.rlsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.testing.Examples;

class SummaryCsvTest {
    @Test
    void oneRowPerArmWithUnitsInTheHeaderAndNumbersThatParse() throws IOException {
        StringWriter out = new StringWriter();
        SummaryCsv.write(Examples.oralVersusIv(), out);
        List<CSVRecord> records = CSVParser.parse(new StringReader(out.toString()), CSVFormat.DEFAULT).getRecords();

        assertEquals(List.of("arm",
                "ferritin_start_ng_ml", "ferritin_peak_ng_ml", "day_ferritin_reaches_75", "ferritin_end_ng_ml",
                "tsat_end_pct", "hb_start_g_dl", "hb_end_g_dl", "brain_iron_start_pct", "brain_iron_end_pct",
                "symptom_score_start", "symptom_score_end", "symptom_score_change",
                "total_oral_iron_given_mg", "total_iv_iron_given_mg", "total_absorbed_mg", "total_lost_mg",
                "iron_balance_error_mg"), records.get(0).toList());
        assertEquals(3, records.size(), "header and one row per arm");

        CSVRecord oral = records.get(1);
        CSVRecord iv = records.get(2);
        assertEquals(Examples.ORAL.name(), oral.get(0));
        assertEquals(Examples.IV.name(), iv.get(0));
        ArmSummary expected = ArmSummary.of(Examples.oralVersusIv().arms().get(1));
        // the summary is for people: four significant digits, so at most half a unit in the fourth digit off
        double day = expected.dayFerritinReaches75().getAsDouble();
        assertEquals(day, Double.parseDouble(iv.get(3)), 5e-4 * day);
        assertTrue(Double.parseDouble(oral.get(3)) > Double.parseDouble(iv.get(3)), "oral reaches 75 ng/mL later than IV");
        assertEquals("11830", oral.get(13));
        for (CSVRecord r : List.of(oral, iv)) {
            assertEquals(0, Double.parseDouble(r.get(17)), 1e-6, "iron balance error, mg");
            assertTrue(r.get(17).equals("0") || r.get(17).matches("-?\\d\\.\\d\\dE[+-]\\d\\d"),
                    "every balance error in one notation, three significant digits: " + r.get(17));
        }
    }

    @Test
    void dayFerritinReaches75IsEmptyWhenFerritinStartsAbove75() throws IOException {
        ScenarioResult healthy = Examples.healthyManWithHb();
        assertTrue(ArmSummary.of(healthy.arms().get(0)).ferritinStartNgMl() > 75, "a healthy man starts above 75 ng/mL");
        StringWriter out = new StringWriter();
        SummaryCsv.write(healthy, out);
        CSVRecord row = CSVParser.parse(new StringReader(out.toString()), CSVFormat.DEFAULT).getRecords().get(1);
        assertEquals("", row.get(3), "nothing to reach, so no day (0 would read as 'reached at once')");
    }

    @Test
    void armNameWithCommaIsQuoted() throws IOException {
        StringWriter out = new StringWriter();
        SummaryCsv.write(Examples.awkwardArmName(), out);
        String line = out.toString().lines().toList().get(1);
        assertTrue(line.startsWith("\"Oral, \"\"fasting\"\"\","), line);
    }
}
