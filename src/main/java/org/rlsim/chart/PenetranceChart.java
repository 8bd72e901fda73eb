package org.rlsim.chart;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rlsim.model.Patient;
import org.rlsim.population.CohortResult;
import org.rlsim.population.Locus;
import org.rlsim.population.PatientOutcome;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.ScenarioResult;

/**
 * Penetrance: for each locus whose risk alleles the virtual patients draw ({@code genotype: {meis1: drawn}}), one
 * panel with the share of patients with clinically relevant symptoms (a score above
 * {@value PatientOutcome#REMISSION_SCORE} points) at the end of the run by their number of risk alleles, 0, 1 and 2,
 * one marker per arm and genotype (the arm's colour; circles and diamonds by turns), the arms side by side, each
 * point with its 95 % Wilson interval and, beside it on the outer side, its value and number of patients. Arms that differ in iron status show how genotype and iron combine. Made only for a
 * scenario with {@code population:} in which an arm draws a genotype ({@link #applies}).
 */
public final class PenetranceChart {
    /** Base name of the chart's files. */
    public static final String BASE_NAME = "penetrance";
    /** How far apart the arms' points are drawn at the same genotype, in risk alleles. */
    private static final double ARM_OFFSET = 0.24;

    private PenetranceChart() {
    }

    /** Whether the run has virtual patients and an arm draws a genotype. */
    public static boolean applies(ScenarioResult result) {
        return !result.cohorts().isEmpty() && !result.scenario().drawnLoci().isEmpty();
    }

    /** Builds the chart. Pure: reads the result, changes nothing, uses no global theme. */
    public static JFreeChart create(ScenarioResult result, ChartStyle style) {
        List<Arm> arms = result.scenario().arms();
        double endH = result.scenario().durationH();
        NumberAxis percent = Charts.panelAxis("Share with clinically relevant symptoms", "% (score above 10 points)", style);
        percent.setLowerBound(0);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(percent);
        plot.setGap(style.tickSize() * 2);
        double top = 5;
        for (Locus locus : result.scenario().drawnLoci()) {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            List<List<String>> labels = new ArrayList<>();
            XYErrorRenderer renderer = new XYErrorRenderer();
            renderer.setDrawXError(false);
            renderer.setDefaultShapesVisible(true);
            // No lines between genotypes: each point's label sits beside it, where a line would run.
            renderer.setDefaultLinesVisible(false);
            renderer.setCapLength(style.lineWidth() * 4);
            renderer.setErrorStroke(new BasicStroke(style.lineWidth() / 2));
            int drawing = (int) arms.stream().filter(a -> a.drawnLoci().contains(locus)).count();
            double frequency = Double.NaN;
            int series = 0;
            for (int a = 0; a < arms.size(); a++) {
                if (!arms.get(a).drawnLoci().contains(locus)) {
                    continue;
                }
                CohortResult cohort = result.cohort(arms.get(a).name());
                frequency = series == 0 ? result.arms().get(a).parameters().get(locus.frequency()) : frequency;
                double offset = (series - (drawing - 1) / 2.0) * ARM_OFFSET;
                YIntervalSeries points = new YIntervalSeries(arms.get(a).name());
                List<String> texts = new ArrayList<>();
                for (Readouts.Penetrance p : Readouts.penetrance(cohort, locus, endH)) {
                    Readouts.Estimate e = p.symptomatic();
                    points.add(p.riskAlleles() + offset, e.value(), e.low(), e.high());
                    texts.add(String.format(Locale.ROOT, "%.0f %% (n %d)", e.value(), p.patients()));
                    top = Math.max(top, e.high());
                }
                data.addSeries(points);
                labels.add(texts);
                renderer.setSeriesPaint(series, style.armColour(a));
                renderer.setSeriesStroke(series, Charts.curveStroke(style, a));
                renderer.setSeriesShape(series, marker(a, style));
                boolean left = series < (drawing - 1) / 2.0 || drawing == 1;
                renderer.setSeriesPositiveItemLabelPosition(series, left
                        ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT)
                        : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
                series++;
            }
            renderer.setDefaultItemLabelGenerator((dataset, s, item) -> labels.get(s).get(item));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(style.font(Font.PLAIN, style.noteSize()));
            renderer.setDefaultItemLabelPaint(style.text());
            SymbolAxis genotypes = new SymbolAxis(String.format(Locale.ROOT, "%s risk alleles (risk-allele frequency %.2f)",
                    locus.gene(), frequency), new String[] {"0", "1", "2"});
            Charts.styleAxis(genotypes, style);
            genotypes.setLabelFont(style.font(Font.PLAIN, style.panelTitleSize()));
            genotypes.setLabelPaint(style.text());
            genotypes.setGridBandsVisible(false);
            genotypes.setRange(-1.3, 3.3); // room for the labels beside the outer points
            XYPlot panel = new XYPlot(data, genotypes, null, renderer);
            Charts.stylePanel(panel, style);
            panel.setDomainGridlinesVisible(false);
            plot.add(panel, 1);
        }
        percent.setUpperBound(Math.min(100, top * 1.1));
        LegendItemCollection legend = new LegendItemCollection();
        for (int a = 0; a < arms.size(); a++) {
            if (!arms.get(a).drawnLoci().isEmpty()) {
                legend.add(new LegendItem(arms.get(a).name(), null, null, null, marker(a, style), style.armColour(a)));
            }
        }
        legend.add(new LegendItem("95 % interval (Wilson); n: patients with that genotype", null, null, null,
                new Line2D.Double(0, -8, 0, 8), new BasicStroke(style.lineWidth() / 2), style.text()));
        int patients = result.cohorts().get(0).patients().size();
        List<String> provenance = new ArrayList<>();
        List<Patient> who = arms.stream().map(Arm::patient).distinct().toList();
        for (String form : Charts.provenance(result, who)) {
            provenance.add(patients + " virtual patients per arm, genotypes drawn (Hardy–Weinberg)  ·  " + form);
        }
        provenance.addAll(Charts.provenance(result, who));
        return Charts.chart("Penetrance: clinically relevant symptoms by genotype at " + PopulationCharts.when(endH), plot,
                legend, provenance, style);
    }

    /** Arm {@code a}'s marker: circles and diamonds by turns, so the arms stay apart in grey print too. */
    private static Shape marker(int a, ChartStyle style) {
        double r = style.lineWidth() * 2.5;
        return a % 2 == 0 ? new Ellipse2D.Double(-r, -r, 2 * r, 2 * r) : Charts.diamond(r * 1.4);
    }
}
