package org.rlsim.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.rlsim.dosing.AgonistDose;
import org.rlsim.dosing.BloodLoss;
import org.rlsim.dosing.DoseEvent;
import org.rlsim.dosing.IvInfusion;
import org.rlsim.dosing.OralDose;
import org.rlsim.dosing.RegimenItem;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.ScenarioResult;

/**
 * The strip of dose markers above a chart's panels: one row per arm shown, in the arm's colour. An oral
 * dose is a thin tick (daily doses form a comb or a band, not a wall of lines across the panels), an IV
 * infusion a downward triangle labelled with its amount, a blood loss a diamond, and a course of a
 * dopamine agonist a thin bar over the days it is taken, labelled with drug and dose.
 */
final class DoseStrip {
    /** Height of the strip per arm row, relative to the panels' weights in {@link OverviewChart}. */
    static final int WEIGHT_PER_ARM = 3;
    /** Gap between a marker's edge and its label, px. */
    private static final double LABEL_GAP_PX = 8;
    /** Half the thickness of an agonist course's bar, in rows (a row is 1). */
    private static final double COURSE_HALF_HEIGHT = 0.14;
    /** Behind the labels of agonist courses, so the bar ends at the text rather than running through it. */
    private static final Color LABEL_BACKGROUND = Color.WHITE;

    /** Kinds of dose, each with its own mark. */
    enum DoseKind {
        ORAL("oral dose"), IV("IV infusion"), BLOOD_LOSS("blood loss"), AGONIST("dopamine agonist course");

        final String legend;

        DoseKind(String legend) {
            this.legend = legend;
        }

        boolean matches(DoseEvent e) {
            return switch (this) {
                case ORAL -> e instanceof OralDose;
                case IV -> e instanceof IvInfusion;
                case BLOOD_LOSS -> e instanceof BloodLoss;
                case AGONIST -> e instanceof AgonistDose;
            };
        }

        /** Marker shape centred on the dose (for an agonist course, the legend's sample of its bar), px. */
        Shape shape(ChartStyle style) {
            double s = style.tickSize(); // markers as tall as a line of small text
            return switch (this) {
                case ORAL -> new Rectangle2D.Double(-0.75, -s * 0.45, 1.5, s * 0.9);
                case IV -> triangleDown(ivRadius(style));
                case BLOOD_LOSS -> diamond(s * 0.4);
                case AGONIST -> new Rectangle2D.Double(-s * 0.6, -s * 0.15, s * 1.2, s * 0.3);
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

    /** Half the width of the IV triangle, px. */
    private static double ivRadius(ChartStyle style) {
        return style.tickSize() * 0.5;
    }

    /**
     * Adds the strip of the arms {@code arms} (indices in scenario order, one row each, top to bottom) on
     * top of {@code plot}, if any of them has a dose, and its entries to {@code legend}.
     *
     * @return the strip, or {@code null} when none of the arms has a dose
     */
    static XYPlot addTo(CombinedDomainXYPlot plot, LegendItemCollection legend, ScenarioResult result, List<Integer> arms,
                        TimeScale scale, ChartStyle style) {
        if (arms.stream().allMatch(a -> result.arms().get(a).trajectory().events().isEmpty())) {
            return null;
        }
        XYPlot strip = create(result, arms, scale, style);
        plot.add(strip, WEIGHT_PER_ARM * arms.size());
        for (DoseKind kind : DoseKind.values()) {
            if (arms.stream().anyMatch(a -> result.arms().get(a).trajectory().events().stream().anyMatch(kind::matches))) {
                legend.add(new LegendItem(kind.legend, null, null, null, kind.shape(style), style.muted()));
            }
        }
        return strip;
    }

    /** The strip: arm {@code arms.get(row)} on row {@code row}; one series per arm and kind of dose marker. */
    private static XYPlot create(ScenarioResult result, List<Integer> arms, TimeScale scale, ChartStyle style) {
        DefaultXYDataset data = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        XYPlot strip = new XYPlot();
        int series = 0;
        for (int row = 0; row < arms.size(); row++) {
            int arm = arms.get(row);
            ArmResult armResult = result.arms().get(arm);
            List<DoseEvent> events = armResult.trajectory().events();
            for (DoseKind kind : DoseKind.values()) {
                List<DoseEvent> ofKind = events.stream().filter(kind::matches).toList();
                if (ofKind.isEmpty()) {
                    continue;
                }
                if (kind == DoseKind.AGONIST) {
                    addCourses(strip, armResult, row, style.armColour(arm), scale, result.scenario().durationH(), style);
                    continue;
                }
                double[][] xy = new double[2][ofKind.size()];
                for (int i = 0; i < ofKind.size(); i++) {
                    xy[0][i] = scale.fromHours(ofKind.get(i).startH());
                    xy[1][i] = row;
                }
                data.addSeries(armResult.arm().name() + " / " + kind.legend, xy);
                renderer.setSeriesShape(series, kind.shape(style));
                renderer.setSeriesPaint(series, style.armColour(arm));
                series++;
                if (kind == DoseKind.IV) {
                    strip.addAnnotation(ivLabel(ofKind, row, style.armColour(arm), scale, result.scenario().durationH(), style));
                }
            }
        }
        NumberAxis rows = Charts.panelAxis("Doses", "", style);
        rows.setInverted(true);
        rows.setRange(-0.6, arms.size() - 0.4);
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
     * One bar per agonist item of the arm's regimen, from its first dose to the end of the last dosing
     * interval (or the end of the run), labelled with dose and drug just after its start, or just before
     * it when the course starts in the last quarter of the run.
     */
    private static void addCourses(XYPlot strip, ArmResult arm, int row, Color colour, TimeScale scale, double durationH,
                                   ChartStyle style) {
        for (RegimenItem item : arm.arm().regimen().items()) {
            if (!(item instanceof RegimenItem.Agonist course)) {
                continue;
            }
            List<DoseEvent> given = course.events().stream().filter(e -> e.startH() < durationH).toList();
            if (given.isEmpty()) {
                continue;
            }
            double startH = given.get(0).startH();
            double lastIntervalH = course.schedule().count() > 1 ? course.schedule().intervalH()
                    : Math.max(given.get(0).endH() - startH, 24);
            double endH = Math.min(durationH, given.get(given.size() - 1).startH() + lastIntervalH);
            double start = scale.fromHours(startH);
            // y0 > y1: the row axis is inverted, and the box is drawn from y1's pixel down to y0's.
            strip.addAnnotation(new XYBoxAnnotation(start, row + COURSE_HALF_HEIGHT, scale.fromHours(endH),
                    row - COURSE_HALF_HEIGHT, null, null, colour));
            boolean after = startH < 0.75 * durationH;
            strip.addAnnotation(new StripLabel(given.get(0).describe(), start, row, after ? 2 * LABEL_GAP_PX : -LABEL_GAP_PX,
                    after ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT, style.font(Font.BOLD, style.noteSize()),
                    colour, LABEL_BACKGROUND));
        }
    }

    /**
     * "IV 1000 mg" for one infusion, "IV 5 × 200 mg" for equal ones, "IV: 3 infusions, 1000 mg" otherwise;
     * placed a small gap after the last infusion's triangle, or before the first one's when the course ends
     * late in the run, so that the label does not cover the course's own markers.
     */
    private static StripLabel ivLabel(List<DoseEvent> infusions, int row, Color colour, TimeScale scale, double durationH,
                                      ChartStyle style) {
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
        double firstH = infusions.get(0).startH();
        double lastH = infusions.get(infusions.size() - 1).startH();
        boolean after = lastH < 0.75 * durationH || firstH < 0.25 * durationH;
        double offset = ivRadius(style) + LABEL_GAP_PX;
        return new StripLabel(text, scale.fromHours(after ? lastH : firstH), row, after ? offset : -offset,
                after ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT, style.font(Font.BOLD, style.noteSize()), colour, null);
    }

    private static String mg(double amount) {
        return String.format(Locale.ROOT, "%.0f mg", amount);
    }
}
