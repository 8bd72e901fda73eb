package org.rlsim.report;

import org.rlsim.scenario.ScenarioRunner;
import org.rlsim.testing.TimeSeriesText;
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
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.simulation.Trajectory;
import org.rlsim.testing.Examples;

class TimeSeriesCsvTest {
    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT).getRecords();
    }

    /** The table of a new run of the result's scenario, as {@code rlsim run} writes it. */
    private static String write(ScenarioResult result) {
        return TimeSeriesText.of(new ScenarioRunner(), result.scenario());
    }

    @Test
    void headerIsExactlyTheDocumentedColumns() throws IOException {
        List<String> expected = List.of("time_h", "day", "arm",
                "serum_ferritin_ng_ml", "serum_iron_umol_l", "serum_iron_ug_dl", "tsat_pct", "hb_g_dl", "hepcidin_rel",
                "brain_iron_pct", "dopamine_signal", "symptom_score", "urge_now",
                "agonist_plasma_ng_ml", "agonist_effect_pct", "augmentation_pct", "hif_activity_rel", "leg_po2_kpa", "iv_complex_mg",
                "total_body_iron_mg", "cum_absorbed_mg", "cum_iv_mg", "cum_lost_mg",
                "gut_lumen_mg", "plasma_tf_mg", "macrophage_mg", "macrophage_store_mg", "stores_mg", "red_cells_mg", "tissue_mg",
                "brain_mg", "iv_fcm_mg", "iv_sucrose_mg", "iv_gluconate_mg", "iv_dextran_mg",
                "iv_ferumoxytol_mg", "iv_derisomaltose_mg", "lost_mg", "unabsorbed_mg");
        String text = write(Examples.awkwardArmName());
        assertTrue(text.startsWith("time_h,day,arm,"), "the file must start with the header, no comment lines");
        assertEquals(expected, parse(text).get(0).toList());
        assertEquals(expected, TimeSeriesCsv.HEADER);
    }

    @Test
    void oneRowPerTrajectoryRowAndArmWithValuesThatParseBack() throws IOException {
        ScenarioResult result = Examples.oralVersusIv();
        List<CSVRecord> records = parse(write(result));
        int line = 1;
        for (ArmResult arm : result.arms()) {
            Trajectory t = arm.trajectory();
            for (int row = 0; row < t.size(); row++, line++) {
                CSVRecord r = records.get(line);
                assertEquals(TimeSeriesCsv.HEADER.size(), r.size(), "fields on line " + line);
                assertEquals(arm.arm().name(), r.get(2), "arm, line " + line);
                assertClose(t.timeH(row), Double.parseDouble(r.get(0)), "time_h, line " + line);
                assertClose(t.timeH(row) / 24, Double.parseDouble(r.get(1)), "day, line " + line);
                for (Observable o : Observable.values()) {
                    if (o == Observable.SERUM_IRON) {
                        // 1 µmol/L of iron is 55.845 µg/L = 5.5845 µg/dL
                        assertClose(t.value(o, row) * 5.5845, Double.parseDouble(r.get(TimeSeriesCsv.HEADER.indexOf("serum_iron_ug_dl"))),
                                "serum_iron_ug_dl on line " + line);
                    }
                    assertClose(t.value(o, row), Double.parseDouble(r.get(TimeSeriesCsv.HEADER.indexOf(o.column()))),
                            o.column() + ", line " + line);
                }
                for (Compartment c : Compartment.values()) {
                    assertClose(t.amount(c, row), Double.parseDouble(r.get(TimeSeriesCsv.HEADER.indexOf(c.id() + "_mg"))),
                            c.id() + ", line " + line);
                }
            }
        }
        assertEquals(line, records.size(), "header plus one line per row and arm, nothing else");
    }

    /** 12 significant digits are written: the relative rounding error is at most 5e-12. */
    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 5e-12 * Math.abs(expected) + 1e-300, what);
    }

    @Test
    void ironBalanceCanBeCheckedFromTheFileAlone() throws IOException {
        List<CSVRecord> records = parse(write(Examples.oralVersusIv()));
        List<String> h = TimeSeriesCsv.HEADER;
        for (String arm : List.of(Examples.ORAL.name(), Examples.IV.name())) {
            List<CSVRecord> rows = records.stream().skip(1).filter(r -> r.get(2).equals(arm)).toList();
            CSVRecord first = rows.get(0);
            CSVRecord last = rows.get(rows.size() - 1);
            double error = value(last, h, "total_body_iron_mg") - value(first, h, "total_body_iron_mg")
                    - value(last, h, "cum_absorbed_mg") - value(last, h, "cum_iv_mg") + value(last, h, "cum_lost_mg");
            // Each of the five terms (at most a few thousand mg) is rounded to 12 significant digits,
            // about 1e-8 mg; the model itself conserves iron to about 1e-11 mg.
            assertEquals(0, error, 1e-6, "iron balance of " + arm);
            assertTrue(value(last, h, "cum_lost_mg") > 100, "the check must involve real losses");
        }
    }

    private static double value(CSVRecord r, List<String> header, String column) {
        return Double.parseDouble(r.get(header.indexOf(column)));
    }

    @Test
    void armNameWithCommaAndQuotesIsQuotedAndReadsBack() throws IOException {
        String text = write(Examples.awkwardArmName());
        assertTrue(text.contains(",\"Oral, \"\"fasting\"\"\","), "RFC 4180 quoting of the arm name");
        List<CSVRecord> records = parse(text);
        for (CSVRecord r : records.subList(1, records.size())) {
            assertEquals("Oral, \"fasting\"", r.get(2));
            assertEquals(TimeSeriesCsv.HEADER.size(), r.size());
        }
    }
}
