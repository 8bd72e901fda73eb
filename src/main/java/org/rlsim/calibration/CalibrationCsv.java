package org.rlsim.calibration;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rlsim.report.Numbers;

/**
 * The calibration table as tidy CSV: one row per compared number (a target with several numbers has
 * several rows), and one row with empty numbers for a target the model cannot represent. The numbers
 * of a row share the unit in its {@code unit} column; open band ends are empty.
 */
public final class CalibrationCsv {
    /** File name in the output folder. */
    public static final String FILE_NAME = "calibration.csv";

    static final List<String> HEADER = List.of("target", "statement", "source", "quantity", "unit", "published_value",
            "tolerance_low", "tolerance_high", "model_value", "within_tolerance", "target_result");

    private CalibrationCsv() {
    }

    /** Writes the header and one row per compared number (RFC 4180, comma-separated, CRLF line ends). */
    public static void write(List<CalibrationReport.Row> rows, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).build());
        for (CalibrationReport.Row row : rows) {
            Target t = row.target();
            String result = row.status().label();
            if (row.outcome().comparisons().isEmpty()) {
                csv.printRecord(t.id(), t.statement(), t.source(), row.outcome().modelValue(), "", "", "", "", "", "", result);
            }
            for (Comparison c : row.outcome().comparisons()) {
                csv.printRecord(t.id(), t.statement(), t.source(), c.quantity(), c.unit(), Numbers.format(c.published()),
                        bound(c.low()), bound(c.high()), Numbers.format(c.model()), c.pass() ? "yes" : "no", result);
            }
        }
        csv.flush();
    }

    /** A band end: the number, or empty when the band is open on that side. */
    private static String bound(double x) {
        return Double.isInfinite(x) ? "" : Numbers.format(x);
    }
}
