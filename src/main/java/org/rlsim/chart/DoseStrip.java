package org.rlsim.chart;

import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.OralDose;
import org.rlsim.scenario.ScenarioResult;

/**
 * The strip of dose markers above a chart's panels: one row per arm, in the arm's colour. An oral dose
 * is a thin tick (daily doses form a comb or a band, not a wall of lines across the panels), an IV
 * infusion a downward triangle labelled with its amount, a blood loss a diamond.
 */
final class DoseStrip {
    /** Kinds of dose event, each with its own marker. */
    enum DoseKind {
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

        /** Marker shape centred on the dose, px. */
        Shape shape(ChartStyle style) {
            double s = style.tickSize(); // markers as tall as a line of small text
            return switch (this) {
                case ORAL -> new Rectangle2D.Double(-0.75, -s * 0.45, 1.5, s * 0.9);
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

    private DoseStrip() {
    }

    /** Whether any arm has any dose event, i.e. whether a strip is worth drawing. */
    static boolean anyDoses(ScenarioResult result) {
        return result.arms().stream().anyMatch(a -> !a.trajectory().events().isEmpty());
    }

    /** Legend entries, in the muted colour, for the kinds of dose that occur in the run. */
    static void addLegendItems(LegendItemCollection legend, ScenarioResult result, ChartStyle style) {
        for (DoseKind kind : DoseKind.values()) {
            if (result.arms().stream().anyMatch(a -> a.trajectory().events().stream().anyMatch(kind::matches))) {
                legend.add(new LegendItem(kind.legend, null, null, null, kind.shape(style), style.muted()));
            }
        }
    }

    /** The strip: arm i on row i (top to bottom); one series per arm and kind of dose. */
    static XYPlot create(ScenarioResult result, TimeScale scale, ChartStyle style) {
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
