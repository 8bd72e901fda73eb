package org.rlsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rlsim.model.Parameter;
import org.rlsim.report.Numbers;
import org.rlsim.scenario.Axis;
import org.rlsim.scenario.Metric;
import org.rlsim.scenario.Scenario;
import org.rlsim.scenario.Variation;
import org.rlsim.sweep.GlobalSensitivity;
import org.rlsim.sweep.SobolIndices;
import org.rlsim.sweep.Sweep;
import org.rlsim.sweep.SweepResult;
import org.rlsim.sweep.Tornado;

/**
 * The charts of sweeps and sensitivity analyses, in the slide style of every rlsim chart (title, legend,
 * caption with what was run and the teaching-model disclaimer, {@link Charts#chart}):
 * <ul>
 *   <li>{@code sweep-<metric>}: one variable, a line through the points; two variables, a heat map of the
 *       metric over the grid with contour lines. An axis whose values are spaced on a log scale is drawn in
 *       log10 space ({@link LogScaleAxis}), so that a heat map's blocks are one log step wide and its contour
 *       lines are interpolated where the blocks are drawn;</li>
 *   <li>{@code tornado-<metric>}: one bar per parameter from the scenario's value to the metric at the low and
 *       at the high end of its usual range, largest effect on top;</li>
 *   <li>{@code sobol-<metric>}: first-order and total Sobol index of each parameter with its 95 % interval.</li>
 * </ul>
 */
public final class RunsCharts {
    /** Contour lines on a heat map: this many levels, evenly spaced between the lowest and highest value. */
    private static final int CONTOUR_LEVELS = 6;
    /** Low end of the heat map's colours (Okabe–Ito sky blue, lightened) and high end (vermillion). */
    private static final Color LOW = new Color(0xE8F4FB);
    private static final Color HIGH = new Color(0xD55E00);

    private RunsCharts() {
    }

    /** One chart per metric of a sweep, named {@code <prefix><metric slug>}. */
    public static List<SlideCharts.NamedChart> sweep(SweepResult result, String prefix, ChartStyle style) {
        List<SlideCharts.NamedChart> charts = new ArrayList<>();
        for (int m = 0; m < result.sweep().metrics().size(); m++) {
            int metric = m;
            charts.add(new SlideCharts.NamedChart(prefix + fileSlug(result.sweep().metrics().get(m)),
                    () -> result.sweep().axes().size() == 1 ? line(result, metric, style) : heatMap(result, metric, style)));
        }
        return charts;
    }

    /** One tornado chart per metric, named {@code tornado-<metric slug>}. */
    public static List<SlideCharts.NamedChart> tornado(Tornado.Result result, ChartStyle style) {
        List<SlideCharts.NamedChart> charts = new ArrayList<>();
        for (int m = 0; m < result.metrics().size(); m++) {
            int metric = m;
            charts.add(new SlideCharts.NamedChart("tornado-" + fileSlug(result.metrics().get(m)), () -> tornado(result, metric, style)));
        }
        return charts;
    }

    /** One chart of Sobol indices per metric, named {@code sobol-<metric slug>}. */
    public static List<SlideCharts.NamedChart> sobol(GlobalSensitivity.Result result, ChartStyle style) {
        List<SlideCharts.NamedChart> charts = new ArrayList<>();
        for (int m = 0; m < result.metrics().size(); m++) {
            int metric = m;
            charts.add(new SlideCharts.NamedChart("sobol-" + fileSlug(result.metrics().get(m)), () -> sobol(result, metric, style)));
        }
        return charts;
    }

    /** A metric's slug with hyphens, for file names. */
    private static String fileSlug(Metric m) {
        return m.slug().replace('_', '-');
    }

    private static JFreeChart line(SweepResult result, int m, ChartStyle style) {
        Sweep sweep = result.sweep();
        Axis axis = sweep.axes().get(0);
        Metric metric = sweep.metrics().get(m);
        XYSeries series = new XYSeries(metric.text(), false, true);
        double[] values = result.line(m, 0);
        double[] x = coordinates(axis);
        for (int i = 0; i < axis.size(); i++) {
            if (!Double.isNaN(values[i])) {
                series.add(x[i], values[i]);
            }
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, style.armColour(0));
        renderer.setSeriesStroke(0, new BasicStroke(style.lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesShape(0, Charts.diamond(style.lineWidth() * 2.5));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), variationAxis(axis, style), valueAxis(unitLabel(metric), style), renderer);
        Charts.stylePanel(plot, style);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendLine(metric.subject().arm() + (metric instanceof Metric.Readout
                ? " (its virtual patients run at every point)" : " (one full run per point)"), style.armColour(0), style));
        return Charts.chart(title(metric), plot, legend,
                provenance(sweep.scenario(), "sweep of " + sweep.points() + " runs", result.modelVersion()), style);
    }

    private static JFreeChart heatMap(SweepResult result, int m, ChartStyle style) {
        Sweep sweep = result.sweep();
        Axis ax = sweep.axes().get(0);
        Axis ay = sweep.axes().get(1);
        Metric metric = sweep.metrics().get(m);
        double[] x = coordinates(ax);
        double[] y = coordinates(ay);
        double[][] z = new double[y.length][x.length];
        double[][] xyz = new double[3][sweep.points()];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < sweep.points(); p++) {
            int i = sweep.index(p, 0);
            int j = sweep.index(p, 1);
            double v = result.value(p, m);
            z[j][i] = v;
            xyz[0][p] = x[i];
            xyz[1][p] = y[j];
            xyz[2][p] = v;
            if (!Double.isNaN(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (!(high > low)) {
            high = low + 1; // a flat map: one colour
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(metric.text(), xyz);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth(spacing(x));
        renderer.setBlockHeight(spacing(y));
        PaintScale scale = new Scale(low, high);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, variationAxis(ax, style), variationAxis(ay, style), renderer);
        Charts.stylePanel(plot, style);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.getDomainAxis().setRange(x[0] - spacing(x) / 2, x[x.length - 1] + spacing(x) / 2);
        plot.getRangeAxis().setRange(y[0] - spacing(y) / 2, y[y.length - 1] + spacing(y) / 2);
        BasicStroke contour = new BasicStroke(style.lineWidth() * 0.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (int k = 1; k <= CONTOUR_LEVELS; k++) {
            double level = low + (high - low) * k / (CONTOUR_LEVELS + 1);
            for (ContourLines.Segment s : ContourLines.trace(x, y, z, level)) {
                plot.addAnnotation(new XYLineAnnotation(s.x1(), s.y1(), s.x2(), s.y2(), contour, style.text()), false);
            }
        }
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendLine(metric.subject().arm() + ", one full run per cell; contour lines: " + CONTOUR_LEVELS + " levels, every " + Numbers.readable((high - low) / (CONTOUR_LEVELS + 1))
                + (metric.unit().isEmpty() ? "" : " " + metric.unit()), style.text(), style));
        JFreeChart chart = Charts.chart(title(metric), plot, legend,
                provenance(sweep.scenario(), "sweep of " + sweep.points() + " runs", result.modelVersion()), style);
        NumberAxis scaleAxis = new NumberAxis(unitLabel(metric));
        Charts.styleAxis(scaleAxis, style);
        scaleAxis.setLabelFont(style.font(Font.PLAIN, style.tickSize()));
        scaleAxis.setLabelPaint(style.text());
        scaleAxis.setRange(low, high);
        PaintScaleLegend bar = new PaintScaleLegend(scale, scaleAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setMargin(new RectangleInsets(8, 16, 8, 0));
        bar.setStripWidth(style.tickSize());
        bar.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(bar);
        return chart;
    }

    /**
     * Where an axis's values are drawn: their base-10 logarithms on a log scale ({@link LogScaleAxis#coordinate}),
     * else the values themselves (a model variant's index).
     */
    private static double[] coordinates(Axis axis) {
        double[] v = axis.values();
        if (axis.log()) {
            for (int i = 0; i < v.length; i++) {
                v[i] = LogScaleAxis.coordinate(v[i]);
            }
        }
        return v;
    }

    /** The spacing of a grid's values, for block sizes (the smallest gap; 1 for a single value). */
    private static double spacing(double[] v) {
        double gap = Double.POSITIVE_INFINITY;
        for (int i = 1; i < v.length; i++) {
            gap = Math.min(gap, v[i] - v[i - 1]);
        }
        return Double.isInfinite(gap) ? 1 : gap;
    }

    private static JFreeChart tornado(Tornado.Result result, int m, ChartStyle style) {
        Metric metric = result.metrics().get(m);
        List<Tornado.Bar> bars = result.sortedBy(m);
        XYIntervalSeries lowEnd = new XYIntervalSeries("parameter at the low end of its usual range");
        XYIntervalSeries highEnd = new XYIntervalSeries("at the high end");
        double base = result.baseline(m);
        String[] names = new String[bars.size()];
        for (int k = 0; k < bars.size(); k++) {
            Tornado.Bar b = bars.get(k);
            double row = bars.size() - 1 - k; // largest effect on top
            names[(int) row] = b.parameter().name() + " " + range(b.parameter());
            // Low end in the upper half of the row, high end in the lower: both show when they point the same way.
            addBar(lowEnd, row + 0.2, base, b.atLow(m));
            addBar(highEnd, row - 0.2, base, b.atHigh(m));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(lowEnd);
        data.addSeries(highEnd);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, style.armColour(0));
        renderer.setSeriesPaint(1, style.armColour(1));
        SymbolAxis parameters = new SymbolAxis(null, names);
        Charts.styleAxis(parameters, style);
        parameters.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, parameters, valueAxis(unitLabel(metric), style), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Charts.stylePanel(plot, style);
        plot.addRangeMarker(new ValueMarker(base, style.text(), new BasicStroke(2f)));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendBox(lowEnd.getKey().toString(), style.armColour(0), style));
        legend.add(legendBox(highEnd.getKey().toString(), style.armColour(1), style));
        legend.add(legendLine(metric.subject().arm() + " as the scenario says: " + org.rlsim.scenario.Expectations.number(base, metric.unit()), style.text(), style));
        return Charts.chart("What matters most: " + title(metric), plot, legend,
                provenance(result.scenario(), "tornado of " + (1 + 2 * bars.size()) + " runs", result.modelVersion()), style);
    }

    private static void addBar(XYIntervalSeries series, double row, double from, double to) {
        if (!Double.isNaN(to)) {
            series.add(row, row - 0.18, row + 0.18, to, Math.min(from, to), Math.max(from, to));
        }
    }

    private static JFreeChart sobol(GlobalSensitivity.Result result, int m, ChartStyle style) {
        Metric metric = result.metrics().get(m);
        SobolIndices.Result indices = result.indices().get(m);
        YIntervalSeries first = new YIntervalSeries("first order (alone)");
        YIntervalSeries total = new YIntervalSeries("total (with interactions)");
        List<Parameter> parameters = result.parameters();
        String[] names = new String[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            double row = parameters.size() - 1 - i;
            names[(int) row] = parameters.get(i).name() + " " + range(parameters.get(i));
            SobolIndices.Estimate s = indices.firstOrder()[i];
            SobolIndices.Estimate st = indices.total()[i];
            first.add(row + 0.15, s.value(), s.low(), s.high());
            total.add(row - 0.15, st.value(), st.low(), st.high());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(first);
        data.addSeries(total);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setErrorStroke(new BasicStroke(style.lineWidth() * 0.6f));
        renderer.setCapLength(style.tickSize() * 0.6);
        renderer.setDefaultLinesVisible(false);
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesPaint(s, style.armColour(s));
            renderer.setSeriesShape(s, Charts.diamond(style.lineWidth() * 2.5));
        }
        SymbolAxis axis = new SymbolAxis(null, names);
        Charts.styleAxis(axis, style);
        axis.setGridBandsVisible(false);
        NumberAxis share = valueAxis("share of the variance", style);
        // 0 to 1 for converged indices; an estimate outside (too few samples) widens the axis rather than leaving it.
        double lowest = -0.05;
        double highest = 1.05;
        for (int i = 0; i < parameters.size(); i++) {
            for (SobolIndices.Estimate e : List.of(indices.firstOrder()[i], indices.total()[i])) {
                lowest = Math.min(lowest, e.low() - 0.05);
                highest = Math.max(highest, e.high() + 0.05);
            }
        }
        share.setRange(lowest, highest);
        XYPlot plot = new XYPlot(data, axis, share, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Charts.stylePanel(plot, style);
        plot.addRangeMarker(new ValueMarker(0, style.muted(), new BasicStroke(1.5f)));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(legendBox(first.getKey() + ", 95 % interval", style.armColour(0), style));
        legend.add(legendBox(total.getKey().toString(), style.armColour(1), style));
        String convergence = indices.converged() ? "converged" : "NOT converged";
        return Charts.chart("Sobol indices: " + title(metric) + " (" + metric.subject().arm() + ")", plot, legend,
                provenance(result.scenario(), "N = " + indices.baseSamples() + ", " + result.runs() + " runs, " + convergence,
                        result.modelVersion()), style);
    }

    private static String range(Parameter p) {
        return "(" + Numbers.readable(p.usualMin()) + "–" + Numbers.readable(p.usualMax()) + (p.unit().equals("1") ? "" : " " + p.unit()) + ")";
    }

    /** The metric's text without its arm (the legend names it), with a capital first letter. */
    private static String title(Metric m) {
        String t = m.text().replaceFirst("(?i) in \"" + java.util.regex.Pattern.quote(m.subject().arm()) + "\"", "");
        return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
    }

    /** The value axis's label: what the metric reads, and its unit. */
    private static String unitLabel(Metric m) {
        String output = m.subject().output().label().replaceAll(" \\(.*\\)$", ""); // short enough for a 4:3 axis
        boolean acronym = output.length() > 1 && Character.isUpperCase(output.charAt(1));
        String lower = acronym ? output : output.substring(0, 1).toLowerCase(Locale.ROOT) + output.substring(1);
        if (m instanceof Metric.Readout r) {
            String words = r.endpoint().words();
            return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1)
                    + (r.unit().equals("%") ? ", % of the arm's virtual patients" : ", " + r.unit());
        }
        String what;
        if (m instanceof Metric.Change) {
            what = "Change of " + lower;
        } else if (m instanceof Metric.DayReaching) {
            what = "Day the level is reached";
        } else if (m instanceof Metric.Extreme e) {
            what = (e.highest() ? "Peak " : "Lowest ") + lower;
        } else {
            what = m.subject().dailyMean() ? "Daily mean of " + lower : output;
        }
        return m.unit().isEmpty() ? what : what + ", " + m.unit();
    }

    /**
     * The axis of a varied quantity, named with its unit: names for categories; for values on a log scale a
     * {@link LogScaleAxis}, whose data are {@link #coordinates} and whose label says "log scale".
     */
    private static ValueAxis variationAxis(Axis axis, ChartStyle style) {
        Variation v = axis.variation();
        String label = v.name() + (v.unit().isEmpty() || !v.categories().isEmpty() ? "" : ", " + v.unit());
        ValueAxis a;
        if (!v.categories().isEmpty()) {
            String[] names = new String[v.categories().size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = v.format(i);
            }
            SymbolAxis symbols = new SymbolAxis(label, names);
            symbols.setGridBandsVisible(false);
            a = symbols;
        } else if (axis.log()) {
            a = new LogScaleAxis(label + " (log scale)", axis.values());
        } else {
            NumberAxis numbers = new NumberAxis(label);
            numbers.setAutoRangeIncludesZero(false);
            if (java.util.Arrays.stream(axis.values()).allMatch(x -> x == Math.rint(x))) {
                numbers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            a = numbers;
        }
        Charts.styleAxis(a, style);
        a.setLabelFont(style.font(Font.PLAIN, style.panelTitleSize()));
        a.setLabelPaint(style.text());
        return a;
    }

    private static NumberAxis valueAxis(String label, ChartStyle style) {
        NumberAxis axis = new NumberAxis(label);
        Charts.styleAxis(axis, style);
        axis.setLabelFont(style.font(Font.PLAIN, style.panelTitleSize()));
        axis.setLabelPaint(style.text());
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static LegendItem legendLine(String text, Paint paint, ChartStyle style) {
        LegendItem item = new LegendItem(text, null, null, null, new java.awt.geom.Line2D.Double(-16, 0, 16, 0),
                new BasicStroke(style.lineWidth()), paint);
        item.setLabelFont(style.font(Font.PLAIN, style.tickSize()));
        item.setLabelPaint(style.text());
        return item;
    }

    private static LegendItem legendBox(String text, Paint paint, ChartStyle style) {
        double s = style.tickSize() * 0.8;
        LegendItem item = new LegendItem(text, null, null, null, new java.awt.geom.Rectangle2D.Double(-s / 2, -s / 2, s, s), paint);
        item.setLabelFont(style.font(Font.PLAIN, style.tickSize()));
        item.setLabelPaint(style.text());
        return item;
    }

    /** What was run, for the caption, most complete first. */
    private static List<String> provenance(Scenario scenario, String what, String version) {
        String file = scenario.name() + ".yaml";
        return List.of(file + "  ·  " + what + ", rlsim " + version, file + "  ·  " + what, file);
    }

    /** Colours from {@link #LOW} to {@link #HIGH}, linear in the value. */
    private record Scale(double low, double high) implements PaintScale {
        @Override
        public double getLowerBound() {
            return low;
        }

        @Override
        public double getUpperBound() {
            return high;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return Color.WHITE;
            }
            double f = Math.max(0, Math.min(1, (value - low) / (high - low)));
            return new Color((int) Math.round(LOW.getRed() + f * (HIGH.getRed() - LOW.getRed())),
                    (int) Math.round(LOW.getGreen() + f * (HIGH.getGreen() - LOW.getGreen())),
                    (int) Math.round(LOW.getBlue() + f * (HIGH.getBlue() - LOW.getBlue())));
        }
    }
}
