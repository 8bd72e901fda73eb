package org.rlsim.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.model.Blood;
import org.rlsim.model.Compartment;
import org.rlsim.model.ModelState;
import org.rlsim.model.Observable;
import org.rlsim.model.Physiology;
import org.rlsim.simulation.RowSink;

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

    /** Writes the header line. The writer is flushed, not closed. */
    public static void writeHeader(Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        csv.printRecord(HEADER);
        csv.flush();
    }

    /**
     * A sink that writes the rows of one arm, as they are produced, as lines of the table (without the
     * header; the arms' lines follow each other in scenario order under one header). Numbers are formatted
     * locale-independently with up to 12 significant digits. The writer is flushed at the run's end, not
     * closed; a failure to write is thrown as an {@link UncheckedIOException}, which stops the run.
     *
     * @param arm the arm's name, for the {@code arm} column
     */
    public static RowSink rows(String arm, Writer out) {
        CSVPrinter csv;
        try {
            csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> record = new ArrayList<>(HEADER.size());
        return new RowSink() {
            private Physiology model;

            @Override
            public void begin(Physiology physiology, List<DoseEvent> events, double durationH) {
                model = physiology;
            }

            @Override
            public void row(double timeH, ModelState state) {
                record.clear();
                record.add(Numbers.format(timeH));
                record.add(Numbers.format(timeH / 24));
                record.add(arm);
                for (Observable o : Observable.values()) {
                    double value = o.value(timeH, state, model);
                    record.add(Numbers.format(value));
                    if (o == Observable.SERUM_IRON) {
                        record.add(Numbers.format(value * Blood.UG_DL_PER_UMOL_L));
                    }
                }
                for (Compartment c : Compartment.values()) {
                    record.add(Numbers.format(state.amount(c)));
                }
                try {
                    csv.printRecord(record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void end() {
                try {
                    csv.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
