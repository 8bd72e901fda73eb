package org.rlsim.chart;

import org.rlsim.scenario.Annotation;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.rlsim.model.Patient;
import org.rlsim.report.RunInfo;
import org.rlsim.scenario.ScenarioResult;

/** Pieces every rlsim chart shares: title, legend, footer, axes and panel look. */
final class Charts {
    private Charts() {
    }

    /**
     * The chart around a plot: title, legend at the top, caption at the bottom (what was run, see
     * {@link #provenance}, and the teaching-model disclaimer); white background; every font from the style.
     * Title and caption stay on one line ({@link OneLineTitle}): a long title gets a smaller font, down
     * to the size of the panel labels; a long caption a shorter text, down to the disclaimer alone.
     *
     * @param provenance what was run, most complete first, each shorter than the one before
     */
    static JFreeChart chart(String title, Plot plot, LegendItemCollection legendItems, List<String> provenance,
                            ChartStyle style) {
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 16, 8, 24));
        OneLineTitle heading = new OneLineTitle(List.of(title), style.font(Font.BOLD, style.titleSize()), style.panelTitleSize());
        heading.setPaint(style.text());
        chart.setTitle(heading);

        LegendTitle legend = new LegendTitle(() -> legendItems);
        legend.setItemFont(style.font(Font.PLAIN, style.tickSize()));
        legend.setItemPaint(style.text());
        legend.setBackgroundPaint(Color.WHITE);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 24));
        chart.addSubtitle(legend);

        List<String> footers = new ArrayList<>();
        for (String what : provenance) {
            footers.add(what + SEPARATOR + RunInfo.DISCLAIMER);
        }
        footers.add(RunInfo.DISCLAIMER);
        OneLineTitle footer = new OneLineTitle(footers, style.font(Font.PLAIN, style.footerSize()), style.footerSize());
        footer.setPaint(style.muted());
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        footer.setPadding(new RectangleInsets(4, 0, 0, 0));
        chart.addSubtitle(footer);
        return chart;
    }

    /** Between the parts of a caption. */
    private static final String SEPARATOR = "  ·  ";

    /**
     * What was run, for the caption, most complete first: "Patient: … · oral-vs-iv.yaml, rlsim 0.1.0"
     * ("Patients: …; …" when the arms compare patients, whose titles may contain commas), then shorter
     * forms for narrow slides (without the version, "3 patients" or, with virtual patients, "3 typical patients", the
     * file alone). A what-if run
     * ({@link ScenarioResult#whatIf()}) says so in every form: "oral-vs-iv.yaml · what-if: bbb.capacity=1, blood.volume_l=4500 mL"
     * (the --set values as typed).
     *
     * @param patients the patients to name (a per-arm chart names its arm's only)
     */
    static List<String> provenance(ScenarioResult result, List<Patient> patients) {
        String who = (patients.size() == 1 ? "Patient: " : "Patients: ")
                + patients.stream().map(Patient::title).collect(Collectors.joining("; "));
        String file = result.scenario().name() + ".yaml" + (result.whatIf().isEmpty() ? ""
                : SEPARATOR + "what-if: " + String.join(", ", result.whatIf()));
        String fileShort = result.scenario().name() + ".yaml" + (result.whatIf().isEmpty() ? "" : SEPARATOR + "what-if (--set)");
        List<String> forms = new ArrayList<>();
        forms.add(who + SEPARATOR + file + ", rlsim " + result.modelVersion());
        forms.add(who + SEPARATOR + file);
        if (patients.size() > 1) {
            // With virtual patients, the scenario's patients are the typical ones each arm's cohort is drawn around.
            forms.add(patients.size() + (result.cohorts().isEmpty() ? " patients" : " typical patients") + SEPARATOR + file);
        }
        forms.add(file);
        if (!result.whatIf().isEmpty()) {
            forms.add(fileShort);
        }
        return forms;
    }

    /** A legend entry drawn as a line in the arm's colour and dash pattern, long enough to show the pattern. */
    static LegendItem armLegendItem(String armName, int armIndex, ChartStyle style) {
        Shape line = new Line2D.Double(-22, 0, 22, 0);
        return new LegendItem(armName, null, null, null, line, curveStroke(style, armIndex), style.armColour(armIndex));
    }

    /**
     * The stroke of arm {@code armIndex}'s curve, in every chart: its own dash pattern ({@link ChartStyle#armDash}) as
     * well as its colour, so that curves that coincide show as interleaved dashes instead of one hiding
     * the other, and arms stay apart when printed in grey. Arms are drawn in order (arm 0, solid, at the
     * bottom), so the later arms' dashes lie over the earlier arms' curves.
     */
    static BasicStroke curveStroke(ChartStyle style, int armIndex) {
        float w = style.lineWidth();
        float[] pattern = ChartStyle.armDash(armIndex);
        if (pattern.length == 0) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] dash = new float[pattern.length];
        for (int i = 0; i < dash.length; i++) {
            dash[i] = pattern[i] * w;
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
    }

    /** The shared time axis, from a 1% margin before 0 to the end of the run, integer ticks. */
    static NumberAxis timeAxis(TimeScale scale, double durationH, ChartStyle style) {
        NumberAxis axis = new NumberAxis(scale.axisLabel());
        styleAxis(axis, style);
        axis.setLabelFont(style.font(Font.PLAIN, style.panelTitleSize()));
        axis.setLabelPaint(style.text());
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        double end = scale.fromHours(durationH);
        axis.setRange(-0.01 * end, end);
        return axis;
    }

    /** A panel's value axis, labelled horizontally at the left (see {@link PanelAxis}). */
    static NumberAxis panelAxis(String label, String unit, ChartStyle style) {
        NumberAxis axis = new PanelAxis(label, unit, style.font(Font.PLAIN, style.panelTitleSize()), style.text(),
                style.muted(), style.panelLabelWidth());
        styleAxis(axis, style);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /** Tick labels, axis line and tick marks in the style's fonts and colours. */
    static void styleAxis(ValueAxis axis, ChartStyle style) {
        axis.setTickLabelFont(style.font(Font.PLAIN, style.tickSize()));
        // No vertical padding: the line height of the font already spaces the labels, and short
        // panels then keep enough ticks to be read.
        axis.setTickLabelInsets(new RectangleInsets(0, 4, 0, 4));
        axis.setTickLabelPaint(style.text());
        axis.setAxisLinePaint(style.muted());
        axis.setTickMarkPaint(style.muted());
    }

    /** White background, light grid, no outline. */
    static void stylePanel(XYPlot panel, ChartStyle style) {
        panel.setBackgroundPaint(Color.WHITE);
        panel.setOutlineVisible(false);
        panel.setDomainGridlinePaint(style.grid());
        panel.setRangeGridlinePaint(style.grid());
        panel.setDomainGridlineStroke(new BasicStroke(1f));
        panel.setRangeGridlineStroke(new BasicStroke(1f));
        panel.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** A renderer that draws each arm (series i = arm i) as a line in its colour. */
    static XYLineAndShapeRenderer armLines(int arms, ChartStyle style) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true); // one path per arm: smooth joins between thousands of points
        for (int i = 0; i < arms; i++) {
            renderer.setSeriesPaint(i, style.armColour(i));
            renderer.setSeriesStroke(i, curveStroke(style, i));
        }
        return renderer;
    }

    /**
     * Draws each annotation as a dashed vertical line in front of the data: across every panel when it
     * names no panel of its own ({@code ownPanel} empty), with its text in {@code generalPanel}; only in its
     * own panel otherwise, with its text there. The text goes beside the line, inside the plot, where it
     * crosses no curve and no other label ({@link FreeSpotLabel}), on no background.
     */
    static void annotate(List<XYPlot> panels, List<Annotation> annotations, Function<Annotation, Optional<XYPlot>> ownPanel,
                         XYPlot generalPanel, TimeScale scale, ChartStyle style) {
        List<Annotation> inOrder = annotations.stream().sorted(Comparator.comparingDouble(Annotation::atH)).toList();
        BasicStroke dashed = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {12f, 6f}, 0f);
        for (Annotation a : inOrder) {
            double x = scale.fromHours(a.atH());
            Optional<XYPlot> own = ownPanel.apply(a);
            XYPlot carrier = own.orElse(generalPanel);
            for (XYPlot panel : own.map(List::of).orElse(panels)) {
                panel.addDomainMarker(new ValueMarker(x, style.text(), dashed), Layer.FOREGROUND);
            }
            placeFirst(carrier, new FreeSpotLabel(a.text(), style.font(Font.BOLD, style.noteSize()), style.text(),
                    FreeSpotLabel.Line.VERTICAL, x, style.lineWidth(), true));
        }
    }

    /**
     * Adds a label that must be shown before the panel's labels that may be left out (reference lines'
     * meanings), so that it chooses its place first and they keep clear of it.
     */
    private static void placeFirst(XYPlot panel, FreeSpotLabel label) {
        List<XYAnnotation> optional = new ArrayList<>();
        for (XYAnnotation a : panel.getAnnotations()) {
            if (a instanceof FreeSpotLabel other && !other.isRequired()) {
                optional.add(a);
            }
        }
        optional.forEach(a -> panel.removeAnnotation(a, false));
        panel.addAnnotation(label, false);
        optional.forEach(a -> panel.addAnnotation(a, false));
    }

    /** A diamond marker of half-width {@code r} px, centred on the origin. */
    static Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}
