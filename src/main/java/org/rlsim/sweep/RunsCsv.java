package org.rlsim.sweep;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rlsim.model.Parameter;
import org.rlsim.model.UsualRanges;
import org.rlsim.report.Numbers;
import org.rlsim.scenario.Axis;
import org.rlsim.scenario.Metric;

/**
 * The CSV files of sweeps and sensitivity analyses, units in the column names ({@link Metric#column()},
 * {@link org.rlsim.scenario.Variation#column()}); a metric without a value (a level never reached) is an empty
 * cell. Numbers as {@link Numbers#format} writes them.
 * <ul>
 *   <li>{@value #SWEEP}: one row per point, first axis fastest: the point, the value of each axis (a model
 *       variant by its name), then each metric;</li>
 *   <li>{@value #SENSITIVITY} of a tornado: one row per parameter, largest effect on the first metric first:
 *       the parameter, its unit, low and high ends and their source, then per metric the value at the low end,
 *       at the scenario's value, at the high end and the effect (the span of the three);</li>
 *   <li>{@value #SENSITIVITY} of a global analysis: one row per parameter, in the order given: the parameter,
 *       its range, then per metric the first-order and total Sobol indices with their 95 % intervals.</li>
 * </ul>
 */
public final class RunsCsv {
    /** The file of a sweep (of the first of several; the others are {@code sweep-2.csv} …). */
    public static final String SWEEP = "sweep.csv";
    /** The file of a sensitivity analysis. */
    public static final String SENSITIVITY = "sensitivity.csv";

    private RunsCsv() {
    }

    /** The file name of sweep {@code n} (0-based) of {@code count}. */
    public static String sweepFile(int n, int count) {
        return count == 1 || n == 0 ? SWEEP : "sweep-" + (n + 1) + ".csv";
    }

    /** Writes a sweep's rows. The writer is flushed, not closed. */
    public static void sweep(SweepResult result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>(List.of("point"));
        for (Axis axis : result.sweep().axes()) {
            header.add(axis.variation().column());
        }
        result.sweep().metrics().forEach(m -> header.add(m.column()));
        csv.printRecord(header);
        Sweep sweep = result.sweep();
        for (int p = 0; p < sweep.points(); p++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p + 1)));
            for (int a = 0; a < sweep.axes().size(); a++) {
                Axis axis = sweep.axes().get(a);
                double v = axis.value(sweep.index(p, a));
                row.add(axis.variation().categories().isEmpty() ? Numbers.format(v) : axis.variation().format(v));
            }
            for (int m = 0; m < sweep.metrics().size(); m++) {
                row.add(cell(result.value(p, m)));
            }
            csv.printRecord(row);
        }
        csv.flush();
    }

    /** Writes a tornado's rows. The writer is flushed, not closed. */
    public static void tornado(Tornado.Result result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>(List.of("parameter", "unit", "low", "high"));
        for (Metric m : result.metrics()) {
            String c = m.column();
            header.addAll(List.of(c + "_at_low", c + "_at_scenario_value", c + "_at_high", c + "_effect"));
        }
        header.add("usual_range_source");
        csv.printRecord(header);
        for (Tornado.Bar bar : result.sortedBy(0)) {
            Parameter p = bar.parameter();
            List<String> row = new ArrayList<>(List.of(p.name(), p.unit(), Numbers.format(p.usualMin()), Numbers.format(p.usualMax())));
            for (int m = 0; m < result.metrics().size(); m++) {
                row.addAll(List.of(cell(bar.atLow(m)), cell(result.baseline(m)), cell(bar.atHigh(m)), cell(bar.effect(m))));
            }
            row.add(UsualRanges.source(p));
            csv.printRecord(row);
        }
        csv.flush();
    }

    /** Writes a global analysis's rows. The writer is flushed, not closed. */
    public static void sobol(GlobalSensitivity.Result result, Writer out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
        List<String> header = new ArrayList<>(List.of("parameter", "unit", "low", "high"));
        for (Metric m : result.metrics()) {
            String c = m.slug();
            header.addAll(List.of(c + "_first_order", c + "_first_order_low_95", c + "_first_order_high_95",
                    c + "_total", c + "_total_low_95", c + "_total_high_95"));
        }
        csv.printRecord(header);
        for (int i = 0; i < result.parameters().size(); i++) {
            Parameter p = result.parameters().get(i);
            List<String> row = new ArrayList<>(List.of(p.name(), p.unit(), Numbers.format(p.usualMin()), Numbers.format(p.usualMax())));
            for (SobolIndices.Result indices : result.indices()) {
                for (SobolIndices.Estimate e : List.of(indices.firstOrder()[i], indices.total()[i])) {
                    row.addAll(List.of(Numbers.format(e.value()), Numbers.format(e.low()), Numbers.format(e.high())));
                }
            }
            csv.printRecord(row);
        }
        csv.flush();
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }
}
