package org.rlsim.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rlsim.model.Blood;
import org.rlsim.model.Compartment;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.simulation.Trajectory;

/**
 * The simulated time course of every arm as one tidy CSV table ("long" format): one row per output
 * time and arm, arms one after the other in scenario order, rows of an arm in time order.
 *
 * <p>Columns, in this order: {@code time_h} (h since 00:00 of day 0), {@code day} ({@code time_h / 24}),
 * {@code arm} (the arm's name), then every {@link Observable#column()} in declaration order, then
 * every compartment amount as {@code <Compartment.id()>_mg}. At the time of a dose given at once (an
 * oral dose, a bolus, a donation) the same time appears on two rows of an arm: the value just before
 * the dose, then just after it.
 */
public final class TimeSeriesCsv {
    /** Default file name. */
    public static final String FILE_NAME = "timeseries.csv";

    /** Serum iron in the US unit, beside the SI column {@code serum_iron_umol_l}. */
    public static final String SERUM_IRON_UG_DL = "serum_iron_ug_dl";

    /** The column names, in order. */
    public static final List<String> HEADER = header();

    private TimeSeriesCsv() {
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(List.of("time_h", "day", "arm"));
        for (Observable o : Observable.values()) {
            header.add(o.column());
            if (o == Observable.SERUM_IRON) {
                header.add(SERUM_IRON_UG_DL);
            }
        }
        for (Compartment c : Compartment.values()) {
            header.add(c.id() + "_mg");
        }
        return List.copyOf(header);
    }

    /**
     * Writes the table: the header line, then one line per row of each arm's trajectory. Numbers are
     * formatted locale-independently with up to 12 significant digits. The writer is flushed, not closed.
     */
    public static void write(ScenarioResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(HEADER);
        List<String> record = new ArrayList<>(HEADER.size());
        for (ArmResult arm : result.arms()) {
            Trajectory t = arm.trajectory();
            for (int row = 0; row < t.size(); row++) {
                record.clear();
                record.add(Numbers.format(t.timeH(row)));
                record.add(Numbers.format(t.timeH(row) / 24));
                record.add(arm.arm().name());
                for (Observable o : Observable.values()) {
                    record.add(Numbers.format(t.value(o, row)));
                    if (o == Observable.SERUM_IRON) {
                        record.add(Numbers.format(t.value(o, row) * Blood.UG_DL_PER_UMOL_L));
                    }
                }
                for (Compartment c : Compartment.values()) {
                    record.add(Numbers.format(t.amount(c, row)));
                }
                csv.printRecord(record);
            }
        }
        csv.flush();
    }
}
