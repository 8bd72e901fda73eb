package org.rlsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rlsim.scenario.Verdict;

/**
 * One row per expectation of a scenario: the sentence as written, whether the run met it ({@code yes} or
 * {@code no}), the model's numbers behind the verdict (in the output's unit) and where the sentence is
 * written ({@code file:line:column}).
 */
public final class ExpectationsCsv {
    /** Default file name. */
    public static final String FILE_NAME = "expectations.csv";

    /** The column names, in order. */
    public static final List<String> HEADER = List.of("expectation", "met", "model", "location");

    private ExpectationsCsv() {
    }

    /** Writes the header and one line per verdict, in order. The writer is flushed, not closed. */
    public static void write(List<Verdict> verdicts, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(HEADER);
        for (Verdict v : verdicts) {
            csv.printRecord(v.expectation().subject().sentence(), v.met() ? "yes" : "no", v.model(),
                    v.expectation().subject().location());
        }
        csv.flush();
    }
}
