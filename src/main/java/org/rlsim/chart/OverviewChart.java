package org.rlsim.chart;

import org.rlsim.scenario.Annotation;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.rlsim.model.Observable;
import org.rlsim.scenario.ScenarioResult;

/**
 * Charts of a scenario's outputs over time, every arm in its own colour (the same in every chart,
 * legend in arm order): the overview, with one panel per charted output ({@code scenario.charts()}, in
 * order), and the chart of a single output. Both have the {@link DoseStrip} on top (when there are
 * doses) and share a time axis in days or, for runs longer than 13 weeks, weeks. Panels are drawn by
 * {@link OutputPanel}, with their reference lines and bands; annotations by {@link Charts#annotate}.
 */
public final class OverviewChart {
    /** Relative height of each overview panel; the dose strip gets {@link DoseStrip#WEIGHT_PER_ROW} per row. */
    private static final int PANEL_WEIGHT = 9;
    /**
     * Space between panels, in tick-text sizes: the top and bottom tick labels of neighbouring panels stick
     * out of their panels by half a digit's height (0.37 of the size) each, and must not touch.
     */
    static final float PANEL_GAP_EM = 0.85f;
    /** The panel of a single-output chart, relative to a strip row: a thin strip over a tall panel. */
    static final int SINGLE_PANEL_WEIGHT = 24;

    private OverviewChart() {
    }

    /**
     * The overview: every charted output of the scenario. Pure: reads the result, changes nothing, uses
     * no global theme.
     *
     * @param result      what to draw; its scenario names the panels ({@code charts()}) and the title
     * @param style       fonts, sizes and colours
     * @param annotations drawn in their output's panel only, or across every panel with their text in the
     *                    first one when they have no output or it is not charted
     */
    public static JFreeChart create(ScenarioResult result, ChartStyle style, List<Annotation> annotations) {
        return build(result, result.scenario().charts(), PANEL_WEIGHT, style, annotations);
    }

    /**
     * The chart of one output, e.g. for {@code serum_ferritin.png}.
     *
     * @param annotations those for {@code output} and those for no output are drawn; others are left out
     */
    public static JFreeChart forOutput(ScenarioResult result, Observable output, ChartStyle style,
                                       List<Annotation> annotations) {
        List<Annotation> mine = annotations.stream().filter(a -> a.chart().isEmpty() || a.chart().equals(Optional.of(output))).toList();
        return build(result, List.of(output), SINGLE_PANEL_WEIGHT, style, mine);
    }

    private static JFreeChart build(ScenarioResult result, List<Observable> outputs, int panelWeight, ChartStyle style,
                                    List<Annotation> annotations) {
        double durationH = result.scenario().durationH();
        TimeScale scale = TimeScale.forDuration(durationH);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(Charts.timeAxis(scale, durationH, style));
        plot.setGap(style.tickSize() * PANEL_GAP_EM); // room for the halves of tick labels that stick out of each panel
        List<XYPlot> panels = new ArrayList<>();
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < result.arms().size(); i++) {
            legend.add(Charts.armLegendItem(result.arms().get(i).arm().name(), i, style));
        }
        XYPlot strip = DoseStrip.addTo(plot, legend, result, IntStream.range(0, result.arms().size()).boxed().toList(),
                panelWeight * outputs.size(), scale, style);
        if (strip != null) {
            panels.add(strip);
        }
        List<XYPlot> outputPanels = new ArrayList<>();
        for (Observable o : outputs) {
            XYPlot panel = OutputPanel.create(o, result, scale, style);
            plot.add(panel, panelWeight);
            outputPanels.add(panel);
        }
        panels.addAll(outputPanels);
        Charts.annotate(panels, annotations, a -> a.chart().filter(outputs::contains).map(o -> outputPanels.get(outputs.indexOf(o))),
                outputPanels.get(0), scale, style);

        if (outputs.stream().anyMatch(o -> OutputPanel.showsDailyMeans(o, result))) {
            legend.add(new LegendItem(OutputPanel.rangeLegend(scale), null, null, null, new Rectangle2D.Double(-14, -9, 28, 18),
                    new Color(0xCCCCCC)));
        }
        return Charts.chart(result.scenario().title(), plot, legend,
                Charts.provenance(result, result.scenario().patients()), style);
    }
}
