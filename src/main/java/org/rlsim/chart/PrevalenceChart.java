package org.rlsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.rlsim.population.CohortResult;
import org.rlsim.population.PatientOutcome;
import org.rlsim.population.Readouts;
import org.rlsim.scenario.Arm;
import org.rlsim.scenario.ScenarioResult;

/**
 * Prevalence by arm: for each arm's virtual population, the share with clinically relevant symptoms (a score
 * above {@value PatientOutcome#REMISSION_SCORE} points, moderate or worse) at the end of the run, with its 95 %
 * Wilson interval as a whisker, beside the published prevalence the arm gives ({@code published:}). Made only
 * for a scenario with {@code population:} in which an arm gives a published value ({@link #applies}).
 */
public final class PrevalenceChart {
    /** Base name of the chart's files. */
    public static final String BASE_NAME = "prevalence";
    private static final String MODEL = "model: virtual patients with a score above 10 points (95% CI)";
    private static final String PUBLISHED = "published prevalence";
    /** Grey of the published bars: beside the model's blue, told apart in grey scale too. */
    private static final Color PUBLISHED_GREY = new Color(0x99, 0x99, 0x99);

    private PrevalenceChart() {
    }

    /** Whether the run has virtual patients and an arm gives a published prevalence. */
    public static boolean applies(ScenarioResult result) {
        return !result.cohorts().isEmpty() && result.scenario().arms().stream().anyMatch(Arm::hasPublished);
    }

    /** Builds the chart. Pure: reads the result, changes nothing, uses no global theme. */
    public static JFreeChart create(ScenarioResult result, ChartStyle style) {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        List<Arm> arms = result.scenario().arms();
        Readouts.Estimate[] model = new Readouts.Estimate[arms.size()];
        for (int i = 0; i < arms.size(); i++) {
            Arm arm = arms.get(i);
            CohortResult cohort = result.cohort(arm.name());
            model[i] = Readouts.of(cohort, result.scenario().durationH()).symptomatic();
            bars.addValue(model[i].value(), MODEL, arm.name());
            bars.addValue(arm.hasPublished() ? arm.publishedPct() : null, PUBLISHED, arm.name());
        }
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(style.font(Font.PLAIN, style.tickSize()));
        categories.setTickLabelPaint(style.text());
        categories.setAxisLinePaint(style.muted());
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(1.5f); // of the category's width: long words stay whole
        categories.setCategoryMargin(0.25);
        NumberAxis percent = new NumberAxis("Share with clinically relevant symptoms, %");
        Charts.styleAxis(percent, style);
        percent.setLabelFont(style.font(Font.PLAIN, style.panelTitleSize()));
        percent.setLabelPaint(style.text());
        percent.setLowerBound(0);
        double top = 0;
        for (int i = 0; i < arms.size(); i++) {
            top = Math.max(top, Math.max(model[i].high(), arms.get(i).hasPublished() ? arms.get(i).publishedPct() : 0));
        }
        percent.setUpperBound(Math.max(5, top * 1.15));
        BarRenderer renderer = new WhiskerBars(model);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, style.armColour(0));
        renderer.setSeriesPaint(1, PUBLISHED_GREY);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %", new DecimalFormat("0.#")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.font(Font.PLAIN, style.noteSize()));
        renderer.setDefaultItemLabelPaint(style.text());
        CategoryPlot plot = new CategoryPlot(bars, categories, percent, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(style.grid());
        plot.setRangeGridlineStroke(new BasicStroke(1f));

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem(MODEL, null, null, null, new Rectangle2D.Double(-10, -8, 20, 16), style.armColour(0)));
        legend.add(new LegendItem(PUBLISHED + " (lesson sources)", null, null, null, new Rectangle2D.Double(-10, -8, 20, 16),
                PUBLISHED_GREY));
        int patients = result.cohorts().get(0).patients().size();
        List<String> provenance = new ArrayList<>();
        for (String form : Charts.provenance(result, arms.stream().map(Arm::patient).distinct().toList())) {
            provenance.add(patients + " virtual patients per arm  ·  " + form);
        }
        provenance.addAll(Charts.provenance(result, arms.stream().map(Arm::patient).distinct().toList()));
        return Charts.chart(result.scenario().title(), plot, legend, provenance, style);
    }

    /** Bars with the model's 95 % interval drawn as a whisker on the model bars. */
    private static final class WhiskerBars extends BarRenderer {
        private final transient Readouts.Estimate[] model;

        WhiskerBars(Readouts.Estimate[] model) {
            this.model = model.clone();
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset,
                             int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (row != 0 || pass != 0) {
                return;
            }
            double x = domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), row, dataset.getRowCount(),
                    getItemMargin(), dataArea, RectangleEdge.BOTTOM);
            double low = rangeAxis.valueToJava2D(model[column].low(), dataArea, RectangleEdge.LEFT);
            double high = rangeAxis.valueToJava2D(model[column].high(), dataArea, RectangleEdge.LEFT);
            g2.setPaint(Color.BLACK);
            g2.setStroke(new BasicStroke(2f));
            double cap = state.getBarWidth() / 4;
            g2.draw(new Line2D.Double(x, low, x, high));
            g2.draw(new Line2D.Double(x - cap, low, x + cap, low));
            g2.draw(new Line2D.Double(x - cap, high, x + cap, high));
        }
    }
}
