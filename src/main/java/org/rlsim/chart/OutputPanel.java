package org.rlsim.chart;

import static org.rlsim.model.TimeUnits.DAY_H;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rlsim.model.DopamineSystem;
import org.rlsim.model.Erythropoiesis;
import org.rlsim.model.Observable;
import org.rlsim.model.ReferenceRanges;
import org.rlsim.report.ArmSummary;
import org.rlsim.scenario.ArmResult;
import org.rlsim.scenario.ScenarioResult;
import org.rlsim.simulation.Trajectory;

/**
 * The panel of one output for every arm (series i = arm i, in the arm's colour), with the reference
 * lines and bands that teach something about it:
 * <ul>
 *   <li>serum ferritin: logarithmic axis ({@link FerritinAxis}) and the {@value ArmSummary#FERRITIN_TARGET_NG_ML}
 *       ng/mL line that RLS guidelines use, labelled as a teaching reference;</li>
 *   <li>symptom score: the full 0–40 scale over the four IRLS severity bands, named at the right;</li>
 *   <li>transferrin saturation: the normal range {@value #TSAT_LOW_PCT}–{@value #TSAT_HIGH_PCT} % as a band,
 *       named at the right;</li>
 *   <li>the momentary urge and the agonist's receptor stimulation on their whole scales ({@link #FULL_SCALE}),
 *       agonist in plasma, augmentation and the IV iron complex from 0 ({@link #FROM_ZERO_MIN_TOP});</li>
 *   <li>haemoglobin: the WHO anaemia threshold of the arms' patients' sex: {@value #HB_ANAEMIA_WOMEN_G_DL} g/dL
 *       for non-pregnant women (a haemoglobin set point below the model's default, a man's),
 *       {@value #HB_ANAEMIA_MEN_G_DL} g/dL for men; both lines when the arms compare women and men.</li>
 * </ul>
 * Outputs that swing within each day ({@link #DAILY_RHYTHM}) are drawn, in runs longer than
 * {@value #DAILY_MEAN_BEYOND_H} h with at least {@value #MIN_ROWS_PER_DAY} rows a day, as the daily mean
 * (line) over the daily range (light band in the arm's colour): over months the raw swings fill the
 * panel as a solid band that hides the trend. Other outputs are drawn from every row, thinned by
 * {@link Decimation} to what the slide can show.
 */
final class OutputPanel {
    /** Normal transferrin saturation, %: 20–45 ({@link ReferenceRanges}). */
    static final double TSAT_LOW_PCT = ReferenceRanges.TSAT_NORMAL_LOW_PCT;
    static final double TSAT_HIGH_PCT = ReferenceRanges.TSAT_NORMAL_HIGH_PCT;
    /** The name of the normal saturation band, at the panel's right edge. */
    static final String TSAT_NORMAL_NAME = "normal range";
    /** WHO haemoglobin threshold for anaemia in non-pregnant women, g/dL ({@link ReferenceRanges}). */
    static final double HB_ANAEMIA_WOMEN_G_DL = ReferenceRanges.HB_ANAEMIA_WOMEN_G_DL;
    /** WHO haemoglobin threshold for anaemia in men, g/dL ({@link ReferenceRanges}). */
    static final double HB_ANAEMIA_MEN_G_DL = ReferenceRanges.HB_ANAEMIA_MEN_G_DL;

    /**
     * Outputs with a daily rhythm: hepcidin's diurnal rhythm and its rise after each tablet, the
     * serum-iron and saturation spikes after each tablet, the circadian dopamine signal and urge.
     */
    static final Set<Observable> DAILY_RHYTHM = Set.of(Observable.TSAT, Observable.SERUM_IRON, Observable.HEPCIDIN,
            Observable.DOPAMINE_SIGNAL, Observable.URGE, Observable.AGONIST_PLASMA);
    /**
     * Outputs on a bounded scale, drawn on the whole of it (from 0 to this value) so that a change reads
     * against the scale's size: the urge (0–10) and the agonist's receptor stimulation (0–100 % of maximum).
     * The symptom score's 0–40 comes with its severity bands.
     */
    static final Map<Observable, Double> FULL_SCALE = Map.of(Observable.URGE, DopamineSystem.URGE_MAX,
            Observable.AGONIST_EFFECT, 100.0);
    /**
     * Outputs whose axis starts at 0, with the smallest top each must show, in its unit: amounts that are 0
     * without treatment. Augmentation, % of patients, keeps a top of at least 10 % so that a fraction of a
     * percent does not fill the panel.
     */
    static final Map<Observable, Double> FROM_ZERO_MIN_TOP = Map.of(Observable.AGONIST_PLASMA, 0.0,
            Observable.AUGMENTATION, 10.0, Observable.IV_COMPLEX, 0.0);
    /** Head room above the highest value on axes that start at 0, as a fraction of it. */
    private static final double HEAD_ROOM = 0.06;
    /** Runs longer than this, h (two weeks), show daily means of the outputs with a daily rhythm. */
    static final double DAILY_MEAN_BEYOND_H = 14 * 24;
    /** Fewer rows a day than this do not show a daily swing worth summarising. */
    static final int MIN_ROWS_PER_DAY = 4;
    /** Behind marker labels: none (fully transparent), so that a label never hides a curve. */
    static final Color NO_BACKGROUND = new Color(0, 0, 0, 0);

    private OutputPanel() {
    }

    /** Whether {@code o} is drawn as mean and range per window ({@link #rangeWindowH}) in this run. */
    static boolean showsDailyMeans(Observable o, ScenarioResult result) {
        return DAILY_RHYTHM.contains(o) && isLongAndFine(result);
    }

    /** Runs longer than two weeks with rows fine enough to show a daily swing. */
    static boolean isLongAndFine(ScenarioResult result) {
        return result.scenario().durationH() > DAILY_MEAN_BEYOND_H
                && result.scenario().outputIntervalH() * MIN_ROWS_PER_DAY <= 24;
    }

    /**
     * The window of the mean and range of the outputs with a daily rhythm, h: one unit of the time axis,
     * a day or (in runs drawn in weeks) a week. Daily means of an alternate-day arm alternate between
     * dosing and free days, which over months is a zigzag that fills the panel; weekly means are smooth.
     */
    static double rangeWindowH(TimeScale scale) {
        return scale == TimeScale.WEEKS ? 7 * DAY_H : DAY_H;
    }

    /** What the band of a rhythmic output stands for, in the legend. */
    static String rangeLegend(TimeScale scale) {
        return scale == TimeScale.WEEKS ? WEEKLY_RANGE_LEGEND : DAILY_RANGE_LEGEND;
    }

    /** Legend entry for the band of the outputs drawn as daily means. */
    static final String DAILY_RANGE_LEGEND = "band: daily range (line: daily mean)";
    /** Legend entry for the band of the outputs drawn as weekly means. */
    static final String WEEKLY_RANGE_LEGEND = "band: weekly range (line: weekly mean)";
    /** How much of the arm's colour a range band keeps (the rest is white): opaque, so bands never mix into new colours. */
    private static final float BAND_TINT = 0.22f;

    /** The panel of {@code o}, its time axis in {@code scale}. */
    static XYPlot create(Observable o, ScenarioResult result, TimeScale scale, ChartStyle style) {
        XYPlot panel = new XYPlot();
        boolean daily = showsDailyMeans(o, result);
        if (daily) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            DefaultXYDataset edges = new DefaultXYDataset();
            for (ArmResult arm : result.arms()) {
                Trajectory t = arm.trajectory();
                DailyRange range = DailyRange.of(t.timeH(), t.series(o), rangeWindowH(scale));
                YIntervalSeries series = new YIntervalSeries(arm.arm().name(), false, false);
                double[] x = new double[range.mean().length];
                for (int d = 0; d < range.mean().length; d++) {
                    x[d] = scale.fromHours(range.midH()[d]);
                    series.add(x[d], range.mean()[d], range.min()[d], range.max()[d]);
                }
                data.addSeries(series);
                edges.addSeries(arm.arm().name() + " (lowest)", new double[][] {x, range.min()});
                edges.addSeries(arm.arm().name() + " (highest)", new double[][] {x, range.max()});
            }
            panel.setDataset(data);
            // The bands' edges, thin, over every band: a band hidden by a later arm's still shows its outline.
            panel.setDataset(1, edges);
            XYLineAndShapeRenderer edgeLines = new XYLineAndShapeRenderer(true, false);
            edgeLines.setDrawSeriesLineAsPath(true); // one path per edge, not an SVG line element per segment
            for (int i = 0; i < result.arms().size(); i++) {
                for (int k = 0; k < 2; k++) {
                    edgeLines.setSeriesPaint(2 * i + k, style.armColour(i));
                    edgeLines.setSeriesStroke(2 * i + k, new BasicStroke(style.lineWidth() / 4));
                }
            }
            panel.setRenderer(1, edgeLines);
            panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
            DeviationRenderer renderer = new DeviationRenderer(true, false);
            renderer.setDrawSeriesLineAsPath(true);
            renderer.setAlpha(1f);
            for (int i = 0; i < result.arms().size(); i++) {
                renderer.setSeriesPaint(i, style.armColour(i));
                renderer.setSeriesFillPaint(i, tint(style.armColour(i)));
                renderer.setSeriesStroke(i, Charts.curveStroke(style, i));
            }
            panel.setRenderer(renderer);
        } else {
            DefaultXYDataset data = new DefaultXYDataset();
            for (ArmResult arm : result.arms()) {
                data.addSeries(arm.arm().name(), isLongAndFine(result) ? dailyMeans(arm.trajectory().timeH(), arm.trajectory().series(o), scale)
                        : Decimation.minMax(scale.times(arm.trajectory()), arm.trajectory().series(o)));
            }
            panel.setDataset(data);
            panel.setRenderer(Charts.armLines(result.arms().size(), style));
        }
        panel.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD); // arm 0 (solid) at the bottom, see Charts.curveStroke
        String unit = daily ? o.unit() + (scale == TimeScale.WEEKS ? ", weekly mean" : ", daily mean") : o.unit();
        ValueAxis axis = o == Observable.SERUM_FERRITIN ? ferritinAxis(o, unit, result, style) : Charts.panelAxis(o.label(), unit, style);
        panel.setRangeAxis(axis);
        Charts.stylePanel(panel, style);
        List<BandLabelAxis.Band> names = new ArrayList<>(); // reference bands and lines, named at the right
        switch (o) {
            case SERUM_FERRITIN -> addReferenceLine(panel, names, ArmSummary.FERRITIN_TARGET_NG_ML, String.format(Locale.ROOT,
                    "%.0f ng/mL", ArmSummary.FERRITIN_TARGET_NG_ML), "teaching reference, not advice", style);
            case SYMPTOM_SCORE -> addSeverityBands(panel, names);
            case TSAT -> {
                IntervalMarker normal = new IntervalMarker(TSAT_LOW_PCT, TSAT_HIGH_PCT);
                normal.setPaint(new Color(0, 0, 0, 14));
                normal.setOutlinePaint(null);
                panel.addRangeMarker(normal, Layer.BACKGROUND);
                // Its edges in front of the arms' bands, which would hide the light fill.
                for (double edge : new double[] {TSAT_LOW_PCT, TSAT_HIGH_PCT}) {
                    panel.addRangeMarker(new ValueMarker(edge, style.muted(), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_MITER, 1f, new float[] {4f, 4f}, 0f)), Layer.FOREGROUND);
                }
            }
            case HB -> {
                if (result.arms().stream().anyMatch(OutputPanel::isWoman)) {
                    addReferenceLine(panel, names, HB_ANAEMIA_WOMEN_G_DL, String.format(Locale.ROOT, "%.0f g/dL", HB_ANAEMIA_WOMEN_G_DL),
                            "anaemia threshold, women (WHO)", style);
                }
                if (!result.arms().stream().allMatch(OutputPanel::isWoman)) {
                    addReferenceLine(panel, names, HB_ANAEMIA_MEN_G_DL, String.format(Locale.ROOT, "%.0f g/dL", HB_ANAEMIA_MEN_G_DL),
                            "anaemia threshold, men (WHO)", style);
                }
            }
            default -> {
                // no reference for this output
            }
        }
        includeMarkers(panel, axis);
        if (FULL_SCALE.containsKey(o)) {
            axis.setRange(0, FULL_SCALE.get(o));
        } else if (FROM_ZERO_MIN_TOP.containsKey(o)) {
            Range data = panel.getDataRange(axis);
            double top = data == null ? 0 : data.getUpperBound() * (1 + HEAD_ROOM);
            double min = FROM_ZERO_MIN_TOP.get(o);
            // 1 unit when every value is 0 and no minimum top is set: an axis needs some length.
            axis.setRange(0, Math.max(top, min > 0 ? min : 1));
        }
        if (o == Observable.TSAT) {
            names.add(new BandLabelAxis.Band(TSAT_LOW_PCT, TSAT_HIGH_PCT, TSAT_NORMAL_NAME));
        }
        if (!names.isEmpty()) {
            nameBands(panel, names, style);
        }
        return panel;
    }

    /**
     * The start value, then the mean of each day, at the middle of the day: in long runs an output
     * without a daily rhythm of its own still ripples a little with each day's tablet and the hepcidin
     * rhythm, which no one needs to see over months.
     */
    static double[][] dailyMeans(double[] timeH, double[] value, TimeScale scale) {
        DailyRange range = DailyRange.of(timeH, value);
        int n = range.mean().length;
        double[][] xy = new double[2][n + 1];
        xy[0][0] = scale.fromHours(timeH[0]);
        xy[1][0] = value[0];
        for (int d = 0; d < n; d++) {
            xy[0][d + 1] = scale.fromHours(range.midH()[d]);
            xy[1][d + 1] = range.mean()[d];
        }
        return xy;
    }

    /** The colour mixed with white, keeping {@link #BAND_TINT} of it. */
    private static Color tint(Color c) {
        return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
    }

    private static int mix(int channel) {
        return Math.round(255 - BAND_TINT * (255 - channel));
    }

    /** Whether the arm's patient is a woman: her haemoglobin set point is below the default (a man's). */
    private static boolean isWoman(ArmResult arm) {
        return arm.parameters().get(Erythropoiesis.HB_TARGET) < Erythropoiesis.HB_TARGET.defaultValue();
    }

    private static FerritinAxis ferritinAxis(Observable o, String unit, ScenarioResult result, ChartStyle style) {
        double min = Double.POSITIVE_INFINITY;
        double max = ArmSummary.FERRITIN_TARGET_NG_ML; // the reference line stays in view
        for (ArmResult arm : result.arms()) {
            for (double v : arm.trajectory().series(o)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        FerritinAxis axis = new FerritinAxis(o.label(), unit, style.font(Font.PLAIN, style.panelTitleSize()), style.text(),
                style.muted(), style.panelLabelWidth(), Math.min(min, ArmSummary.FERRITIN_TARGET_NG_ML), max);
        Charts.styleAxis(axis, style);
        return axis;
    }

    /**
     * A dashed line in front of the curves, its value named at the right edge outside the data
     * ({@code valueText}, e.g. "75 ng/mL", added to {@code names}) and its meaning ({@code meaning}) beside
     * the line where no curve runs ({@link FreeSpotLabel}; left out in a panel with no such place).
     */
    private static void addReferenceLine(XYPlot panel, List<BandLabelAxis.Band> names, double value, String valueText,
                                         String meaning, ChartStyle style) {
        panel.addRangeMarker(new ValueMarker(value, style.muted(), new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {10f, 7f}, 0f)), Layer.FOREGROUND);
        names.add(BandLabelAxis.Band.line(value, valueText));
        panel.addAnnotation(new FreeSpotLabel(meaning, style.font(Font.PLAIN, style.noteSize()), style.muted(),
                FreeSpotLabel.Line.HORIZONTAL, value, style.lineWidth(), false), false);
    }

    private static void addSeverityBands(XYPlot panel, List<BandLabelAxis.Band> names) {
        List<ReferenceRanges.Band> bands = ReferenceRanges.IRLS_SEVERITY;
        for (int b = 0; b < bands.size(); b++) {
            ReferenceRanges.Band severity = bands.get(b);
            IntervalMarker band = new IntervalMarker(severity.low(), severity.high());
            // Darker with severity; grey so that the arms' colours stay the only colours.
            band.setPaint(new Color(0, 0, 0, 6 + 8 * b));
            band.setOutlinePaint(null);
            panel.addRangeMarker(band, Layer.BACKGROUND);
            names.add(new BandLabelAxis.Band(severity.low(), severity.high(), severity.name()));
        }
        panel.getRangeAxis().setRange(bands.get(0).low(), bands.get(bands.size() - 1).high());
    }

    /** Names the panel's reference bands at its right edge, outside the data (see {@link BandLabelAxis}). */
    private static void nameBands(XYPlot panel, List<BandLabelAxis.Band> bands, ChartStyle style) {
        panel.setRangeAxis(1, new BandLabelAxis(panel.getRangeAxis(), bands, style.font(Font.ITALIC, style.noteSize()),
                style.muted()));
        panel.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
    }

    /**
     * Widens an automatic linear axis so that every reference line and band is in view even when all
     * arms stay far from it (the ferritin axis already includes its line; the symptom axis is fixed).
     */
    private static void includeMarkers(XYPlot panel, ValueAxis axis) {
        if (!(axis instanceof PanelAxis) || !axis.isAutoRange()) {
            return;
        }
        List<Object> markers = new ArrayList<>();
        for (Layer layer : new Layer[] {Layer.BACKGROUND, Layer.FOREGROUND}) {
            Collection<?> inLayer = panel.getRangeMarkers(layer);
            if (inLayer != null) {
                markers.addAll(inLayer);
            }
        }
        if (markers.isEmpty()) {
            return;
        }
        Range data = panel.getDataRange(axis);
        double lo = data == null ? Double.POSITIVE_INFINITY : data.getLowerBound();
        double hi = data == null ? Double.NEGATIVE_INFINITY : data.getUpperBound();
        for (Object m : markers) {
            if (m instanceof ValueMarker v) {
                lo = Math.min(lo, v.getValue());
                hi = Math.max(hi, v.getValue());
            } else if (m instanceof IntervalMarker band) {
                lo = Math.min(lo, band.getStartValue());
                hi = Math.max(hi, band.getEndValue());
            }
        }
        double pad = 0.06 * (hi - lo);
        axis.setRange(lo >= 0 ? Math.max(0, lo - pad) : lo - pad, hi + pad);
    }
}
