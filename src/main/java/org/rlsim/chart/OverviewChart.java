package org.rlsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.DefaultXYDataset;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.OralDose;
import org.rlsim.model.Observable;
import org.rlsim.report.ArmSummary;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.ScenarioResult;

/**
 * The overview of a scenario on one slide: a strip of dose markers on top, then one panel per charted
 * observable ({@code scenario.charts()}, in order), all sharing a time axis in days or, for runs
 * longer than 13 weeks, weeks. Each arm has one colour everywhere.
 *
 * <p>Dose strip: one row per arm; an oral dose is a thin tick (daily doses form a comb or a band, not
 * a wall of lines across the panels), an IV infusion a downward triangle labelled with its amount, a
 * blood loss a diamond. Serum ferritin shows the {@value ArmSummary#FERRITIN_TARGET_NG_ML} ng/mL guideline
 * target as a dashed line; the symptom score is drawn on its full 0–40 scale over lightly shaded IRLS
 * severity bands, named on a second axis at the right.
 */
public final class OverviewChart {
    /** IRLS severity bands, points: mild 1–10, moderate 11–20, severe 21–30, very severe 31–40 (Walters et al. 2003, Sleep Med 4:121). */
    private static final double[] SEVERITY_EDGES = {0, 10, 20, 30, 40};
    private static final String[] SEVERITY_NAMES = {"mild", "moderate", "severe", "very severe"};

    /** Relative heights: the dose strip gets this per arm, each observable panel {@link #PANEL_WEIGHT}. */
    private static final int STRIP_WEIGHT_PER_ARM = 1;
    private static final int PANEL_WEIGHT = 6;

    private OverviewChart() {
    }

    /**
     * Builds the chart. Pure: reads the result, changes nothing, uses no global theme.
     *
     * @param result what to draw; its scenario names the panels ({@code charts()}) and the title
     * @param style  fonts, sizes and colours
     */
    public static JFreeChart create(ScenarioResult result, ChartStyle style) {
        TimeScale scale = TimeScale.forDuration(result.scenario().durationH());
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.timeAxis(scale, result.scenario().durationH(), style));
        plot.setGap(style.tickSize() * 0.6); // room for the halves of tick labels that stick out of each panel
        plot.add(doseStrip(result, scale, style), STRIP_WEIGHT_PER_ARM * result.arms().size());
        for (Observable o : result.scenario().charts()) {
            plot.add(panel(o, result, scale, style), PANEL_WEIGHT);
        }

        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < result.arms().size(); i++) {
            legend.add(Charts.armLegendItem(result.arms().get(i).arm().name(), i, style));
        }
        for (DoseKind kind : DoseKind.values()) {
            if (result.arms().stream().anyMatch(a -> kind.anyIn(a.trajectory().events()))) {
                legend.add(new LegendItem(kind.legend, null, null, null, kind.shape(style), style.muted()));
            }
        }
        return Charts.chart(result.scenario().title(), plot, legend, result, style);
    }

    /** One observable for every arm; series i is arm i. */
    private static XYPlot panel(Observable o, ScenarioResult result, TimeScale scale, ChartStyle style) {
        DefaultXYDataset data = new DefaultXYDataset();
        for (ArmResult arm : result.arms()) {
            data.addSeries(arm.arm().name(), new double[][] {scale.times(arm.trajectory()), arm.trajectory().series(o)});
        }
        XYPlot panel = new XYPlot();
        NumberAxis axis = Charts.panelAxis(o.label(), o.unit(), style);
        panel.setDataset(data);
        panel.setRangeAxis(axis);
        panel.setRenderer(Charts.armLines(result.arms().size(), style));
        Charts.stylePanel(panel, style);
        if (o == Observable.SERUM_FERRITIN) {
            addFerritinTarget(panel, axis, style);
        } else if (o == Observable.SYMPTOM_SCORE) {
            addSeverityBands(panel, axis, style);
        }
        return panel;
    }

    private static void addFerritinTarget(XYPlot panel, NumberAxis axis, ChartStyle style) {
        double target = ArmSummary.FERRITIN_TARGET_NG_ML;
        ValueMarker line = new ValueMarker(target, style.muted(), new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {10f, 7f}, 0f));
        line.setLabel(String.format(Locale.ROOT, "%.0f ng/mL guideline target", target));
        line.setLabelFont(style.font(Font.PLAIN, style.noteSize()));
        line.setLabelPaint(style.muted());
        // At the left, where curves are usually far from the target (it is the value they head for).
        line.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        line.setLabelOffset(new RectangleInsets(2, 24, 2, 4));
        line.setLabelBackgroundColor(new Color(255, 255, 255, 200)); // hides the grid lines behind the text
        panel.addRangeMarker(line, Layer.BACKGROUND);
        // From 0 (ferritin is read against zero) to above both the data and the target, so the target
        // stays in view even when every arm stays far below it.
        double top = Math.max(target, DatasetUtils.findMaximumRangeValue(panel.getDataset()).doubleValue());
        axis.setRange(0, top * 1.08);
    }

    private static void addSeverityBands(XYPlot panel, NumberAxis axis, ChartStyle style) {
        for (int b = 0; b < SEVERITY_NAMES.length; b++) {
            IntervalMarker band = new IntervalMarker(SEVERITY_EDGES[b], SEVERITY_EDGES[b + 1]);
            // Darker with severity; grey so that the arms' colours stay the only colours.
            band.setPaint(new Color(0, 0, 0, 6 + 8 * b));
            band.setOutlinePaint(null);
            panel.addRangeMarker(band, Layer.BACKGROUND);
        }
        axis.setRange(SEVERITY_EDGES[0], SEVERITY_EDGES[SEVERITY_EDGES.length - 1]);
        axis.setTickUnit(new NumberTickUnit(10));
        // The band names go on a second axis at the right, outside the data, so no curve crosses them:
        // symbol i sits at value i, and the range [-0.5, n - 0.5] puts it at the middle of band i.
        SymbolAxis names = new SymbolAxis(null, SEVERITY_NAMES);
        names.setRange(-0.5, SEVERITY_NAMES.length - 0.5);
        names.setGridBandsVisible(false);
        names.setTickLabelFont(style.font(Font.ITALIC, style.noteSize()));
        names.setTickLabelPaint(style.muted());
        names.setTickMarksVisible(false);
        names.setAxisLineVisible(false);
        panel.setRangeAxis(1, names);
        panel.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    }

    /** Kinds of dose event, each with its own marker. */
    private enum DoseKind {
        ORAL("oral dose"), IV("IV infusion"), BLOOD_LOSS("blood loss");

        final String legend;

        DoseKind(String legend) {
            this.legend = legend;
        }

        boolean matches(DoseEvent e) {
            return switch (this) {
                case ORAL -> e instanceof OralDose;
                case IV -> e instanceof IvInfusion;
                case BLOOD_LOSS -> e instanceof BloodLoss;
            };
        }

        boolean anyIn(List<DoseEvent> events) {
            return events.stream().anyMatch(this::matches);
        }

        /** Marker shape centred on the dose, in px. */
        Shape shape(ChartStyle style) {
            double s = style.tickSize(); // markers as tall as a line of small text
            return switch (this) {
                case ORAL -> new Rectangle2D.Double(-0.6, -s * 0.4, 1.2, s * 0.8);
                case IV -> triangleDown(s * 0.5);
                case BLOOD_LOSS -> diamond(s * 0.4);
            };
        }

        private static Shape triangleDown(double r) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(-r, -r * 0.8);
            p.lineTo(r, -r * 0.8);
            p.lineTo(0, r);
            p.closePath();
            return p;
        }

        private static Shape diamond(double r) {
            Path2D.Double p = new Path2D.Double();
            p.moveTo(0, -r);
            p.lineTo(r, 0);
            p.lineTo(0, r);
            p.lineTo(-r, 0);
            p.closePath();
            return p;
        }
    }

    /** The dose strip: arm i on row i (top to bottom); one series per arm and kind of dose. */
    private static XYPlot doseStrip(ScenarioResult result, TimeScale scale, ChartStyle style) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot strip = new XYPlot();
        int series = 0;
        for (int arm = 0; arm < result.arms().size(); arm++) {
            List<DoseEvent> events = result.arms().get(arm).trajectory().events();
            for (DoseKind kind : DoseKind.values()) {
                List<DoseEvent> ofKind = events.stream().filter(kind::matches).toList();
                if (ofKind.isEmpty()) {
                    continue;
                }
                double[][] xy = new double[2][ofKind.size()];
                for (int i = 0; i < ofKind.size(); i++) {
                    xy[0][i] = scale.fromHours(ofKind.get(i).startH());
                    xy[1][i] = arm;
                }
                data.addSeries(result.arms().get(arm).arm().name() + " / " + kind.legend, xy);
                renderer.setSeriesShape(series, kind.shape(style));
                renderer.setSeriesPaint(series, style.armColour(arm));
                series++;
                if (kind == DoseKind.IV) {
                    strip.addAnnotation(ivLabel(ofKind, arm, scale, result, style));
                }
            }
        }
        NumberAxis rows = Charts.panelAxis("Doses", "", style);
        rows.setInverted(true);
        rows.setRange(-0.6, result.arms().size() - 0.4);
        rows.setTickLabelsVisible(false);
        rows.setTickMarksVisible(false);
        rows.setAxisLineVisible(false);
        strip.setDataset(data);
        strip.setRangeAxis(rows);
        strip.setRenderer(renderer);
        Charts.stylePanel(strip, style);
        strip.setRangeGridlinesVisible(false);
        strip.setDomainGridlinesVisible(false);
        return strip;
    }

    /**
     * "IV 1000 mg" for one infusion, "IV 5 × 200 mg" for equal ones, "IV: 3 infusions, 1000 mg" otherwise;
     * placed after the last infusion, or before the first when the course ends late in the run, so that
     * the label does not cover the course's own markers.
     */
    private static XYTextAnnotation ivLabel(List<DoseEvent> infusions, int arm, TimeScale scale,
                                            ScenarioResult result, ChartStyle style) {
        List<Double> amounts = new ArrayList<>();
        for (DoseEvent e : infusions) {
            amounts.add(((IvInfusion) e).amountMg());
        }
        double total = amounts.stream().mapToDouble(Double::doubleValue).sum();
        String text;
        if (amounts.size() == 1) {
            text = "IV " + mg(total);
        } else if (amounts.stream().distinct().count() == 1) {
            text = "IV " + amounts.size() + " × " + mg(amounts.get(0));
        } else {
            text = "IV: " + amounts.size() + " infusions, " + mg(total);
        }
        double end = scale.fromHours(result.scenario().durationH());
        double first = scale.fromHours(infusions.get(0).startH());
        double last = scale.fromHours(infusions.get(infusions.size() - 1).startH());
        double gap = 0.012 * end; // about one marker width, in axis units
        boolean after = last < 0.75 * end || first < 0.25 * end;
        XYTextAnnotation label = new XYTextAnnotation(text, after ? last + gap : first - gap, arm);
        label.setTextAnchor(after ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
        label.setFont(style.font(Font.BOLD, style.noteSize()));
        label.setPaint(style.armColour(arm));
        return label;
    }

    private static String mg(double amount) {
        return String.format(Locale.ROOT, "%.0f mg", amount);
    }
}
