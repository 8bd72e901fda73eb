package org.rlsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rlsim.calibration.CalibrationReport;
import org.rlsim.calibration.Comparison;
import org.rlsim.calibration.Curve;
import org.rlsim.calibration.Panel;
import org.rlsim.calibration.Target;
import org.rlsim.calibration.TimeCourse;
import org.rlsim.report.Numbers;
import org.rlsim.scenario.Version;

/**
 * The chart of one calibration experiment: what the model gives next to what was published.
 * <ul>
 *   <li>An experiment that follows time: one panel per quantity, the model curves in the arm colours,
 *       each published value as an error bar (its tolerance) at its time with the model's value there
 *       as a dot, and published times (e.g. "symptoms return after 4–9 months") as a shaded band along
 *       the time axis with the model's time as a line.</li>
 *   <li>An experiment of single numbers: one strip per number, the published tolerance shaded, the
 *       published value dashed, and the model's value as a dot, blue when inside the band and vermillion
 *       when outside.</li>
 * </ul>
 * Title: the target's statement; footer: target, source, rlsim version and the teaching-model disclaimer.
 */
public final class CalibrationChart {
    /** Shading of published tolerance bands: light grey, so the curves' colours stay the only colours. */
    private static final Color BAND = new Color(0, 0, 0, 28);
    /** Fill of a contradicting study's time range: lighter than the target's band, outlined instead. */
    private static final Color OTHER_SOURCE = new Color(0, 0, 0, 10);
    /** Fraction of the data's extent added above and below it on a value axis. */
    private static final double MARGIN = 0.12;

    private CalibrationChart() {
    }

    /** Whether a row can be charted: the model gives at least one number for it. */
    public static boolean canChart(CalibrationReport.Row row) {
        return !row.outcome().comparisons().isEmpty();
    }

    /**
     * Builds the chart. Pure: reads the row, changes nothing, uses no global theme.
     *
     * @throws IllegalArgumentException when the row has nothing to chart (see {@link #canChart})
     */
    public static JFreeChart create(CalibrationReport.Row row, ChartStyle style) {
        if (!canChart(row)) {
            throw new IllegalArgumentException(row.target().id() + " has no model value to chart");
        }
        Target target = row.target();
        LegendItemCollection legend = new LegendItemCollection();
        Optional<TimeCourse> course = row.outcome().timeCourse();
        XYPlot plot = course.isPresent() ? timeCourse(course.get(), legend, style) : numbers(row, legend, style);
        JFreeChart chart = Charts.chart(target.id() + " · " + target.statement(), plot, legend,
                List.of("Calibration target " + target.id() + "  ·  " + target.source() + "  ·  rlsim " + Version.current(),
                        "Calibration target " + target.id() + "  ·  rlsim " + Version.current()), style);
        TextTitle summary = new TextTitle(row.status().label() + "  ·  published " + target.published() + " (tolerance "
                + target.tolerance() + ")  ·  model " + row.outcome().modelValue(), style.font(Font.PLAIN, style.tickSize()));
        summary.setPaint(style.text());
        summary.setPadding(new RectangleInsets(4, 0, 8, 0));
        chart.addSubtitle(1, summary); // below the title, above the legend
        return chart;
    }

    // ---- experiments that follow time ----

    private static XYPlot timeCourse(TimeCourse course, LegendItemCollection legend, ChartStyle style) {
        NumberAxis x = new NumberAxis(course.xLabel());
        Charts.styleAxis(x, style);
        x.setLabelFont(style.font(Font.PLAIN, style.panelTitleSize()));
        x.setLabelPaint(style.text());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(style.tickSize() * 1.2);
        // One colour per curve name across the panels, in order of first appearance.
        List<String> named = new ArrayList<>();
        for (Panel p : course.panels()) {
            for (Curve c : p.curves()) {
                if (!named.contains(c.name())) {
                    legend.add(Charts.armLegendItem(c.name(), named.size(), style));
                    named.add(c.name());
                }
            }
        }
        boolean anyPoint = false;
        boolean anyTimeBand = false;
        boolean anyOtherSource = false;
        for (Panel p : course.panels()) {
            plot.add(panel(p, named, style));
            anyPoint |= !p.points().isEmpty();
            anyTimeBand |= !p.timeBands().isEmpty();
            anyOtherSource |= !p.otherSources().isEmpty();
        }
        if (anyPoint) {
            legend.add(new LegendItem("published value and tolerance", null, null, null,
                    new Rectangle2D.Double(-2, -style.tickSize() / 2, 4, style.tickSize()), style.text()));
            legend.add(new LegendItem("model value", null, null, null, dot(style), style.text()));
        }
        if (anyTimeBand) {
            legend.add(new LegendItem("published time range", null, null, null,
                    new Rectangle2D.Double(-10, -8, 20, 16), BAND));
        }
        if (anyOtherSource) {
            legend.add(new LegendItem("a contradicting study's time (not scored)", null, null, null, true,
                    new Rectangle2D.Double(-10, -8, 20, 16), true, OTHER_SOURCE, true, style.text(), dashed(), false,
                    new Line2D.Double(), new BasicStroke(), style.text()));
        }
        return plot;
    }

    /** One panel; curve {@code c} is drawn in the colour of {@code colourOrder.indexOf(c.name())}. */
    private static XYPlot panel(Panel p, List<String> colourOrder, ChartStyle style) {
        XYPlot panel = new XYPlot();
        NumberAxis axis = Charts.panelAxis(p.quantity(), p.unit(), style);
        panel.setRangeAxis(axis);
        Charts.stylePanel(panel, style);

        DefaultXYDataset curves = new DefaultXYDataset();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (Curve c : p.curves()) {
            curves.addSeries(c.name(), new double[][] {c.x(), c.y()});
            for (double y : c.y()) {
                if (Double.isFinite(y)) {
                    low = Math.min(low, y);
                    high = Math.max(high, y);
                }
            }
        }
        XYLineAndShapeRenderer lines = Charts.armLines(p.curves().size(), style);
        int[] colours = p.curves().stream().mapToInt(c -> colourOrder.indexOf(c.name())).toArray();
        for (int i = 0; i < colours.length; i++) {
            lines.setSeriesPaint(i, style.armColour(colours[i]));
            lines.setSeriesStroke(i, Charts.curveStroke(style, colours[i]));
        }
        panel.setDataset(0, curves);
        panel.setRenderer(0, lines);
        for (Panel.Point point : p.points()) {
            Comparison c = point.comparison();
            for (double v : new double[] {c.low(), c.high(), c.model(), c.published()}) {
                if (Double.isFinite(v)) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        double pad = Math.max(MARGIN * (high - low), 1e-9 * Math.max(1, Math.abs(high)));
        double axisLow = low - pad;
        double axisHigh = high + pad;
        axis.setRange(axisLow, axisHigh);
        if (!p.points().isEmpty()) {
            double xMid = p.curves().stream().flatMapToDouble(c -> Arrays.stream(c.x())).summaryStatistics()
                    .getAverage();
            addPoints(panel, p, colours, axisLow, axisHigh, xMid, style);
        }
        for (Panel.TimeBand band : p.timeBands()) {
            addTimeBand(panel, band, style);
        }
        for (Panel.OtherSource other : p.otherSources()) {
            IntervalMarker range = new IntervalMarker(other.fromX(), other.toX(), OTHER_SOURCE, new BasicStroke(),
                    style.text(), dashed(), 1f);
            range.setLabel(other.label());
            note(range, style, RectangleAnchor.BOTTOM_LEFT);
            // one line above the model's time at the foot of the panel, running right from the range's start
            range.setLabelOffset(new RectangleInsets(4, 8, 4 + 2.2 * style.noteSize(), 8));
            range.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            panel.addDomainMarker(range, Layer.BACKGROUND);
        }
        return panel;
    }

    /**
     * The published values as error bars (a bound that is open runs past the edge of the panel), a
     * diamond at the published value when there is one, and the model's value as a dot; each in the
     * colour of the curve it belongs to (error bars in the text colour when the panel has one curve),
     * with its numbers written beside it, on the side of the panel's middle {@code xMid} so they stay inside.
     */
    private static void addPoints(XYPlot panel, Panel p, int[] colours, double axisLow, double axisHigh, double xMid,
                                  ChartStyle style) {
        YIntervalSeriesCollection published = new YIntervalSeriesCollection();
        DefaultXYDataset model = new DefaultXYDataset();
        XYErrorRenderer bars = new XYErrorRenderer();
        bars.setDrawXError(false);
        bars.setDefaultLinesVisible(false);
        bars.setErrorStroke(new BasicStroke(style.lineWidth()));
        bars.setCapLength(style.tickSize());
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        double beyond = axisHigh - axisLow; // an open bound is drawn this far past the panel's edge
        for (int i = 0; i < p.points().size(); i++) {
            Panel.Point point = p.points().get(i);
            Comparison c = point.comparison();
            double lo = Double.isFinite(c.low()) ? c.low() : axisLow - beyond;
            double hi = Double.isFinite(c.high()) ? c.high() : axisHigh + beyond;
            YIntervalSeries s = new YIntervalSeries(c.quantity() + " (published)");
            boolean central = Double.isFinite(c.published());
            s.add(point.x(), central ? c.published() : (Math.max(lo, axisLow) + Math.min(hi, axisHigh)) / 2, lo, hi);
            published.addSeries(s);
            Color colour = style.armColour(colours[point.curve()]);
            bars.setSeriesPaint(i, p.curves().size() == 1 ? style.text() : colour);
            bars.setSeriesShape(i, Charts.diamond(style.tickSize() * 0.45));
            bars.setSeriesShapesVisible(i, central);
            model.addSeries(c.quantity() + " (model)", new double[][] {{point.x()}, {c.model()}});
            dots.setSeriesPaint(i, colour);
            dots.setSeriesShape(i, dot(style));

            String text = "published " + (central ? Numbers.readable(c.published()) + " (" + c.bandText() + ")" : c.bandText())
                    + ";  model " + Numbers.readable(c.model());
            double y = Double.isFinite(c.published()) ? c.published() : Math.max(axisLow, Math.min(axisHigh, c.model()));
            boolean right = point.x() <= xMid;
            XYTextAnnotation label = new XYTextAnnotation((right ? "   " : "") + text + (right ? "" : "   "), point.x(), y);
            label.setFont(style.font(Font.PLAIN, style.noteSize()));
            label.setPaint(colour.darker());
            label.setBackgroundPaint(new Color(255, 255, 255, 210));
            label.setTextAnchor(right ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
            panel.addAnnotation(label);
        }
        panel.setDataset(1, model);
        panel.setRenderer(1, dots);
        panel.setDataset(2, published);
        panel.setRenderer(2, bars);
    }

    private static void addTimeBand(XYPlot panel, Panel.TimeBand band, ChartStyle style) {
        Comparison c = band.comparison();
        IntervalMarker shade = new IntervalMarker(c.low() * band.xPerUnit(), c.high() * band.xPerUnit());
        shade.setPaint(BAND);
        shade.setOutlinePaint(null);
        shade.setLabel("published " + c.bandText());
        note(shade, style, RectangleAnchor.TOP);
        shade.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        panel.addDomainMarker(shade, Layer.BACKGROUND);
        ValueMarker line = new ValueMarker(c.model() * band.xPerUnit(), style.text(), dashed());
        line.setLabel("model " + Numbers.readable(c.model()) + " " + c.unit());
        note(line, style, RectangleAnchor.BOTTOM_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        panel.addDomainMarker(line, Layer.FOREGROUND);
    }

    // ---- experiments of single numbers ----

    /** One strip per number; the shared x axis only spreads the strip and is hidden. */
    private static XYPlot numbers(CalibrationReport.Row row, LegendItemCollection legend, ChartStyle style) {
        NumberAxis x = new NumberAxis();
        x.setRange(-1, 1);
        x.setVisible(false);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(x);
        plot.setGap(style.tickSize() * 1.5);
        for (Comparison c : row.outcome().comparisons()) {
            plot.add(strip(c, style));
        }
        legend.add(new LegendItem("published tolerance", null, null, null, new Rectangle2D.Double(-10, -8, 20, 16), BAND));
        legend.add(new LegendItem("published value", null, null, null, new Line2D.Double(-14, 0, 14, 0), dashed(),
                style.text()));
        legend.add(new LegendItem("model: within", null, null, null, dot(style), passColour(true, style)));
        legend.add(new LegendItem("model: outside", null, null, null, dot(style), passColour(false, style)));
        return plot;
    }

    private static XYPlot strip(Comparison c, ChartStyle style) {
        double low = c.model();
        double high = c.model();
        for (double v : new double[] {c.low(), c.high(), c.published()}) {
            if (Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        double pad = Math.max(0.5 * (high - low), 0.05 * Math.max(Math.abs(low), Math.abs(high)));
        if (pad == 0) {
            pad = 1;
        }
        double axisLow = low - pad;
        double axisHigh = high + pad;
        XYPlot strip = new XYPlot();
        NumberAxis axis = Charts.panelAxis(c.quantity(), c.unit(), style);
        axis.setRange(axisLow, axisHigh);
        strip.setRangeAxis(axis);
        Charts.stylePanel(strip, style);
        strip.setDomainGridlinesVisible(false);

        IntervalMarker band = new IntervalMarker(Math.max(c.low(), axisLow), Math.min(c.high(), axisHigh));
        band.setPaint(BAND);
        band.setOutlinePaint(null);
        band.setLabel("published " + (Double.isFinite(c.published()) ? Numbers.readable(c.published()) + " ("
                + c.bandText() + ")" : c.bandText()));
        note(band, style, RectangleAnchor.TOP_LEFT);
        band.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        strip.addRangeMarker(band, Layer.BACKGROUND);
        if (Double.isFinite(c.published())) {
            strip.addRangeMarker(new ValueMarker(c.published(), style.text(), dashed()), Layer.BACKGROUND);
        }

        DefaultXYDataset model = new DefaultXYDataset();
        model.addSeries("model", new double[][] {{0}, {c.model()}});
        XYLineAndShapeRenderer dot = new XYLineAndShapeRenderer(false, true);
        dot.setSeriesShape(0, dot(style));
        dot.setSeriesPaint(0, passColour(c.pass(), style));
        strip.setDataset(model);
        strip.setRenderer(dot);
        XYTextAnnotation label = new XYTextAnnotation("model " + Numbers.readable(c.model()) + " " + c.unit(), 0.04, c.model());
        label.setFont(style.font(Font.BOLD, style.noteSize()));
        label.setPaint(passColour(c.pass(), style));
        label.setBackgroundPaint(new Color(255, 255, 255, 210)); // readable over the dashed published line
        label.setTextAnchor(TextAnchor.CENTER_LEFT);
        strip.addAnnotation(label);
        return strip;
    }

    // ---- shared pieces ----

    /** Blue (the first arm colour) when within the band, vermillion (the second) when outside. */
    private static Color passColour(boolean pass, ChartStyle style) {
        return style.armColour(pass ? 0 : 1);
    }

    private static Shape dot(ChartStyle style) {
        double r = style.tickSize() * 0.4;
        return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
    }

    private static BasicStroke dashed() {
        return new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {10f, 7f}, 0f);
    }

    private static void note(Marker marker, ChartStyle style, RectangleAnchor anchor) {
        marker.setLabelFont(style.font(Font.PLAIN, style.noteSize()));
        marker.setLabelPaint(style.text());
        marker.setLabelAnchor(anchor);
        marker.setLabelOffset(new RectangleInsets(4, 8, 4, 8));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
    }
}
