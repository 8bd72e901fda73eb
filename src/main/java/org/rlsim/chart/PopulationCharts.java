package org.rlsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rlsim.model.Observable;
import org.rlsim.model.TimeUnits;
import org.rlsim.population.Cohort;
import org.rlsim.population.CohortResult;
import org.rlsim.population.KaplanMeier;
import org.rlsim.population.PatientOutcome;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.Expectation;
import org.rlsim.scenario.ScenarioResult;

/**
 * The charts of a scenario's virtual patients, in the slide style of the other charts:
 * <ul>
 *   <li>{@code population-course}: the reported symptom score and brain iron of each arm's patients over
 *       time — the median, the band of the middle 50 % and of the middle 90 %, and a thin line for each of
 *       {@value #SPAGHETTI} patients;</li>
 *   <li>{@code responders}: responders (≥ 50 % reduction) and remitters (score ≤ 10) per arm at the first
 *       readout time, with their 95 % Wilson intervals, and beside each bar the range a population
 *       expectation of the scenario gives for it ({@code between A and B}: a trial's published value with its
 *       tolerance, as the lesson states it);</li>
 *   <li>{@code symptom-return}: the Kaplan–Meier curve of each arm's responders, still in response over
 *       time, with the median marked.</li>
 * </ul>
 * A response is a fall from the baseline after a treatment, so {@code responders} and {@code symptom-return} show only
 * the treated arms (those given a treatment or a placebo), and are not made when no arm is treated (an untreated
 * population, whose lesson is its prevalence).
 */
public final class PopulationCharts {
    /** Patients drawn one by one in the course chart, per arm. */
    static final int SPAGHETTI = 20;
    /** Base names of the files. */
    public static final String COURSE = "population-course";
    public static final String RESPONDERS = "responders";
    public static final String SYMPTOM_RETURN = "symptom-return";

    private PopulationCharts() {
    }

    /**
     * The charts of a result with virtual patients: the course, and with at least one treated arm the responder and
     * symptom-return charts; none without virtual patients.
     */
    static List<SlideCharts.NamedChart> all(ScenarioResult result, ChartStyle style) {
        if (result.cohorts().isEmpty()) {
            return List.of();
        }
        List<SlideCharts.NamedChart> charts = new ArrayList<>();
        charts.add(new SlideCharts.NamedChart(COURSE, () -> course(result, style)));
        if (!treatedArms(result).isEmpty()) {
            charts.add(new SlideCharts.NamedChart(RESPONDERS, () -> responders(result, style)));
            charts.add(new SlideCharts.NamedChart(SYMPTOM_RETURN, () -> symptomReturn(result, style)));
        }
        return charts;
    }

    /**
     * The indices, in the scenario's order, of the arms whose patients are given a treatment or a placebo (their
     * cohort has the placebo response, which starts with the first treatment): the arms a response can be read in.
     */
    static List<Integer> treatedArms(ScenarioResult result) {
        List<Integer> treated = new ArrayList<>();
        for (int a = 0; a < result.cohorts().size(); a++) {
            if (result.cohorts().get(a).placeboResponse()) {
                treated.add(a);
            }
        }
        return treated;
    }

    private static String patientsLine(ScenarioResult result) {
        CohortResult first = result.cohorts().get(0);
        return first.patients().size() + " virtual patients per arm";
    }

    private static List<String> provenance(ScenarioResult result) {
        List<String> forms = new ArrayList<>();
        for (String form : Charts.provenance(result, result.scenario().patients())) {
            forms.add(patientsLine(result) + "  ·  " + form);
        }
        forms.addAll(Charts.provenance(result, result.scenario().patients()));
        return forms;
    }

    // ---- median, bands and spaghetti ----

    static JFreeChart course(ScenarioResult result, ChartStyle style) {
        double durationH = result.scenario().durationH();
        TimeScale scale = TimeScale.forDuration(durationH);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.timeAxis(scale, durationH, style));
        plot.setGap(style.tickSize() * OverviewChart.PANEL_GAP_EM);
        String scoreUnit = treatedArms(result).isEmpty() ? "IRLS points" : "IRLS points; with the placebo response";
        plot.add(bands(result, Observable.SYMPTOM_SCORE, "Symptom score, as reported", scoreUnit, scale, style),
                OverviewChart.SINGLE_PANEL_WEIGHT);
        plot.add(bands(result, Observable.BRAIN_IRON, "Brain iron", "% of healthy", scale, style),
                OverviewChart.SINGLE_PANEL_WEIGHT * 2 / 3);
        LegendItemCollection legend = new LegendItemCollection();
        for (int a = 0; a < result.cohorts().size(); a++) {
            legend.add(Charts.armLegendItem(result.cohorts().get(a).arm() + " (median)", a, style));
        }
        legend.add(new LegendItem("middle 50 % and 90 % of patients", null, null, null, new Rectangle2D.Double(-8, -8, 16, 16),
                translucent(style.muted(), 0.35f)));
        legend.add(new LegendItem(SPAGHETTI + " patients each", null, null, null, new java.awt.geom.Line2D.Double(-22, 0, 22, 0),
                new BasicStroke(1f), translucent(style.muted(), 0.8f)));
        return Charts.chart("Virtual patients: symptom score and brain iron", plot, legend, provenance(result), style);
    }

    private static XYPlot bands(ScenarioResult result, Observable output, String label, String unit, TimeScale scale,
                                ChartStyle style) {
        int o = Cohort.COURSE.indexOf(output);
        YIntervalSeriesCollection wide = new YIntervalSeriesCollection();
        YIntervalSeriesCollection middle = new YIntervalSeriesCollection();
        DefaultXYDataset spaghetti = new DefaultXYDataset();
        XYLineAndShapeRenderer thin = new XYLineAndShapeRenderer(true, false);
        DeviationRenderer wideRenderer = new DeviationRenderer(false, false);
        DeviationRenderer middleRenderer = new DeviationRenderer(true, false);
        for (int a = 0; a < result.cohorts().size(); a++) {
            CohortResult cohort = result.cohorts().get(a);
            YIntervalSeries w = new YIntervalSeries(cohort.arm() + " 90 %");
            YIntervalSeries m = new YIntervalSeries(cohort.arm());
            double[][] q = Readouts.percentiles(cohort, output, 5, 25, 50, 75, 95);
            for (int k = 0; k < cohort.gridTimes(); k++) {
                double x = scale.fromHours(cohort.gridTimeH(k));
                w.add(x, q[2][k], q[0][k], q[4][k]);
                m.add(x, q[2][k], q[1][k], q[3][k]);
            }
            wide.addSeries(w);
            middle.addSeries(m);
            Color colour = style.armColour(a);
            wideRenderer.setSeriesFillPaint(a, colour);
            middleRenderer.setSeriesFillPaint(a, colour);
            middleRenderer.setSeriesPaint(a, colour);
            middleRenderer.setSeriesStroke(a, Charts.curveStroke(style, a));
            for (int p = 0; p < Math.min(SPAGHETTI, cohort.patients().size()); p++) {
                PatientOutcome patient = cohort.patients().get(p);
                double[][] xy = new double[2][cohort.gridTimes()];
                for (int k = 0; k < cohort.gridTimes(); k++) {
                    xy[0][k] = scale.fromHours(cohort.gridTimeH(k));
                    xy[1][k] = patient.course()[o][k];
                }
                int series = spaghetti.getSeriesCount();
                spaghetti.addSeries(cohort.arm() + " " + patient.number(), xy);
                thin.setSeriesPaint(series, translucent(colour, 0.45f));
                thin.setSeriesStroke(series, new BasicStroke(Math.max(1f, style.lineWidth() / 4)));
            }
        }
        wideRenderer.setAlpha(0.12f);
        middleRenderer.setAlpha(0.25f);
        NumberAxis axis = Charts.panelAxis(label, unit, style);
        XYPlot panel = new XYPlot(middle, null, axis, middleRenderer);
        panel.setDataset(1, spaghetti);
        panel.setRenderer(1, thin);
        panel.setDataset(2, wide);
        panel.setRenderer(2, wideRenderer);
        panel.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        Charts.stylePanel(panel, style);
        return panel;
    }

    private static Color translucent(Color c, float alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(alpha * 255));
    }

    // ---- responders and remitters ----

    /** The time of the responder chart: the first readout time, else the end of the run. */
    static double responderTimeH(ScenarioResult result) {
        List<Double> readouts = result.scenario().population().orElseThrow().readoutsH();
        return readouts.isEmpty() ? result.scenario().durationH() : readouts.get(0);
    }

    static JFreeChart responders(ScenarioResult result, ChartStyle style) {
        double atH = responderTimeH(result);
        XYIntervalSeries responders = new XYIntervalSeries("Responders (≥ 50 % less)");
        XYIntervalSeries remitters = new XYIntervalSeries("Remitters (score ≤ 10)");
        YIntervalSeries intervals = new YIntervalSeries("95 % interval");
        YIntervalSeries published = new YIntervalSeries("expected range");
        List<String> arms = new ArrayList<>();
        double barHalf = 0.16;
        for (int a : treatedArms(result)) {
            CohortResult cohort = result.cohorts().get(a);
            double x = arms.size();
            arms.add(cohort.arm());
            Readouts.Arm r = Readouts.of(cohort, atH);
            add(responders, intervals, x - 0.2, barHalf, r.responders());
            add(remitters, intervals, x + 0.2, barHalf, r.remitters());
            trialRange(result, cohort.arm(), Expectation.Metric.RESPONDERS).ifPresent(b -> published.add(x - 0.2 + barHalf + 0.07,
                    (b.low() + b.high()) / 2, b.low(), b.high()));
            trialRange(result, cohort.arm(), Expectation.Metric.REMITTERS).ifPresent(b -> published.add(x + 0.2 + barHalf + 0.07,
                    (b.low() + b.high()) / 2, b.low(), b.high()));
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(responders);
        bars.addSeries(remitters);
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setShadowVisible(false);
        barRenderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        Color responderColour = style.armColours().get(0);
        Color remitterColour = style.armColours().get(2 % style.armColours().size());
        barRenderer.setSeriesPaint(0, translucent(responderColour, 0.75f));
        barRenderer.setSeriesPaint(1, translucent(remitterColour, 0.75f));
        SymbolAxis armAxis = new SymbolAxis(null, arms.toArray(new String[0]));
        Charts.styleAxis(armAxis, style);
        armAxis.setTickLabelFont(style.font(Font.PLAIN, style.panelTitleSize()));
        armAxis.setGridBandsVisible(false);
        armAxis.setRange(-0.6, arms.size() - 0.4);
        NumberAxis percent = Charts.panelAxis("Patients at " + when(atH), "% of the arm", style);
        percent.setRange(0, 100);
        XYPlot plot = new XYPlot(bars, null, percent, barRenderer);
        YIntervalSeriesCollection whiskers = new YIntervalSeriesCollection();
        whiskers.addSeries(intervals);
        XYErrorRenderer whiskerRenderer = new XYErrorRenderer();
        whiskerRenderer.setDrawXError(false);
        whiskerRenderer.setDefaultShapesVisible(false);
        whiskerRenderer.setDefaultLinesVisible(false);
        whiskerRenderer.setErrorPaint(style.text());
        whiskerRenderer.setErrorStroke(new BasicStroke(style.lineWidth() / 2));
        whiskerRenderer.setCapLength(10);
        plot.setDataset(1, whiskers);
        plot.setRenderer(1, whiskerRenderer);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(responders.getKey().toString(), null, null, null, new Rectangle2D.Double(-8, -8, 16, 16),
                translucent(responderColour, 0.75f)));
        legend.add(new LegendItem(remitters.getKey().toString(), null, null, null, new Rectangle2D.Double(-8, -8, 16, 16),
                translucent(remitterColour, 0.75f)));
        legend.add(new LegendItem("model's 95 % interval", null, null, null, new java.awt.geom.Line2D.Double(0, -8, 0, 8),
                new BasicStroke(style.lineWidth() / 2), style.text()));
        if (published.getItemCount() > 0) {
            YIntervalSeriesCollection ranges = new YIntervalSeriesCollection();
            ranges.addSeries(published);
            XYErrorRenderer rangeRenderer = new XYErrorRenderer();
            rangeRenderer.setDrawXError(false);
            rangeRenderer.setDefaultLinesVisible(false);
            rangeRenderer.setDefaultShapesVisible(false);
            rangeRenderer.setSeriesPaint(0, style.muted());
            rangeRenderer.setErrorPaint(style.muted());
            rangeRenderer.setErrorStroke(new BasicStroke(style.lineWidth() * 1.5f));
            rangeRenderer.setCapLength(0);
            plot.setDataset(2, ranges);
            plot.setRenderer(2, rangeRenderer);
            legend.add(new LegendItem("range the scenario expects (its expect: lines)", null, null, null,
                    new java.awt.geom.Line2D.Double(0, -8, 0, 8), new BasicStroke(style.lineWidth() * 1.5f), style.muted()));
        }
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        Charts.stylePanel(plot, style);
        plot.setDomainGridlinesVisible(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(armAxis);
        combined.add(plot, 1);
        return Charts.chart("Responders and remitters at " + when(atH), combined, legend, provenance(result), style);
    }

    /** {@code week 6} or {@code day 28}: a time as trials name their visits. */
    static String when(double timeH) {
        double weeks = timeH / TimeUnits.WEEK_H;
        return Math.abs(weeks - Math.rint(weeks)) < 1e-9 ? "week " + (long) Math.rint(weeks)
                : "day " + Math.round(timeH / TimeUnits.DAY_H);
    }

    private static void add(XYIntervalSeries bars, YIntervalSeries whiskers, double x, double half, Readouts.Estimate e) {
        bars.add(x, x - half, x + half, e.value(), 0, e.value());
        whiskers.add(x, e.value(), e.low(), e.high());
    }

    /** The range a population expectation of the scenario gives for this arm and metric ({@code between A and B}). */
    private static Optional<Expectation.Bound> trialRange(ScenarioResult result, String arm, Expectation.Metric metric) {
        return result.scenario().expectations().stream()
                .filter(e -> e instanceof Expectation.Readout r && r.metric() == metric && r.subject().arm().equals(arm)
                        && r.bound().kind() == Expectation.Bound.Kind.BETWEEN)
                .map(e -> ((Expectation.Readout) e).bound()).findFirst();
    }

    // ---- Kaplan–Meier ----

    static JFreeChart symptomReturn(ScenarioResult result, ChartStyle style) {
        double durationH = result.scenario().durationH();
        TimeScale scale = TimeScale.forDuration(durationH);
        DefaultXYDataset curves = new DefaultXYDataset();
        XYStepRenderer renderer = new XYStepRenderer();
        LegendItemCollection legend = new LegendItemCollection();
        for (int a : treatedArms(result)) {
            CohortResult cohort = result.cohorts().get(a);
            KaplanMeier km = KaplanMeier.of(cohort);
            double[] t = km.timesH();
            double[][] xy = new double[2][t.length + 2];
            xy[0][0] = 0;
            xy[1][0] = 100;
            for (int i = 0; i < t.length; i++) {
                xy[0][i + 1] = scale.fromHours(t[i]);
                xy[1][i + 1] = 100 * km.survival()[i];
            }
            xy[0][t.length + 1] = scale.fromHours(durationH);
            xy[1][t.length + 1] = t.length == 0 ? 100 : 100 * km.survival()[t.length - 1];
            int series = curves.getSeriesCount();
            curves.addSeries(cohort.arm(), xy);
            renderer.setSeriesPaint(series, style.armColour(a));
            renderer.setSeriesStroke(series, Charts.curveStroke(style, a));
            double median = km.medianH();
            String mediansText = Double.isNaN(median) ? "median not reached"
                    : String.format(java.util.Locale.ROOT, "median %.1f months", median / TimeUnits.MONTH_H);
            legend.add(Charts.armLegendItem(cohort.arm() + " (" + km.atRisk() + " responders; " + mediansText + ")", a, style));
        }
        NumberAxis axis = Charts.panelAxis("Responders still in response", "% of those who responded", style);
        axis.setRange(0, 102);
        XYPlot panel = new XYPlot(curves, null, axis, renderer);
        Charts.stylePanel(panel, style);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.timeAxis(scale, durationH, style));
        plot.add(panel, 1);
        panel.addRangeMarker(new org.jfree.chart.plot.ValueMarker(50, style.muted(),
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f)));
        return Charts.chart("Time to symptom return (Kaplan–Meier, responders)", plot, legend, provenance(result), style);
    }
}
